"""The suggestion rule's thresholds, kept in ``warning_rules.json`` in the per-user config folder.

Local practice differs (宝应 grades arrears under 1 month yellow, 1–2 months orange, over 2
months red; REGISTERS.md), so every threshold is a setting the secretary can change; the
command line and the GUI read the same file. A missing or damaged file gives the defaults, and a
value out of range falls back to its default rather than to a rule nobody chose.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from desktop import config
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.settings_file import read_json_object, write_json

FILENAME = "warning_rules.json"
MAX_MONTHS = Decimal(120)


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds of the default rule (see ``rules.suggest``).

    Arrears of more than ``red_over_months`` → red; from ``orange_from_months`` to
    ``red_over_months`` inclusive → orange; more than 0 and less than ``orange_from_months`` →
    yellow. ``workers_yellow`` or more workers affected → at least yellow. Planned layoffs of
    ``layoffs_yellow`` people or more, or of ``layoffs_percent`` % of the workers or more
    (劳动合同法 Art. 41: 20 people or 10 %) → at least yellow. Social-insurance arrears alone →
    blue. ``expiry_days``: how long an issued warning runs unless extended.
    """

    red_over_months: Decimal = Decimal(2)
    orange_from_months: Decimal = Decimal(1)
    workers_yellow: int = 10
    layoffs_yellow: int = 20
    layoffs_percent: Decimal = Decimal(10)
    expiry_days: int = 90


_LIMITS = {  # field -> (least, most)
    "red_over_months": (Decimal("0.01"), MAX_MONTHS),
    "orange_from_months": (Decimal("0.01"), MAX_MONTHS),
    "workers_yellow": (1, 1_000_000),
    "layoffs_yellow": (1, 1_000_000),
    "layoffs_percent": (Decimal("0.1"), Decimal(100)),
    "expiry_days": (1, 3650),
}
_FIELD_TYPES = {f.name: (int if f.type in ("int", int) else Decimal) for f in fields(RuleSettings)}


def settings_path() -> Path:
    return config.config_dir() / FILENAME


def _value(name: str, raw):
    kind = _FIELD_TYPES[name]
    try:
        value = kind(str(raw)) if kind is Decimal else int(raw)
    except (TypeError, ValueError, InvalidOperation):
        return None
    least, most = _LIMITS[name]
    return value if least <= value <= most else None


def load_rule_settings() -> RuleSettings:
    """The saved thresholds; defaults for anything missing, unreadable or out of range."""
    data = read_json_object(settings_path())
    if data is None:
        return RuleSettings()
    values = {name: v for name in _FIELD_TYPES if (v := _value(name, data.get(name))) is not None}
    settings = replace(RuleSettings(), **values)
    if settings.orange_from_months > settings.red_over_months:
        return replace(settings, orange_from_months=RuleSettings.orange_from_months,
                       red_over_months=RuleSettings.red_over_months)
    return settings


def check_rule_settings(settings: RuleSettings) -> RuleSettings:
    """ValidationError (on the field) for a threshold out of range or orange above red."""
    for name in _FIELD_TYPES:
        if _value(name, getattr(settings, name)) is None:
            least, most = _LIMITS[name]
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该阈值应在 {least} 到 {most} 之间。"),
                                  field=name, least=least, most=most)
    if settings.orange_from_months > settings.red_over_months:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "橙色预警的起点（{orange} 个月）不能高于红色预警的界限（{red} 个月）。"),
                              field="orange_from_months", orange=settings.orange_from_months,
                              red=settings.red_over_months)
    return settings


def save_rule_settings(settings: RuleSettings) -> RuleSettings:
    """Check, then write atomically (a temporary file renamed over the old one)."""
    check_rule_settings(settings)
    write_json(settings_path(), {name: (str(v) if isinstance(v := getattr(settings, name), Decimal) else v)
                                 for name in _FIELD_TYPES})
    return settings
