"""Action reports: the list (.xlsx/.csv), the 督办通报 (.docx) and the yearly 台账 (.xlsx/.docx)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.errors import UserError
from desktop.exports.official import OfficialDocument
from desktop.exports.sheets import SAVING, Sheet, SheetColumn, write_csv, write_xlsx
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.actions.query import STATUS_FILTERS
from desktop.services.actions.reports import Bulletin, ExportRow, Ledger
from desktop.services.actions.timing import STATUS_LABELS
from desktop.services.kernel.cn_format import cn_date

NUMERALS = "一二三四五六七八九十"
LIST_FORMATS = (".xlsx", ".csv")
LEDGER_FORMATS = (".xlsx", ".docx")

ACTION_COLUMNS = (
    SheetColumn("编号", 8, lambda r: r.id),
    SheetColumn("机制", 14, lambda r: r.body),
    SheetColumn("督办事项", 48, lambda r: r.title),
    SheetColumn("牵头单位", 26, lambda r: r.lead),
    SheetColumn("协办单位", 26, lambda r: r.co_organisations),
    SheetColumn("责任人", 10, lambda r: r.owner),
    SheetColumn("优先级", 7, lambda r: r.priority),
    SheetColumn("状态", 8, lambda r: r.status),
    SheetColumn("进度（%）", 9, lambda r: r.progress),
    SheetColumn("完成期限", 12, lambda r: r.due),
    SheetColumn("是否逾期", 9, lambda r: r.overdue),
    SheetColumn("逾期天数", 9, lambda r: r.days_late),
    SheetColumn("汇报逾期", 9, lambda r: r.report_late),
    SheetColumn("立项日期", 12, lambda r: r.created_on),
    SheetColumn("办结/撤销日期", 14, lambda r: r.closed_on),
    SheetColumn("办结意见", 30, lambda r: r.close_note),
)


def _refuse_format(path: Path, allowed: Sequence[str]) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Errors", "不支持的文件类型“{name}”：请使用 {formats}。"),
                     name=Path(path).name, formats="、".join(allowed))


def write_action_list(path: Path, rows: Sequence[ExportRow], progress: Progress = NO_PROGRESS) -> Path:
    """The list as .xlsx (row 1 header, one row per item, no title or total rows) or .csv.

    A cancel (``Cancelled`` from ``progress.step``) leaves no file behind.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, [Sheet("督办事项", ACTION_COLUMNS, rows)], progress)
    if suffix == ".csv":
        return write_csv(path, ACTION_COLUMNS, rows, progress)
    raise _refuse_format(path, LIST_FORMATS)


# ---------------------------------------------------------------- 督办通报

def write_bulletin(bulletin: Bulletin, path: Path, issuer: str = "", template: Path | None = None,
                   progress: Progress = NO_PROGRESS) -> Path:
    """督办通报 in the official layout: figures per body, then each body's listed items."""
    progress.step(text=SAVING)
    doc = OfficialDocument(template)
    doc.title("督办事项落实情况通报")
    period = f"{cn_date(bulletin.first)}至{cn_date(bulletin.last)}"
    b = bulletin
    doc.paragraph(
        f"{period}，新增督办事项{b.total('opened')}项，办结{b.total('done')}项，撤销{b.total('withdrawn')}项。"
        f"截至{cn_date(b.today)}，尚未办结{b.total('open_now')}项，其中逾期{b.total('overdue_now')}项、"
        f"待确认办结{b.total('awaiting_signoff')}项。现将有关情况通报如下：")
    doc.heading(1, "一、总体情况")
    doc.table(["机制", "新增", "办结", "撤销", "未办结", "逾期", "待确认"],
              [[x.name, str(x.opened), str(x.done), str(x.withdrawn), str(x.open_now),
                str(x.overdue_now), str(x.awaiting_signoff)] for x in b.bodies],
              [44, 16, 16, 16, 22, 20, 22], row_height_mm=8)
    listed = STATUS_LABELS.get(b.status) or STATUS_FILTERS.get(b.status, b.status)
    doc.heading(1, f"二、{listed}事项")
    for number, body in enumerate(b.bodies, start=1):
        doc.heading(2, f"（{_numeral(number)}）{body.name}")
        if not body.items:
            doc.paragraph("无。")
            continue
        doc.table(["序号", "督办事项", "牵头单位", "完成期限", "状态", "逾期天数"],
                  [[str(i), it.title, it.lead, it.due.isoformat() if it.due else "", it.status,
                    str(it.days_late) if it.days_late else ""] for i, it in enumerate(body.items, 1)],
                  [12, 50, 34, 24, 16, 20], row_height_mm=8)
        if body.items_total > len(body.items):
            doc.paragraph(f"另有{body.items_total - len(body.items)}项未列出，详见督办事项清单。")
    doc.heading(1, "三、有关要求")
    doc.paragraph("请各牵头单位对照通报逐项核实，对逾期事项说明原因、明确办结时限，"
                  "并按要求向秘书处报送办理进展；已完成的事项请及时提请办结确认。")
    doc.paragraph("")
    if issuer:
        doc.paragraph(issuer, "版记").alignment = 2
    doc.paragraph(cn_date(b.today), "版记").alignment = 2
    return doc.save(path)


def _numeral(n: int) -> str:
    return NUMERALS[n - 1] if 1 <= n <= 10 else str(n)


# ---------------------------------------------------------------- 台账

LEDGER_COLUMNS = (
    SheetColumn("机制", 26, lambda r: r.body),
    SheetColumn("计划会议", 10, lambda r: r.meetings_planned),
    SheetColumn("已召开", 9, lambda r: r.meetings_held),
    SheetColumn("已取消", 9, lambda r: r.meetings_cancelled),
    SheetColumn("议定事项", 10, lambda r: r.decisions),
    SheetColumn("新增督办", 10, lambda r: r.opened),
    SheetColumn("办结", 8, lambda r: r.done),
    SheetColumn("撤销", 8, lambda r: r.withdrawn),
    SheetColumn("逾期未办结", 12, lambda r: r.overdue),
)
MEETING_COLUMNS = (
    SheetColumn("日期", 12, lambda m: m[0]),
    SheetColumn("机制", 26, lambda m: m[1]),
    SheetColumn("会议", 48, lambda m: m[2]),
    SheetColumn("状态", 10, lambda m: MEETING_STATUS.get(m[3], m[3])),
)
MEETING_STATUS = {"planned": "计划", "held": "已召开", "postponed": "延期", "cancelled": "取消"}


def write_ledger(ledger: Ledger, path: Path, template: Path | None = None,
                 progress: Progress = NO_PROGRESS) -> Path:
    """The year's 台账: .xlsx (sheet 1 one row per body; then items and meetings) or .docx."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, [
            Sheet(f"{ledger.year}年台账", LEDGER_COLUMNS, ledger.rows),
            Sheet("督办事项明细", ACTION_COLUMNS, ledger.actions),
            Sheet("会议明细", MEETING_COLUMNS, ledger.meetings),
        ], progress)
    if suffix == ".docx":
        progress.step(text=SAVING)
        return _ledger_docx(ledger, path, template)
    raise _refuse_format(path, LEDGER_FORMATS)


def _ledger_docx(ledger: Ledger, path: Path, template: Path | None) -> Path:
    doc = OfficialDocument(template)
    doc.title(f"{ledger.year}年度五项机制工作台账")
    doc.paragraph(f"逾期未办结事项统计截至{cn_date(ledger.as_of)}，含以前年度结转事项。")
    doc.table([c.title for c in LEDGER_COLUMNS],
              [[str(c.value(r)) for c in LEDGER_COLUMNS] for r in ledger.rows],
              [36, 14, 14, 14, 16, 16, 14, 14, 18], row_height_mm=8)
    totals = [sum(c.value(r) for r in ledger.rows) for c in LEDGER_COLUMNS[1:]]
    doc.paragraph(f"全年计划会议{totals[0]}次、已召开{totals[1]}次，形成议定事项{totals[3]}项，"
                  f"新增督办事项{totals[4]}项、办结{totals[5]}项、撤销{totals[6]}项，"
                  f"逾期未办结{totals[7]}项。")
    return doc.save(path)
