"""A screening result (排查结果): the six cells as typed, checked into stored values.

The form and the returned sheet go through the same ``clean_result``: text in (a cell or a line
edit), plain values out, a ``ValidationError`` naming the field otherwise. All six cells empty
means "not screened" (``None``); a row of zeros was screened and found nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP

MAX_MONTHS = Decimal(120)
MAX_AMOUNT = Decimal("999999999999.99")    # Numeric(14, 2)
MAX_COUNT = 1_000_000
CENT = Decimal("0.01")
NOTES_MAX = 2000

RESULT_FIELDS = ("arrears_months", "workers_affected", "amount_owed", "insurance_months",
                 "planned_layoffs", "notes")
RESULT_LABELS = {
    "arrears_months": QT_TRANSLATE_NOOP("Labels", "欠薪月数"),
    "workers_affected": QT_TRANSLATE_NOOP("Labels", "涉及职工人数"),
    "amount_owed": QT_TRANSLATE_NOOP("Labels", "欠薪金额（元）"),
    "insurance_months": QT_TRANSLATE_NOOP("Labels", "社保欠缴月数"),
    "planned_layoffs": QT_TRANSLATE_NOOP("Labels", "拟裁减人数"),
    "notes": QT_TRANSLATE_NOOP("Labels", "备注"),
}
_UNITS = re.compile(r"(个月|月|人|名|元)$")
_NOISE = re.compile(r"[,，\s]")


@dataclass(frozen=True)
class ResultData:
    """A result as typed: one text per cell."""

    arrears_months: str = ""
    workers_affected: str = ""
    amount_owed: str = ""
    insurance_months: str = ""
    planned_layoffs: str = ""
    notes: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))


@dataclass(frozen=True)
class ResultValues:
    """A result as stored; ``None`` for a cell left empty."""

    arrears_months: Decimal | None = None
    workers_affected: int | None = None
    amount_owed: Decimal | None = None
    insurance_months: Decimal | None = None
    planned_layoffs: int | None = None
    notes: str = ""

    @property
    def found_problem(self) -> bool:
        """Whether anything was found: a number above zero in any of the five counts."""
        return any(v for v in (self.arrears_months, self.workers_affected, self.amount_owed,
                               self.insurance_months, self.planned_layoffs))

    def as_dict(self) -> dict:
        return {f: getattr(self, f) for f in RESULT_FIELDS}


def _bare(text: str) -> str:
    value = _NOISE.sub("", unicodedata.normalize("NFKC", text))
    return _UNITS.sub("", value)


def _not_a_number(field: str, text: str, template: str) -> ValidationError:
    return ValidationError(template, field=field, label=RESULT_LABELS[field], value=text.strip())


def _decimal(text: str, field: str, most: Decimal) -> Decimal | None:
    value = _bare(text)
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise _not_a_number(field, text, QT_TRANSLATE_NOOP("Errors", "{label}“{value}”不是数字。"))
    if number < 0:
        raise _not_a_number(field, text, QT_TRANSLATE_NOOP("Errors", "{label}“{value}”不能为负数。"))
    if number > most:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{label}“{value}”不合理：应在0到{most}之间。"),
                              field=field, label=RESULT_LABELS[field], value=text.strip(), most=most)
    return number.quantize(CENT, rounding=ROUND_HALF_UP)


def _count(text: str, field: str, workers: int | None) -> int | None:
    value = _bare(text)
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise _not_a_number(field, text, QT_TRANSLATE_NOOP("Errors", "{label}“{value}”不是数字。"))
    if number < 0:
        raise _not_a_number(field, text, QT_TRANSLATE_NOOP("Errors", "{label}“{value}”不能为负数。"))
    if number != number.to_integral_value():
        raise _not_a_number(field, text, QT_TRANSLATE_NOOP("Errors", "{label}“{value}”应为整数。"))
    count = int(number)
    if workers is not None and count > workers:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}“{value}”多于该企业的职工人数{workers}。"),
            field=field, label=RESULT_LABELS[field], value=count, workers=workers)
    if count > MAX_COUNT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{label}“{value}”超过上限{most}。"),
                              field=field, label=RESULT_LABELS[field], value=count, most=MAX_COUNT)
    return count


def clean_result(data: ResultData, workers: int | None = None) -> ResultValues | None:
    """The stored values of ``data`` for an enterprise of ``workers`` (None: not known).

    ``None`` when every cell is empty (not screened). Months are 0 to 120, amounts at least 0,
    both kept to two decimals; head counts are whole numbers, not more than the workers.
    """
    if data.is_empty:
        return None
    notes = data.notes.strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{label}过长（最多{n}个字）。"),
                              field="notes", label=RESULT_LABELS["notes"], n=NOTES_MAX)
    return ResultValues(
        arrears_months=_decimal(data.arrears_months, "arrears_months", MAX_MONTHS),
        workers_affected=_count(data.workers_affected, "workers_affected", workers),
        amount_owed=_decimal(data.amount_owed, "amount_owed", MAX_AMOUNT),
        insurance_months=_decimal(data.insurance_months, "insurance_months", MAX_MONTHS),
        planned_layoffs=_count(data.planned_layoffs, "planned_layoffs", workers),
        notes=notes,
    )


def result_text(value: Decimal | int | None) -> str:
    """A stored number as a form shows it: 1.50 → '1.5', 2.00 → '2', None → ''."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    return str(value)
