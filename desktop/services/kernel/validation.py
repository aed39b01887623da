"""Checks on identifiers and contact details (GB 32100, GB 11643, phone, e-mail) and masking."""

from __future__ import annotations

import re
import unicodedata

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
_ID_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]  # 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, …

# ASCII digits only: \d alone also takes "１３８…" and "13٨…", which no dialler or export reads.
_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?", re.ASCII)
_SHORT = re.compile(r"\d{7,8}(-\d{1,6})?", re.ASCII)
_SERVICE = re.compile(r"(400|800)-?\d{3}-?\d{4}", re.ASCII)
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def uscc_is_valid(code: str) -> bool:
    """GB 32100-2015: 18 characters, weights 3^(i-1) mod 31, check char from the alphabet."""
    if len(code) != 18 or any(ch not in USCC_ALPHABET for ch in code):
        return False
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(code[:17], _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31] == code[17]


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def id_number_is_valid(number: str) -> bool:
    """GB 11643: 17 digits and a check character (X for 10)."""
    if not re.fullmatch(r"\d{17}[\dX]", number, re.ASCII):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    check = (12 - total % 11) % 11
    return number[17] == ("X" if check == 10 else str(check))


def normalise_phone(value: str) -> str:
    return re.sub(r"[\s()（）]", "", value.strip()).replace("—", "-").replace("－", "-")


def clean_phone(value: str, field: str = "phone") -> str:
    """A mobile, landline (with area code and extension) or 400/800 number; '' allowed."""
    phone = normalise_phone(value)
    if phone.startswith("+86"):
        phone = phone[3:].lstrip("-")
    if not phone:
        return ""
    if any(p.fullmatch(phone) for p in (_MOBILE, _LANDLINE, _SHORT, _SERVICE)):
        return phone
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "电话号码“{value}”格式不正确：应为11位手机号或带区号的固定电话，如 010-67881234。"),
        field=field, value=printable(value.strip(), 40),
    )


def clean_email(value: str, field: str = "email") -> str:
    email = value.strip()
    if not email:
        return ""
    if len(email) > 200 or not _EMAIL.fullmatch(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "电子邮箱“{value}”格式不正确：应形如 name@example.cn。"),
            field=field, value=printable(email, 60),
        )
    return email


def normalise_uscc(value: str) -> str:
    """Full-width characters made half-width (NFKC), surrounding spaces dropped, upper case."""
    return unicodedata.normalize("NFKC", value).strip().upper()


def clean_uscc(value: str, field: str = "uscc") -> str | None:
    """A GB 32100 code normalised and checked (codes may start with Y); None for an empty one."""
    code = normalise_uscc(value)
    if not code:
        return None
    if len(code) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”应为18位，现为{n}位。"),
            field=field, value=printable(code, 40), n=len(code),
        )
    wrong = "".join(dict.fromkeys(ch for ch in code if ch not in USCC_ALPHABET))
    if wrong:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”含有不允许的字符“{chars}”"
                                      "（不使用 I、O、Z、S、V）。"),
            field=field, value=printable(code), chars=printable(wrong),
        )
    if not uscc_is_valid(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”校验位不正确（GB 32100），请核对。"),
            field=field, value=code,
        )
    return code


MAX_TEXT = 4000


def clean_text(value: str, field: str, limit: int = MAX_TEXT) -> str:
    """Free text stripped, refused when longer than ``limit`` characters."""
    text_ = (value or "").strip()
    if len(text_) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "内容过长（最多{n}个字）。"), field=field, n=limit)
    return text_


def clean_required(value: str, label: str, field: str, max_len: int = 200) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写{label}。"), field=field, label=label)
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}过长（最多{n}个字）。"), field=field, label=label, n=max_len
        )
    return text


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; the last four digits shown for other numbers."""
    digits = phone.strip()
    if not digits:
        return ""
    if _MOBILE.fullmatch(digits):
        return digits[:3] + "****" + digits[-4:]
    area, dash, local = digits.partition("-")
    if dash and area.startswith("0") and len(local) > 4:
        return f"{area}-" + "*" * (len(local) - 4) + local[-4:]
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return digits


def mask_id_number(number: str) -> str:
    """Keep the first 6 and the last 4 characters of an ID number."""
    number = number.strip()
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


_UNPRINTABLE = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def printable(value: object, limit: int | None = None) -> str:
    """``value`` as text safe to quote in a one-line message (a file's line, a cell, an argument):
    control, format and line-separator characters written as escapes (``\\x00``, ``\\u202e``),
    so a refusal never echoes an ANSI escape, a NUL or a bidi override to the terminal."""
    text = str(value) if limit is None else str(value)[:limit]
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or unicodedata.category(ch) not in _UNPRINTABLE else
                    ch.encode("unicode_escape").decode("ascii") for ch in text)


def clean_id_number(value: str, field: str = "id_number") -> str:
    """A GB 11643 citizen ID number (upper-case X), or '' when none was given."""
    number = re.sub(r"\s", "", value or "").upper()
    if not number:
        return ""
    if not id_number_is_valid(number):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "身份证号码“{value}”不正确：应为18位，最后一位校验码须符合 GB 11643。"),
            field=field, value=mask_id_number(printable(number, 18)))
    return number
