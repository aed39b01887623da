"""The clock rules of a dispute case: code defaults, overridden by the office's ``deadline_rules`` rows.

Each rule says what it counts from, how long, in which unit, whether a last day on a rest day
shifts, its legal basis and whether that basis was verified against a published text
(``../shared/REGISTERS.md``). Whoever maintains the rules edits them in the 期限规则 dialog or
with ``save_rule``; ``reset_rule`` returns a rule to the default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import DeadlineRule
from desktop.services.disputes.periods import Mode, Unit
from desktop.services.kernel.permissions import Permission, require
from desktop.services.kernel.records import check_version

MEDIATION = "mediation_15"
CONFIRMATION = "judicial_confirmation_30"
LIMITATION = "arbitration_limitation_1y"
PERFORMANCE = "performance"


@dataclass(frozen=True)
class Rule:
    """One clock rule as the engine uses it; ``version`` 0 means the code's default."""

    key: str
    name: str
    amount: int
    unit: str
    mode: str
    start_event: str          # what the clock counts from, in words
    basis: str
    verified: bool
    max_extension_days: int = 0
    note: str = ""
    version: int = 0

    @property
    def counts(self) -> str:
        """How the rule counts, in words (for the rules table and the calculator)."""
        if self.key == PERFORMANCE:
            return "以调解协议写明的履行日期为期限，不另行计算"
        unit = {"day": "日", "month": "个月", "year": "年"}[self.unit]
        mode = "末日遇休息日顺延至下一工作日" if self.mode == Mode.SHIFT.value else "末日不顺延"
        return f"{self.amount}{unit}，起算当日不计入，{mode}"


DEFAULTS: dict[str, Rule] = {r.key: r for r in (
    Rule(MEDIATION, "调解期限", 15, Unit.DAY.value, Mode.SHIFT.value,
         "调解组织收到调解申请之日",
         "《劳动争议调解仲裁法》第十四条：自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，"
         "当事人可以依法申请仲裁。", True, max_extension_days=15,
         note="期满当日起当事人可以申请仲裁；双方同意可延期，延期上限为本规则的最长延期天数。"),
    Rule(CONFIRMATION, "司法确认申请期限", 30, Unit.DAY.value, Mode.SHIFT.value,
         "调解协议生效之日",
         "《人民调解法》第三十三条：双方当事人自调解协议生效之日起三十日内共同向人民法院申请司法确认；"
         "《民事诉讼法》第二百零五条。", True),
    Rule(LIMITATION, "仲裁时效", 1, Unit.YEAR.value, Mode.SHIFT.value,
         "当事人知道或者应当知道其权利被侵害之日",
         "《劳动争议调解仲裁法》第二十七条：仲裁时效期间为一年。", True,
         note="劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年时效限制；劳动关系终止的，"
              "应当自劳动关系终止之日起一年内提出。"),
    Rule(PERFORMANCE, "协议履行期限", 0, Unit.DAY.value, Mode.EXACT.value,
         "调解协议写明的履行日期",
         "《人民调解法》第二十九条：调解协议书载明履行协议的方式、地点、期限。", True,
         note="到期后回访，确认协议是否履行。"),
)}


def _from_row(row: DeadlineRule) -> Rule:
    default = DEFAULTS[row.key]
    return replace(default, name=row.name, amount=row.amount, unit=row.unit, mode=row.mode,
                   basis=row.basis, verified=row.verified,
                   max_extension_days=row.max_extension_days, note=row.note, version=row.version)


def load_rules(session: Session) -> dict[str, Rule]:
    """Every rule, the office's version where one is saved."""
    rules = dict(DEFAULTS)
    for row in session.scalars(select(DeadlineRule)):
        if row.key in rules:
            rules[row.key] = _from_row(row)
    return rules


def rule(session: Session, key: str) -> Rule:
    """One rule by key; an unknown key is refused with the known ones listed."""
    rules = load_rules(session)
    if key not in rules:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有期限规则“{key}”。可用的规则：{known}。"),
                              field="rule", key=key, known="、".join(rules))
    return rules[key]


def _check(amount: int, unit: str, mode: str, max_extension_days: int) -> None:
    if unit not in {u.value for u in Unit}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "期间单位应为日、月或年。"), field="unit")
    if mode not in {m.value for m in Mode}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "末日处理应为顺延（shift）或不顺延（exact）。"),
                              field="mode")
    if not 0 <= amount <= 3650:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "期间长度应在0到3650之间。"), field="amount")
    if not 0 <= max_extension_days <= 365:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "最长延期天数应在0到365之间。"),
                              field="max_extension_days")


def save_rule(session: Session, key: str, *, amount: int, unit: str, mode: str, basis: str,
              verified: bool, max_extension_days: int, note: str = "", name: str | None = None,
              version: int | None = None, user: str = "") -> Rule:
    """Save the office's version of rule ``key`` (``version``: the one the form showed)."""
    require(session, Permission.MANAGE_RULES)
    current = rule(session, key)
    _check(amount, unit, mode, max_extension_days)
    row = session.get(DeadlineRule, key)
    if row is None:
        if version not in (None, 0):
            check_version(current, version)
        row = DeadlineRule(key=key)
        session.add(row)
    else:
        check_version(row, version)
    row.name = (name or current.name).strip()[:100]
    row.amount, row.unit, row.mode = amount, unit, mode
    row.basis, row.verified, row.note = basis.strip(), bool(verified), note.strip()
    row.max_extension_days, row.updated_by = max_extension_days, user[:100]
    session.flush()
    return _from_row(row)


def reset_rule(session: Session, key: str) -> Rule:
    """Back to the code's default for ``key``."""
    require(session, Permission.MANAGE_RULES)
    rule(session, key)
    row = session.get(DeadlineRule, key)
    if row is not None:
        session.delete(row)
        session.flush()
    return DEFAULTS[key]
