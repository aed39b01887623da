"""The minutes as one continuous page to edit: boxes that grow with their text in the order of
the issued document, inside one ``DocumentScroll`` (never a scroll inside a scroll)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.kernel.permissions import Permission
from desktop.services.minutes.content import (
    AttendanceLines,
    DecisionLine,
    MinutesContent,
    Section,
    cn_num,
)
from desktop.views.minutes.rich_editor import (
    FormatActions,
    LineTextEdit,
    PlainTextEdit,
    SectionEditor,
)
from desktop.views.roles import needs

DECISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEP = "、"


def _names(text: str) -> tuple[str, ...]:
    """The entries of an attendance line: split at 、 or ， outside brackets, so that
    ``钱明（经开区工商业联合会，代赵丽娟）`` stays one entry."""
    names, current, depth = [], [], 0
    for char in text:
        depth += (char in "（(") - (char in "）)")
        if char in (SEP, "，") and depth <= 0:
            names.append("".join(current))
            current = []
        else:
            current.append(char)
    names.append("".join(current))
    return tuple(n.strip() for n in names if n.strip())


SHEET_STYLE = """
QWidget#minutesSheet { background: #ffffff; }
QTextEdit, QLineEdit#minutesHeading { background: #ffffff; border: 1px solid transparent; border-radius: 3px; }
QTextEdit:hover, QLineEdit#minutesHeading:hover { border-color: #e5e7eb; }
QTextEdit:focus, QLineEdit#minutesHeading:focus { border-color: #93c5fd; }
QTextEdit[readOnly="true"] { border-color: transparent; }
QTextEdit#minutesTitle { font-size: 17pt; font-weight: bold; }
QLabel#minutesNumber { color: #4b5563; }
QLineEdit#minutesHeading { font-weight: bold; font-size: 11pt; }
QLabel#minutesCaption { color: #9ca3af; font-size: 8pt; }
QLabel#minutesLabel { font-weight: bold; }
QGroupBox { font-weight: bold; border: none; margin-top: 12px; }
QGroupBox::title { subcontrol-origin: margin; left: 0; }
"""


class DecisionList(QListWidget):
    """The decisions, wrapped and as tall as all of them: the page scrolls, not the list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset,
                       model.rowsMoved):
            signal.connect(self._on_model_changed)
        self._fit()

    def _fit(self) -> None:
        height = max(self._rows_height(), self.fontMetrics().lineSpacing() + 8) + 2 * self.frameWidth() + 2
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _rows_height(self) -> int:
        """Where the last wrapped row ends once laid out at the present width."""
        if not self.count():
            return 0
        self.executeDelayedItemsLayout()
        last = self.visualRect(self.model().index(self.count() - 1, 0))
        return last.bottom() + 1 + self.verticalOffset()

    def _on_model_changed(self, *_args) -> None:
        QTimer.singleShot(0, self, self._fit)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit)  # once the rows have wrapped to the new width

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        event.ignore()


class DecisionsEditor(QGroupBox):
    """The 议定事项 in order; each item keeps its Decision id once saved."""

    action_requested = Signal(int)      # a saved decision's id: 转为督办事项

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("会议议定"), parent)
        self.setFlat(True)
        self.list = DecisionList()
        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.action_button = QPushButton(self.tr("转为督办事项…"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.action_button):
            needs(button, Permission.WRITE)
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
        """Read-only: the list and 转为督办事项 only (no greyed buttons)."""
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable)
            button.setVisible(editable)
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
    """The minutes as one page, in the order of the issued document: title, number, opening,
    one heading and text per section, decisions, closing, attendance, 抄送 and 印发.

    Every box is as tall as its text, so the page (``DocumentScroll``) is the only thing that
    scrolls. ``content()`` reads the page back (meeting facts kept as loaded).
    """

    attendance_refresh_requested = Signal()
    section_added = Signal(object)   # a SectionEditor, on loading or by 添加一节

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesSheet")
        self.setStyleSheet(SHEET_STYLE)
        self._loaded: MinutesContent | None = None
        self._sections: list[tuple[SectionEditor, int | None]] = []
        self.format = FormatActions(self)
        self.title_edit = LineTextEdit(centred=True)
        self.title_edit.setObjectName("minutesTitle")
        self.number_label = QLabel(objectName="minutesNumber", alignment=Qt.AlignmentFlag.AlignCenter)
        self.intro_edit = PlainTextEdit()
        self.sections_box = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.add_section_button = QPushButton(self.tr("添加一节"))
        self.decisions = DecisionsEditor()
        self.closing_edit = PlainTextEdit(min_lines=1)
        self.present_edit, self.leave_edit = LineTextEdit(), LineTextEdit()
        self.observers_edit, self.recorder_edit = LineTextEdit(), LineTextEdit()
        self.refresh_attendance_button = QPushButton(self.tr("按参会记录重新填写"))
        needs(self.add_section_button, Permission.WRITE)
        needs(self.refresh_attendance_button, Permission.WRITE)
        self.refresh_attendance_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cc_edit = LineTextEdit()
        self.issuer_edit = LineTextEdit()
        self._lay_out()
        self.refresh_attendance_button.clicked.connect(self.attendance_refresh_requested)
        self.add_section_button.clicked.connect(self._on_add_section_button_clicked)

    def _lay_out(self) -> None:
        attendance = QFormLayout()
        for label, edit in ((self.tr("出席："), self.present_edit), (self.tr("请假："), self.leave_edit),
                            (self.tr("列席："), self.observers_edit), (self.tr("记录："), self.recorder_edit)):
            attendance.addRow(QLabel(label, objectName="minutesLabel"), edit)
        attendance.addRow("", self.refresh_attendance_button)
        tail = QFormLayout()
        tail.addRow(QLabel(self.tr("抄送："), objectName="minutesLabel"), self.cc_edit)
        tail.addRow(QLabel(self.tr("印发机关："), objectName="minutesLabel"), self.issuer_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 48)
        layout.setSpacing(8)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.number_label)
        layout.addWidget(self._caption(self.tr("开头")))
        layout.addWidget(self.intro_edit)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.add_section_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.decisions)
        layout.addWidget(self._caption(self.tr("结束语")))
        layout.addWidget(self.closing_edit)
        layout.addSpacing(8)
        layout.addLayout(attendance)
        layout.addSpacing(8)
        layout.addLayout(tail)
        layout.addStretch(1)

    @staticmethod
    def _caption(text: str) -> QLabel:
        return QLabel(text, objectName="minutesCaption")

    def text_boxes(self) -> list[QTextEdit]:
        """Every box of the page, top to bottom (the window's scroll follows their cursors)."""
        return [self.title_edit, self.intro_edit, *(e.edit for e in self.section_editors()),
                self.closing_edit, self.present_edit, self.leave_edit, self.observers_edit,
                self.recorder_edit, self.cc_edit, self.issuer_edit]

    # Loading ----------------------------------------------------------------------
    def set_content(self, content: MinutesContent) -> None:
        self._loaded = content
        self.title_edit.setText(content.title)
        self.number_label.setText(content.doc_number or self.tr("（文号在签发时编定）"))
        self.intro_edit.setPlainText(content.intro)
        self.set_attendance(content.attendance)
        for editor, _ in self._sections:
            self.sections_layout.removeWidget(editor)
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

    def _add_section(self, section: Section) -> SectionEditor:
        editor = SectionEditor(section.heading, section.blocks)
        self.format.follow(editor.edit)
        self.sections_layout.addWidget(editor)
        self._sections.append((editor, section.agenda_position))
        self.section_added.emit(editor)
        return editor

    def _on_add_section_button_clicked(self) -> None:
        editor = self._add_section(Section(f"{cn_num(len(self._sections) + 1)}、"))
        editor.heading.setFocus()
        editor.heading.end(False)

    def section_editors(self) -> list[SectionEditor]:
        return [editor for editor, _ in self._sections]

    def set_editable(self, editable: bool) -> None:
        for edit in (self.title_edit, self.intro_edit, self.closing_edit, self.present_edit,
                     self.leave_edit, self.observers_edit, self.recorder_edit, self.cc_edit,
                     self.issuer_edit):
            edit.setReadOnly(not editable)
        for editor, _ in self._sections:
            editor.set_editable(editable)
        for action in self.format.all():
            action.setEnabled(editable)
        self.decisions.set_editable(editable)
        self.refresh_attendance_button.setEnabled(editable)
        self.add_section_button.setEnabled(editable)

    # Reading back -----------------------------------------------------------------
    def content(self) -> MinutesContent:
        base = self._loaded or MinutesContent(title="")
        sections = tuple(Section(e.heading.text().strip(), e.edit.blocks(), pos) for e, pos in self._sections)
        attendance = AttendanceLines(_names(self.present_edit.text()), _names(self.leave_edit.text()),
                                     _names(self.observers_edit.text()), self.recorder_edit.text().strip())
        return base.with_changes(
            title=self.title_edit.text().strip(), intro=self.intro_edit.toPlainText().strip(),
            sections=sections, decisions=self.decisions.decisions(),
            closing=self.closing_edit.toPlainText().strip(), attendance=attendance,
            cc=self.cc_edit.text().strip(), issuer=self.issuer_edit.text().strip())


class DocumentScroll(QScrollArea):
    """The one scroll of the document: it follows the cursor of each box and opens at the top."""

    SHEET_MAX_WIDTH = 900

    def __init__(self, document: QWidget, parent=None) -> None:
        super().__init__(parent, widgetResizable=True)
        self.setObjectName("minutesDocument")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        surround = QWidget(objectName="minutesSurround")
        surround.setStyleSheet("QWidget#minutesSurround { background: #e5e7eb; }")
        document.setMaximumWidth(self.SHEET_MAX_WIDTH)
        document.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(surround)
        row.setContentsMargins(12, 12, 12, 12)
        row.addWidget(document)
        self.setWidget(surround)

    def follow(self, edit: QTextEdit) -> None:
        edit.cursorPositionChanged.connect(lambda: self._show_cursor(edit))

    def _show_cursor(self, edit: QTextEdit) -> None:
        if not edit.hasFocus():
            return  # text loaded or changed by the program: the view stays where it is
        rect = edit.cursorRect()
        point = edit.viewport().mapTo(self.widget(), rect.center())
        self.ensureVisible(point.x(), point.y(), 20, rect.height() + 12)

    def to_top(self) -> None:
        """The first line fully in view: now, and again once the boxes have taken their heights."""
        self.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(0))
