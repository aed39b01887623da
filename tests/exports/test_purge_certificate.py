"""个人信息清除证明 read back with python-docx: the numbers and counts, the legal basis, date and
经办人, and no personal data of the purged case."""

from __future__ import annotations

from datetime import date

from docx import Document

from desktop.exports.purge_certificate import write_purge_certificate
from desktop.services.retention.plan import PERSONAL_FIELDS, PURGE, SEAL, DueItem
from desktop.services.retention.purge import PurgeResult
from tests.services.test_dispute_cases import GOOD_ID, PHONE
from tests.services.test_retention import NAME, closed_case, no_archive, run_purge

TODAY = date(2026, 1, 1)


def _text(path) -> str:
    doc = Document(str(path))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _item(register: str, reference: str, action: str, persons: int, attachments: int = 0) -> DueItem:
    return DueItem(register, 1, reference, action, date(2022, 3, 10), date(2025, 3, 10),
                   date(2032, 3, 10) if action == SEAL else None, PERSONAL_FIELDS, persons, attachments)


def test_the_certificate_lists_the_numbers_purged_and_sealed_per_register(tmp_path):
    result = PurgeResult(
        purged=(_item("cases", "（2022）调字第7号", PURGE, 2, 1), _item("incidents", "（2022）联动第3号", PURGE, 4)),
        sealed=(_item("cases", "（2022）调字第9号", SEAL, 1),), persons=6, attachments=1, audit_entries=5)
    path = write_purge_certificate(result, TODAY, "李秘书", "经开区总工会", tmp_path / "证明.docx")
    doc = Document(str(path))
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows[1:] == [["争议案件", "清除", "（2022）调字第7号", "2", "1"],
                        ["突发事件", "清除", "（2022）联动第3号", "4", "0"],
                        ["争议案件", "封存", "（2022）调字第9号", "1", "0"]]
    text = _text(path)
    assert doc.paragraphs[0].text == "个人信息清除证明"
    assert "2项记录" in text and "共6条" in text and "附件1个" in text and "封存" in text
    assert "第十九条、第四十七条" in text
    assert "经办人：李秘书" in text and "经开区总工会" in text and "2026年1月1日" in text


def test_the_certificate_of_a_real_purge_holds_no_personal_data(db, tmp_path):
    closed_case(db)
    no_archive(db)
    result = run_purge(db, TODAY)
    text = _text(write_purge_certificate(result, TODAY, "管理员", "", tmp_path / "证明.docx"))
    assert result.purged[0].reference in text
    assert NAME not in text and GOOD_ID not in text and PHONE not in text and "荣华路" not in text


def test_a_purge_with_nothing_due_says_so(tmp_path):
    result = PurgeResult((), (), 0, 0, 0)
    text = _text(write_purge_certificate(result, TODAY, "管理员", "", tmp_path / "证明.docx"))
    assert "本次没有到期的记录" in text and "0项记录" in text
