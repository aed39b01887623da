"""The office's case settings, kept in ``dispute_settings.json`` in the per-user config folder:
the case-number code (（2026）经开工调字第3号), and when a clock turns amber and reaches the
dashboard. A missing or damaged file gives the defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from desktop import config
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.settings_file import read_json_object, write_json

FILENAME = "dispute_settings.json"


@dataclass(frozen=True)
class CaseSettings:
    case_code: str = "经开工调"     # （年）{code}字第N号
    organisation: str = "经开区工会劳动争议调解中心"   # the mediation body named on the documents
    amber_days: int = 3             # a clock with this many days left or fewer is amber
    soon_days: int = 7              # clocks due within this many days reach the dashboard and 督办


def settings_path(folder: Path | None = None) -> Path:
    return (folder or config.config_dir()) / FILENAME


def load_case_settings(folder: Path | None = None) -> CaseSettings:
    data = read_json_object(settings_path(folder)) or {}
    found = CaseSettings()
    for field in fields(CaseSettings):
        value = data.get(field.name)
        if isinstance(value, type(getattr(found, field.name))):
            found = replace(found, **{field.name: value})
    try:
        return _checked(found)
    except ValidationError:
        return CaseSettings()


def _checked(settings: CaseSettings) -> CaseSettings:
    code = settings.case_code.strip()
    if not code or len(code) > 20:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "案号代字不能为空，最多20个字。"), field="case_code")
    if not 0 <= settings.amber_days <= settings.soon_days <= 60:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "提醒天数应满足 0 ≤ 黄色提醒天数 ≤ 临近天数 ≤ 60。"), field="amber_days")
    organisation = settings.organisation.strip()
    if not organisation or len(organisation) > 60:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "调解组织名称不能为空，最多60个字。"), field="organisation")
    return replace(settings, case_code=code, organisation=organisation)


def save_case_settings(settings: CaseSettings, folder: Path | None = None) -> CaseSettings:
    checked = _checked(settings)
    write_json(settings_path(folder), {f.name: getattr(checked, f.name) for f in fields(CaseSettings)})
    return checked
