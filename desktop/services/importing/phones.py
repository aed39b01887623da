"""Phone numbers in an imported table: Excel's number forms undone, a 手机 column taking mobiles
only, and a local number (after its area code, if any) never starting with 0 or 1."""

from __future__ import annotations

import re

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.importing.tables import Header, Table, normalise_label
from desktop.services.kernel.validation import clean_phone, printable

_MOBILE_LABELS = frozenset(normalise_label(x) for x in ("手机", "手机号", "手机号码", "移动电话", "mobile"))
_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_SERVICE = re.compile(r"(400|800)-?\d{3}-?\d{4}", re.ASCII)
_EXCEL_INTEGER = re.compile(r"^(\d+)\.0+$")
_EXCEL_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


def mobile_columns(table: Table, header: Header) -> set[int]:
    """The phone columns headed 手机/移动电话/mobile: they hold mobile numbers only."""
    cells = next((c for n, c in table.rows if n == header.row), ())
    return {i for i in header.columns.get("phone", ()) if i < len(cells)
            and normalise_label(cells[i]) in _MOBILE_LABELS}


def phone_column(cells: tuple[str, ...], header: Header) -> int | None:
    """The column the row's phone number comes from (the first non-empty one)."""
    return next((i for i in header.columns.get("phone", ()) if i < len(cells) and cells[i]), None)


def clean_import_phone(text: str, mobile_only: bool) -> str:
    """The number as stored; a 手机 column takes mobiles only, and a local number (after the
    area code, if any) never starts with 0 or 1."""
    phone = clean_phone(_phone_text(text))
    if not phone or _MOBILE.fullmatch(phone):
        return phone
    if mobile_only:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "手机号码“{value}”格式不正确：手机列应为以 1 开头的11位手机号，"
                                      "固定电话请填在“电话”列。"),
            field="phone", value=printable(text.strip(), 40),
        )
    if _SERVICE.fullmatch(phone) or _local_number(phone)[:1] in "23456789":
        return phone
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "电话号码“{value}”格式不正确：本地号码（区号之后）不能以 0 或 1 开头；"
                                  "手机号应为11位。"),
        field="phone", value=printable(text.strip(), 40),
    )


def _local_number(phone: str) -> str:
    """The local part of a landline: after the area code (010, 02x: three digits; else four)."""
    if not phone.startswith("0"):
        return phone
    if "-" in phone:
        return phone.split("-")[1]
    if len(phone) < 10:  # too short to hold an area code and a seven-digit number
        return phone
    return phone[3:] if phone[1] in "12" else phone[4:]


def _phone_text(text: str) -> str:
    match = _EXCEL_INTEGER.match(text)
    if match:
        return match.group(1)
    if _EXCEL_SCIENTIFIC.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "电话号码“{value}”被 Excel 存成了科学计数法，位数已丢失："
                                      "请把该列设为文本格式、重新填写后再导入。"),
            field="phone", value=text,
        )
    return text
