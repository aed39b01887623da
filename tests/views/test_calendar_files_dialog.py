"""The calendar dialog: export with scope choices, the publish folder with 立即发布, import with
a preview table; file dialogs and message boxes patched so nothing blocks. Exports, 立即发布,
previews and imports run in the background: a test waits until the work has reported back."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow
from sqlalchemy import func, select

from desktop.models import Meeting
from desktop.services.calendar.settings import load_calendar_settings
from desktop.views.calendar.files_dialog import CalendarDialog, add_calendar_menu
from desktop.views.calendar.import_preview import EVENT_ROLE
from tests.exports.ics_support import build_scenario
from tests.services.ics_samples import outlook_bytes
from tests.views.conftest import find_window, type_into

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def organiser_asked(isolated_user):
    """The first export asks for the organiser e-mail (tests/views/test_settings_dialog.py)."""
    from desktop.views.calendar.organiser import ASKED
    from desktop.views.settings import open_settings
    open_settings().setValue(ASKED, True)


@pytest.fixture
def scenario(db):
    return build_scenario(db)


@pytest.fixture
def dialog(qtbot, workspace):
    made = []  # qtbot holds widgets weakly: keep each dialog alive for the whole test

    def make(**kw):
        widget = CalendarDialog(workspace, **kw)
        qtbot.addWidget(widget)
        widget.show()
        made.append(widget)
        return widget
    return make


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def settle(qtbot, workspace):
    """Wait until no background work of the workspace is running."""
    return lambda: qtbot.waitUntil(lambda: not workspace.hub.busy, timeout=10000)


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (a wide box's middle is not part of its hit area)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def open_from(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def summaries(path) -> list[str]:
    return sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_export_one_body_to_the_chosen_file(qtbot, dialog, scenario, boxes, monkeypatch, tmp_path):
    tab = dialog().export_tab
    click(qtbot, tab.body_radio)
    tab.body_combo.setCurrentIndex(tab.body_combo.findData("tripartite"))
    save_to(monkeypatch, tmp_path / "三方")
    with qtbot.waitSignal(tab.exported):
        click(qtbot, tab.export_button)
    assert summaries(tmp_path / "三方.ics") == ["三方协调委员会2026年第一次全体会议"]
    assert boxes.texts("information")[0].startswith("已导出 1 个日程")


def test_export_a_persons_meetings_in_a_date_range(qtbot, dialog, scenario, boxes, monkeypatch, tmp_path, settle):
    tab = dialog().export_tab
    click(qtbot, tab.person_radio)
    tab.person_combo.setCurrentIndex(tab.person_combo.findData(scenario.people["刘芳"]))
    tick(qtbot, tab.range_box)
    tab.first_edit.setDate(QDate(2026, 5, 1))
    tab.last_edit.setDate(QDate(2026, 9, 30))
    assert tab.range_box.isChecked() and "单独" in tab.note_label.text(), tab.selection()
    save_to(monkeypatch, tmp_path / "liu.ics")
    click(qtbot, tab.export_button)
    settle()
    assert summaries(tmp_path / "liu.ics") == ["双月沟通会", "双月沟通会", "双月沟通会（改期）"]


def test_a_meetings_context_export_starts_on_this_meeting(qtbot, dialog, scenario, boxes, monkeypatch, tmp_path,
                                                         settle):
    tab = dialog(meeting_id=scenario.single_id).export_tab
    assert tab.meeting_radio.isChecked()
    save_to(monkeypatch, tmp_path / "one.ics")
    click(qtbot, tab.export_button)
    settle()
    assert summaries(tmp_path / "one.ics") == ["三方协调委员会2026年第一次全体会议"]


def test_publish_now_saves_the_settings_and_writes_the_folder(qtbot, dialog, scenario, boxes, tmp_path):
    tab = dialog(tab="publish").publish_tab
    type_into(qtbot, tab.folder_edit, str(tmp_path))
    type_into(qtbot, tab.email_edit, "mishu@example.cn")
    with qtbot.waitSignal(tab.published):
        click(qtbot, tab.publish_button)
    assert load_calendar_settings().folder == tmp_path
    assert (tmp_path / "all.ics").exists() and (tmp_path / "bimonthly.ics").exists()
    assert "已发布 6 个日程" in tab.status_label.text()


def test_a_missing_publish_folder_is_shown(qtbot, dialog, scenario, boxes, tmp_path, settle):
    tab = dialog(tab="publish").publish_tab
    type_into(qtbot, tab.folder_edit, str(tmp_path / "gone"))
    click(qtbot, tab.publish_button)
    settle()
    assert "日历发布文件夹不存在" in boxes.texts("warning")[0]
    assert "发布失败" in tab.status_label.text()


def test_a_bad_organizer_address_is_refused(qtbot, dialog, boxes):
    tab = dialog(tab="publish").publish_tab
    type_into(qtbot, tab.email_edit, "not an address")
    click(qtbot, tab.save_button)
    assert "电子邮箱" in boxes.texts("warning")[0]


def test_import_previews_then_imports(qtbot, dialog, db, boxes, monkeypatch, tmp_path, settle):
    path = tmp_path / "outlook.ics"
    path.write_bytes(outlook_bytes())
    window = dialog(tab="import")
    tab = window.import_tab
    tab.body_combo.setCurrentIndex(tab.body_combo.findData("dispute"))
    open_from(monkeypatch, path)
    click(qtbot, tab.choose_button)
    settle()
    assert tab.model.rowCount() == 5 and "新建 5 项" in tab.summary_label.text()
    assert tab.model.index(1, 3).data() == "调解中心周例会"
    assert tab.model.index(1, 0).data(EVENT_ROLE).kind == "series"
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 0
    with qtbot.waitSignal(tab.imported, timeout=10000):
        click(qtbot, tab.import_button)
    settle()  # the preview is made again
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 10
    assert "无变化 5 项" in tab.summary_label.text() and not tab.import_button.isEnabled()


def test_a_malformed_file_is_refused_with_its_line(qtbot, dialog, boxes, monkeypatch, tmp_path, settle):
    path = tmp_path / "bad.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261301T090000\r\n"
                     b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    tab = dialog(tab="import").import_tab
    open_from(monkeypatch, path)
    click(qtbot, tab.choose_button)
    settle()
    (text,) = boxes.texts("warning")
    assert "第 4 行" in text and "没有导入任何内容" in tab.summary_label.text()
    assert tab.model.rowCount() == 0 and not tab.import_button.isEnabled()


def test_preview_model_passes_the_model_tester(qtbot, qtmodeltester, dialog, monkeypatch, tmp_path, settle):
    path = tmp_path / "outlook.ics"
    path.write_bytes(outlook_bytes())
    tab = dialog(tab="import").import_tab
    open_from(monkeypatch, path)
    click(qtbot, tab.choose_button)
    settle()
    assert tab.model.rowCount() == 5
    qtmodeltester.check(tab.model)


def test_the_menu_opens_the_dialog_at_the_chosen_tab(qtbot, workspace):
    main = QMainWindow()
    qtbot.addWidget(main)
    actions = add_calendar_menu(main.menuBar().addMenu("文件"), workspace, main)
    assert set(actions) == {"export", "import", "publish"}
    actions["publish"].trigger()
    opened = find_window(qtbot, CalendarDialog)
    assert opened.tabs.currentWidget() is opened.publish_tab
    opened.close()
