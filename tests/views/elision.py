"""Finding text that a widget cuts: header sections, labels, buttons and tabs too small for it.

``clipped(widget)`` walks the visible children of ``widget`` and names each text that does not
fit the room the widget actually has: the header section's size, the label's or button's width
(and a word-wrapped label's height), the tab's rect. The room needed is what the style asks for
(the widget's size hint, the header's section size from contents, the tab's size hint), which is
the text's ``QFontMetrics.horizontalAdvance`` plus the style's margins.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QWidget,
)

SLACK = 1  # a pixel of rounding between the style's hint and the laid-out size


def clipped(root: QWidget) -> list[str]:
    """One line per cut text under ``root`` (visible widgets only), naming widget and text."""
    found: list[str] = []
    for header in _visible(root, QHeaderView):
        found += _header_problems(header)
    for label in _visible(root, QLabel):
        found += _label_problems(label)
    for button in _visible(root, QAbstractButton):
        found += _button_problems(button)
    for bar in _visible(root, QTabBar):
        found += _tab_problems(bar)
    for combo in _visible(root, QComboBox):
        found += _combo_problems(combo)
    for view in _visible(root, QTableView):
        found += _cell_problems(view)
    return found


CELL_PADDING = 8     # the item's margins either side
CELLS_LOOKED_AT = 30


def _cell_problems(view: QTableView) -> list[str]:
    """A cell's text may elide only when its tooltip gives the whole of it."""
    model, problems = view.model(), []
    if model is None or view.wordWrap():
        return []
    for row in range(min(model.rowCount(), CELLS_LOOKED_AT)):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or index.data(Qt.ItemDataRole.ToolTipRole) or view.indexWidget(index):
                continue
            icon = view.iconSize().width() + 4 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            need = view.fontMetrics().horizontalAdvance(str(text)) + CELL_PADDING + icon
            if view.columnWidth(column) + SLACK < need:
                problems.append(f"{_name(view)} cell ({row}, {column}) {str(text)!r}: "
                                f"{view.columnWidth(column)} px, needs {need}, and no tooltip")
                break
    return problems


def _combo_problems(combo: QComboBox) -> list[str]:
    """The chosen item's text against the room the combo's style leaves it."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    need = combo.fontMetrics().horizontalAdvance(text) + icon
    if room + SLACK < need:
        return [f"{_name(combo)} {text!r}: {room} px, needs {need}"]
    return []


def _visible(root: QWidget, cls) -> list:
    return [w for w in root.findChildren(cls) if w.isVisibleTo(root) and w.isVisible() and not _in_viewport(w)]


def _in_viewport(widget: QWidget) -> bool:
    """Editors and index widgets inside an item view's viewport are the view's business."""
    parent = widget.parentWidget()
    while parent is not None:
        view = parent.parentWidget()
        if isinstance(view, QAbstractItemView) and parent is view.viewport():
            return True
        parent = view
    return False


def _name(widget: QWidget) -> str:
    owner = widget.window()
    return f"{type(owner).__name__}({owner.windowTitle()!r}) › {type(widget).__name__}" + (
        f"#{widget.objectName()}" if widget.objectName() else "")


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        horizontal = header.orientation() == Qt.Orientation.Horizontal
        need_size = _section_need(header, logical, horizontal)
        have = header.sectionSize(logical)
        if have + SLACK < need_size:
            problems.append(f"{_name(header)} section {logical} {str(text)!r}: {have} px, needs {need_size}")
        elif horizontal and header.sectionViewportPosition(logical) == 0 and header.width() + SLACK < need_size:
            # a view narrower than its first column: the title, centred in the section, is off-screen
            problems.append(f"{_name(header)} section {logical} {str(text)!r}: the view shows {header.width()} px, "
                            f"needs {need_size}")
    return problems


def _section_need(header: QHeaderView, logical: int, horizontal: bool) -> int:
    """The section's need; the room for the sort arrow counts only on the sorted section
    (the style narrows the label only there, QCommonStyle SE_HeaderLabel)."""
    def need() -> int:
        size = header.sectionSizeFromContents(logical)
        return size.width() if horizontal else size.height()

    if not header.isSortIndicatorShown() or logical == header.sortIndicatorSection():
        return need()
    blocked = header.blockSignals(True)
    header.setSortIndicatorShown(False)
    try:
        return need()
    finally:
        header.setSortIndicatorShown(True)
        header.blockSignals(blocked)


def _label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if label.height() + SLACK < need:
            return [f"{_name(label)} {text!r}: {label.height()} px high, needs {need}"]
        return []
    hint = label.sizeHint()
    if label.width() + SLACK < hint.width():
        return [f"{_name(label)} {text!r}: {label.width()} px, needs {hint.width()}"]
    if label.height() + SLACK < label.fontMetrics().height():
        return [f"{_name(label)} {text!r}: {label.height()} px high, needs {label.fontMetrics().height()}"]
    return []


def _button_problems(button: QAbstractButton) -> list[str]:
    text = button.text()
    if not text or button.parentWidget() is not None and isinstance(button.parentWidget(), QTabBar):
        return []
    hint = button.sizeHint()
    need = _button_need(button, hint.width())
    if button.width() + SLACK < need:
        return [f"{_name(button)} {text!r}: {button.width()} px, needs {need}"]
    return []


def _button_need(button: QAbstractButton, hint: int) -> int:
    """What the text needs: the size hint, less the minimum width some styles add to push buttons."""
    from PySide6.QtWidgets import QPushButton

    if isinstance(button, QPushButton):
        fm = button.fontMetrics()
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        menu = 12 if button.menu() is not None else 0
        return min(hint, fm.horizontalAdvance(text) + icon + menu + 12)
    return hint


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        need = bar.tabSizeHint(index)
        have = bar.tabRect(index)
        horizontal = bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth,
                                     QTabBar.Shape.TriangularNorth, QTabBar.Shape.TriangularSouth)
        short = have.width() + SLACK < need.width() if horizontal else have.height() + SLACK < need.height()
        if text and short:
            problems.append(f"{_name(bar)} tab {text!r}: {have.width()} px, needs {need.width()}")
    return problems
