"""Long work in the background, acting as a user: the window keeps painting while an import
runs, a cancelled import writes nothing, a cancelled export leaves no file, a second press does
not start the work twice, and a distribution cancelled midway keeps what it had recorded.

Timing is made deterministic with gates: a patched step waits for the test (or for the UI
thread's own timer) before it goes on; nothing sleeps.
"""

from __future__ import annotations

import threading

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QWidget
from sqlalchemy import func, select, update

from desktop.models import Organisation, Person
from desktop.progress import Cancelled
from desktop.services.actions.query import ActionFilter, ActionList, load_actions, load_names
from desktop.services.actions.timing import DayCounter
from desktop.services.kernel.timeutil import today_local
from desktop.services.mail import core as mail
from desktop.services.minutes.core import get_minutes
from desktop.services.minutes.distribution import deliveries
from desktop.views.actions.exporting import start_action_list_export
from desktop.views.importing.people_import import PeopleImportDialog
from desktop.views.minutes.distribution import DistributionPanel
from tests.services.action_support import fill_demo, new_action
from tests.services.minutes_support import issued_minutes
from tests.services.smtp_support import smtp_server  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui
WAIT_MS = 10000


class Gate:
    """Blocks a worker at the ``at``-th call until ``release()``; ``reached`` says it got there."""

    def __init__(self, at: int) -> None:
        self.at, self.calls = at, 0
        self.reached, self._open = threading.Event(), threading.Event()

    def wrap(self, real):
        def call(*args, **kwargs):
            self.calls += 1
            if self.calls == self.at:
                self.reached.set()
                assert self._open.wait(WAIT_MS / 1000), "the test never released the gate"
            return real(*args, **kwargs)
        return call

    def release(self) -> None:
        self._open.set()


def people_count(workspace) -> int:
    return workspace.read(lambda s: s.scalar(select(func.count()).select_from(Person)))


def write_people_csv(path, n: int) -> str:
    lines = ["姓名,单位,职务"] + [f"测试{i:04d},总工会,干事" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return str(path)


def click_progress_cancel(qtbot, op) -> None:
    """Press 取消 in the operation's progress dialog, as the person would."""
    op.dialog.show()
    qtbot.mouseClick(op.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)


@pytest.fixture
def import_dialog(qtbot, workspace, tmp_path):
    """The people import dialog with a 300-row file previewed."""
    dialog = PeopleImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.load(write_people_csv(tmp_path / "people.csv", 300))
    qtbot.waitUntil(lambda: dialog.operation is None and dialog.import_button.isEnabled(), timeout=WAIT_MS)
    return dialog


def test_an_import_finishes_in_the_background_while_the_window_keeps_painting(
        qtbot, workspace, import_dialog, monkeypatch):
    from desktop.views.importing import people_import

    ticks = []
    ui_ran = threading.Event()  # set by a timer on the UI thread: the import waits for it
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 5 and ui_ran.set()))
    real = people_import.apply_people_import

    def slow_apply(session, plan, **kwargs):
        assert ui_ran.wait(WAIT_MS / 1000), "the UI thread did not run while the import was under way"
        return real(session, plan, **kwargs)

    monkeypatch.setattr(people_import, "apply_people_import", slow_apply)
    before = people_count(workspace)
    timer.start()
    qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    op = import_dialog.operation
    assert op is not None and not import_dialog.import_button.isEnabled()
    with qtbot.waitSignal(op.finished, timeout=WAIT_MS) as done:
        pass
    timer.stop()
    assert len(ticks) >= 5
    assert done.args[0].created == 300 and people_count(workspace) == before + 300


def test_cancelling_an_import_writes_nothing(qtbot, workspace, import_dialog, monkeypatch):
    from desktop.services.importing import writing

    gate = Gate(at=150)  # stop in the middle of the 300 rows
    monkeypatch.setattr(writing, "create_person", gate.wrap(writing.create_person))
    before = people_count(workspace)
    qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    op = import_dialog.operation
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    with qtbot.waitSignal(op.failed, timeout=WAIT_MS) as failed:
        cancel = import_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # cancels the import, keeps the dialog
        gate.release()
    assert isinstance(failed.args[0], Cancelled)
    assert import_dialog.isVisible() and "没有写入任何数据" in import_dialog.summary_label.text()
    assert people_count(workspace) == before


@pytest.fixture
def listing(workspace):
    """Twelve action items as the 督办 list shows them."""
    for n in range(12):
        new_action(workspace.db, title=f"督办事项{n:02d}")
    today = today_local()
    rows = workspace.read(lambda s: load_actions(s, ActionFilter(), today))
    names = workspace.read(load_names)
    return ActionList(rows, names, DayCounter(today))


@pytest.fixture
def blocked_export(qtbot, workspace, listing, monkeypatch, tmp_path, boxes):
    """An export of the list to tmp_path/out/督办.xlsx held at its 40th cell."""
    from desktop.exports import sheets

    gate = Gate(at=40)
    monkeypatch.setattr(sheets, "_cell", gate.wrap(sheets._cell))
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    folder = tmp_path / "out"
    folder.mkdir()
    op = start_action_list_export(page, workspace, listing.rows, listing, folder / "督办.xlsx")
    assert op is not None
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    return op, gate, folder, page


def test_cancelling_an_export_leaves_no_file(qtbot, blocked_export, boxes):
    op, gate, folder, _ = blocked_export
    with qtbot.waitSignal(op.failed, timeout=WAIT_MS) as failed:
        click_progress_cancel(qtbot, op)
        gate.release()
    assert isinstance(failed.args[0], Cancelled)
    assert list(folder.iterdir()) == []  # neither the file nor its temporary sibling
    assert boxes.calls == []             # a cancel is not an error


def test_a_second_press_while_exporting_starts_nothing(qtbot, workspace, blocked_export, listing, boxes):
    op, gate, folder, page = blocked_export
    assert start_action_list_export(page, workspace, listing.rows, listing, folder / "again.xlsx") is None
    with qtbot.waitSignal(op.finished, timeout=WAIT_MS):
        gate.release()
    assert [p.name for p in folder.iterdir()] == ["督办.xlsx"]
    assert boxes.texts("information") == [f"已导出 12 项到 {folder / '督办.xlsx'}"]
    assert not workspace.hub.is_running("export-action-list")


def test_a_distribution_cancelled_midway_keeps_the_outcomes_already_recorded(
        qtbot, workspace, smtp_server, monkeypatch, boxes):  # noqa: F811 - the fixture
    from desktop.exports import minutes_mail

    db = workspace.db
    with db.transaction("测试员") as s:
        for name, box in (("张志强", "zhangzq"), ("王建国", "wangjg"), ("刘芳", "liufang")):
            s.execute(update(Person).where(Person.name == name).values(email=f"{box}@example.org"))
        s.execute(update(Organisation).where(Organisation.name == "经开区企业联合会（企业家协会）")
                  .values(email="qilian@example.org"))
    meeting_id, minutes_id, _ = issued_minutes(db)
    mail.save_settings(mail.SmtpSettings(host="127.0.0.1", port=smtp_server.port, security="none",
                                         sender="office@example.org"))
    gate = Gate(at=2)  # hold the worker as it records the second recipient
    monkeypatch.setattr(minutes_mail, "record_outcomes", gate.wrap(minutes_mail.record_outcomes))
    panel = DistributionPanel(workspace, meeting_id)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(minutes_id, True)
    assert panel.recipients.rowCount() == 4 and panel.send_button.isEnabled()

    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    op = panel.operation
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    assert not panel.send_button.isEnabled()
    with qtbot.waitSignal(op.failed, timeout=WAIT_MS) as failed:
        click_progress_cancel(qtbot, op)
        gate.release()
    assert isinstance(failed.args[0], Cancelled)
    assert len(smtp_server.handler.received) == 2
    assert [(r.status, r.address) for r in panel.deliveries.rows()] == [
        ("sent", "zhangzq@example.org"), ("sent", "wangjg@example.org")]
    with db.reading() as s:
        assert len(deliveries(s, minutes_id)) == 2
        assert get_minutes(s, meeting_id).state == "issued"
    assert panel.send_button.isEnabled()


@pytest.fixture
def reports(qtbot, workspace):
    from desktop.views.actions.reports_dialog import ReportsDialog

    fill_demo(workspace.db)
    dialog = ReportsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_yearly_ledger_is_made_in_the_background_from_the_reports_dialog(
        qtbot, reports, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "台账"), ""))
    reports.year_spin.setValue(2026)
    qtbot.mouseClick(reports.browse_button, Qt.MouseButton.LeftButton)
    assert reports.path() == tmp_path / "台账.xlsx" and reports.make_button.isEnabled()
    qtbot.mouseClick(reports.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(reports.operation.finished, timeout=WAIT_MS):
        pass
    book = openpyxl.load_workbook(tmp_path / "台账.xlsx")
    assert book.sheetnames == ["2026年台账", "督办事项明细", "会议明细"]
    assert boxes.texts("information") == [f"报表已保存到：\n{tmp_path / '台账.xlsx'}"]
    assert reports.isVisible() and reports.operation is None


def test_the_bulletin_for_one_body_and_a_period_is_a_docx(qtbot, reports, tmp_path, boxes):
    radio = reports.bulletin_radio  # on its indicator: a stretched button ignores clicks right of its label
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert not reports.year_spin.isEnabled() and reports.body_combo.isEnabled()
    reports.body_combo.setCurrentIndex(1)
    reports.first_edit.setDate(QDate(2026, 1, 1))
    reports.last_edit.setDate(QDate(2026, 11, 24))
    reports.path_edit.setText(str(tmp_path / "通报"))
    qtbot.mouseClick(reports.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(reports.operation.finished, timeout=WAIT_MS):
        pass
    text = "\n".join(p.text for p in Document(str(tmp_path / "通报.docx")).paragraphs)
    assert "督办事项落实情况通报" in text and reports.body_combo.currentText() in text
