"""Text boxes of the minutes document: as tall as their text (the page scrolls, never a box),
and a rich-text one that knows only what the .docx keeps: bold, numbered and bulleted lists.

Whatever is typed or pasted, ``blocks()`` reads back plain paragraphs, list items and bold
runs; pasted text is converted to that on the way in, so the editor never shows formatting
that would silently disappear from the document.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from desktop.services.minutes.content import Block, Run

PARAGRAPH_GAP = 4   # px between paragraphs, so that each reads as one
_NUMBER = QTextListFormat.Style.ListDecimal
_BULLET = QTextListFormat.Style.ListDisc


def blocks_from_document(doc: QTextDocument) -> tuple[Block, ...]:
    """Paragraphs, list items and bold runs of ``doc``; empty paragraphs dropped."""
    out = []
    block = doc.begin()
    while block.isValid():
        runs: list[Run] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.text():
                bold = fragment.charFormat().fontWeight() >= QFont.Weight.DemiBold
                text = fragment.text().replace("\u2028", " ")
                if runs and runs[-1].bold == bold:
                    runs[-1] = Run(runs[-1].text + text, bold)
                else:
                    runs.append(Run(text, bold))
            it += 1
        if "".join(r.text for r in runs).strip():
            out.append(Block(tuple(runs), _kind(block)))
        block = block.next()
    return tuple(out)


def _kind(block) -> str:
    text_list = block.textList()
    if text_list is None:
        return "para"
    style = text_list.format().style()
    return "number" if style in (_NUMBER, QTextListFormat.Style.ListLowerAlpha,
                                 QTextListFormat.Style.ListUpperAlpha,
                                 QTextListFormat.Style.ListLowerRoman,
                                 QTextListFormat.Style.ListUpperRoman) else "bullet"


def write_blocks(doc: QTextDocument, blocks: Sequence[Block]) -> None:
    """Replace ``doc``'s text by ``blocks``; consecutive items of one kind share a list."""
    doc.clear()
    cursor = QTextCursor(doc)
    current_list, current_kind = None, ""
    paragraph = QTextBlockFormat()
    paragraph.setBottomMargin(PARAGRAPH_GAP)
    cursor.setBlockFormat(paragraph)
    for i, block in enumerate(blocks):
        if i:
            cursor.insertBlock(paragraph, QTextCharFormat())
        if block.kind == "para":
            current_list, current_kind = None, ""
        elif block.kind == current_kind and current_list is not None:
            current_list.add(cursor.block())
        else:
            current_list = cursor.createList(_NUMBER if block.kind == "number" else _BULLET)
            current_kind = block.kind
        for run in block.runs:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
            cursor.insertText(run.text, fmt)


class GrowingTextEdit(QTextEdit):
    """A text box as tall as its text: no scroll bar of its own, the wheel scrolls the page."""

    focused = Signal()

    def __init__(self, parent=None, *, min_lines: int = 1) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        lines = self.fontMetrics().lineSpacing() * self._min_lines + 2 * doc.documentMargin()
        height = math.ceil(max(doc.size().height(), lines)) + 2 * self.frameWidth() + 1
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _on_document_size_changed(self, _size) -> None:
        self._fit()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()  # nothing to scroll in here: the page around it scrolls

    def scroll_to_start(self) -> None:
        """The cursor at the first character (a fresh text otherwise leaves it at the end)."""
        self.moveCursor(QTextCursor.MoveOperation.Start)


class LineTextEdit(GrowingTextEdit):
    """One line of text that wraps instead of scrolling sideways (``text``/``setText`` as a
    QLineEdit has); Enter moves to the next box."""

    def __init__(self, parent=None, *, centred: bool = False) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        if centred:
            self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))

    def text(self) -> str:
        return " ".join(self.toPlainText().split("\n"))

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name
        self.setPlainText(text)
        self.scroll_to_start()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        self.textCursor().insertText(" ".join(source.text().split()))


class PlainTextEdit(GrowingTextEdit):
    """Paragraphs of plain text (the opening and the closing words)."""

    def __init__(self, parent=None, *, min_lines: int = 2) -> None:
        super().__init__(parent, min_lines=min_lines)
        self.setAcceptRichText(False)

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setPlainText(text)
        self.scroll_to_start()


class RichBlocksEdit(GrowingTextEdit):
    """The text of one section; formatting limited to bold and lists."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, min_lines=2)
        self.setAcceptRichText(True)

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        write_blocks(self.document(), blocks)
        self.document().setModified(False)
        self.scroll_to_start()

    def blocks(self) -> tuple[Block, ...]:
        return blocks_from_document(self.document())

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        """Paste keeps paragraphs, lists and bold; everything else is dropped."""
        incoming = QTextDocument()
        if source.hasHtml():
            incoming.setHtml(source.html())
        else:
            incoming.setPlainText(source.text())
        clean = QTextDocument()
        write_blocks(clean, blocks_from_document(incoming))
        self.textCursor().insertFragment(QTextDocumentFragment(clean))

    # Formatting commands ------------------------------------------------------------
    def toggle_bold(self) -> None:
        cursor = self.textCursor()
        bold = cursor.charFormat().fontWeight() < QFont.Weight.DemiBold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, kind: str) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None and _kind(cursor.block()) == kind:
            for block in _selected_blocks(cursor):
                current.remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
            return
        cursor.createList(_NUMBER if kind == "number" else _BULLET)


def _selected_blocks(cursor: QTextCursor) -> list:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    out, block = [], first
    while block.isValid():
        out.append(block)
        if block == last:
            break
        block = block.next()
    return out


class SectionEditor(QWidget):
    """One section of the document: its heading (一、…) over its text."""

    def __init__(self, heading: str = "", blocks: Sequence[Block] = (), parent=None) -> None:
        super().__init__(parent)
        self.heading = QLineEdit(heading, objectName="minutesHeading")
        self.heading.setFrame(False)
        self.edit = RichBlocksEdit()
        self.edit.set_blocks(blocks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.edit)

    def set_editable(self, editable: bool) -> None:
        self.heading.setReadOnly(not editable)
        self.edit.setReadOnly(not editable)


class FormatActions:
    """加粗, 编号列表 and 项目符号列表 for whichever section text has the focus (one set of
    buttons for the whole document)."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._target: RichBlocksEdit | None = None
        self.bold = QAction(QCoreApplication.translate("FormatActions", "加粗"), parent, shortcut=QKeySequence.StandardKey.Bold)
        self.number = QAction(QCoreApplication.translate("FormatActions", "编号列表"), parent)
        self.bullet = QAction(QCoreApplication.translate("FormatActions", "项目符号列表"), parent)
        self.bold.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(self.bold)
        self.bold.triggered.connect(self._on_bold_triggered)
        self.number.triggered.connect(self._on_number_triggered)
        self.bullet.triggered.connect(self._on_bullet_triggered)

    def all(self) -> tuple[QAction, ...]:
        return self.bold, self.number, self.bullet

    def follow(self, edit: RichBlocksEdit) -> None:
        """Act on ``edit`` once it has had the focus."""
        edit.focused.connect(lambda: self._aim(edit))

    def _aim(self, edit: RichBlocksEdit) -> None:
        self._target = edit

    def target(self) -> RichBlocksEdit | None:
        edit = self._target
        return edit if edit is not None and not edit.isReadOnly() and edit.isVisibleTo(self._parent) else None

    def _on_bold_triggered(self) -> None:
        if (edit := self.target()) is not None:
            edit.toggle_bold()

    def _on_number_triggered(self) -> None:
        if (edit := self.target()) is not None:
            edit.toggle_list("number")

    def _on_bullet_triggered(self) -> None:
        if (edit := self.target()) is not None:
            edit.toggle_list("bullet")
