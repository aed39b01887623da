"""The second person to save sees, field by field, what they typed and what is stored now.

``ConflictDialog`` lays the two side by side and lets the user keep theirs (saved over the
version just read), take the stored one (the form is refilled and stays open), copy their text
out, or go back to the form; nothing is overwritten silently and nothing typed is lost.

A form plugs in with a ``ConflictSource`` (its values, the stored record, how to refill itself
and save again); ``settle(parent, source, on_refusal)`` reads the record and runs the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import LABELS
from desktop.models.base import utcnow
from desktop.services.sync.conflicts import FieldConflict, Words, as_text, compare, last_editor
from desktop.views.workspace import Workspace

DIFFERS = QBrush(QColor("#fff3cd"))


class Choice(str, Enum):
    KEEP = "keep"      # save mine over the stored version
    TAKE = "take"      # refill the form with the stored values
    CANCEL = "cancel"  # back to the form as it was


def translated_words() -> Words:
    return Words(*(QCoreApplication.translate(LABELS, w) for w in (Words.empty, Words.yes, Words.no)))


class ConflictDialog(QDialog):
    """字段 | 我的内容 | 当前保存的内容, differing rows marked; ``chosen(choice)`` once closed."""

    chosen = Signal(str)

    def __init__(self, title: str, conflicts: Sequence[FieldConflict], who: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("保存冲突：{title}").format(title=title) if title else self.tr("保存冲突"))
        self.setMinimumSize(720, 420)
        self.intro_label = QLabel(wordWrap=True)
        self.intro_label.setText(self._intro(who))
        self.table = self._make_table()
        self.note_label = QLabel(wordWrap=True)
        self.note_label.hide()
        self.buttons = QDialogButtonBox()
        self.keep_button = self._button(self.tr("保留我的内容"), QDialogButtonBox.ButtonRole.AcceptRole,
                                        self.tr("用我的内容保存，覆盖当前保存的内容"))
        self.take_button = self._button(self.tr("采用已保存的内容"), QDialogButtonBox.ButtonRole.AcceptRole,
                                        self.tr("表单改为当前保存的内容，我的修改不保存"))
        self.copy_button = self._button(self.tr("复制我的内容"), QDialogButtonBox.ButtonRole.ActionRole,
                                        self.tr("把我填写的全部内容复制到剪贴板"))
        self.cancel_button = self._button(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole,
                                          self.tr("回到表单，什么也不改"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.take_button.clicked.connect(self._on_take_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self.keep_button.setDefault(False)
        self.cancel_button.setFocus()

    def _intro(self, who: str | None) -> str:
        count = sum(c.differs for c in self.conflicts)
        lines = [self.tr("在您编辑期间，{who}已保存了此记录。").format(who=who) if who
                 else self.tr("在您编辑期间，此记录已被他人保存。"),
                 self.tr("标出的 {n} 项与您填写的不同。请选择保留哪一份内容。").format(n=count)]
        return "\n".join(lines)

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole, tip: str) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        return button

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(len(self.conflicts), 3)
        table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("我的内容"), self.tr("当前保存的内容")])
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, conflict in enumerate(self.conflicts):
            for column, text in enumerate((conflict.label.rstrip("：:"), conflict.mine, conflict.stored)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if conflict.differs:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(DIFFERS)
                    item.setToolTip(self.tr("不同"))
                table.setItem(row, column, item)
        return table

    def differing_rows(self) -> list[int]:
        return [row for row, c in enumerate(self.conflicts) if c.differs]

    def cell(self, row: int, column: int) -> str:
        return self.table.item(row, column).text()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.table.resizeRowsToContents()  # wrapped text needs the widths the dialog opens with

    def _on_header_section_resized(self, *_args) -> None:
        self.table.resizeRowsToContents()

    def _on_keep_button_clicked(self) -> None:
        self.choice = Choice.KEEP
        self.accept()

    def _on_take_button_clicked(self) -> None:
        self.choice = Choice.TAKE
        self.accept()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(as_text(self.conflicts))
        self.note_label.setText(self.tr("已把您填写的内容复制到剪贴板，可以粘贴到其他地方留存。"))
        self.note_label.show()

    def done(self, result: int) -> None:
        if self.choice is None:
            self.choice = Choice.CANCEL
        super().done(result)
        self.chosen.emit(self.choice.value)


class ConflictSource:
    """What a form tells the conflict dialog about the one record it edits.

    ``version`` is what the form's save compares: the one read when the form opened, then the
    stored one read for a conflict once the user kept theirs or took the stored values.
    ``stored()`` may put more in its dict than ``labels()`` names (the record ``take`` refills from).
    """

    entity = ""   # the record's table: its audit entries, its presence entries
    label_context = ""                    # the translation context of ``label_texts``
    label_texts: dict[str, str] = {}      # field name → label (QT_TRANSLATE_NOOP), in the form's order

    def __init__(self, workspace: Workspace, entity_id: int, version: int) -> None:
        self.workspace = workspace
        self.entity_id = entity_id
        self.version = version
        self.opened_at = utcnow()
        self.dialog: ConflictDialog | None = None   # the last one shown

    def title(self) -> str:
        return ""

    def labels(self) -> dict[str, str]:
        """Field name → label, in the form's order: ``label_texts`` translated, unless overridden."""
        return {field: QCoreApplication.translate(self.label_context, label) for field, label in self.label_texts.items()}

    def mine(self) -> dict:
        """The form's values now, by field name."""
        raise NotImplementedError

    def stored(self, session: Session) -> tuple[int, dict]:
        """The record's version and values as stored now."""
        raise NotImplementedError

    def take(self, stored: dict, version: int) -> None:
        """Refill the form with ``stored`` (from ``stored()``); the next save compares ``version``."""
        raise NotImplementedError

    def resubmit(self, version: int) -> None:
        """Save the form's values again, over ``version``."""
        raise NotImplementedError

    def shown(self, field: str, value: object) -> object:
        """``value`` of ``field`` as the form shows it (an organisation's name for its id)."""
        return value


def settle(parent: QWidget, source: ConflictSource,
           on_refusal: Callable[[UserError], None]) -> ConflictDialog | None:
    """After a save refused by a newer version: read the record as stored now and ask the user
    (window-modal); the choice is acted on once made. A refusal reading it (the record was
    deleted meanwhile) goes to ``on_refusal``."""
    def read(session: Session):
        version, values = source.stored(session)
        return version, values, last_editor(session, source.entity, source.entity_id, source.opened_at)

    try:
        version, stored, who = source.workspace.read(read)
    except UserError as exc:
        on_refusal(exc)
        return None
    conflicts = compare(source.labels(), source.mine(), stored, translated_words(), source.shown)
    if source.dialog is not None:
        source.dialog.deleteLater()
    dialog = source.dialog = ConflictDialog(source.title() or parent.windowTitle(), conflicts, who, parent)
    dialog.chosen.connect(lambda choice: _act(source, choice, stored, version))
    dialog.open()
    return dialog


def _act(source: ConflictSource, choice: str, stored: dict, version: int) -> None:
    if choice == Choice.KEEP.value:
        source.resubmit(version)
    elif choice == Choice.TAKE.value:
        source.take(stored, version)
        source.version = version
