"""The text of a meeting's minutes (会议纪要): structured content and its plain-text rendering."""

from __future__ import annotations

from datetime import date

from desktop.services.demo import names, prose
from desktop.services.demo.clock import cn_time
from desktop.services.demo.context import Ctx
from desktop.services.demo.directory import ROOMS
from desktop.services.kernel.cn_format import cn_date, cn_num

CC = {
    "tripartite": "市人力资源和社会保障局，市总工会，市企业联合会",
    "dispute": "市劳动人事争议仲裁院，市总工会法律服务中心",
    "warning": "市总工会权益保障部，管委会办公室",
    "linkage": "管委会办公室，区委政法委",
    "bimonthly": "管委会办公室，各参会企业",
}


def compose(ctx: Ctx, rng, plan, target: int) -> tuple[dict, str]:
    """Content (a JSON-ready dict) and plain text of about ``target`` characters."""
    record = plan.record
    chair = next(s.person for s in plan.attendance if s.role == "chair")
    place = ROOMS[plan.room][0] if plan.room in ROOMS else plan.location or "会议室"
    org_of = ctx.org_names.get
    intro = (f"{cn_time(plan.start)}，{org_of(chair.org_id, '')}{chair.title}{chair.name}在{place}"
             f"主持召开{plan.title}。{'、'.join(m.org_name for m in plan.body.members)}等成员单位"
             f"有关负责同志参加会议。会议{_heard(plan)}。现将会议主要精神和议定事项纪要如下：")
    decisions = [f"（{cn_num(d.position)}）{d.text}" for d in record.decisions]
    closing = rng.choice(prose.CLOSINGS)
    attendance = _attendance(ctx, plan)
    cc = CC.get(plan.body.key, "管委会办公室")
    issued_on = record.issued_at.date() if record.issued_at else None
    sections = _sections(ctx, rng, plan, target - _length(intro, decisions, closing, attendance))
    content = {
        "title": f"{plan.title}纪要", "doc_number": record.doc_text,
        "meeting": {"title": plan.title, "body": plan.body.name, "start": plan.start.isoformat(),
                    "place": place, "chair": chair.name},
        "intro": intro, "sections": sections,
        "decisions": [{"position": d.position, "text": d.text} for d in record.decisions],
        "closing": closing, "attendance": attendance, "cc": cc,
        "issuer": f"{plan.body.name}办公室",
        "printed_on": issued_on.isoformat() if issued_on else None,
    }
    return content, _render(content, decisions, issued_on)


def _heard(plan) -> str:
    count = len(plan.agenda)
    if count <= 1:
        return "通报了有关情况，研究部署了下一阶段工作"
    spoken = "两" if count == 2 else cn_num(count)
    return f"共安排{spoken}项议程，与会单位逐项进行了通报和讨论，研究部署了下一阶段工作"


def _attendance(ctx: Ctx, plan) -> dict:
    org_of = ctx.org_names.get
    present, leave, observers, recorder = [], [], [], ""
    for seat in plan.attendance:
        label = f"{seat.person.name}（{org_of(seat.person.org_id, '')}）"
        if seat.role == "recorder":
            recorder = seat.person.name
        elif seat.status == "delegated":
            present.append(f"{seat.delegate.name}（{org_of(seat.person.org_id, '')}，"
                           f"代{seat.person.name}）")
        elif seat.status == "leave":
            leave.append(label)
        elif seat.status == "present":
            (observers if seat.role == "observer" else present).append(label)
    return {"present": present, "leave": leave, "observers": observers, "recorder": recorder}


def _length(intro: str, decisions: list[str], closing: str, attendance: dict) -> int:
    names_len = sum(len(x) + 1 for k in ("present", "leave", "observers") for x in attendance[k])
    return len(intro) + sum(len(d) + 1 for d in decisions) + len(closing) + names_len + 120


def _sections(ctx: Ctx, rng, plan, budget: int) -> list[dict]:
    """One section per agenda item; paragraphs are added round-robin until ``budget`` is used."""
    items = plan.agenda or []
    used: set[str] = set()
    pools = []
    for item in items:
        pool = list(prose.THEMES.get(item.theme, prose.THEMES["harmony"]))
        rng.shuffle(pool)
        pools.append(pool)
    own = prose.BODY_THEMES.get(plan.body.key, ("harmony",))
    near = [s for theme in own for s in prose.THEMES[theme]]
    far = [s for theme in sorted(prose.THEMES) if theme not in own for s in prose.THEMES[theme]]
    rng.shuffle(near)
    rng.shuffle(far)
    spare = far + near          # taken from the end: the body's own themes first
    sections = [{"heading": f"{cn_num(i)}、{item.title}", "agenda_position": i, "paragraphs": []}
                for i, item in enumerate(items, 1)]
    length = sum(len(s["heading"]) + 1 for s in sections)
    turn = 0
    while sections and (length < budget or turn < len(sections)):
        k = turn % len(sections)
        paragraph = _paragraph(ctx, rng, plan, items[k], pools[k], spare, used)
        if not paragraph:
            break
        sections[k]["paragraphs"].append(paragraph)
        length += len(paragraph) + 1
        turn += 1
    return sections


def _paragraph(ctx: Ctx, rng, plan, item, pool: list[str], spare: list[str], used: set) -> str:
    picked = []
    for _ in range(rng.randint(2, 4)):
        sentence = _take(pool, used) or _take(spare, used)
        if not sentence:
            break
        picked.append(sentence.format_map(_Slots(ctx, rng, plan, item)))
    if not picked:
        return ""
    return rng.choice(prose.LEADS).format_map(_Slots(ctx, rng, plan, item)) + "。".join(picked) + "。"


def _take(source: list[str], used: set) -> str:
    """The next sentence of ``source`` not yet in this document."""
    while source:
        sentence = source.pop()
        if sentence not in used:
            used.add(sentence)
            return sentence
    return ""


class _Slots(dict):
    """Values for one sentence, drawn only for the fields it uses."""

    def __init__(self, ctx: Ctx, rng, plan, item) -> None:
        super().__init__()
        self._ctx, self._rng, self._plan, self._item = ctx, rng, plan, item
        self._size = 0      # employees of the enterprise the sentence names, if any

    def __missing__(self, key: str):
        rng, fields, day = self._rng, self._plan.fields, self._plan.day
        members = self._plan.body.members
        if key == "ent":
            if fields.get("ent"):
                value, self._size = fields["ent"], fields.get("ent_size", 500)
            else:
                pick = rng.choice(self._ctx.enterprises)
                value, self._size = pick.name, pick.employees
        elif key == "n" and self._size:
            value = rng.randint(min(10, self._size), max(10, min(self._size, 860)))
        elif key == "ent2":
            value = rng.choice(self._ctx.enterprises).name
        elif key == "org":
            value = self._ctx.org_names.get(self._item.presenter.org_id, members[0].short)
        elif key == "org2":
            value = rng.choice(members).short
        elif key in _NUMBERS:
            value = rng.randint(*_NUMBERS[key])
        elif key == "done":
            value = rng.randint(1, self["k"])
        elif key == "amount":
            value = f"{rng.uniform(6, 680):.1f}"
        elif key in ("month", "year"):
            value = getattr(day, key)
        elif key == "park":
            value = fields.get("park") or rng.choice(names.PARKS)
        elif key == "half":
            value = "今年以来" if day.month > 3 else "一季度以来"
        elif key == "claim":
            value = fields.get("claim") or rng.choice(names.CLAIMS)
        else:
            value = rng.choice(names.ISSUES)
        self[key] = value
        return value


_NUMBERS = {"n": (12, 860), "k": (3, 48), "cases": (4, 160), "pct": (63, 98), "days": (1, 2)}


def _render(content: dict, decisions: list[str], issued_on: date | None) -> str:
    lines = [content["title"]]
    if content["doc_number"]:
        lines.append(content["doc_number"])
    lines += ["", content["intro"]]
    for section in content["sections"]:
        lines.append(section["heading"])
        lines += section["paragraphs"]
    if decisions:
        lines.append("会议议定：")
        lines += decisions
    lines += [content["closing"], ""]
    att = content["attendance"]
    for label, key in (("出席", "present"), ("请假", "leave"), ("列席", "observers")):
        if att[key]:
            lines.append(f"{label}：{'、'.join(att[key])}")
    if att["recorder"]:
        lines.append(f"记录：{att['recorder']}")
    lines += ["", f"抄送：{content['cc']}。"]
    if issued_on:
        lines.append(f"{content['issuer']}　　{cn_date(issued_on)}印发")
    return "\n".join(lines)
