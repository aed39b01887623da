"""``report cases``: the case statistics of a period as .xlsx (汇总, 按类别, 按来源, 按调解员 and
案件清单, one row per case with ID and phone numbers masked) or as a short report in the
official layout (.docx), which names no worker at all."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from desktop.errors import UserError
from desktop.exports.official import OfficialDocument
from desktop.exports.sheets import SAVING, Sheet, SheetColumn, write_xlsx
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.disputes.labels import (
    BODY_LABELS,
    CATEGORY_LABELS,
    SOURCE_LABELS,
    STAGE_LABELS,
)
from desktop.services.disputes.statistics import CaseStatistics, GroupFigures
from desktop.services.kernel.cn_format import cn_date

FORMATS = (".xlsx", ".docx")


def money(amount: Decimal) -> float:
    return float(amount)


def share(value: float | None) -> str:
    """``66.7%``, or — when there is nothing to divide by."""
    return "—" if value is None else f"{value * 100:.1f}%"


def period_text(board: CaseStatistics) -> str:
    if board.first is None and board.last is None:
        return "全部期间"
    first = cn_date(board.first) if board.first else "最早"
    last = cn_date(board.last) if board.last else cn_date(board.today)
    return f"{first}至{last}"


def summary_rows(board: CaseStatistics) -> list[tuple[str, object]]:
    """(项目, 数值) of the 汇总 sheet, in the order the report reads them."""
    t = board.total
    median = board.median_days_to_close
    return [
        ("统计期间（受理日期）", period_text(board)),
        ("受理案件", t.received), ("进入调解", t.mediated), ("达成协议", t.settled),
        ("调解不成", t.failed), ("转仲裁、诉讼或申请司法确认", t.handed_on),
        ("涉及职工人数", t.workers), ("请求金额（元）", money(t.claimed)), ("协议金额（元）", money(t.agreed)),
        ("15日调解期限内达成协议", board.settled_in_time),
        ("期限内达成协议占达成协议的比例", share(board.in_time_share)),
        ("已结案", board.closed),
        ("受理至结案天数（中位数）", "—" if median is None else median),
        ("工会（乡镇、街道）调解组织调解", board.union_mediated),
        ("工会调解占受理案件的比例", share(board.union_share)),
    ]


SUMMARY_COLUMNS = (SheetColumn("项目", 34, lambda r: r[0]), SheetColumn("数值", 22, lambda r: r[1]))


def group_columns(title: str) -> tuple[SheetColumn, ...]:
    return (
        SheetColumn(title, 40, lambda g: g.name),
        SheetColumn("受理", 8, lambda g: g.received),
        SheetColumn("进入调解", 10, lambda g: g.mediated),
        SheetColumn("达成协议", 10, lambda g: g.settled),
        SheetColumn("调解不成", 10, lambda g: g.failed),
        SheetColumn("转出", 8, lambda g: g.handed_on),
        SheetColumn("涉及职工", 10, lambda g: g.workers),
        SheetColumn("请求金额（元）", 16, lambda g: money(g.claimed)),
        SheetColumn("协议金额（元）", 16, lambda g: money(g.agreed)),
    )


CASE_COLUMNS = (
    SheetColumn("案号", 26, lambda c: c.number),
    SheetColumn("受理日期", 12, lambda c: c.received),
    SheetColumn("阶段", 12, lambda c: STAGE_LABELS.get(c.stage, c.stage)),
    SheetColumn("用人单位", 30, lambda c: c.employer),
    SheetColumn("统一社会信用代码", 22, lambda c: c.uscc),
    SheetColumn("争议类别", 30, lambda c: CATEGORY_LABELS.get(c.category, c.category)),
    SheetColumn("案件来源", 12, lambda c: SOURCE_LABELS.get(c.source, c.source)),
    SheetColumn("调解组织", 24, lambda c: BODY_LABELS.get(c.mediation_body, c.mediation_body)),
    SheetColumn("调解员", 10, lambda c: c.mediator),
    SheetColumn("申请人", 20, lambda c: c.applicants),
    SheetColumn("身份证号（遮蔽）", 24, lambda c: c.id_numbers),
    SheetColumn("联系电话（遮蔽）", 18, lambda c: c.phones),
    SheetColumn("涉及职工", 9, lambda c: c.workers),
    SheetColumn("请求金额（元）", 14, lambda c: money(c.claimed)),
    SheetColumn("协议金额（元）", 14, lambda c: money(c.agreed)),
    SheetColumn("达成协议日期", 13, lambda c: c.agreement_on),
    SheetColumn("调解期限", 12, lambda c: c.mediation_due),
    SheetColumn("期限内达成", 10, lambda c: c.in_time),
    SheetColumn("结案日期", 12, lambda c: c.closed_on),
    SheetColumn("受理至结案天数", 14, lambda c: c.days_to_close),
)


def _refuse_format(path: Path) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Errors", "不支持的文件类型“{name}”：请使用 {formats}。"),
                     name=Path(path).name, formats="、".join(FORMATS))


def write_case_report(path: Path, board: CaseStatistics, template: Path | None = None,
                      progress: Progress = NO_PROGRESS) -> Path:
    """The report as .xlsx or .docx, chosen by the suffix; written atomically."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_case_workbook(path, board, progress)
    if suffix == ".docx":
        return write_case_document(path, board, template, progress)
    raise _refuse_format(path)


def write_case_workbook(path: Path, board: CaseStatistics, progress: Progress = NO_PROGRESS) -> Path:
    sheets: Sequence[Sheet] = (
        Sheet("汇总", SUMMARY_COLUMNS, summary_rows(board)),
        Sheet("按类别", group_columns("争议类别"), board.by_category),
        Sheet("按来源", group_columns("案件来源"), board.by_source),
        Sheet("按调解员", group_columns("调解员"), board.by_mediator),
        Sheet("案件清单", CASE_COLUMNS, board.cases))
    return write_xlsx(Path(path), sheets, progress)


def _group_table(doc: OfficialDocument, title: str, groups: Sequence[GroupFigures]) -> None:
    rows = [[g.name, str(g.received), str(g.settled), str(g.failed), str(g.handed_on), str(g.workers),
             f"{g.claimed:,.2f}"] for g in groups if g.received]
    if not rows:
        doc.paragraph("本期无案件。")
        return
    doc.table([title, "受理", "达成协议", "调解不成", "转出", "职工", "请求金额（元）"], rows,
              [52, 14, 18, 18, 14, 14, 26], row_height_mm=8)


def write_case_document(path: Path, board: CaseStatistics, template: Path | None = None,
                        progress: Progress = NO_PROGRESS) -> Path:
    """劳动争议调解工作情况统计: the figures in words, then the tables by category, source and mediator."""
    progress.step(text=SAVING)
    doc = OfficialDocument(template)
    t = board.total
    doc.title("劳动争议调解工作情况统计")
    median = board.median_days_to_close
    doc.paragraph(
        f"{period_text(board)}，共受理劳动争议案件{t.received}件，涉及职工{t.workers}人，请求金额"
        f"{t.claimed:,.2f}元。其中进入调解{t.mediated}件，达成调解协议{t.settled}件，协议金额"
        f"{t.agreed:,.2f}元；调解不成{t.failed}件；转仲裁、诉讼或申请司法确认{t.handed_on}件。")
    doc.heading(1, "一、总体情况")
    doc.paragraph(
        f"在十五日调解期限内达成协议{board.settled_in_time}件，占达成协议案件的{share(board.in_time_share)}。"
        f"已结案{board.closed}件，受理至结案天数的中位数为"
        f"{'—' if median is None else f'{median:g}'}日。由乡镇、街道劳动争议调解组织（工会）调解"
        f"{board.union_mediated}件，占受理案件的{share(board.union_share)}。")
    for number, (title, groups) in enumerate((("争议类别", board.by_category), ("案件来源", board.by_source),
                                               ("调解员", board.by_mediator)), start=2):
        doc.heading(1, f"{'一二三四五'[number - 1]}、按{title}")
        _group_table(doc, title, groups)
    doc.paragraph(f"统计日期：{cn_date(board.today)}")
    return doc.save(Path(path))
