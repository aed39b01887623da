"""Action reports read back: the list as .xlsx and .csv (formula-safe), the 督办通报, the 台账,
the 催办单 and the chase e-mail."""

from __future__ import annotations

import csv
import email
import io
from datetime import date, datetime
from email.policy import default as default_policy

import openpyxl
import pytest
from docx import Document
from sqlalchemy import func, select

from desktop.config import LOCAL_TZ
from desktop.errors import UserError
from desktop.exports.action_chase import write_chase_docx, write_chase_eml
from desktop.exports.action_reports import (
    ACTION_COLUMNS,
    write_action_list,
    write_bulletin,
    write_ledger,
)
from desktop.models import ActionUpdate, Meeting, Organisation
from desktop.progress import Cancelled, Progress
from desktop.services.actions import core as actions
from desktop.services.actions.chase import chase_letter, record_sent
from desktop.services.actions.query import ActionFilter
from desktop.services.actions.reports import bulletin, ledger, report_list
from desktop.services.mail.core import SmtpSettings
from tests.services.action_support import TODAY, fill_demo, new_action, org_id

DANGEROUS = ("=HYPERLINK(\"http://x\",\"点我\")", "+86-1", "-2+3", "@SUM(A1)")


@pytest.fixture
def dangerous(db):
    for title in DANGEROUS:
        new_action(db, title=title, due=date(2026, 1, 5))
    with db.reading() as s:
        return report_list(s, ActionFilter(), TODAY)


class CancelOnRow(Progress):
    """Asks to stop once the writer reports row ``n`` (as 取消 pressed at that moment)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n, self.seen = n, []

    def changed(self) -> None:
        self.seen.append((self.done, self.total))
        if self.done >= self.n:
            self.cancel()


@pytest.mark.parametrize("name", ["list.xlsx", "list.csv"])
def test_a_cancelled_list_export_leaves_no_file(db, tmp_path, name, monkeypatch):
    from desktop.exports import sheets

    monkeypatch.setattr(sheets, "STEP_ROWS", 2)
    for n in range(6):
        new_action(db, title=f"事项{n}")
    with db.reading() as s:
        rows = report_list(s, ActionFilter(), TODAY)
    folder = tmp_path / "out"
    folder.mkdir()
    progress = CancelOnRow(4)
    with pytest.raises(Cancelled):
        write_action_list(folder / name, rows, progress)
    assert progress.seen[:3] == [(0, 6), (2, 6), (4, 6)]
    assert list(folder.iterdir()) == []  # neither the file nor its temporary sibling


def test_xlsx_is_one_header_row_then_one_row_per_item_with_real_dates(db, dangerous, tmp_path):
    path = write_action_list(tmp_path / "list.xlsx", dangerous)
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(c.title for c in ACTION_COLUMNS)
    assert len(rows) == 1 + len(dangerous) and [r[0] for r in rows[1:]] == [r.id for r in dangerous]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width == 48
    due = sheet.cell(row=2, column=10)
    assert due.is_date and due.value == datetime(2026, 1, 5) and due.number_format == "yyyy-mm-dd"
    assert sheet.cell(row=2, column=12).value == (TODAY - date(2026, 1, 5)).days   # days late


def test_formula_like_text_is_a_quote_prefixed_string_cell(dangerous, tmp_path):
    sheet = openpyxl.load_workbook(write_action_list(tmp_path / "list.xlsx", dangerous)).active
    cells = [sheet.cell(row=r, column=3) for r in range(2, 2 + len(DANGEROUS))]
    assert [c.value for c in cells] == list(DANGEROUS)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    plain = sheet.cell(row=2, column=2)
    assert plain.data_type == "s" and not plain.quotePrefix


def test_csv_has_a_bom_and_an_apostrophe_before_formula_like_text(dangerous, tmp_path):
    data = write_action_list(tmp_path / "list.csv", dangerous).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][2] == "督办事项" and len(rows) == 1 + len(DANGEROUS)
    assert [r[2] for r in rows[1:]] == ["'" + t for t in DANGEROUS]
    assert rows[1][9] == "2026-01-05"


def test_unknown_list_format_is_refused(dangerous, tmp_path):
    with pytest.raises(UserError, match=".xlsx"):
        write_action_list(tmp_path / "list.pdf", dangerous)


def _docx_text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_bulletin_gives_each_bodys_figures_and_overdue_items(db, tmp_path):
    fill_demo(db)
    with db.reading() as s:
        data = bulletin(s, date(2026, 1, 1), TODAY, today=TODAY)
    text = _docx_text(write_bulletin(data, tmp_path / "通报.docx", issuer="三方联席秘书处"))
    assert "督办事项落实情况通报" in text and "2026年1月1日至2026年11月24日" in text
    assert f"逾期{data.total('overdue_now')}项" in text and data.total("overdue_now") > 0
    for body in data.bodies:
        assert body.name in text
        assert all(item.title in text for item in body.items)
    assert "三方联席秘书处" in text


def test_ledger_first_sheet_has_one_row_per_body(db, tmp_path):
    fill_demo(db)
    with db.reading() as s:
        data = ledger(s, 2026, TODAY)
        held = s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.status == "held", Meeting.start >= datetime(2026, 1, 1, tzinfo=LOCAL_TZ),
            Meeting.start < datetime(2027, 1, 1, tzinfo=LOCAL_TZ)))
    book = openpyxl.load_workbook(write_ledger(data, tmp_path / "台账.xlsx"))
    assert book.sheetnames == ["2026年台账", "督办事项明细", "会议明细"]
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("机制", "计划会议", "已召开") and len(rows) == 6
    assert sum(r[2] for r in rows[1:]) == held
    assert book.worksheets[0].freeze_panes == "A2"
    assert book.worksheets[1].max_row == 1 + len(data.actions)
    text = _docx_text(write_ledger(data, tmp_path / "台账.docx"))
    assert "2026年度五项机制工作台账" in text and rows[1][0] in text


def test_chase_letter_docx_eml_and_the_record_of_sending(db, tmp_path):
    action_id = new_action(db, title="督促企业结清拖欠工资", lead="劳动监察", due=date(2026, 11, 1))
    with db.transaction("测试员") as s:
        s.get(Organisation, org_id(s, "劳动监察")).email = "jiancha@example.cn"
    with db.reading() as s:
        letter = chase_letter(s, action_id, TODAY)
    assert letter.days_late == 23 and letter.reply_by == date(2026, 11, 27)   # 3 working days
    text = _docx_text(write_chase_docx(letter, tmp_path / "催办单.docx"))
    assert "督办事项催办单" in text and "督促企业结清拖欠工资" in text and "已逾期23天" in text
    docx = tmp_path / "催办单.docx"
    eml = write_chase_eml(letter, tmp_path / "催办.eml", SmtpSettings(sender="mishuchu@example.cn"), docx)
    message = email.message_from_bytes(eml.read_bytes(), policy=default_policy)
    assert message["Subject"] == "督办事项催办：督促企业结清拖欠工资"
    assert message["X-Unsent"] == "1" and message["From"] == "mishuchu@example.cn"
    assert "jiancha@example.cn" in message["To"]
    assert "2026年11月27日前" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "催办单.docx"
    with db.transaction("秘书甲") as s:
        record_sent(s, letter, ("docx", "eml"))
    with db.reading() as s:
        kind, by, text = s.execute(select(ActionUpdate.kind, ActionUpdate.recorded_by, ActionUpdate.text)
                                   .where(ActionUpdate.action_id == action_id)).one()
    assert (kind, by) == ("chase", "秘书甲") and "催办单、催办邮件" in text


def test_closed_item_cannot_be_chased(db):
    action_id = new_action(db)
    with db.transaction("测试员") as s:
        actions.withdraw(s, action_id, "不再需要")
        letter = chase_letter(s, action_id, TODAY)
    with pytest.raises(UserError, match="催办"), db.transaction("测试员") as s:
        record_sent(s, letter, ("docx",))
