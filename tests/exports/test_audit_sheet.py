"""The audit log as .xlsx read back with openpyxl: the header, one masked row per entry of the
filtered list, Beijing times, and a formula-like name kept as text."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import openpyxl

from desktop.exports.audit_sheet import COLUMNS, export_audit
from desktop.models import AuditEntry
from desktop.services.audit.query import AuditFilter

ID_NUMBER = "11010519491231002X"


def entry(db, user: str, changes: dict, *, at=datetime(2026, 3, 2, 1, 30, tzinfo=timezone.utc)) -> None:
    db.run(lambda s: s.add(AuditEntry(at=at, user=user, entity="case_parties", entity_id=4, action="update",
                                      changes=json.dumps(changes, ensure_ascii=False))), "系统")


def sheet_rows(path) -> list[tuple]:
    book = openpyxl.load_workbook(path)
    return list(book["操作日志"].iter_rows(values_only=True))


def test_the_sheet_has_one_masked_row_per_entry_of_the_filter(db, tmp_path):
    entry(db, "王秘书", {"id_number": ["", ID_NUMBER], "phone": ["13812345678", ""]})
    entry(db, "李秘书", {"name": ["张三", "张三丰"]})
    with db.reading() as session:
        written = export_audit(session, tmp_path / "log.xlsx", AuditFilter(user="王秘书"))
    header, *rows = sheet_rows(tmp_path / "log.xlsx")
    assert written == 1 and header == tuple(c.title for c in COLUMNS)
    assert rows == [(datetime(2026, 3, 2, 9, 30), "王秘书", "案件当事人", 4, "修改", "身份证号码、电话",
                     "身份证号码：\n电话：138****5678", "身份证号码：110105********002X\n电话：")]


def test_a_formula_like_user_name_is_written_as_text(db, tmp_path):
    entry(db, "=SUM(A1)", {"note": ["", "补充"]})
    with db.reading() as session:
        export_audit(session, tmp_path / "log.xlsx", AuditFilter(user="=SUM(A1)"))
    cell = openpyxl.load_workbook(tmp_path / "log.xlsx")["操作日志"]["B2"]
    assert (cell.data_type, cell.value) == ("s", "=SUM(A1)")
