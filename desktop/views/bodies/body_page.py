"""One body's home page: its facts over the 工作台 (what needs doing today), the members and
contacts, and any register tab added for this body (``add_register_tab``).

Everything shown is read in one background read (``PageLoader``); the page follows the change
hub for the body, its members, meetings, minutes and action items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.views.bodies.overview_tab import OverviewTab
from desktop.views.bodies.parts import BodyHeader
from desktop.views.changes import Subscription
from desktop.views.errors import show_refusal
from desktop.views.loading import PageLoader
from desktop.views.roles import apply_role
from desktop.views.workspace import Workspace

if TYPE_CHECKING:  # the first page painted at start-up imports no SQLAlchemy: the services load
    from sqlalchemy.orm import Session  # with its first read, on a worker, after the paint

    from desktop.services.bodies.core import BodyRow, MembershipRow
    from desktop.services.bodies.overview import BodyOverview
    from desktop.views.bodies.members_tab import MembersTab

TOPICS = (Topic.BODIES, Topic.DIRECTORY, Topic.MEETINGS, Topic.MINUTES, Topic.ACTIONS)


@dataclass(frozen=True)
class RegisterTab:
    """A tab the page shows for some bodies only: ``make(workspace)`` builds it on first use."""

    title: str
    make: Callable[[Workspace], QWidget]


def _warnings_tab(workspace: Workspace) -> QWidget:
    """Built when the warning body is first shown (its module loads then)."""
    from desktop.views.warnings.page import WarningsPage

    return WarningsPage(workspace)


#: body key → register tabs: warnings for ``warning`` (cases for ``dispute`` and incidents for
#: ``linkage`` join when their registers exist). Titles are translated when shown. A tab built
#: from here may define ``show_body(key)``.
REGISTER_TABS: dict[str, list[RegisterTab]] = {
    "warning": [RegisterTab(QT_TRANSLATE_NOOP("BodyPage", "预警信息"), _warnings_tab)],
}


def register_tab(body_key: str, title: str, make: Callable[[Workspace], QWidget]) -> None:
    """Show ``make(workspace)`` as a tab titled ``title`` on the page of ``body_key``."""
    REGISTER_TABS.setdefault(body_key, []).append(RegisterTab(title, make))


def _read_body(session: Session, key: str) -> tuple[BodyOverview, list[MembershipRow]]:
    """Everything the page shows of body ``key`` (on a worker)."""
    from desktop.services.bodies.core import list_memberships
    from desktop.services.bodies.overview import body_overview

    return body_overview(session, key), list_memberships(session, key)


class BodyPage(QWidget):
    """Shows the body chosen in the navigation; every change is one operation."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._key: str | None = None
        self._body: BodyRow | None = None
        self.overview: BodyOverview | None = None
        self._holders: dict[str, QWidget] = {}     # the register tabs' holders, by title
        self._registers: dict[str, QWidget] = {}   # the register pages built in them, by title
        self.header = BodyHeader()
        self.loader = PageLoader(workspace, self)
        self.overview_tab = OverviewTab()
        self._members_tab: MembersTab | None = None   # built when first shown or reached
        self._memberships: list[MembershipRow] = []
        self._phones_revealed = False
        self._members_holder = QWidget()
        QVBoxLayout(self._members_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.addTab(self.overview_tab, self.tr("工作台"))
        self.tabs.addTab(self._members_holder, self.tr("机制信息与成员"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.loader.status_label)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

        self.header.edit_requested.connect(self._on_header_edit_requested)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.overview_tab.meeting_chosen.connect(self.open_meeting)
        self.overview_tab.minutes_chosen.connect(self.open_minutes)
        self.overview_tab.decision_chosen.connect(self.open_minutes)
        self.overview_tab.action_chosen.connect(self.open_action)
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.refresh)

    @property
    def members_tab(self) -> MembersTab:
        """The 机制信息与成员 tab, built on first use (the first page painted at start-up is the
        工作台: building the member tables too cost the start a fifth of its margin)."""
        if self._members_tab is None:
            from desktop.views.bodies.members_tab import MembersTab

            tab = self._members_tab = MembersTab(self._ws, lambda: self._body, self.header.facts)
            apply_role(tab, self._ws.role)
            self._members_holder.layout().addWidget(tab)
            tab.show()   # (a child added to a shown parent would otherwise show only later)
            tab.selection_changed.connect(self.selection_changed)
            tab.contacts.table.set_phones_revealed(self._phones_revealed)
            tab.show_memberships(self._memberships)
        return self._members_tab

    # the members tab's widgets, as the Edit menu and the tests reach them
    members = property(lambda self: self.members_tab.members)
    contacts = property(lambda self: self.members_tab.contacts)
    add_member_button = property(lambda self: self.members_tab.add_member_button)
    edit_member_button = property(lambda self: self.members_tab.edit_member_button)
    remove_member_button = property(lambda self: self.members_tab.remove_member_button)
    add_representative_button = property(lambda self: self.members_tab.add_representative_button)
    remove_representative_button = property(lambda self: self.members_tab.remove_representative_button)

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
        self.loader.load(partial(_read_body, key=key), partial(self._apply, key))

    def _apply(self, key: str, loaded: tuple[BodyOverview, list[MembershipRow]]) -> None:
        if key != self._key:
            return  # another body was chosen meanwhile; its own load follows
        self.overview, memberships = loaded
        self._body = self.overview.body
        self.header.show_body(self._body)
        self.overview_tab.show_overview(self.overview)
        self._memberships = memberships
        if self._members_tab is not None:
            self._members_tab.show_memberships(memberships)
        self.selection_changed.emit()

    # Register tabs ------------------------------------------------------------------
    def add_register_tab(self, widget: QWidget, title: str) -> int:
        """Add ``widget`` as a tab after 机制信息与成员 (shown for every body); its index."""
        return self.tabs.addTab(widget, title)

    def _show_register_tabs(self, key: str) -> None:
        """The tabs of ``key``'s registers: each an empty holder until it is first chosen
        (``register``), so a switch of body builds no register page (about 0.1 s for the cases)."""
        wanted = {t.title: t for t in REGISTER_TABS.get(key, ())}
        for title, holder in list(self._holders.items()):
            index = self.tabs.indexOf(holder)
            if title not in wanted and index >= 0:
                self.tabs.removeTab(index)
        for title in wanted:
            holder = self._holders.get(title)
            if holder is None:
                holder = self._holders[title] = QWidget()
                QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            if self.tabs.indexOf(holder) < 0:
                self.add_register_tab(holder, QCoreApplication.translate("BodyPage", title))
            widget = self._registers.get(title)
            if widget is not None and hasattr(widget, "show_body"):
                widget.show_body(key)

    def register(self, title: str) -> QWidget:
        """The register tab titled ``title`` (untranslated) of the body shown, built on first use."""
        widget = self._registers.get(title)
        if widget is None:
            tab = next(t for t in REGISTER_TABS.get(self._key or "", ()) if t.title == title)
            widget = self._registers[title] = tab.make(self._ws)
            if hasattr(widget, "set_phones_revealed"):
                widget.set_phones_revealed(self._phones_revealed)
            if hasattr(widget, "refresh"):
                widget.refresh()   # later changes reach it through its own subscription
            self._holders[title].layout().addWidget(widget)
            widget.show()   # (a child added to a shown parent would otherwise show only later)
            if hasattr(widget, "show_body"):
                widget.show_body(self._key)
        return widget

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
        self._phones_revealed = revealed
        if self._members_tab is not None:
            self._members_tab.contacts.table.set_phones_revealed(revealed)
        for widget in self._registers.values():
            if hasattr(widget, "set_phones_revealed"):
                widget.set_phones_revealed(revealed)

    # The Edit menu: edit the selected member, else the body; delete what was last selected.
    def _members_shown(self) -> bool:
        return self.tabs.currentWidget() is self._members_holder

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
        from desktop.views.form_dialog import open_form

        open_form(BodyDialog(partial(self._update_body, body), body, self))

    def _update_body(self, body: BodyRow, data) -> None:
        from desktop.services.bodies import core as bodies
        from desktop.views.form_dialog import run_or_raise

        run_or_raise(self, self._ws, lambda s: bodies.update_body(s, body.key, data, body.version),
                     title=self.tr("无法保存"))

    def _on_header_edit_requested(self) -> None:
        self.edit_body()

    def _on_tabs_current_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self._members_holder:
            self.members_tab  # noqa: B018 - built now, as it comes on screen
        elif (title := next((t for t, h in self._holders.items() if h is current), None)) is not None:
            self.register(title)   # built now, as it comes on screen
        self.selection_changed.emit()
