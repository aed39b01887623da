"""Demo early warning: last winter's screening (done, its warnings mostly lifted) and this winter's
(under way), with results, suggestions and warnings at every level, message chains included.

Levels come from the real rule (``warnings.rules.suggest``) on the generated results, so what
the screens show is what the app itself would have proposed. Rows go through the bulk writer
with their ids, like the rest of the demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from desktop.models import (
    LEVEL_ORDER,
    EarlyWarning,
    ScreeningCampaign,
    ScreeningEntry,
    WarningCategory,
    WarningLevel,
    WarningMessage,
)
from desktop.services.demo.clock import local, spring_festival
from desktop.services.demo.context import Ctx, EnterpriseInfo
from desktop.services.warnings.rules import Result, Suggestion, suggest
from desktop.services.warnings.settings import RuleSettings

RULES = RuleSettings()
MONTHS = (Decimal("0.5"), Decimal("0.8"), Decimal(1), Decimal("1.5"), Decimal(2), Decimal("2.5"), Decimal(3),
          Decimal(4))
# Each level at least once, whatever the random draw: (arrears, affected, insurance, layoffs)
PLANTED = ((Decimal(3), 40, None, None), (Decimal("1.5"), 12, None, None), (Decimal("0.5"), 6, None, None),
           (None, None, Decimal(2), None), (None, 15, None, 25))
WATCH = "工资支付进度、职工情绪和聚集苗头，春节前每周回访一次"
MEASURES = "约谈企业负责人，督促制定清偿计划并按期支付；劳动监察大队跟进，园区工会每周报告进展"


@dataclass
class _Found:
    entry_id: int
    enterprise: EnterpriseInfo
    screened_at: datetime
    affected: int | None
    proposal: Suggestion


@dataclass
class _Issued:
    warning: dict
    messages: list[dict] = field(default_factory=list)


def build(ctx: Ctx) -> None:
    """Both campaigns, their results and the warnings that came of them."""
    if not ctx.enterprises:
        return
    year = ctx.today.year + (1 if ctx.today >= spring_festival(ctx.today.year) else 0)
    festival = spring_festival(year)
    last_year = spring_festival(year - 1)
    old = _campaign(ctx, f"{year - 1}年春节前欠薪排查", last_year - timedelta(days=60), last_year - timedelta(days=10),
                    without_union=True, share=1.0)
    new = _campaign(ctx, f"{year}年春节前欠薪排查", ctx.today - timedelta(days=20), festival - timedelta(days=10),
                    share=0.85)
    issued: list[_Issued] = []
    for found in old:
        issued.append(_old_warning(ctx, found))
    for found in new:
        made = _new_warning(ctx, found)
        if made is not None:
            issued.append(made)
    issued.append(_drill(ctx))
    _number_letters(issued)
    for item in issued:
        ctx.writer.add(EarlyWarning.__table__, item.warning)
        for message in item.messages:
            ctx.writer.add(WarningMessage.__table__, message)


def _campaign(ctx: Ctx, name: str, first: date, last: date, *, without_union: bool = False,
              share: float) -> list[_Found]:
    """A campaign over the enterprises (those without a union when asked), ``share`` screened."""
    rng = ctx.rng("screening", name)
    chosen = [e for e in ctx.enterprises if not (without_union and e.has_union)]
    made = ctx.created(local(first - timedelta(days=3), time(9, 30)))
    campaign_id = ctx.writer.next_id(ScreeningCampaign.__table__)
    ctx.writer.add(ScreeningCampaign.__table__, {
        "id": campaign_id, "name": name, "first_day": first, "last_day": last, "park": "",
        "without_union": without_union, "min_workers": None,
        "notes": "重点排查工资支付、社保缴纳和裁员计划，发现问题当日报送。", "created_by": _clerk(ctx, rng),
        "version": 1, "created_at": made, "updated_at": made})
    found: list[_Found] = []
    planted = list(PLANTED)
    span = max(1, (min(last, ctx.today) - first).days)
    for enterprise in chosen:
        entry_id = ctx.writer.next_id(ScreeningEntry.__table__)
        row = {"id": entry_id, "campaign_id": campaign_id, "enterprise_id": enterprise.id,
               "responsible": f"{enterprise.park}工会工作站", "arrears_months": None, "workers_affected": None,
               "amount_owed": None, "insurance_months": None, "planned_layoffs": None, "notes": "",
               "screened_by": "", "screened_at": None, "version": 1, "created_at": made, "updated_at": made}
        if rng.random() < share:
            at = ctx.created(local(first + timedelta(days=rng.randrange(span)), time(rng.choice((10, 15)))))
            values = planted.pop(0) if planted else _draw(rng, enterprise)
            _fill(row, values, at, _clerk(ctx, rng))
            proposal = suggest(Result(row["arrears_months"], row["workers_affected"], row["insurance_months"],
                                      row["planned_layoffs"], enterprise.employees), RULES)
            if proposal is not None:
                found.append(_Found(entry_id, enterprise, at, row["workers_affected"], proposal))
        ctx.writer.add(ScreeningEntry.__table__, row)
    return found


def _draw(rng: random.Random, enterprise: EnterpriseInfo) -> tuple:
    """Mostly nothing found; now and then arrears, insurance arrears or planned layoffs."""
    roll = rng.random()
    if roll < 0.91:
        return Decimal(0), 0, Decimal(0), 0
    affected = max(1, int(enterprise.employees * rng.uniform(0.1, 0.8)))
    if roll < 0.97:
        return rng.choice(MONTHS), affected, None, None
    if roll < 0.99:
        return None, None, Decimal(rng.choice((1, 2, 3))), None
    return None, affected, None, max(1, enterprise.employees // rng.choice((3, 5, 8)))


def _fill(row: dict, values: tuple, at: datetime, by: str) -> None:
    arrears, affected, insurance, layoffs = values
    row.update(arrears_months=arrears, workers_affected=affected, insurance_months=insurance,
               planned_layoffs=layoffs, screened_at=at, screened_by=by, updated_at=at)
    if arrears and affected:
        row["amount_owed"] = (arrears * affected * 6200).quantize(Decimal(1))
        row["notes"] = "企业称回款延迟，承诺春节前结清" if arrears < 2 else "企业资金链紧张，职工已多次来访"


def _clerk(ctx: Ctx, rng: random.Random) -> str:
    return rng.choice(ctx.clerks).name if ctx.clerks else ctx.user


def _warning_row(ctx: Ctx, found: _Found, status: str) -> dict:
    made = ctx.created(found.screened_at + timedelta(hours=1))
    return {
        "id": ctx.writer.next_id(EarlyWarning.__table__), "enterprise_id": found.enterprise.id,
        "entry_id": found.entry_id, "category": found.proposal.category.value, "status": status,
        "level": found.proposal.level.value, "suggested_level": found.proposal.level.value,
        "reason": found.proposal.reason, "starts": None, "expires": None, "scope": "",
        "workers_affected": found.affected, "watch": "", "measures": "", "drill": False,
        "dismissed_reason": "", "closed_at": None, "letter_year": None, "letter_serial": None,
        "version": 1, "created_at": made, "updated_at": made}


def _message(ctx: Ctx, item: _Issued, kind: str, at: datetime, reason: str = "", **changes) -> None:
    """Append a message that replaces the last one, and bring the warning's current state along."""
    w = item.warning
    w.update(changes)
    previous = item.messages[-1]["id"] if item.messages else None
    item.messages.append({
        "id": ctx.writer.next_id(WarningMessage.__table__), "warning_id": w["id"], "seq": len(item.messages) + 1,
        "kind": kind, "replaces_id": previous, "level": w["level"], "starts": w["starts"], "expires": w["expires"],
        "scope": w["scope"], "workers_affected": w["workers_affected"], "watch": w["watch"],
        "measures": w["measures"], "reason": reason, "sent_by": "王建国", "sent_at": at})
    w["updated_at"] = at
    w["version"] = len(item.messages) + 1


def _issue(ctx: Ctx, found: _Found, at: datetime) -> _Issued:
    item = _Issued(_warning_row(ctx, found, "active"))
    starts = at.date()
    scope = f"{found.affected}名职工" if found.affected else "全体职工"
    _message(ctx, item, "issue", at, starts=starts, expires=starts + timedelta(days=RULES.expiry_days),
             scope=scope, watch=WATCH, measures=MEASURES)
    return item


def _old_warning(ctx: Ctx, found: _Found) -> _Issued:
    """Last winter's: issued, then mostly lifted; some extended once; a few left to expire."""
    rng = ctx.rng("old-warning", found.entry_id)
    item = _issue(ctx, found, ctx.created(found.screened_at + timedelta(days=1)))
    issued_at = item.messages[0]["sent_at"]
    roll = rng.random()
    if roll < 0.7:
        at = ctx.created(issued_at + timedelta(days=rng.randint(20, 80)))
        _message(ctx, item, "lift", at, "欠薪已全部结清，职工情绪平稳", status="lifted", closed_at=at)
    elif roll < 0.85:
        at = ctx.created(issued_at + timedelta(days=85))
        _message(ctx, item, "extend", at, "清偿计划尚未执行完毕，延长观察期",
                 expires=item.warning["expires"] + timedelta(days=60))
        lift = ctx.created(at + timedelta(days=50))
        _message(ctx, item, "lift", lift, "已按计划清偿，回访无异常", status="lifted", closed_at=lift)
    return item


def _new_warning(ctx: Ctx, found: _Found) -> _Issued | None:
    """This winter's: a quarter still suggested, a few dismissed, the rest issued, some adjusted."""
    rng = ctx.rng("new-warning", found.entry_id)
    roll = rng.random()
    if roll < 0.25 and found.proposal.level is not WarningLevel.RED:
        return _Issued(_warning_row(ctx, found, "suggested"))
    if roll < 0.30 and found.proposal.level is not WarningLevel.RED:
        item = _Issued(_warning_row(ctx, found, "dismissed"))
        at = ctx.created(found.screened_at + timedelta(days=2))
        item.warning.update(dismissed_reason="经核实企业已于排查次日结清欠薪", closed_at=at, updated_at=at)
        return item
    item = _issue(ctx, found, ctx.created(found.screened_at + timedelta(hours=rng.randint(3, 48))))
    if roll > 0.85:
        rank = found.proposal.level.rank
        level = LEVEL_ORDER[rank - 2] if rank > 1 else LEVEL_ORDER[1]
        at = ctx.created(item.messages[0]["sent_at"] + timedelta(days=rng.randint(2, 8)))
        reason = "复查发现欠薪月数增加，职工有聚集苗头" if level.rank < rank else "企业已支付部分工资，风险下降"
        _message(ctx, item, "adjust", at, reason, level=level.value)
    return item


def _drill(ctx: Ctx) -> _Issued:
    """One 演练 warning: kept out of the statistics, marked on its documents."""
    enterprise = ctx.enterprises[0]
    found = _Found(0, enterprise, ctx.created(local(ctx.today - timedelta(days=5), time(9))), 30,
                   Suggestion(WarningLevel.RED, WarningCategory.PETITION, ("群体性讨薪应急演练",)))
    item = _issue(ctx, found, found.screened_at)
    item.warning.update(entry_id=None, drill=True, reason="年度群体性事件应急演练。")
    item.messages[0]["reason"] = "年度应急演练"
    return item


def _number_letters(issued: list[_Issued]) -> None:
    """预警提示函 numbers per year, in the order the warnings were issued; a drill takes none."""
    serials: dict[int, int] = {}
    for item in sorted((i for i in issued if i.messages and not i.warning["drill"]), key=lambda i: (i.messages[0]["sent_at"], i.warning["id"])):
        year = item.messages[0]["sent_at"].year
        serials[year] = serials.get(year, 0) + 1
        item.warning.update(letter_year=year, letter_serial=serials[year])
