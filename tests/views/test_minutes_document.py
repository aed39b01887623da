"""The minutes editor is one continuous page: it opens at the top with the first line whole,
no box has a scroll bar of its own (each is as tall as its text), and the page follows the
cursor while typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from desktop.services.minutes.content import Block
from desktop.services.minutes.core import get_minutes, save_draft
from desktop.views.minutes.window import MinutesWindow
from tests.services.minutes_support import held_meeting, write_minutes
from tests.views.conftest import type_text, write

pytestmark = pytest.mark.gui
PARAGRAPH = "会议强调，要压实属地责任，建立欠薪隐患企业台账，逐户回访、每周调度，确保春节前工资按时足额支付。"


def _long_minutes(session) -> int:
    """A draft whose every section runs to a dozen long paragraphs (pages of text)."""
    meeting_id = held_meeting(session)
    minutes_id = write_minutes(session, meeting_id)
    content = get_minutes(session, meeting_id).content
    sections = tuple(s.__class__(s.heading, tuple(Block.plain(f"{n}.{PARAGRAPH * 3}") for n in range(12)),
                                 s.agenda_position) for s in content.sections)
    save_draft(session, minutes_id, content.with_changes(sections=sections, intro=PARAGRAPH * 4))
    return meeting_id


def _open(qtbot, workspace, meeting_id: int) -> MinutesWindow:
    window = MinutesWindow(workspace, meeting_id)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()   # the deferred scroll to the top, after the boxes took their heights
    return window


def _top_in_viewport(window: MinutesWindow, widget) -> int:
    return widget.mapTo(window.document.viewport(), QPoint(0, 0)).y()


def test_the_editor_opens_at_the_top_with_the_first_line_whole(qtbot, workspace):
    window = _open(qtbot, workspace, write(workspace, _long_minutes))
    document = window.document
    assert window.pages.currentWidget() is window.edit_page
    assert document.verticalScrollBar().maximum() > document.viewport().height()   # a long page
    assert document.verticalScrollBar().value() == 0
    title = window.editor.title_edit
    assert 0 <= _top_in_viewport(window, title) < document.viewport().height()
    first = window.editor.section_editors()[0].edit
    assert first.textCursor().position() == 0
    assert first.cursorRect(first.textCursor()).top() >= 0          # the first line is not cut


def test_no_box_scrolls_inside_the_page(qtbot, workspace):
    window = _open(qtbot, workspace, write(workspace, _long_minutes))
    boxes = window.editor.findChildren(QAbstractScrollArea)
    assert len(boxes) >= 10
    for box in boxes:
        bar = box.verticalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0, type(box).__name__
    for section in window.editor.section_editors():
        doc_height = section.edit.document().size().height()
        assert section.edit.height() >= doc_height > 300                 # the whole text shows


def test_the_page_follows_the_cursor_while_typing_at_the_end(qtbot, workspace):
    window = _open(qtbot, workspace, write(workspace, _long_minutes))
    last = window.editor.section_editors()[-1].edit
    last.setFocus()
    last.moveCursor(last.textCursor().MoveOperation.End)
    type_text(qtbot, last, "补充一句。")
    cursor = last.viewport().mapTo(window.document.viewport(), last.cursorRect().center())
    assert 0 <= cursor.y() <= window.document.viewport().height()
    assert window.document.verticalScrollBar().value() > 0


def test_a_box_grows_as_lines_are_typed(qtbot, workspace):
    window = _open(qtbot, workspace, write(workspace, held_meeting))
    edit = window.editor.closing_edit
    edit.setFocus()
    before = edit.height()
    for _ in range(4):
        type_text(qtbot, edit, PARAGRAPH)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.height() > before + 3 * edit.fontMetrics().lineSpacing()
    assert edit.verticalScrollBar().maximum() == 0


def test_the_title_wraps_instead_of_hiding_its_end(qtbot, workspace):
    title = "关于北京启东劳务派遣有限公司12名职工要求支付未签劳动合同二倍工资争议的三方会商会纪要" * 2
    window = _open(qtbot, workspace, write(workspace, held_meeting))
    window.editor.title_edit.setText(title)
    QApplication.processEvents()
    assert window.editor.title_edit.text() == title
    assert window.editor.title_edit.document().blockCount() == 1  # one paragraph …
    assert window.editor.title_edit.height() > 2 * window.editor.title_edit.fontMetrics().lineSpacing()
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_Return)     # … that Enter does not break
    assert "\n" not in window.editor.title_edit.toPlainText()
