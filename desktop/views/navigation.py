"""The navigation pane: the five bodies, meetings, 督办, early warning, then the registers (名录).

The body lines follow the change hub (a renamed or recoloured body shows at once).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView

from desktop.changes import Topic
from desktop.views.changes import Subscription
from desktop.views.icons import themed_icon
from desktop.views.workspace import Workspace

CONTEXT = "NavigationModel"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ORGANISATIONS = "organisations"
PEOPLE = "people"
ENTERPRISES = "enterprises"
SCREENINGS = "screenings"
WARNINGS = "warnings"
CASES = "cases"           # the dispute-case register (争议案件)
INCIDENTS = "incidents"   # the incident register (突发事件)
AUDIT = "audit"           # the audit log (操作日志)
CALENDAR = "calendar"
DASHBOARD = "dashboard"
FOLLOWUP = "followup"
MINUTES_SEARCH = "minutes_search"
BODY_PREFIX = "body:"
MARKER_SIZE = 12


class NavBody(Protocol):
    """What a body's line shows: a ``services.bodies.core.BodyRow``, or the bodies the start
    read before the first paint (``desktop.quick_open``)."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def color(self) -> str: ...


@dataclass(frozen=True)
class NavItem:
    """One line of the pane: a page (``key``) or a group heading (``key`` empty)."""

    key: str
    title: str
    color: str = ""
    icon: str = ""

    @property
    def is_heading(self) -> bool:
        return not self.key


def body_page_key(body_key: str) -> str:
    return BODY_PREFIX + body_key


def marker_icon(color: str) -> QIcon:
    """A filled circle in the body's colour."""
    pixmap = QPixmap(MARKER_SIZE, MARKER_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, MARKER_SIZE - 2, MARKER_SIZE - 2)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the body's colour on the highlighted line
    return icon


def _items(bodies: Sequence[NavBody]) -> tuple[NavItem, ...]:
    return (
        NavItem("", QT_TRANSLATE_NOOP("NavigationModel", "五项机制")),
        *(NavItem(body_page_key(b.key), b.name, b.color) for b in bodies),
        NavItem("", QT_TRANSLATE_NOOP("NavigationModel", "会议")),
        NavItem(CALENDAR, QT_TRANSLATE_NOOP("NavigationModel", "会议日历"), icon="calendar"),
        NavItem(MINUTES_SEARCH, QT_TRANSLATE_NOOP("NavigationModel", "纪要检索"), icon="search"),
        NavItem("", QT_TRANSLATE_NOOP("NavigationModel", "督办")),
        NavItem(DASHBOARD, QT_TRANSLATE_NOOP("NavigationModel", "督办看板")),
        NavItem(FOLLOWUP, QT_TRANSLATE_NOOP("NavigationModel", "督办事项")),
        NavItem("", QT_TRANSLATE_NOOP("NavigationModel", "预警")),
        NavItem(WARNINGS, QT_TRANSLATE_NOOP("NavigationModel", "预警信息"), icon="warning"),
        NavItem(CASES, QT_TRANSLATE_NOOP("NavigationModel", "争议案件"), icon="edit"),
        NavItem(INCIDENTS, QT_TRANSLATE_NOOP("NavigationModel", "突发事件"), icon="warning"),
        NavItem(SCREENINGS, QT_TRANSLATE_NOOP("NavigationModel", "排查"), icon="screening"),
        NavItem("", QT_TRANSLATE_NOOP("NavigationModel", "名录")),
        NavItem(ORGANISATIONS, QT_TRANSLATE_NOOP("NavigationModel", "单位"), icon="organisation"),
        NavItem(PEOPLE, QT_TRANSLATE_NOOP("NavigationModel", "联系人"), icon="person"),
        NavItem(ENTERPRISES, QT_TRANSLATE_NOOP("NavigationModel", "企业名录"), icon="organisation"),
        NavItem("", QT_TRANSLATE_NOOP("NavigationModel", "系统")),
        NavItem(AUDIT, QT_TRANSLATE_NOOP("NavigationModel", "操作日志"), icon="search"),
    )


class NavigationModel(QAbstractListModel):
    """Headings are enabled but not selectable; ``ITEM_ROLE`` hands out the NavItem."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: tuple[NavItem, ...] = _items(())
        self._icons: dict[str, QIcon] = {}

    def set_bodies(self, bodies: Sequence[NavBody]) -> None:
        self.beginResetModel()
        self._items = _items(bodies)
        self.endResetModel()

    def row_of_key(self, key: str) -> int:
        return next((i for i, item in enumerate(self._items) if key and item.key == key), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # body names are data; the fixed titles are translated
            if item.key.startswith(BODY_PREFIX):
                return item.title
            return QCoreApplication.translate(CONTEXT, item.title)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == Qt.ItemDataRole.FontRole and item.is_heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.is_heading:
            return QColor("#6b7280")
        if role == ITEM_ROLE:
            return item
        return None

    def _icon(self, item: NavItem) -> QIcon | None:
        name = item.color or item.icon
        if not name:
            return None
        if name not in self._icons:
            self._icons[name] = marker_icon(item.color) if item.color else themed_icon(item.icon)
        return self._icons[name]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if not self._items[index.row()].is_heading:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags


class NavigationPane(QListView):
    """Emits ``page_chosen`` with the page key when the user picks a line.

    With a workspace it lists the bodies at once (``bodies``, when the start has already read
    them; else read now) and again after each change of them.
    """

    page_chosen = Signal(str)

    def __init__(self, workspace: Workspace | None = None, parent=None, *,
                 bodies: Sequence[NavBody] | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setObjectName("navigation")
        self._key = ""
        self.nav_model = NavigationModel(self)
        self.setModel(self.nav_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIconSize(QSize(MARKER_SIZE + 4, MARKER_SIZE + 4))
        self.setUniformItemSizes(True)
        self.selectionModel().currentChanged.connect(self._on_selection_model_current_changed)
        if workspace is not None:
            self.subscription = Subscription(workspace.hub, self, (Topic.BODIES,), self.reload_bodies)
            if bodies is None:
                self.reload_bodies()
            else:
                self.set_bodies(bodies)

    def reload_bodies(self) -> None:
        """Read the bodies from the workspace again."""
        from desktop.services.bodies.core import list_bodies  # (after the first paint)

        if self._ws is not None:
            self.set_bodies(self._ws.read(list_bodies))

    def set_bodies(self, bodies: Sequence[NavBody]) -> None:
        """Replace the body lines, keeping the chosen page without announcing it again."""
        key = self._key
        self.blockSignals(True)
        self.nav_model.set_bodies(bodies)
        self.select_key(key)
        self.blockSignals(False)

    def current_key(self) -> str:
        """The page last chosen (a click on a heading moves the current index, not the page)."""
        return self._key

    def select_key(self, key: str) -> bool:
        row = self.nav_model.row_of_key(key)
        if row < 0:
            return False
        self.selectionModel().setCurrentIndex(
            self.nav_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def first_key(self) -> str:
        item = next((self.nav_model.index(r).data(ITEM_ROLE) for r in range(self.nav_model.rowCount())
                     if not self.nav_model.index(r).data(ITEM_ROLE).is_heading), None)
        return item.key if item else ""

    def _on_selection_model_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(ITEM_ROLE)
        if item is not None and not item.is_heading:
            self._key = item.key
            self.page_chosen.emit(item.key)
