"""``report warnings``: the warnings issued in a period as .xlsx, one row per warning in its
current state (sheet 预警) and one row per message of their chains (sheet 消息记录)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop.exports.sheets import Sheet, SheetColumn, write_xlsx
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.kernel.timeutil import to_local
from desktop.services.warnings.documents import WarningReport
from desktop.services.warnings.labels import (
    CATEGORY_LABELS,
    KIND_LABELS,
    LEVEL_LABELS,
    STATUS_LABELS,
)


def _local(value: datetime | None) -> datetime | None:
    """Beijing wall time without a zone: Excel cells hold no time zone."""
    return to_local(value).replace(tzinfo=None) if value is not None else None


WARNING_COLUMNS = (
    SheetColumn("编号", 8, lambda r: r.id),
    SheetColumn("提示函编号", 20, lambda r: r.letter_number),
    SheetColumn("企业名称", 32, lambda r: r.enterprise),
    SheetColumn("统一社会信用代码", 22, lambda r: r.uscc),
    SheetColumn("所属园区/街道", 14, lambda r: r.park),
    SheetColumn("类别", 10, lambda r: CATEGORY_LABELS.get(r.category, r.category)),
    SheetColumn("级别", 8, lambda r: LEVEL_LABELS.get(r.level, r.level)),
    SheetColumn("建议级别", 9, lambda r: LEVEL_LABELS.get(r.suggested_level or "", "")),
    SheetColumn("状态", 9, lambda r: STATUS_LABELS.get(r.status, r.status)),
    SheetColumn("演练", 6, lambda r: r.drill),
    SheetColumn("开始日期", 12, lambda r: r.starts),
    SheetColumn("有效期至", 12, lambda r: r.expires),
    SheetColumn("涉及职工人数", 12, lambda r: r.workers_affected),
    SheetColumn("影响范围", 24, lambda r: r.scope),
    SheetColumn("需关注事项", 30, lambda r: r.watch),
    SheetColumn("措施", 30, lambda r: r.measures),
    SheetColumn("理由", 40, lambda r: r.reason),
    SheetColumn("消息数", 8, lambda r: r.messages),
    SheetColumn("签发人", 10, lambda r: r.issued_by),
    SheetColumn("签发时间", 17, lambda r: _local(r.issued_at)),
)
MESSAGE_COLUMNS = (
    SheetColumn("预警编号", 9, lambda p: p[0].id),
    SheetColumn("企业名称", 32, lambda p: p[0].enterprise),
    SheetColumn("序号", 6, lambda p: p[1].seq),
    SheetColumn("类型", 10, lambda p: KIND_LABELS.get(p[1].kind, p[1].kind)),
    SheetColumn("级别", 8, lambda p: LEVEL_LABELS.get(p[1].level, p[1].level)),
    SheetColumn("开始日期", 12, lambda p: p[1].starts),
    SheetColumn("有效期至", 12, lambda p: p[1].expires),
    SheetColumn("理由", 40, lambda p: p[1].reason),
    SheetColumn("发布人", 10, lambda p: p[1].sent_by),
    SheetColumn("发布时间", 17, lambda p: _local(p[1].sent_at)),
    SheetColumn("替代消息", 9, lambda p: p[1].replaces_id),
    SheetColumn("演练", 6, lambda p: p[0].drill),
)


def write_warning_report(path: Path, report: WarningReport, progress: Progress = NO_PROGRESS) -> Path:
    """The two sheets, written atomically."""
    sheets: Sequence[Sheet] = (Sheet("预警", WARNING_COLUMNS, report.warnings),
                               Sheet("消息记录", MESSAGE_COLUMNS, report.messages))
    return write_xlsx(Path(path), sheets, progress)
