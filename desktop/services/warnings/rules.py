"""The default suggestion rule: a screening result in, a level with its reasons in words out.

Pure functions on plain values (no session), so every boundary is tested directly. The
thresholds come from ``RuleSettings`` (a setting the secretary can change). Each trigger gives a
level and a reason; the most severe level wins, and every reason is kept:

- arrears of more than 2 months → red; from 1 to 2 months inclusive → orange; more than 0 and
  less than 1 month → yellow;
- 10 or more workers affected → at least yellow;
- planned layoffs of 20 or more people, or of 10 % of the workers or more (劳动合同法 Art. 41)
  → at least yellow;
- social-insurance arrears alone → blue.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.models import WarningCategory, WarningLevel
from desktop.services.warnings.settings import RuleSettings


@dataclass(frozen=True)
class Result:
    """What a screening found at one enterprise (None: not given)."""

    arrears_months: Decimal | None = None
    workers_affected: int | None = None
    insurance_months: Decimal | None = None
    planned_layoffs: int | None = None
    workers: int | None = None          # the enterprise's head count, when known


@dataclass(frozen=True)
class Suggestion:
    level: WarningLevel
    category: WarningCategory
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "；".join(self.reasons) + "。"


def _months(value: Decimal) -> str:
    """2.50 → "2.5", 2.00 → "2": how a person writes a number of months."""
    text = format(value.normalize(), "f")
    return text


def _arrears(result: Result, rules: RuleSettings) -> tuple[WarningLevel, str] | None:
    months = result.arrears_months
    if months is None or months <= 0:
        return None
    m, red, orange = _months(months), _months(rules.red_over_months), _months(rules.orange_from_months)
    if months > rules.red_over_months:
        return WarningLevel.RED, f"欠薪{m}个月，超过{red}个月"
    if months >= rules.orange_from_months:
        return WarningLevel.ORANGE, f"欠薪{m}个月，在{orange}至{red}个月之间"
    return WarningLevel.YELLOW, f"欠薪{m}个月，不足{orange}个月"


def _layoffs(result: Result, rules: RuleSettings) -> str | None:
    planned = result.planned_layoffs or 0
    if planned <= 0:
        return None
    if planned >= rules.layoffs_yellow:
        return f"拟裁减{planned}人，达到{rules.layoffs_yellow}人（劳动合同法第四十一条）"
    workers = result.workers or 0
    if workers > 0 and Decimal(planned) * 100 >= rules.layoffs_percent * workers:
        share = _months((Decimal(planned) * 100 / workers).quantize(Decimal("0.1")))
        return (f"拟裁减{planned}人，占职工总数{workers}人的{share}%，达到{_months(rules.layoffs_percent)}%"
                "（劳动合同法第四十一条）")
    return None


def suggest(result: Result, rules: RuleSettings | None = None) -> Suggestion | None:
    """The level the default rule proposes, with every reason; None when nothing calls for one."""
    rules = rules or RuleSettings()
    found: list[tuple[WarningLevel, WarningCategory, str]] = []
    if (arrears := _arrears(result, rules)) is not None:
        found.append((arrears[0], WarningCategory.ARREARS, arrears[1]))
    if (layoffs := _layoffs(result, rules)) is not None:
        found.append((WarningLevel.YELLOW, WarningCategory.LAYOFFS, layoffs))
    affected = result.workers_affected or 0
    if affected >= rules.workers_yellow:
        category = found[0][1] if found else WarningCategory.OTHER
        found.append((WarningLevel.YELLOW, category, f"涉及职工{affected}人，达到{rules.workers_yellow}人"))
    insurance = result.insurance_months
    if insurance is not None and insurance > 0:
        found.append((WarningLevel.BLUE, WarningCategory.INSURANCE, f"社保欠缴{_months(insurance)}个月"))
    if not found:
        return None
    level, category, _ = min(found, key=lambda f: f[0].rank)   # rank 1 (red) is the most severe
    if category is WarningCategory.OTHER:
        category = next((c for _, c, _ in found if c is not WarningCategory.OTHER), category)
    return Suggestion(level, category, tuple(reason for _, _, reason in found))
