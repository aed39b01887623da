"""Blocks the case documents share: the parties' details, claims, ruled lines to write on by hand,
signature and seal blocks (python-docx through ``OfficialDocument``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop.exports.official import OfficialDocument
from desktop.services.disputes.documents import CaseDocumentData, Employer, Party
from desktop.services.kernel.cn_format import cn_date, cn_num

BLANK_DATE = "　　年　　月　　日"
GAP = "　" * 6          # room for a handwritten name
SEAL = "（调解组织印章）"


def day(value: date | None) -> str:
    return cn_date(value) if value else BLANK_DATE


def money(amount: Decimal | int | None) -> str:
    return "—" if amount is None else f"{Decimal(amount):,.2f}元"


def plain(doc: OfficialDocument, text: str = "", style: str = "公文正文"):
    """A left-aligned paragraph without the first-line indent (addressees, parties, form lines):
    justified, a line holding an 18-digit number spreads its characters across the line."""
    para = line(doc, text, style)
    para.paragraph_format.first_line_indent = 0
    return para


def line(doc: OfficialDocument, text: str = "", style: str = "公文正文"):
    """A left-aligned paragraph that keeps the style's first-line indent (a list item)."""
    para = doc.paragraph(text, style)
    para.alignment = WD_ALIGN_PARAGRAPH.LEFT
    return para


def right(doc: OfficialDocument, text: str):
    para = plain(doc, text)
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para


def heading(doc: OfficialDocument, number: int, text: str) -> int:
    doc.heading(1, f"{cn_num(number)}、{text}")
    return number + 1


def ruled_lines(doc: OfficialDocument, count: int) -> None:
    """Empty lines with a rule under each, to write the record on by hand. Word and LibreOffice
    draw one border round a run of paragraphs with the same borders: ``between`` rules the
    lines inside the run, ``bottom`` the last one."""
    for _ in range(count):
        para = plain(doc)
        borders = OxmlElement("w:pBdr")
        for edge in ("w:bottom", "w:between"):
            rule = OxmlElement(edge)
            for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
                rule.set(qn(key), value)
            borders.append(rule)
        para._p.get_or_add_pPr().append(borders)


# ---------------------------------------------------------------- the parties

def party_line(p: Party) -> str:
    """``申请人：张三，男，公民身份号码：…，住址：…，联系电话：…。``"""
    parts = [p.name]
    if p.gender:
        parts.append(p.gender)
    parts.append(f"公民身份号码：{p.id_number or '—'}")
    parts.append(f"住址：{p.address or '—'}")
    parts.append(f"联系电话：{p.phone or '—'}")
    return f"{p.role}：" + "，".join(parts) + "。"


def employer_line(e: Employer, label: str = "被申请人") -> str:
    return (f"{label}：{e.name}，统一社会信用代码：{e.uscc or '—'}，住所：{e.address or '—'}，"
            f"法定代表人（主要负责人）或联系人：{e.contact or '—'}，联系电话：{e.phone or '—'}。")


def parties_block(doc: OfficialDocument, data: CaseDocumentData, employer_label: str = "被申请人",
                  title: str = "") -> None:
    """The applicants and the employer with their details, under an unnumbered ``title`` if given."""
    if title:
        doc.heading(1, title)
    if data.collective:
        plain(doc, f"申请人：{data.first_applicant}（集体劳动争议，涉及职工{data.workers}人）。")
    for party in data.parties:
        plain(doc, party_line(party))
    plain(doc, employer_line(data.employer, employer_label))


def claim_lines(data: CaseDocumentData) -> list[str]:
    return [f"{c.seq}. {c.text}" + (f"（请求金额{money(c.amount)}）" if c.amount is not None else "") + "；"
            for c in data.claims] or ["（未填写请求事项）"]


def claims_table(doc: OfficialDocument, data: CaseDocumentData, agreed: bool = True) -> None:
    headers = ["序号", "请求事项", "请求金额"] + (["协议金额"] if agreed else [])
    rows = [[str(c.seq), c.text, money(c.amount)] + ([money(c.agreed_amount)] if agreed else [])
            for c in data.claims]
    if agreed:
        rows.append(["", "合计", money(data.claimed_total),
                     money(data.agreed_total) if any(c.agreed_amount is not None for c in data.claims) else "—"])
    widths = [15, 77, 32, 32] if agreed else [15, 101, 40]
    doc.table(headers, rows, widths, row_height_mm=8)
    left_align(doc, 1)


def facts_table(doc: OfficialDocument, rows: list[list[str]], row_height_mm: float = 9) -> None:
    doc.table(["项目", "内容"], rows, [40, 116], row_height_mm=row_height_mm)
    left_align(doc, 1)


def left_align(doc: OfficialDocument, column: int) -> None:
    """Left-align a text column of the last table below its header (the style centres cells)."""
    for row in doc.doc.tables[-1].rows[1:]:
        for para in row.cells[column].paragraphs:
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- signatures and seal

def signature_grid(doc: OfficialDocument, pairs: list[tuple[str, str]], widths_mm=(66, 90)) -> None:
    """Two columns of ``label：`` with room to sign, in a borderless table (one row a pair)."""
    table = doc.doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for left, right_ in pairs:
        row = table.add_row()
        row.height = Mm(16)
        for cell, text, width in zip(row.cells, (left, right_), widths_mm):
            cell.width = Mm(width)
            para = cell.paragraphs[0]
            para.style = doc.doc.styles["公文正文"]
            para.paragraph_format.first_line_indent = 0
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
            doc.run(para, text, "公文正文")


def seal_block(doc: OfficialDocument, organisation: str, on: date | None) -> None:
    """The organisation, its seal and the date, on the right."""
    plain(doc)
    right(doc, SEAL)
    right(doc, organisation)
    right(doc, day(on))

