"""Enterprises from .xlsx or .csv: a plan that writes nothing, then one all-or-nothing apply.

Built on the shared import machinery (``services.importing``: reading tables, finding the
header, the actions and messages, progress by steps). An enterprise is known by its 统一社会
信用代码: a code already in the register updates that enterprise, where a non-empty cell
replaces the stored value and an empty cell leaves it alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.changes import Changes, Topic, note
from desktop.db import describe_db_error
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AuditEntry, Enterprise, utcnow
from desktop.models.access import writing_connection
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.enterprises.core import EnterpriseData, clean_enterprise
from desktop.services.enterprises.plan import (
    FIELD_LABELS,
    FIELDS,
    EnterpriseImportResult,
    EnterpriseImportRow,
    EnterprisePlan,
)
from desktop.services.importing.plan import Action, ImportRefused, ImportWriteError, Message
from desktop.services.importing.tables import (
    READING,
    STEP_ROWS,
    Header,
    ImportFileError,
    Table,
    find_header,
    first_labels,
    read_table,
    stepped,
)
from desktop.services.kernel.validation import normalise_uscc

ENTERPRISE_COLUMNS = {
    "name": ("企业名称", "单位名称", "名称", "企业", "公司名称", "name"),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "uscc"),
    "address": ("注册地址", "地址", "企业地址", "经营地址", "address"),
    "park": ("所属园区/街道", "所属园区", "所属街道", "园区/街道", "园区", "街道", "片区", "park"),
    "industry": ("行业", "所属行业", "行业类别", "industry"),
    "workers": ("职工人数", "职工数", "员工人数", "从业人数", "人数", "workers"),
    "has_union": ("是否建会", "已建会", "建会", "是否建立工会", "union"),
    "has_contract": ("是否签订集体合同", "集体合同", "签订集体合同", "已签集体合同", "contract"),
    "contact_name": ("联系人", "联系人姓名", "contact"),
    "contact_phone": ("联系电话", "电话", "手机", "联系人电话", "phone"),
}
_YES = frozenset({"是", "有", "已建", "已建会", "已签", "已签订", "y", "yes", "true", "1", "√", "✓"})
_NO = frozenset({"否", "无", "未建", "未建会", "未签", "未签订", "n", "no", "false", "0", "×", "✗"})
_EXCEL_INTEGER = re.compile(r"^(\d+)\.0+$")
_WORKERS = re.compile(r"^\d+$")
WRITING = QT_TRANSLATE_NOOP("Progress", "正在导入第 {done}/{total} 家企业")


def load_enterprise_table(path: str | Path) -> Table:
    """Read the file and check its header names the enterprise and its code."""
    table = read_table(path)
    _header(table)
    return table


def plan_enterprise_import(session: Session, source: str | Path | Table,
                           progress: Progress = NO_PROGRESS) -> EnterprisePlan:
    """What importing ``source`` would do, row by row; writes nothing."""
    progress.step(text=READING)
    table = source if isinstance(source, Table) else read_table(source)
    header = _header(table)
    planner = _Planner(session)
    rows = tuple(
        planner.plan(number, {f: _cell(cells, idx) for f, idx in header.columns.items()})
        for number, cells in stepped(table.rows, progress)
        if number > header.row
    )
    return EnterprisePlan(table.path, table.sheet, header.row, header.labels, header.ignored, rows)


def ensure_enterprise_plan_current(session: Session, plan: EnterprisePlan,
                                   progress: Progress = NO_PROGRESS) -> None:
    """Refuse a preview that no longer matches the file and the database."""
    if plan_enterprise_import(session, plan.source, progress).rows != plan.rows:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "文件或数据库在预览之后有变化，请重新预览后再导入。"))


def _header(table: Table) -> Header:
    header = find_header(table, ENTERPRISE_COLUMNS)
    if header is None or not {"name", "uscc"} <= header.columns.keys():
        found = header.labels if header else first_labels(table)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "文件“{name}”的前10行中没有“企业名称”和“统一社会信用代码”两列"
                                      "（也可写作 单位名称、信用代码），无法导入。找到的列：{found}"),
            name=table.name, found="、".join(found) or "（无）",
        )
    return header


def _cell(cells: tuple[str, ...], indexes: tuple[int, ...]) -> str:
    return next((cells[i] for i in indexes if i < len(cells) and cells[i]), "")


def _workers(text: str) -> int | None:
    value = re.sub(r"[,，\s]|人$", "", text)
    if match := _EXCEL_INTEGER.match(value):
        value = match.group(1)
    if not value:
        return None
    if not _WORKERS.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "职工人数“{value}”不合理：应为不小于0的整数。"),
            field="workers", value=text,
        )
    return int(value)


def _flag(text: str, field: str) -> bool | None:
    value = text.strip().lower()
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{label}”应填“是”或“否”，现为“{value}”。"),
        field=field, label=FIELD_LABELS[field], value=text,
    )


def _phone(text: str) -> str:
    match = _EXCEL_INTEGER.match(text.strip())
    return match.group(1) if match else text


class _Planner:
    """Decides each row in file order against the register, read once, and the rows above it."""

    def __init__(self, session: Session) -> None:
        columns = [getattr(Enterprise, "employees" if f == "workers" else f) for f in FIELDS]
        self._stored: dict[str, tuple[int, int, EnterpriseData]] = {
            r.uscc: (r.id, r.version, EnterpriseData(*r[2:]))
            for r in session.execute(select(Enterprise.id, Enterprise.version, *columns)
                                     .where(Enterprise.uscc.is_not(None)))
        }
        self._seen: dict[str, int] = {}   # code -> the row that first gave it

    def plan(self, number: int, raw: dict[str, str]) -> EnterpriseImportRow:
        try:
            return self._decide(number, raw)
        except ValidationError as exc:
            cells = tuple((f, raw.get(f, "")) for f in FIELDS if raw.get(f))
            return EnterpriseImportRow(number, Action.REJECT, None, cells, reason=Message.of(exc))

    def _decide(self, number: int, raw: dict[str, str]) -> EnterpriseImportRow:
        code = normalise_uscc(raw.get("uscc", ""))
        if not code:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "缺少统一社会信用代码：导入按代码识别企业。"),
                                  field="uscc")
        given = {
            "name": raw.get("name", ""), "uscc": code, "address": raw.get("address", ""),
            "park": raw.get("park", ""), "industry": raw.get("industry", ""),
            "workers": _workers(raw.get("workers", "")),
            "has_union": _flag(raw.get("has_union", ""), "has_union"),
            "has_contract": _flag(raw.get("has_contract", ""), "has_contract"),
            "contact_name": raw.get("contact_name", ""), "contact_phone": _phone(raw.get("contact_phone", "")),
        }
        stored = self._stored.get(code)
        base = stored[2] if stored else EnterpriseData(name="")
        merged = replace(base, **{f: v for f, v in given.items() if v not in ("", None)})
        values = clean_enterprise(merged)   # raises for the name, the check character, the phone…
        if code in self._seen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”与第{row}行重复。"),
                                  field="uscc", value=code, row=self._seen[code])
        self._seen[code] = number
        data = _data(values)
        if stored is None:
            return EnterpriseImportRow(number, Action.NEW, data)
        changes = tuple(f for f in FIELDS if getattr(data, f) != getattr(base, f))
        action = Action.UPDATE if changes else Action.UNCHANGED
        fields = "、".join(FIELD_LABELS[f] for f in changes)
        reason = (Message.label(QT_TRANSLATE_NOOP("Labels", "已在名录中，将更新：{fields}"), fields=fields)
                  if changes else Message.label(QT_TRANSLATE_NOOP("Labels", "已在名录中，没有新信息")))
        return EnterpriseImportRow(number, action, data, enterprise_id=stored[0], version=stored[1],
                                   changes=changes, reason=reason)


def _data(values: dict) -> EnterpriseData:
    return EnterpriseData(
        values["name"], values["uscc"] or "", values["address"], values["park"], values["industry"],
        values["employees"], values["has_union"], values["has_contract"], values["contact_name"],
        values["contact_phone"],
    )


def apply_enterprise_import(session: Session, plan: EnterprisePlan, *, allow_rejected: bool = False,
                            progress: Progress = NO_PROGRESS) -> EnterpriseImportResult:
    """Write the plan in the caller's transaction; raise on any failure (the caller rolls back).

    ``progress.step`` raises ``Cancelled`` when the person cancels.
    """
    rejected = plan.counts.rejected
    if rejected and not allow_rejected:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "有 {n} 行被拒绝，未导入任何数据：请改正后重新导入，或选择跳过被拒绝的行。"),
            n=rejected,
        )
    rows = [r for r in plan.rows if r.action in (Action.NEW, Action.UPDATE)]
    total, created, updated = len(rows), [], []
    for start in range(0, total, STEP_ROWS * 5):
        progress.step(start, total, WRITING, dict(done=start, total=total))
        chunk = rows[start:start + STEP_ROWS * 5]
        try:
            created += _write(session, chunk, updated)
        except IntegrityError as exc:
            raise ImportWriteError(
                QT_TRANSLATE_NOOP("Errors", "第{row}行写入数据库失败，整个导入已取消：{reason}"),
                row=chunk[0].row, reason=describe_db_error(exc),
            ) from exc
    progress.step(total, total, WRITING, dict(done=total, total=total))
    return EnterpriseImportResult(len(created), len(updated), tuple(created + updated))


def _write(session: Session, chunk: list[EnterpriseImportRow], updated: list[int]) -> list[int]:
    """One chunk: stored enterprises changed against their version (one flush), new ones inserted."""
    stored_ids = [r.enterprise_id for r in chunk if r.action is Action.UPDATE]
    stored = {e.id: e for e in session.scalars(select(Enterprise).where(Enterprise.id.in_(stored_ids)))} \
        if stored_ids else {}
    new = []
    for row in chunk:
        values = clean_enterprise(row.data)
        if row.action is Action.NEW:
            new.append(values)
            continue
        enterprise = stored.get(row.enterprise_id)
        if enterprise is None or enterprise.version != row.version:
            raise ImportWriteError(QT_TRANSLATE_NOOP(
                "Errors", "第{row}行：该企业在预览之后已被他人修改或删除，整个导入已取消。"), row=row.row)
        for key, value in values.items():
            setattr(enterprise, key, value)
        updated.append(enterprise.id)
    session.flush()
    return _insert(session, new)


def _insert(session: Session, new: list[dict]) -> list[int]:
    """New enterprises in one multi-row INSERT … RETURNING, with their audit rows.

    The ORM's unit of work (and its per-object audit hook) took over twice the floor's time for
    a full register; the audit rows written here say what the hook would have said.
    """
    if not new:
        return []
    now = utcnow()
    table = Enterprise.__table__
    rows = [{**values, "version": 1, "created_at": now, "updated_at": now} for values in new]
    ids = list(writing_connection(session).execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
    user = session.info.get("user") or "unknown"
    writing_connection(session).execute(insert(AuditEntry.__table__), [
        {"at": now, "user": user, "entity": "enterprises", "entity_id": new_id, "action": "insert",
         "changes": json.dumps({k: [None, v] for k, v in values.items() if v not in (None, "")},
                               ensure_ascii=False)}
        for new_id, values in zip(ids, new)])
    note(session, Changes.of(ids={Topic.ENTERPRISES: ids}))
    return ids
