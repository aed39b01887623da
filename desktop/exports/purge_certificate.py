"""个人信息清除证明: what a purge removed and sealed, in the official layout (python-docx through
``OfficialDocument``), written atomically. Only register names, record numbers and counts: the
certificate holds no personal data (the purge's own audit entry holds the same)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.exports.official import OfficialDocument
from desktop.services.kernel.cn_format import cn_date, cn_num
from desktop.services.retention.plan import DueItem
from desktop.services.retention.purge import PurgeResult
from desktop.services.retention.rules import REGISTER_LABELS, REGISTERS

TITLE = "个人信息清除证明"
BASIS = ("依据《中华人民共和国个人信息保护法》第十九条、第四十七条，个人信息的保存期限应当为实现处理目的所必要的"
         "最短时间；保存期限已届满的，应当主动删除个人信息；删除个人信息从技术上难以实现或者法律、行政法规规定的"
         "保存期限未届满的，应当停止除存储和采取必要的安全保护措施之外的处理。")
HEADERS = ["登记簿", "处理", "编号", "个人信息条数", "附件"]
WIDTHS = [26, 16, 70, 24, 16]
NONE = "—"


def _rows(result: PurgeResult) -> list[list[str]]:
    """One row per register and action that had anything, purges first."""
    out = []
    for action, items in (("清除", result.purged), ("封存", result.sealed)):
        for register in REGISTERS:
            mine = [i for i in items if i.register == register]
            if mine:
                out.append([REGISTER_LABELS[register], action, "、".join(i.reference for i in mine),
                            str(sum(i.persons for i in mine)), str(sum(i.attachments for i in mine))])
    return out


def _summary(result: PurgeResult, today: date) -> str:
    sealed = len(result.sealed)
    text = (f"截至{cn_date(today)}，按本单位设定的保存期限，对保存期限已届满的{len(result.purged)}项记录清除了"
            f"职工姓名、身份证号码、电话、住址等个人信息，共{result.persons}条，删除含有个人信息的附件"
            f"{result.attachments}个，统计数据予以保留")
    if sealed:
        text += f"；对档案保存期限尚未届满的{sealed}项记录予以封存，封存期间仅作存储，启封须说明原因并记入操作日志"
    return text + "。"


def _personal_count(items: tuple[DueItem, ...]) -> int:
    return sum(i.persons for i in items)


def write_purge_certificate(result: PurgeResult, today: date, user: str, organisation: str, path: Path,
                            template: Path | None = None) -> Path:
    """The certificate of ``result``: summary, a table per register and action, basis, date, 经办人."""
    doc = OfficialDocument(template)
    doc.title(TITLE)
    doc.heading(1, f"{cn_num(1)}、清除和封存情况")
    doc.paragraph(_summary(result, today))
    rows = _rows(result) or [[NONE, NONE, "本次没有到期的记录", "0", "0"]]
    doc.table(HEADERS, rows, WIDTHS, row_height_mm=8)
    doc.paragraph(f"清除的个人信息合计{_personal_count(result.purged)}条；操作日志中涉及上述信息的"
                  f"{result.audit_entries}条记录已同步改写；数据库文件已重写，被清除的内容不再留存。")
    doc.heading(1, f"{cn_num(2)}、依据")
    doc.paragraph(BASIS)
    doc.paragraph("")
    doc.paragraph(f"经办人：{user or NONE}", "版记").alignment = 2
    if organisation:
        doc.paragraph(organisation, "版记").alignment = 2
    doc.paragraph(cn_date(today), "版记").alignment = 2
    return doc.save(path)
