"""The minutes text as a form: title, intro, one editor per section, decisions, attendance, closing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.minutes.content import (
    AttendanceLines,
    DecisionLine,
    MinutesContent,
    Section,
    cn_num,
)
from desktop.views.minutes.rich_editor import SectionEditor

DECISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEP = "、"


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.replace("，", SEP).split(SEP) if n.strip())


def _plain(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class DecisionsEditor(QGroupBox):
    """The 议定事项 in order; each item keeps its Decision id once saved."""

    action_requested = Signal(int)      # a saved decision's id: 转为督办事项

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("议定事项"), parent)
        self.list = QListWidget()
        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.action_button = QPushButton(self.tr("转为督办事项…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.action_button.clicked.connect(self._on_action_button_clicked)

    def set_decisions(self, decisions) -> None:
        self.list.clear()
        for d in decisions:
            self._append(d.text, d.id)

    def _append(self, text: str, decision_id: int | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(DECISION_ID_ROLE, decision_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def decisions(self) -> tuple[DecisionLine, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(DecisionLine(i.text().strip(), i.data(DECISION_ID_ROLE)) for i in items
                     if i.text().strip())

    def set_editable(self, editable: bool) -> None:
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable)
        trigger = QListWidget.EditTrigger
        self.list.setEditTriggers(trigger.DoubleClicked | trigger.EditKeyPressed | trigger.AnyKeyPressed
                                  if editable else trigger.NoEditTriggers)

    def add_decision(self, text: str = "") -> QListWidgetItem:
        item = self._append(text or self.tr("新的议定事项"), None)
        self.list.setCurrentItem(item)
        if not text:
            self.list.editItem(item)
        return item

    def _on_add_button_clicked(self) -> None:
        self.add_decision()

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < self.list.count() and row >= 0:
            item = self.list.takeItem(row)
            self.list.insertItem(row + step, item)
            self.list.setCurrentRow(row + step)

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(1)

    def _on_action_button_clicked(self) -> None:
        item = self.list.currentItem()
        self.action_requested.emit(item.data(DECISION_ID_ROLE) or 0 if item else 0)


class MinutesEditor(QWidget):
    """Shows one version; ``content()`` reads the form back (meeting facts kept as loaded)."""

    attendance_refresh_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loaded: MinutesContent | None = None
        self._sections: list[tuple[QLineEdit, SectionEditor, int | None]] = []
        self.title_edit = QLineEdit()
        self.intro_edit = _plain()
        self.present_edit, self.leave_edit, self.observers_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.recorder_edit = QLineEdit()
        self.refresh_attendance_button = QPushButton(self.tr("按参会记录重新填写"))
        self.sections_box = QGroupBox(self.tr("会议内容（每项议程一节）"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.add_section_button = QPushButton(self.tr("添加一节"))
        self.decisions = DecisionsEditor()
        self.closing_edit = _plain(50)
        self.cc_edit = QLineEdit()
        self.issuer_edit = QLineEdit()
        self._lay_out()
        self.refresh_attendance_button.clicked.connect(self.attendance_refresh_requested)
        self.add_section_button.clicked.connect(self._on_add_section_button_clicked)

    def _lay_out(self) -> None:
        head = QFormLayout()
        head.addRow(self.tr("标题"), self.title_edit)
        head.addRow(self.tr("开头"), self.intro_edit)
        attendance = QGroupBox(self.tr("出席情况"))
        form = QFormLayout(attendance)
        form.addRow(self.tr("出席："), self.present_edit)
        form.addRow(self.tr("请假："), self.leave_edit)
        form.addRow(self.tr("列席："), self.observers_edit)
        form.addRow(self.tr("记录："), self.recorder_edit)
        form.addRow("", self.refresh_attendance_button)
        tail = QFormLayout()
        tail.addRow(self.tr("结束语"), self.closing_edit)
        tail.addRow(self.tr("抄送"), self.cc_edit)
        tail.addRow(self.tr("印发机关"), self.issuer_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.add_section_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.decisions)
        layout.addLayout(tail)
        layout.addWidget(attendance)

    # Loading ----------------------------------------------------------------------
    def set_content(self, content: MinutesContent) -> None:
        self._loaded = content
        self.title_edit.setText(content.title)
        self.intro_edit.setPlainText(content.intro)
        self.set_attendance(content.attendance)
        for heading, editor, _ in self._sections:
            heading.deleteLater()
            editor.deleteLater()
        self._sections.clear()
        for section in content.sections:
            self._add_section(section)
        self.decisions.set_decisions(content.decisions)
        self.closing_edit.setPlainText(content.closing)
        self.cc_edit.setText(content.cc)
        self.issuer_edit.setText(content.issuer)

    def set_attendance(self, lines: AttendanceLines) -> None:
        self.present_edit.setText(SEP.join(lines.present))
        self.leave_edit.setText(SEP.join(lines.leave))
        self.observers_edit.setText(SEP.join(lines.observers))
        self.recorder_edit.setText(lines.recorder)

    def _add_section(self, section: Section) -> None:
        heading = QLineEdit(section.heading)
        editor = SectionEditor()
        editor.edit.set_blocks(section.blocks)
        self.sections_layout.addWidget(heading)
        self.sections_layout.addWidget(editor)
        self._sections.append((heading, editor, section.agenda_position))

    def _on_add_section_button_clicked(self) -> None:
        self._add_section(Section(f"{cn_num(len(self._sections) + 1)}、"))

    def section_editors(self) -> list[SectionEditor]:
        return [editor for _, editor, _ in self._sections]

    def set_editable(self, editable: bool) -> None:
        for edit in (self.title_edit, self.present_edit, self.leave_edit, self.observers_edit,
                     self.recorder_edit, self.cc_edit, self.issuer_edit):
            edit.setReadOnly(not editable)
        for edit in (self.intro_edit, self.closing_edit):
            edit.setReadOnly(not editable)
        for heading, editor, _ in self._sections:
            heading.setReadOnly(not editable)
            editor.edit.setReadOnly(not editable)
            for action in editor.actions():
                action.setEnabled(editable)
        self.decisions.set_editable(editable)
        self.refresh_attendance_button.setEnabled(editable)
        self.add_section_button.setEnabled(editable)

    # Reading back -----------------------------------------------------------------
    def content(self) -> MinutesContent:
        base = self._loaded or MinutesContent(title="")
        sections = tuple(Section(h.text().strip(), e.edit.blocks(), pos) for h, e, pos in self._sections)
        attendance = AttendanceLines(_names(self.present_edit.text()), _names(self.leave_edit.text()),
                                     _names(self.observers_edit.text()), self.recorder_edit.text().strip())
        return base.with_changes(
            title=self.title_edit.text().strip(), intro=self.intro_edit.toPlainText().strip(),
            sections=sections, decisions=self.decisions.decisions(),
            closing=self.closing_edit.toPlainText().strip(), attendance=attendance,
            cc=self.cc_edit.text().strip(), issuer=self.issuer_edit.text().strip())
