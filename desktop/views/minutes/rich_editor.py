"""A rich-text editor that knows only what the .docx keeps: bold, numbered and bulleted lists.

Whatever is typed or pasted, ``blocks()`` reads back plain paragraphs, list items and bold
runs; pasted text is converted to that on the way in, so the editor never shows formatting
that would silently disappear from the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
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
)
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from desktop.services.minutes.content import Block, Run

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
    for i, block in enumerate(blocks):
        if i:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
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


class RichBlocksEdit(QTextEdit):
    """The text of one section; formatting limited to bold and lists."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(90)

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        write_blocks(self.document(), blocks)
        self.document().setModified(False)

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
    """A RichBlocksEdit with its three formatting buttons (加粗, 编号, 项目符号)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = RichBlocksEdit()
        self.bold_action = QAction(self.tr("加粗"), self, shortcut=QKeySequence.StandardKey.Bold)
        self.number_action = QAction(self.tr("编号列表"), self)
        self.bullet_action = QAction(self.tr("项目符号列表"), self)
        self.bold_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.bold_action, self.number_action, self.bullet_action):
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.edit)
        self.bold_action.triggered.connect(self._on_bold_action_triggered)
        self.number_action.triggered.connect(self._on_number_action_triggered)
        self.bullet_action.triggered.connect(self._on_bullet_action_triggered)

    def _on_bold_action_triggered(self) -> None:
        self.edit.toggle_bold()

    def _on_number_action_triggered(self) -> None:
        self.edit.toggle_list("number")

    def _on_bullet_action_triggered(self) -> None:
        self.edit.toggle_list("bullet")
