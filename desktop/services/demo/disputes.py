"""Demo dispute cases: a mediator roster and cases at every stage around ``today``.

Open cases are recent, so their clocks run: a few are planted 1–3 days before their mediation
clock runs out and a few past it; agreed cases have performance dates ahead and behind. Some
cases are collective (10 workers or more, with representatives), some came from the demo's
warnings, a couple carry an extension or a pause, closed ones hold their 卷宗 documents and the
archived ones hold every required one. ID numbers carry a correct GB 11643 check character.
Everything is drawn from the seed (``ctx.rng``) and written through the bulk writer with ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseClaim,
    CaseDocument,
    CaseParty,
    CaseStep,
    ClockAdjustment,
    DisputeCase,
    EarlyWarning,
    Mediator,
)
from desktop.services.demo.clock import local
from desktop.services.demo.context import Ctx
from desktop.services.demo.names import mobile, person_name
from desktop.services.disputes.casefile import ALWAYS, CHECKLIST, OPTIONAL
from desktop.services.disputes.clocks import compute_due, session_calendar
from desktop.services.disputes.core import case_number_text
from desktop.services.disputes.rules import DEFAULTS, MEDIATION
from desktop.services.disputes.settings import CaseSettings

CASES = {"small": 25, "large": 300}
MEDIATORS = (("王建国", "园区工会"), ("李秀梅", "园区工会"), ("赵志强", "区人力社保局"),
             ("陈静", "区司法局人民调解委员会"), ("刘海涛", "企业联合会"), ("孙丽", "园区工会法律服务站"))
#: Stage reached → the path of stages from 受理.
PATHS = {
    "received": ("received",),
    "mediating": ("received", "mediating"),
    "agreed": ("received", "mediating", "agreed"),
    "failed": ("received", "mediating", "failed"),
    "confirmation": ("received", "mediating", "agreed", "confirmation"),
    "arbitration": ("received", "mediating", "failed", "arbitration"),
    "litigation": ("received", "mediating", "failed", "litigation"),
    "visit": ("received", "mediating", "agreed", "visit"),
    "closed": ("received", "mediating", "agreed", "visit", "closed"),
    "archived": ("received", "mediating", "failed", "closed", "archived"),
}
#: How a run of cases is spread over the stages (the first round covers every stage once).
WEIGHTS = {"received": 2, "mediating": 3, "agreed": 2, "failed": 1, "confirmation": 1, "arbitration": 1,
           "litigation": 1, "visit": 1, "closed": 5, "archived": 4}
CLAIMS = {
    "remuneration": ("支付拖欠的工资", "支付加班费", "支付解除劳动合同经济补偿金"),
    "contract": ("签订书面劳动合同", "支付未签劳动合同二倍工资差额"),
    "dismissal": ("撤销辞退决定，恢复劳动关系", "支付违法解除劳动合同赔偿金"),
    "conditions": ("补缴社会保险费", "安排带薪年休假或支付未休年休假工资"),
    "relation": ("确认与被申请人存在劳动关系",),
    "other": ("退还押金",),
}
CATEGORIES = ("remuneration",) * 5 + ("contract", "dismissal", "dismissal", "conditions", "relation", "other")
SOURCES = ("window",) * 5 + ("online", "online", "arbitration", "court", "proactive")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(rng: random.Random) -> str:
    """A citizen ID number of 通州区 (110112) with its GB 11643 check character."""
    born = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 38))
    body = f"110112{born:%Y%m%d}{rng.randrange(1000):03d}"
    check = (12 - sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


@dataclass
class _Case:
    row: dict
    steps: list[tuple[str, date]] = field(default_factory=list)
    plant: str = ""


def build(session: Session, ctx: Ctx) -> None:
    """The roster and ``CASES[scale]`` cases; needs the enterprises and warnings already built."""
    if not ctx.enterprises:
        return
    mediators = _mediators(ctx)
    ctx.writer.flush()   # the demo's warnings, so the cases that came of them can point at them
    warnings = session.execute(select(EarlyWarning.id, EarlyWarning.enterprise_id)
                               .where(EarlyWarning.drill.is_(False)).order_by(EarlyWarning.id)).all()
    rng = ctx.rng("disputes")
    days = session_calendar(session)
    stages = list(WEIGHTS) + rng.choices(list(WEIGHTS), list(WEIGHTS.values()),
                                         k=max(0, CASES[ctx.scale.name] - len(WEIGHTS)))
    planted = ["near", "near", "near", "past", "past"]
    cases = []
    for n, stage in enumerate(stages):
        plant = planted.pop(0) if stage in ("received", "mediating") and planted else ""
        cases.append(_case(ctx, rng, n, stage, plant, mediators, days))
    for case, (warning_id, enterprise_id) in zip(cases[len(WEIGHTS):], warnings[:max(2, len(cases) // 12)]):
        case.row.update(warning_id=warning_id, enterprise_id=enterprise_id, source="warning")
    _write(ctx, rng, cases)


def _mediators(ctx: Ctx) -> list[tuple[int, str]]:
    rng = ctx.rng("mediators")
    made = ctx.created(local(ctx.first, time(9)))
    out = []
    for name, organisation in MEDIATORS:
        mediator_id = ctx.writer.next_id(Mediator.__table__)
        ctx.writer.add(Mediator.__table__, {"id": mediator_id, "name": name, "organisation": organisation,
                                            "phone": mobile(rng), "active": True, "version": 1,
                                            "created_at": made, "updated_at": made})
        out.append((mediator_id, name))
    return out


def _offsets(rng: random.Random, path: tuple[str, ...]) -> list[int]:
    """Days after 受理 of each step of ``path``."""
    gaps = {"received": 0, "mediating": rng.randint(1, 3), "agreed": rng.randint(3, 11),
            "failed": rng.randint(8, 13), "confirmation": rng.randint(2, 12), "arbitration": rng.randint(1, 5),
            "litigation": rng.randint(3, 10), "visit": rng.randint(10, 30), "closed": rng.randint(1, 6),
            "archived": rng.randint(5, 25)}
    total, out = 0, []
    for stage in path:
        total += gaps[stage]
        out.append(total)
    return out


def _received(ctx: Ctx, rng: random.Random, stage: str, plant: str, span: int, days) -> date:
    today = ctx.today
    if plant == "near":        # 1–3 days left on the mediation clock
        for back in range(12, 15):
            received = today - timedelta(days=back)
            due = compute_due(DEFAULTS[MEDIATION], received, days).day
            if 1 <= (due - today).days <= 3:
                return received
        return today - timedelta(days=13)
    if plant == "past":
        return today - timedelta(days=rng.randint(18, 26))
    if stage in ("received", "mediating"):
        return today - timedelta(days=span + rng.randint(0, 9))
    if stage in ("agreed", "failed", "confirmation", "arbitration", "litigation", "visit"):
        return today - timedelta(days=span + rng.randint(0, 40))
    return today - timedelta(days=span + rng.randint(0, max(30, 365 * ctx.scale.years_back - span)))


def _case(ctx: Ctx, rng: random.Random, n: int, stage: str, plant: str, mediators, days) -> _Case:
    path = PATHS[stage]
    if stage == "closed" and rng.random() < 0.4:
        path = ("received", "mediating", "failed", "closed")   # a failed mediation may close at once
    offsets = _offsets(rng, path)
    received = _received(ctx, rng, stage, plant, offsets[-1], days)
    steps = [(s, received + timedelta(days=o)) for s, o in zip(path, offsets, strict=True)]
    enterprise = rng.choice(ctx.enterprises)
    category = rng.choice(CATEGORIES)
    collective = n % 6 == 3 and enterprise.employees >= 10
    workers = rng.randint(10, min(80, enterprise.employees)) if collective else 1
    made = ctx.created(local(received, time(9, 30)))
    row = {"id": 0, "number_year": received.year, "number_serial": 0, "number": "",
           "enterprise_id": enterprise.id, "category": category, "source": rng.choice(SOURCES),
           "mediation_body": "township" if rng.random() < 0.8 else "enterprise", "received": received,
           "knew_on": received - timedelta(days=rng.randint(5, 200)) if rng.random() < 0.6 else None,
           "arrears_in_employment": category == "remuneration" and rng.random() < 0.3,
           "mediator_id": rng.choice(mediators)[0], "workers": workers, "collective": collective,
           "matter": f"{CLAIMS[category][0]}争议", "reasons": "申请人称多次与单位协商未果，请求调解组织主持调解。",
           "oral": rng.random() < 0.3, "stage": stage, "stage_on": steps[-1][1], "agreement_terms": "",
           "agreement_on": None, "perform_by": None, "perform_how": "", "warning_id": None,
           "closed_on": None, "archived_on": None, "notes": "", "created_by": ctx.user, "version": len(steps),
           "created_at": made, "updated_at": made}
    on = dict(steps)
    if "agreed" in on:
        ahead = rng.random() < 0.5 and stage in ("agreed", "confirmation")
        perform_by = (ctx.today + timedelta(days=rng.randint(3, 20)) if ahead
                      else on["agreed"] + timedelta(days=rng.randint(3, 8)))
        row.update(agreement_terms="被申请人于履行期限前一次性支付申请人请求的款项，申请人放弃其他请求。",
                   agreement_on=on["agreed"], perform_by=perform_by, perform_how="银行转账至申请人工资卡")
    row.update(closed_on=on.get("closed"), archived_on=on.get("archived"))
    return _Case(row, steps, plant)


def _write(ctx: Ctx, rng: random.Random, cases: list[_Case]) -> None:
    serials: dict[int, int] = {}
    code = CaseSettings().case_code
    w = ctx.writer
    for case in sorted(cases, key=lambda c: c.row["received"]):
        row = case.row
        year = row["number_year"]
        serials[year] = serials.get(year, 0) + 1
        row.update(id=w.next_id(DisputeCase.__table__), number_serial=serials[year],
                   number=case_number_text(year, serials[year], code))
        w.add(DisputeCase.__table__, row)
        _parties(ctx, rng, row)
        _claims(ctx, rng, row)
        for seq, (stage, on) in enumerate(case.steps, 1):
            w.add(CaseStep.__table__, {"id": w.next_id(CaseStep.__table__), "case_id": row["id"], "seq": seq,
                                       "stage": stage, "happened_on": on, "handler": ctx.user,
                                       "note": "口头申请" if seq == 1 and row["oral"] else "", "meeting_id": None,
                                       "recorded_at": _at(ctx, on)})
        _documents(ctx, rng, row, {s for s, _ in case.steps})
    open_ = [c.row for c in cases if c.row["stage"] == "mediating" and not c.plant]
    for n, row in enumerate(open_[:3]):
        _adjust(ctx, row, n)


def _at(ctx: Ctx, on: date) -> datetime:
    return ctx.created(local(on, time(10)))


def _parties(ctx: Ctx, rng: random.Random, row: dict) -> None:
    count = 3 if row["collective"] else 1
    role = "representative" if row["collective"] else "applicant"
    for seq in range(1, count + 1):
        ctx.writer.add(CaseParty.__table__, {
            "id": ctx.writer.next_id(CaseParty.__table__), "case_id": row["id"], "seq": seq, "role": role,
            "name": person_name(rng), "id_number": id_number(rng), "phone": mobile(rng),
            "address": f"北京市通州区{rng.choice(('马驹桥镇', '台湖镇', '张家湾镇'))}{rng.randint(1, 99)}号"})


def _claims(ctx: Ctx, rng: random.Random, row: dict) -> None:
    agreed = row["agreement_on"] is not None
    for seq, text in enumerate(CLAIMS[row["category"]][:rng.randint(1, 2)], 1):
        amount = None if row["category"] == "relation" else Decimal(rng.randint(30, 900) * 100 * row["workers"])
        settled = (amount * Decimal("0.8")).quantize(Decimal(1)) if agreed and amount is not None else None
        ctx.writer.add(CaseClaim.__table__, {"id": ctx.writer.next_id(CaseClaim.__table__), "case_id": row["id"],
                                             "seq": seq, "text": text, "amount": amount, "agreed_amount": settled})


def _documents(ctx: Ctx, rng: random.Random, row: dict, reached: set[str]) -> None:
    """Closed cases hold their 卷宗 documents; an archived one every required one, a closed one
    now and then misses one (so the archive gate has something to refuse)."""
    if row["stage"] not in ("closed", "archived"):
        return
    required = [d.key for d in CHECKLIST if d.needed == ALWAYS or d.needed in reached]
    if row["stage"] == "closed" and rng.random() < 0.5:
        required = required[:-1]
    held = required + [d.key for d in CHECKLIST if d.needed == OPTIONAL and rng.random() < 0.3]
    at = _at(ctx, row["closed_on"])
    for key in dict.fromkeys(held):
        ctx.writer.add(CaseDocument.__table__, {"id": ctx.writer.next_id(CaseDocument.__table__),
                                                "case_id": row["id"], "doc_key": key, "attachment_id": None,
                                                "note": "", "marked_by": ctx.user, "created_at": at,
                                                "updated_at": at})


def _adjust(ctx: Ctx, row: dict, n: int) -> None:
    """An extension on the first mediating case, an ended pause on the second, an open one on the third."""
    first = row["stage_on"]
    values = [{"kind": "extension", "days": 10, "first_day": None, "last_day": None,
               "reason": "双方当事人同意延长调解期限十日"},
              {"kind": "pause", "days": None, "first_day": first, "last_day": first + timedelta(days=2),
               "reason": "申请人住院治疗"},
              {"kind": "pause", "days": None, "first_day": first, "last_day": None,
               "reason": "等待工伤认定结论"}][n]
    ctx.writer.add(ClockAdjustment.__table__, {
        "id": ctx.writer.next_id(ClockAdjustment.__table__), "case_id": row["id"], "rule": MEDIATION,
        "recorded_by": ctx.user, "recorded_at": _at(ctx, first), "removed_at": None, "removed_by": "",
        **values})
