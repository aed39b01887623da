"""The bugs the table properties found, and the limits: a zip bomb, too many rows, a .csv too
large, damaged packages; and the everyday shapes (GBK, BOM, formulas, merged headers, empty)."""

from __future__ import annotations

import tracemalloc
import zipfile

import pytest

from desktop.services import importing
from desktop.services.importing import ImportFileError, plan_people_import, read_table
from desktop.services.importing import tables as tables_module
from desktop.services.kernel import archives
from tests.property.support import assert_clear, counts, within
from tests.property.table_strategies import csv_bytes, write_xlsx, zip_bomb
from tests.property.test_table_properties import import_all_or_nothing

PEOPLE = [["姓名", "单位", "电话"], ["王建国", "区总工会", "13812345678"], ["李秀梅", "人社局", "010-67881234"]]


def refused(path) -> ImportFileError:
    with pytest.raises(importing.ImportFileError) as caught:
        read_table(path)
    assert_clear(caught.value)
    return caught.value


def test_a_zip_bomb_is_refused_unread_in_bounded_time_and_memory(tmp_path):
    bomb = zip_bomb(tmp_path / "炸弹.xlsx", unpacked_mb=archives.MAX_UNPACKED_BYTES // 2**20 + 20)
    assert bomb.stat().st_size < 2 * 2**20
    tracemalloc.start()
    try:
        with within(2, "refusing a zip bomb"):
            exc = refused(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "超过 100 MB 的上限" in str(exc) and "炸弹.xlsx" in str(exc)
    assert peak < 20 * 2**20


def test_an_archive_of_too_many_parts_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_MEMBERS", 5)
    path = write_xlsx(tmp_path / "parts.xlsx", PEOPLE)
    assert "个压缩部件" in str(refused(path))


def test_a_damaged_deflate_stream_is_refused_not_a_zlib_error(tmp_path):
    path = write_xlsx(tmp_path / "坏.xlsx", PEOPLE)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("docProps/core.xml")
    raw = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start + 5:start + 25] = b"\xff" * 20
    path.write_bytes(bytes(raw))
    assert "不是有效的 .xlsx 文件" in str(refused(path))


def test_a_zip_of_an_unknown_version_is_refused_not_not_implemented(tmp_path):
    path = write_xlsx(tmp_path / "v84.xlsx", PEOPLE)
    raw = bytearray(path.read_bytes())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 6] = 84  # "version needed to extract": 8.4
    path.write_bytes(bytes(raw))
    assert "不是有效的 .xlsx 文件" in str(refused(path))


def test_a_text_file_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "名单.xlsx"
    path.write_text("姓名,单位\n王建国,区总工会\n", encoding="utf-8")
    assert "不是有效的 .xlsx 文件" in str(refused(path))


def test_an_empty_sheet_says_it_has_no_name_column(db, tmp_path):
    path = write_xlsx(tmp_path / "空.xlsx", [])
    with db.reading() as session, pytest.raises(ImportFileError) as caught:
        plan_people_import(session, path)
    assert_clear(caught.value)
    assert "没有“姓名”列" in str(caught.value) and "（无）" in str(caught.value)


def test_more_rows_than_the_limit_are_refused_with_the_row(tmp_path, monkeypatch):
    monkeypatch.setattr(tables_module, "MAX_ROWS", 2)
    for path in (write_xlsx(tmp_path / "多.xlsx", PEOPLE), tmp_path / "多.csv"):
        if path.suffix == ".csv":
            path.write_bytes(csv_bytes(PEOPLE, "utf-8", ","))
        assert "第3行起超过了一次最多导入 2 行的上限" in str(refused(path))


def test_a_csv_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(tables_module, "MAX_CSV_BYTES", 2**20)
    path = tmp_path / "大.csv"
    path.write_bytes(csv_bytes(PEOPLE * 40_000, "utf-8", ","))
    assert "文件“大.csv”超过 1 MB 的上限，未读取" in str(refused(path))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_a_csv_in_any_encoding_excel_writes_reads_the_same(tmp_path, encoding, delimiter):
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(csv_bytes(PEOPLE, encoding, delimiter))
    assert [cells for _n, cells in read_table(path).rows] == [tuple(r) for r in PEOPLE]


def test_formula_cells_and_a_merged_title_leave_the_header_found(db, tmp_path):
    rows = [["2026年联系人名单"], *PEOPLE, ["=A2&B2", "=1/0", "=HYPERLINK(\"http://x\")"]]
    path = write_xlsx(tmp_path / "公式.xlsx", rows)
    import openpyxl
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("A1:C1")
    book.save(path)
    before = counts(db)
    result, refusal = import_all_or_nothing(db, "people", path, skip=False)
    assert refusal is None and result.created == 2
    assert counts(db)["people"] == before["people"] + 2
