"""One body's home page: its facts over the 工作台 (what needs doing today), the members and
contacts, and any register tab added for this body (``add_register_tab``).

Everything shown is read in one background read (``PageLoader``); the page follows the change
hub for the body, its members, meetings, minutes and action items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.services.bodies import core as bodies
from desktop.services.bodies.core import BodyRow, MembershipRow
from desktop.services.bodies.overview import BodyOverview, body_overview
from desktop.views.bodies.members_tab import MembersTab
from desktop.views.bodies.overview_tab import OverviewTab
from desktop.views.bodies.parts import BodyHeader
from desktop.views.changes import Subscription
from desktop.views.errors import show_refusal
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.loading import PageLoader
from desktop.views.workspace import Workspace

TOPICS = (Topic.BODIES, Topic.DIRECTORY, Topic.MEETINGS, Topic.MINUTES, Topic.ACTIONS)


@dataclass(frozen=True)
class RegisterTab:
    """A tab the page shows for some bodies only: ``make(workspace)`` builds it on first use."""

    title: str
    make: Callable[[Workspace], QWidget]


#: body key → register tabs (the lead adds warnings for ``warning``, cases for ``dispute``,
#: incidents for ``linkage``). A tab built from here may define ``show_body(key)``.
REGISTER_TABS: dict[str, list[RegisterTab]] = {}


def register_tab(body_key: str, title: str, make: Callable[[Workspace], QWidget]) -> None:
    """Show ``make(workspace)`` as a tab titled ``title`` on the page of ``body_key``."""
    REGISTER_TABS.setdefault(body_key, []).append(RegisterTab(title, make))


class BodyPage(QWidget):
    """Shows the body chosen in the navigation; every change is one operation."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._key: str | None = None
        self._body: BodyRow | None = None
        self.overview: BodyOverview | None = None
        self._registers: dict[str, QWidget] = {}   # built register tabs, by title
        self.header = BodyHeader()
        self.loader = PageLoader(workspace, self)
        self.overview_tab = OverviewTab()
        self.members_tab = MembersTab(workspace, lambda: self._body, self.header.facts)
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.addTab(self.overview_tab, self.tr("工作台"))
        self.tabs.addTab(self.members_tab, self.tr("机制信息与成员"))
        # the members tab's widgets, as the Edit menu and the tests reach them
        mt = self.members_tab
        self.members, self.contacts = mt.members, mt.contacts
        self.add_member_button, self.edit_member_button = mt.add_member_button, mt.edit_member_button
        self.remove_member_button = mt.remove_member_button
        self.add_representative_button = mt.add_representative_button
        self.remove_representative_button = mt.remove_representative_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.loader.status_label)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

        self.header.edit_requested.connect(self._on_header_edit_requested)
        self.members_tab.selection_changed.connect(self.selection_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.overview_tab.meeting_chosen.connect(self.open_meeting)
        self.overview_tab.minutes_chosen.connect(self.open_minutes)
        self.overview_tab.decision_chosen.connect(self.open_minutes)
        self.overview_tab.action_chosen.connect(self.open_action)
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.refresh)

    @property
    def body(self) -> BodyRow | None:
        return self._body

    @property
    def body_key(self) -> str | None:
        """The key of the body chosen (its rows may still be loading)."""
        return self._key

    def show_body(self, key: str) -> None:
        changed = key != self._key
        self._key = key
        if changed:
            self._show_register_tabs(key)
        if self.subscription.stale:
            self.subscription.flush()  # reloads, now for this body: once, not again when shown
        else:
            self.refresh()

    def refresh(self) -> None:
        if self._key is None:
            return
        key = self._key
        self.loader.load(lambda s: (body_overview(s, key), bodies.list_memberships(s, key)),
                         partial(self._apply, key))

    def _apply(self, key: str, loaded: tuple[BodyOverview, list[MembershipRow]]) -> None:
        if key != self._key:
            return  # another body was chosen meanwhile; its own load follows
        self.overview, memberships = loaded
        self._body = self.overview.body
        self.header.show_body(self._body)
        self.overview_tab.show_overview(self.overview)
        self.members_tab.show_memberships(memberships)
        self.selection_changed.emit()

    # Register tabs ------------------------------------------------------------------
    def add_register_tab(self, widget: QWidget, title: str) -> int:
        """Add ``widget`` as a tab after 机制信息与成员 (shown for every body); its index."""
        return self.tabs.addTab(widget, title)

    def _show_register_tabs(self, key: str) -> None:
        wanted = {t.title: t for t in REGISTER_TABS.get(key, ())}
        for title, widget in list(self._registers.items()):
            index = self.tabs.indexOf(widget)
            if title not in wanted and index >= 0:
                self.tabs.removeTab(index)
        for title, tab in wanted.items():
            widget = self._registers.get(title)
            if widget is None:
                widget = self._registers[title] = tab.make(self._ws)
            if self.tabs.indexOf(widget) < 0:
                self.add_register_tab(widget, title)
            if hasattr(widget, "show_body"):
                widget.show_body(key)

    # Opening what the overview lists -------------------------------------------------
    def open_meeting(self, meeting_id: int) -> QWidget:
        from desktop.views.meetings.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self._ws, meeting_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_minutes(self, meeting_id: int) -> QWidget | None:
        from desktop.views.minutes.window import open_minutes_window

        try:
            return open_minutes_window(self._ws, meeting_id, self)
        except UserError as exc:
            show_refusal(self, self.tr("无法打开会议纪要"), exc)
            return None

    def open_action(self, action_id: int) -> QWidget:
        from desktop.views.actions.detail import ActionDetailDialog
        from desktop.views.settings import open_settings

        dialog = ActionDetailDialog(self._ws, action_id, open_settings(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_phones_revealed(self, revealed: bool) -> None:
        self.contacts.table.set_phones_revealed(revealed)

    # The Edit menu: edit the selected member, else the body; delete what was last selected.
    def _members_shown(self) -> bool:
        return self.tabs.currentWidget() is self.members_tab

    def can_edit(self) -> bool:
        return self._body is not None

    def can_delete(self) -> bool:
        return self._members_shown() and self.members_tab.has_selection()

    def edit_current(self) -> None:
        if self._members_shown() and self.members.table.current_row() is not None:
            self.members_tab.edit_member()
        else:
            self.edit_body()

    def delete_current(self) -> None:
        if self._members_shown():
            self.members_tab.delete_current()

    def edit_body(self) -> None:
        body = self._body
        if body is None:
            return
        from desktop.views.bodies.dialogs import BodyDialog

        open_form(BodyDialog(partial(self._update_body, body), body, self))

    def _update_body(self, body: BodyRow, data) -> None:
        run_or_raise(self, self._ws, lambda s: bodies.update_body(s, body.key, data, body.version),
                     title=self.tr("无法保存"))

    def _on_header_edit_requested(self) -> None:
        self.edit_body()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.selection_changed.emit()
