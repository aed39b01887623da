"""Small input widgets shared by the forms."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


class SuggestionCombo(QComboBox):
    """An editable combo offering translated suggestions; ``value()`` gives the stored (source) text."""

    def __init__(self, context: str, suggestions: Iterable[str], parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        for source in suggestions:
            self.addItem(QCoreApplication.translate(context, source), source)

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return self.itemData(index) if index >= 0 else text

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value)


class ChoiceCombo(QComboBox):
    """A fixed list of (label, value) choices; ``value()`` gives the chosen value."""

    def set_choices(self, choices: Iterable[tuple[str, object]], current: object = None) -> None:
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        self.set_value(current)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        # findData() cannot find None, which stands for "no choice" here
        index = next((i for i in range(self.count()) if self.itemData(i) == value), 0)
        self.setCurrentIndex(index)
