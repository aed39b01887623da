"""Importing an office's existing 督办台账 (.xlsx or .csv): a preview first, then all or nothing.

The table is read by ``importing.tables`` (header found among the first ten rows, title rows
above it ignored). A row is rejected, with its row number and the reason, when the title is
missing, the body, the lead or co-organisation or the owner is not known (organisations and
people are not created here: import the contacts first), a date, status, progress or priority
cannot be read, or the same item (body, title, lead) is already stored or higher up in the file.
``apply_action_import`` writes the accepted rows inside the caller's transaction and raises on
any failure, so nothing is ever half-imported; with rejected rows it refuses unless told to
skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import ActionItem, ActionStatus, Body, Person
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.actions.timing import PRIORITY_LABELS, STATUS_LABELS
from desktop.services.directory.core import find_organisation_id
from desktop.services.importing.plan import ImportRefused, Message
from desktop.services.importing.tables import (
    READING,
    STEP_ROWS,
    ImportFileError,
    Table,
    find_header,
    first_labels,
    read_table,
    stepped,
)

ACTION_COLUMNS = {
    "title": ("督办事项", "事项", "事项名称", "督办内容", "工作任务", "任务", "任务名称", "title"),
    "body": ("机制", "所属机制", "议事机制", "body"),
    "lead": ("牵头单位", "责任单位", "主办单位", "承办单位", "lead"),
    "co": ("协办单位", "配合单位", "参与单位", "co-organisations"),
    "owner": ("责任人", "经办人", "联系人", "owner"),
    "due": ("完成期限", "完成时限", "办结时限", "办理时限", "期限", "截止日期", "due"),
    "status": ("状态", "办理状态", "办结情况", "status"),
    "progress": ("进度", "完成进度", "完成比例", "progress"),
    "priority": ("优先级", "紧急程度", "priority"),
    "notes": ("备注", "说明", "办理情况", "进展情况", "notes"),
}
_STATUS_WORDS = {
    **{label: key for key, label in STATUS_LABELS.items()}, **{k: k for k in STATUS_LABELS},
    "未开始": "not_started", "正在办理": "in_progress", "推进中": "in_progress", "在办": "in_progress",
    "待销号": "awaiting_signoff", "已完成": "done", "办结": "done", "已销号": "done", "完成": "done",
    "撤销": "withdrawn", "取消": "withdrawn", "已取消": "withdrawn",
}
_PRIORITY_WORDS = {**{label: key for key, label in PRIORITY_LABELS.items()}, **{k: k for k in PRIORITY_LABELS},
                   "紧急": "high", "重要": "high", "一般": "normal", "普通": "normal", "较低": "low"}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_SPLIT = re.compile(r"[、,，;；/\s]+")


@dataclass(frozen=True)
class ActionImportRow:
    """One row of the ledger: the values as they will be stored, or the reason it is rejected."""

    row: int
    accepted: bool
    title: str
    body: str = ""
    lead: str = ""
    owner: str = ""
    due: date | None = None
    status: str = ActionStatus.NOT_STARTED.value
    progress: int = 0
    body_key: str = ""
    fields: ActionFields | None = None
    reason: Message | None = None

    @property
    def id(self) -> int:
        """The row number: what identifies a row of a preview."""
        return self.row

    @property
    def report(self) -> str:
        text = self.reason.text if self.reason else ""
        return QT_TRANSLATE_NOOP("Errors", "第{row}行：{reason}").format(row=self.row, reason=text)


@dataclass(frozen=True)
class ActionImportPlan:
    source: str
    sheet: str
    header_row: int
    ignored_columns: tuple[str, ...]
    rows: tuple[ActionImportRow, ...]

    @property
    def accepted(self) -> tuple[ActionImportRow, ...]:
        return tuple(r for r in self.rows if r.accepted)

    @property
    def rejected(self) -> tuple[ActionImportRow, ...]:
        return tuple(r for r in self.rows if not r.accepted)

    def can_apply(self, *, allow_rejected: bool = False) -> bool:
        return bool(self.accepted) and (allow_rejected or not self.rejected)


def load_action_table(path: str | Path) -> Table:
    """Read the file and check it has a 督办事项 column."""
    table = read_table(path)
    _header(table)
    return table


def _header(table: Table):
    header = find_header(table, ACTION_COLUMNS)
    if header is None or "title" not in header.columns:
        found = header.labels if header else first_labels(table)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "文件“{name}”的前10行中没有“督办事项”列（也可写作 事项、工作任务），"
                                      "无法导入。找到的列：{found}"),
            name=table.name, found="、".join(found) or "（无）")
    return header


def plan_action_import(session: Session, source: str | Path | Table,
                       default_body: str | None = None, progress: Progress = NO_PROGRESS,
                       ) -> ActionImportPlan:
    """What importing ``source`` would do, row by row; writes nothing.

    ``default_body`` (a body key) is used for rows without a 机制 cell.
    """
    progress.step(text=READING)
    table = source if isinstance(source, Table) else read_table(source)
    header = _header(table)
    planner = _Planner(session, default_body)
    rows = tuple(planner.plan(number, {f: _cell(cells, idx) for f, idx in header.columns.items()})
                 for number, cells in stepped(table.rows, progress) if number > header.row)
    return ActionImportPlan(table.path, table.sheet, header.row, header.ignored, rows)


WRITING = QT_TRANSLATE_NOOP("Progress", "正在导入第 {done}/{total} 项")


def apply_action_import(session: Session, plan: ActionImportPlan, *, allow_rejected: bool = False,
                        progress: Progress = NO_PROGRESS) -> tuple[int, ...]:
    """Create the accepted rows' items in the caller's transaction; returns their ids.

    ``progress.step`` raises ``Cancelled`` when the person cancels; the caller's rollback then
    leaves nothing behind.
    """
    if plan.rejected and not allow_rejected:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Errors", "有 {n} 行被拒绝，未导入任何数据：请改正后重新导入，或选择跳过被拒绝的行。"),
            n=len(plan.rejected))
    ids = []
    accepted = plan.accepted
    for done, row in enumerate(accepted):
        if done % STEP_ROWS == 0:
            progress.step(done, len(accepted), WRITING, dict(done=done, total=len(accepted)))
        try:
            ids.append(create_action(session, row.body_key, row.fields, status=row.status,
                                     progress=row.progress,
                                     close_note=QT_TRANSLATE_NOOP("Labels", "从督办台账导入。")))
        except UserError as exc:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "第{row}行：{reason}整个导入已取消。"),
                                row=row.row, reason=exc) from exc
    progress.step(len(accepted), len(accepted), WRITING, dict(done=len(accepted), total=len(accepted)))
    return tuple(ids)


def _cell(cells: tuple[str, ...], indexes: tuple[int, ...]) -> str:
    return next((cells[i] for i in indexes if i < len(cells) and cells[i]), "")


def _refuse(template: str, **params) -> ValidationError:
    return ValidationError(template, **params)


class _Planner:
    def __init__(self, session: Session, default_body: str | None) -> None:
        self.session = session
        bodies = session.execute(select(Body.key, Body.name, Body.short_name)).all()
        self._bodies = {n.strip().lower(): k for k, *names in bodies for n in (k, *names) if n}
        self._default = default_body
        self._seen: dict[tuple, int] = {}

    def plan(self, number: int, raw: dict[str, str]) -> ActionImportRow:
        title = " ".join(raw.get("title", "").split())
        try:
            return self._accept(number, title, raw)
        except ValidationError as exc:
            return ActionImportRow(number, False, title, raw.get("body", ""), raw.get("lead", ""),
                                   raw.get("owner", ""), reason=Message.of(exc))

    def _accept(self, number: int, title: str, raw: dict[str, str]) -> ActionImportRow:
        if not title:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "督办事项为空。"))
        if len(title) > 500:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "督办事项过长（最多500字）。"))
        body_key = self._body(raw.get("body", ""))
        lead_id = self._organisation(raw.get("lead", ""))
        co_ids = tuple(self._organisation(n) for n in _SPLIT.split(raw.get("co", "")) if n)
        status = _word(raw.get("status", ""), _STATUS_WORDS, ActionStatus.NOT_STARTED.value,
                       QT_TRANSLATE_NOOP("Errors", "状态“{value}”无法识别：可填 未启动、办理中、待确认、已办结、已撤销。"))
        fields = ActionFields(
            title, raw.get("notes", ""), lead_id, co_ids, self._owner(raw.get("owner", ""), lead_id),
            _due(raw.get("due", "")),
            _word(raw.get("priority", ""), _PRIORITY_WORDS, "normal",
                  QT_TRANSLATE_NOOP("Errors", "优先级“{value}”无法识别：可填 高、中、低。")))
        progress = _progress(raw.get("progress", ""), status)
        self._check_duplicate(number, body_key, title, lead_id)
        return ActionImportRow(number, True, title, body_key, raw.get("lead", ""), raw.get("owner", ""),
                               fields.due, status, progress, body_key, fields)

    def _body(self, text: str) -> str:
        text = " ".join(text.split())
        if not text:
            if self._default:
                return self._default
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "未填写所属机制。"))
        key = self._bodies.get(text.lower())
        if key is None:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "机制“{value}”不存在。"), value=text)
        return key

    def _organisation(self, name: str) -> int | None:
        name = " ".join(name.split())
        if not name:
            return None
        for variant in dict.fromkeys((name, name.replace("(", "（").replace(")", "）"),
                                      name.replace("（", "(").replace("）", ")"))):
            if (org_id := find_organisation_id(self.session, variant)) is not None:
                return org_id
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "单位“{value}”不在单位名录中，请先添加该单位。"), value=name)

    def _owner(self, name: str, lead_id: int | None) -> int | None:
        name = "".join(name.split())
        if not name:
            return None
        found = self.session.execute(select(Person.id, Person.organisation_id).where(Person.name == name)).all()
        if lead_id is not None and len(found) > 1:
            found = [p for p in found if p.organisation_id == lead_id] or found
        if not found:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "责任人“{value}”不在联系人中，请先导入联系人。"), value=name)
        if len(found) > 1:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "联系人中有 {n} 位“{value}”，无法确定责任人。"),
                          n=len(found), value=name)
        return found[0].id

    def _check_duplicate(self, number: int, body_key: str, title: str, lead_id: int | None) -> None:
        key = (body_key, title, lead_id)
        if key in self._seen:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "与第{row}行是同一事项。"), row=self._seen[key])
        lead = ActionItem.lead_org_id == lead_id if lead_id is not None else ActionItem.lead_org_id.is_(None)
        stored = self.session.scalar(select(ActionItem.id).join(Body, Body.id == ActionItem.body_id).where(
            Body.key == body_key, ActionItem.title == title, lead).limit(1))
        if stored is not None:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "已有相同的督办事项（编号 {id}）。"), id=stored)
        self._seen[key] = number


def _word(text: str, words: dict[str, str], default: str, message: str) -> str:
    text = "".join(text.split())
    if not text:
        return default
    value = words.get(text) or words.get(text.lower())
    if value is None:
        raise _refuse(message, value=text)
    return value


def _due(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    try:
        if match is None:
            raise ValueError(text)
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "完成期限“{value}”不是日期，应为 YYYY-MM-DD 或 2026年3月5日。"),
                      value=text) from None


def _progress(text: str, status: str) -> int:
    text = text.strip().rstrip("%％").strip()
    if not text:
        return 100 if status in (ActionStatus.DONE.value, ActionStatus.AWAITING_SIGNOFF.value) else 0
    try:
        value = float(text)
    except ValueError:
        value = -1
    if 0 < value < 1 and "." in text:   # Excel's percent format stores 60% as 0.6
        value *= 100
    if not 0 <= value <= 100:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "完成进度“{value}”应为 0 到 100。"), value=text)
    return round(value)
