"""The structured content of one minutes version, its JSON form and its plain-text rendering.

The JSON is the one the demo writes (keys title, doc_number, meeting, intro, sections,
decisions, closing, attendance, cc, issuer, printed_on). A section paragraph is either a plain
string or ``{"kind": "para"|"bullet"|"number", "runs": [{"text": ..., "bold": true}]}``: bold,
bulleted and numbered lists are all the formatting minutes carry, because that is what the
official layout and the .docx keep. Decisions are ``{"position", "text"}`` plus ``"id"`` (the
Decision row) once saved by the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from desktop.config import LOCAL_TZ
from desktop.services.kernel.cn_format import cn_date, cn_num

BLOCK_KINDS = ("para", "bullet", "number")
BULLET = "• "


@dataclass(frozen=True)
class Run:
    """A stretch of text, bold or not."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph of a section: plain, a bulleted item or a numbered item."""

    runs: tuple[Run, ...]
    kind: str = "para"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @classmethod
    def plain(cls, text: str, kind: str = "para") -> Block:
        return cls((Run(text),), kind)


@dataclass(frozen=True)
class Section:
    """The discussion of one agenda item: a heading (with its 一、 number) and paragraphs."""

    heading: str
    blocks: tuple[Block, ...] = ()
    agenda_position: int | None = None


@dataclass(frozen=True)
class DecisionLine:
    """A decision (议定事项); ``id`` is its Decision row once saved."""

    text: str
    id: int | None = None


@dataclass(frozen=True)
class AttendanceLines:
    """The 出席/请假/列席 lines: ``name（organisation）`` entries, and who kept the record."""

    present: tuple[str, ...] = ()
    leave: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    recorder: str = ""


@dataclass(frozen=True)
class MeetingFacts:
    """What the minutes say of the meeting itself."""

    title: str = ""
    body: str = ""
    start: str = ""     # ISO datetime with offset
    place: str = ""
    chair: str = ""


@dataclass(frozen=True)
class MinutesContent:
    """One version's text, structured as the 纪要 layout needs it."""

    title: str
    doc_number: str = ""
    meeting: MeetingFacts = field(default_factory=MeetingFacts)
    intro: str = ""
    sections: tuple[Section, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    closing: str = ""
    attendance: AttendanceLines = field(default_factory=AttendanceLines)
    cc: str = ""
    issuer: str = ""
    printed_on: date | None = None

    def with_changes(self, **changes) -> MinutesContent:
        return replace(self, **changes)


# ---------------------------------------------------------------- JSON

def _block_from_json(value) -> Block:
    if isinstance(value, str):
        return Block.plain(value)
    kind = value.get("kind", "para")
    runs = tuple(Run(str(r.get("text", "")), bool(r.get("bold", False)))
                 for r in value.get("runs", ()) if r.get("text"))
    return Block(runs, kind if kind in BLOCK_KINDS else "para")


def _block_to_json(block: Block):
    if block.kind == "para" and not any(r.bold for r in block.runs):
        return block.text
    return {"kind": block.kind,
            "runs": [{"text": r.text, "bold": True} if r.bold else {"text": r.text}
                     for r in block.runs]}


def content_from_json(text: str | None) -> MinutesContent:
    """Parse stored JSON (the demo's or the app's); unknown keys are ignored."""
    data = json.loads(text or "{}") or {}
    meeting = data.get("meeting") or {}
    att = data.get("attendance") or {}
    sections = tuple(
        Section(str(s.get("heading", "")), tuple(_block_from_json(p) for p in s.get("paragraphs", ())),
                s.get("agenda_position"))
        for s in data.get("sections") or ())
    decisions = tuple(
        DecisionLine(str(d.get("text", "")), d.get("id"))
        for d in sorted(data.get("decisions") or (), key=lambda d: d.get("position", 0)))
    printed = data.get("printed_on")
    return MinutesContent(
        title=str(data.get("title", "")), doc_number=str(data.get("doc_number") or ""),
        meeting=MeetingFacts(*(str(meeting.get(k) or "") for k in
                               ("title", "body", "start", "place", "chair"))),
        intro=str(data.get("intro", "")), sections=sections, decisions=decisions,
        closing=str(data.get("closing", "")),
        attendance=AttendanceLines(tuple(att.get("present", ())), tuple(att.get("leave", ())),
                                   tuple(att.get("observers", ())), str(att.get("recorder", ""))),
        cc=str(data.get("cc", "")), issuer=str(data.get("issuer", "")),
        printed_on=date.fromisoformat(printed) if printed else None)


def content_to_json(content: MinutesContent) -> str:
    m, a = content.meeting, content.attendance
    data = {
        "title": content.title, "doc_number": content.doc_number,
        "meeting": {"title": m.title, "body": m.body, "start": m.start, "place": m.place,
                    "chair": m.chair},
        "intro": content.intro,
        "sections": [{"heading": s.heading, "agenda_position": s.agenda_position,
                      "paragraphs": [_block_to_json(b) for b in s.blocks]} for s in content.sections],
        "decisions": [{"position": i, "text": d.text, **({"id": d.id} if d.id else {})}
                      for i, d in enumerate(content.decisions, 1)],
        "closing": content.closing,
        "attendance": {"present": list(a.present), "leave": list(a.leave),
                       "observers": list(a.observers), "recorder": a.recorder},
        "cc": content.cc, "issuer": content.issuer,
        "printed_on": content.printed_on.isoformat() if content.printed_on else None,
    }
    return json.dumps(data, ensure_ascii=False)


# ---------------------------------------------------------------- plain text

def block_lines(blocks: tuple[Block, ...]) -> list[str]:
    """Each block as a line, with ``• `` or ``1. `` before list items (numbers restart after
    any other block, as in the .docx)."""
    lines, number = [], 0
    for block in blocks:
        number = number + 1 if block.kind == "number" else 0
        prefix = BULLET if block.kind == "bullet" else (f"{number}. " if number else "")
        lines.append(prefix + block.text)
    return lines


def decision_label(position: int) -> str:
    return f"（{cn_num(position)}）"


def attendance_entries(lines: AttendanceLines) -> list[tuple[str, str]]:
    """(label, names) for each non-empty line, in the 出席/请假/列席 order."""
    out = [("出席：", "、".join(lines.present)), ("请假：", "、".join(lines.leave)),
           ("列席：", "、".join(lines.observers))]
    return [(label, names) for label, names in out if names]


def issue_line(content: MinutesContent) -> str:
    """``经开区…办公室　　2026年11月24日印发``; the date only once issued."""
    printed = f"{cn_date(content.printed_on)}印发" if content.printed_on else ""
    return f"{content.issuer}　　{printed}".strip("　 ")


def paragraphs(content: MinutesContent) -> list[str]:
    """The document as paragraphs of plain text: stored for search, compared between versions."""
    lines = [content.title]
    if content.doc_number:
        lines.append(content.doc_number)
    lines.append(content.intro)
    for section in content.sections:
        lines.append(section.heading)
        lines += block_lines(section.blocks)
    if content.decisions:
        lines.append("会议议定：")
        lines += [decision_label(i) + d.text for i, d in enumerate(content.decisions, 1)]
    lines.append(content.closing)
    lines += [label + names for label, names in attendance_entries(content.attendance)]
    if content.attendance.recorder:
        lines.append(f"记录：{content.attendance.recorder}")
    if content.cc:
        lines.append(f"抄送：{content.cc.rstrip('。')}。")
    lines.append(issue_line(content))
    return [line for line in lines if line]


def plain_text(content: MinutesContent) -> str:
    return "\n".join(paragraphs(content))


def meeting_day(content: MinutesContent) -> date | None:
    """The local date of the meeting, when the content records its start."""
    if not content.meeting.start:
        return None
    return datetime.fromisoformat(content.meeting.start).astimezone(LOCAL_TZ).date()
