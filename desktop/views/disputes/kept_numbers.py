"""Masked numbers in an edit form: a person's ID and phone numbers are shown masked and, unless
retyped, saved as stored. The stored row a form's row stands for is the one it was read from
while its numbers still mask alike; once someone else has saved the record (its rows are written
afresh on every save), the only stored row whose numbers mask alike. Shared by the case and the
incident edit forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.validation import mask_id_number, mask_phone

T = TypeVar("T")
NUMBERS = (("id_number", mask_id_number), ("phone", mask_phone))


def is_masked(number: str) -> bool:
    return "*" in number


def masked(number: str, mask) -> str:
    """``number`` as lists show it; one shown masked already stays as it is."""
    return number if is_masked(number) else mask(number)


def _alike(shown, row) -> bool:
    return all(not is_masked(getattr(shown, field)) or mask(getattr(row, field)) == getattr(shown, field)
               for field, mask in NUMBERS)


def stored_row(shown, read_from, rows: Iterable):
    """The stored row whose numbers ``shown`` (the form's row) leaves masked; None when none is."""
    if read_from is not None and _alike(shown, read_from):
        return read_from
    found = [row for row in rows if _alike(shown, row)]
    return found[0] if len(found) == 1 else None


def with_stored_numbers(shown: T, read_from, rows: Iterable) -> tuple[T, object]:
    """``shown`` with the stored numbers where it shows them masked, and the stored row they come
    from; refused when the record no longer has them (someone else changed or removed them)."""
    if not any(is_masked(getattr(shown, field)) for field, _mask in NUMBERS):
        return shown, read_from
    real = stored_row(shown, read_from, rows)
    if real is None:
        field = next(field for field, _mask in NUMBERS if is_masked(getattr(shown, field)))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{name}”的号码在您编辑期间已被他人修改，表中显示的已不是保存的号码，请重新输入完整号码。"),
            field=field, name=shown.name)
    numbers = {field: getattr(real, field) for field, _mask in NUMBERS if is_masked(getattr(shown, field))}
    return replace(shown, **numbers), real
