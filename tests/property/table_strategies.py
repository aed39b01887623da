"""Tables as offices keep them, and as nobody should: .xlsx and .csv of people, action items and
enterprises, in every encoding Excel writes, with formula cells, merged headers, empty sheets."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import strategies as st

from desktop.services.kernel.validation import USCC_ALPHABET, uscc_check_char
from tests.property.strategies import CJK_NAME, hostile_text

HEADERS = {
    "people": ["姓名", "单位", "职务", "手机", "邮箱", "备注", "统一社会信用代码", "单位类别"],
    "actions": ["督办事项", "机制", "牵头单位", "协办单位", "责任人", "完成期限", "状态", "进度", "优先级", "备注"],
    "enterprises": ["企业名称", "统一社会信用代码", "注册地址", "所属园区", "行业", "职工人数", "是否建会",
                    "是否签订集体合同", "联系人", "联系电话"],
}
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
REQUIRED = {"people": ("姓名",), "actions": ("督办事项",), "enterprises": ("企业名称", "统一社会信用代码")}
NOISY = ["* 姓名（必填）：", "E-Mail", "Name", "  单位 ", "手机号码", "", "序号", "=A1", "姓名", "企业名称"]


@st.composite
def uscc(draw) -> str:
    first17 = "".join(draw(st.lists(st.sampled_from(USCC_ALPHABET), min_size=17, max_size=17)))
    code = first17 + uscc_check_char(first17)
    return draw(st.sampled_from([code, code.lower(), code[:-1] + "0", " " + code, code[:10], "9" * 18,
                                 code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))]))


def cell_values():
    """Whatever a cell may hold: text, numbers Excel mangles, dates, formulas, nothing."""
    return st.one_of(
        st.none(), CJK_NAME, hostile_text(6), uscc(),
        st.sampled_from(["13812345678", "138 1234 5678", "010-67881234", "+86-13812345678", "1.3812345678E10",
                         "13812345678.0", "name@example.cn", "a@b", "是", "否", "√", "高", "办理中", "已办结",
                         "2026-03-31", "2026/3/31", "3月31日", "50%", "-3", "1e400", "=1+1", "=A1&B1",
                         "=HYPERLINK(\"http://x\")", "@SUM(A1)", "tripartite", "dispute", "#REF!", "0"]),
        st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
        st.dates(date(1, 1, 1), date(9999, 12, 31)),
        st.datetimes(datetime(1900, 1, 1), datetime(9999, 12, 31)),
        st.text(min_size=200, max_size=600),
    )


ORG = st.builds("{}{}".format, st.sampled_from(["北京", "亦庄", "马驹桥", "区"]),
                st.sampled_from(["第一科技有限公司", "总工会", "人社局", "企业联合会", "工商联"]))
PHONE = st.sampled_from(["13812345678", "138 1234 5678", "010-67881234", "+86-13812345678", "12345",
                         "1.3812345678E10", "13812345678.0", "１３８１２３４５６７８", "13٨12345678"])
PLAUSIBLE = {
    "姓名": CJK_NAME, "联系人": CJK_NAME, "责任人": CJK_NAME, "单位": ORG, "牵头单位": ORG, "协办单位": ORG,
    "企业名称": ORG, "手机": PHONE, "联系电话": PHONE, "统一社会信用代码": uscc(),
    "邮箱": st.sampled_from(["wang@example.cn", "a@b", "x@例子.中国", "w@" + "a" * 70 + ".cn", " li@x.cn "]),
    "职工人数": st.one_of(st.integers(-5, 10**20), st.sampled_from(["１２０", "50人", "1,200", "١٢٠", "12.5"])),
    "是否建会": st.sampled_from(["是", "否", "√", "maybe"]), "是否签订集体合同": st.sampled_from(["是", "否", "有"]),
    "机制": st.sampled_from(["tripartite", "dispute", "三方联席会议", "不存在的机制", ""]),
    "完成期限": st.one_of(st.dates(date(1, 1, 1), date(9999, 12, 31)),
                      st.sampled_from(["2026-03-31", "2026/3/31", "9999-12-31", "0001-01-01", "明天"])),
    "状态": st.sampled_from(["未启动", "办理中", "已办结", "完成", "??"]),
    "进度": st.sampled_from(["0", "50", "50%", "100", "101", "-1", "1e9"]),
    "优先级": st.sampled_from(["高", "中", "低", "紧急"]),
    "单位类别": st.sampled_from(["企业", "政府部门", "工会", "enterprise", "其他"]),
}


@st.composite
def sheet(draw, kind: str) -> list[list[object]]:
    """Title rows, then a header (shuffled, noisy), then data rows: mostly plausible cells for
    their column, some hostile, so that both writes and refusals are reached."""
    labels = HEADERS[kind]
    needed = [] if draw(st.integers(0, 7)) == 0 else list(REQUIRED[kind])
    others = [x for x in draw(st.permutations(labels)) if x not in needed]
    chosen = needed + others[:draw(st.integers(0, len(others)))]
    header = list(draw(st.permutations(chosen))) + draw(st.lists(st.sampled_from(NOISY), max_size=2))
    top = draw(st.lists(st.lists(cell_values(), max_size=3), max_size=3))
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        rows.append([draw(PLAUSIBLE.get(label, hostile_text(4)) if draw(st.integers(0, 9)) < 8
                          else cell_values()) for label in header])
    return [*top, list(header), *rows]


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _plain(value: object) -> object:
    if isinstance(value, str):
        return _NOT_XML.sub("", value)  # openpyxl refuses what XML cannot hold
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    return value


def write_xlsx(path: Path, rows: list[list[object]], *, merge: bool = False, sheets: int = 1,
               name: str = "Sheet") -> Path:
    book = openpyxl.Workbook()
    book.active.title = name
    for extra in range(1, sheets):
        book.create_sheet(f"空白{extra}")
    for row in rows:
        book.active.append([_plain(v) for v in row])
    if merge and rows:
        header = max(range(len(rows)), key=lambda i: len(rows[i]))
        width = max(len(rows[header]), 2)
        book.active.merge_cells(start_row=header + 1, start_column=1, end_row=header + 1, end_column=width)
    book.save(path)
    return path


def csv_bytes(rows: list[list[object]], encoding: str, delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([["" if v is None else v for v in r] for r in rows])
    return buffer.getvalue().encode(encoding, "replace")


@st.composite
def table_file(draw, kind: str, folder: Path) -> Path:
    """One file in ``folder``: .xlsx (maybe merged, several sheets, or none of its rows), or .csv."""
    rows = draw(sheet(kind))
    number = len(list(folder.iterdir()))
    if draw(st.booleans()):
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"]))
        path = folder / f"t{number}.csv"
        path.write_bytes(csv_bytes(rows, encoding, draw(st.sampled_from([",", "\t", ";"]))))
        return path
    empty = draw(st.integers(0, 9)) == 0
    return write_xlsx(folder / f"t{number}.xlsx", [] if empty else rows, merge=draw(st.booleans()),
                      sheets=draw(st.integers(1, 3)), name=draw(st.sampled_from(["Sheet", "联系人", "督办"])))


def zip_bomb(path: Path, unpacked_mb: int, base: bytes | None = None,
             member: str = "xl/worksheets/sheet1.xml") -> Path:
    """A valid-looking package (an .xlsx, or ``base``) whose ``member`` unpacks to ``unpacked_mb``
    MB while the file stays about 1 MB: repeated XML deflates a thousandfold."""
    if base is None:
        template = io.BytesIO()
        write_xlsx(template, [["姓名", "单位"], ["王建国", "区总工会"]])
        base = template.getvalue()
    row = b'<row><c t="inlineStr"><is><t>' + b"\xe5\x8a\xb3" * 300 + b"</t></is></c></row>"
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            if item.filename != member:
                bomb.writestr(item, source.read(item))
                continue
            with bomb.open(item.filename, "w", force_zip64=True) as part:
                part.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                           b"<sheetData>")
                block = row * 1000
                for _ in range(unpacked_mb * 2**20 // len(block) + 1):
                    part.write(block)
                part.write(b"</sheetData></worksheet>")
    return path
