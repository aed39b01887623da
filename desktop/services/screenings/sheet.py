"""A returned screening sheet (.xlsx or .csv): a plan that writes nothing, then one apply.

Rows are matched to the campaign's entries by 统一社会信用代码, normalised as the enterprise
import does (an enterprise the register holds without a code is matched by its exact name).
A row whose result cells are all empty was not screened and leaves the entry as it is; a row of
zeros was screened and found nothing. As with ``import enterprises``, nothing is written while
any row is rejected unless the caller allows the rest to go in.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Enterprise, utcnow
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.importing.plan import ImportRefused, Message
from desktop.services.importing.tables import (
    READING,
    Header,
    ImportFileError,
    Table,
    find_header,
    first_labels,
    read_table,
    stepped,
)
from desktop.services.kernel.validation import clean_uscc, normalise_uscc
from desktop.services.screenings import bulk
from desktop.services.screenings.core import EntryRow, list_entries, stored_values, suggest
from desktop.services.screenings.plan import SheetAction, SheetPlan, SheetResult, SheetRow
from desktop.services.screenings.results import (
    RESULT_FIELDS,
    RESULT_LABELS,
    ResultData,
    clean_result,
)

SHEET_COLUMNS = {
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "uscc"),
    "name": ("企业名称", "单位名称", "名称"),
    "arrears_months": ("欠薪月数", "拖欠工资月数", "欠薪月份数"),
    "workers_affected": ("涉及职工人数", "涉及人数", "涉及职工"),
    "amount_owed": ("欠薪金额（元）", "欠薪金额", "拖欠工资金额", "欠薪总额"),
    "insurance_months": ("社保欠缴月数", "欠缴社保月数", "社保欠费月数"),
    "planned_layoffs": ("拟裁减人数", "拟裁员人数", "裁员人数"),
    "notes": ("备注", "说明", "情况说明"),
}


def load_sheet_table(path: str | Path) -> Table:
    """Read the file and check its header has the code and at least one result column."""
    table = read_table(path)
    _header(table)
    return table


def _header(table: Table) -> Header:
    header = find_header(table, SHEET_COLUMNS)
    if header is None or "uscc" not in header.columns or not set(RESULT_FIELDS) & header.columns.keys():
        found = header.labels if header else first_labels(table)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "文件“{name}”的前10行中没有“统一社会信用代码”列和排查结果列"
                                      "（欠薪月数、涉及职工人数等），不是排查表。找到的列：{found}"),
            name=table.name, found="、".join(found) or "（无）",
        )
    return header


def plan_sheet_import(session: Session, campaign_id: int, source: str | Path | Table,
                      progress: Progress = NO_PROGRESS) -> SheetPlan:
    """What importing ``source`` into the campaign would do, row by row; writes nothing."""
    progress.step(text=READING)
    table = source if isinstance(source, Table) else read_table(source)
    header = _header(table)
    planner = _Planner(session, campaign_id)
    rows = tuple(
        planner.plan(number, {f: _cell(cells, idx) for f, idx in header.columns.items()})
        for number, cells in stepped(table.rows, progress)
        if number > header.row
    )
    return SheetPlan(campaign_id, table.path, table.sheet, header.row, header.labels, header.ignored, rows)


def ensure_sheet_plan_current(session: Session, plan: SheetPlan, progress: Progress = NO_PROGRESS) -> None:
    """Refuse a preview that no longer matches the file and the database."""
    if plan_sheet_import(session, plan.campaign_id, plan.source, progress).rows != plan.rows:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "文件或数据库在预览之后有变化，请重新预览后再导入。"))


def _cell(cells: tuple[str, ...], indexes: tuple[int, ...]) -> str:
    return next((cells[i] for i in indexes if i < len(cells) and cells[i]), "")


class _Planner:
    """Decides each row in file order against the campaign's entries, read once."""

    def __init__(self, session: Session, campaign_id: int) -> None:
        entries = list_entries(session, campaign_id)
        self._by_code: dict[str, EntryRow] = {e.uscc: e for e in entries if e.uscc}
        self._by_name: dict[str, EntryRow] = {e.enterprise: e for e in entries if not e.uscc}
        self._register: dict[str, str] = {code: name for code, name in session.execute(
            select(Enterprise.uscc, Enterprise.name).where(Enterprise.uscc.is_not(None)))}
        self._seen: dict[int, int] = {}   # entry id -> the row that first gave it

    def plan(self, number: int, raw: dict[str, str]) -> SheetRow:
        cells = tuple((f, raw[f]) for f in RESULT_FIELDS if raw.get(f))
        code, name = normalise_uscc(raw.get("uscc", "")), " ".join(raw.get("name", "").split())
        try:
            return self._decide(number, raw, cells, code, name)
        except ValidationError as exc:
            return SheetRow(number, SheetAction.REJECT, code, name, cells, reason=Message.of(exc))

    def _decide(self, number: int, raw: dict[str, str], cells, code: str, name: str) -> SheetRow:
        data = ResultData(**{f: raw.get(f, "") for f in RESULT_FIELDS})
        entry = self._entry(code, name, data.is_empty)
        if entry is None:
            return SheetRow(number, SheetAction.EMPTY, code, name, cells)
        if not data.is_empty:   # an empty row says nothing, so it claims nothing either
            if entry.id in self._seen:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "企业“{name}”与第{row}行重复。"),
                                      field="uscc", name=entry.enterprise, row=self._seen[entry.id])
            self._seen[entry.id] = number
        values = clean_result(data, entry.workers)
        row = SheetRow(number, SheetAction.EMPTY, entry.uscc, entry.enterprise, cells, values, entry.id,
                       entry.version)
        if values is None:
            note = QT_TRANSLATE_NOOP("Labels", "未填写，已有结果保持不变") if entry.screened else \
                QT_TRANSLATE_NOOP("Labels", "未填写，仍为未排查")
            return _with(row, SheetAction.EMPTY, Message.label(note))
        if not entry.screened:
            return _with(row, SheetAction.NEW, None)
        changed = [f for f in RESULT_FIELDS if getattr(values, f) != getattr(entry.values, f)]
        if not changed:
            return _with(row, SheetAction.UNCHANGED, Message.label(QT_TRANSLATE_NOOP("Labels", "与已有结果相同")))
        fields = "、".join(RESULT_LABELS[f] for f in changed)
        return _with(row, SheetAction.CHANGED,
                     Message.label(QT_TRANSLATE_NOOP("Labels", "已有结果，将修改：{fields}"), fields=fields))

    def _entry(self, code: str, name: str, empty: bool) -> EntryRow | None:
        """The entry the row names; None for a row without a code that says nothing."""
        if not code:
            entry = self._by_name.get(name)
            if entry is None and not empty:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "缺少统一社会信用代码：排查表按代码识别企业。"),
                                      field="uscc")
            return entry
        clean_uscc(code)   # raises for the length, the characters, the check character
        entry = self._by_code.get(code)
        if entry is not None:
            return entry
        if code in self._register:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "企业“{name}”（{value}）不在本次排查范围内。"),
                                  field="uscc", name=self._register[code], value=code)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”不在企业名录中。"),
                              field="uscc", value=code)


def _with(row: SheetRow, action: SheetAction, reason: Message | None) -> SheetRow:
    return SheetRow(row.row, action, row.uscc, row.name, row.cells, row.values, row.entry_id, row.version,
                    reason)


def apply_sheet_import(session: Session, plan: SheetPlan, *, allow_rejected: bool = False,
                       progress: Progress = NO_PROGRESS) -> SheetResult:
    """Write the plan's results in the caller's transaction, then the warning suggestions.

    Raises on any failure (the caller rolls back); ``progress.step`` raises ``Cancelled``.
    """
    rejected = plan.counts.rejected
    if rejected and not allow_rejected:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "有 {n} 行被拒绝，未导入任何数据：请改正后重新导入，或选择跳过被拒绝的行。"),
            n=rejected,
        )
    rows = plan.writes
    progress.step(0, len(rows), QT_TRANSLATE_NOOP("Progress", "正在写入 {total} 家企业的排查结果…"),
                  dict(total=len(rows)))
    before = {e.id: e for e in list_entries(session, plan.campaign_id)}
    user, now = session.info.get("user") or "", utcnow()
    changes = []
    for row in rows:
        entry = before[row.entry_id]
        old = {**stored_values(entry.values), "screened_by": entry.screened_by, "screened_at": entry.screened_at}
        new = {**stored_values(row.values), "screened_by": user, "screened_at": now}
        changes.append((row.entry_id, row.version, old, new))
    bulk.update_entries(session, plan.campaign_id, changes)
    progress.step(len(rows), len(rows), QT_TRANSLATE_NOOP("Progress", "正在生成预警建议…"))
    ids = tuple(r.entry_id for r in rows)
    outcome = suggest(session, ids) if ids else None
    counts = plan.counts
    return SheetResult(counts.new, counts.changed, ids, *_outcome_counts(outcome))


def _outcome_counts(outcome) -> tuple[int, int, int]:
    if outcome is None:
        return 0, 0, 0
    return len(outcome.created), len(outcome.updated), len(outcome.withdrawn)
