"""The 会议日历 page: every body's meetings (or one body's) by month, week or as a list.

Only the visible range is read (one query on the indexed meetings.start), and the month and
week views paint their meetings themselves, so thousands of meetings cost nothing extra. The
range (and, when they may have changed, the bodies) is read on a worker thread (``loader``);
the page keeps showing the previous range until it comes. The page follows the change hub: any
committed change of meetings, holidays or bodies reloads it (at once when on screen, else when
next shown); the published feeds follow the hub on their own.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Changes, Topic
from desktop.config import LOCAL_TZ
from desktop.services.bodies.core import BodyRow, list_bodies
from desktop.services.calendar.queries import CalendarData, calendar_range
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings.queries import MeetingRow
from desktop.views.calendar.list_model import MeetingListModel
from desktop.views.calendar.month_view import MonthView
from desktop.views.calendar.periods import Period, ViewMode, period_for, shift
from desktop.views.calendar.toolbar import CalendarToolbar
from desktop.views.calendar.week_view import WeekView
from desktop.views.changes import Subscription
from desktop.views.loading import PageLoader
from desktop.views.meetings.commands import MeetingCommands
from desktop.views.record_table import RecordTable
from desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from desktop.views.calendar.holidays_dialog import HolidaysDialog
    from desktop.views.meetings.meeting_dialog import MeetingDialog
    from desktop.views.meetings.meeting_extras import MeetingExtras

NEW_MEETING_TIME = time(9, 30)
TOPICS = (Topic.MEETINGS, Topic.HOLIDAYS, Topic.BODIES)


@dataclass(frozen=True)
class _Loaded:
    """What one background read brought: the range, and the bodies when they were read."""

    period: Period
    data: CalendarData
    bodies: list[BodyRow] | None


class CalendarPage(QWidget):
    """Follows the main window's page protocol (refresh, can_edit, edit_current…)."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._today = today_local()
        self._period: Period = period_for(ViewMode.MONTH.value, self._today)
        self._body: str | None = None
        self._bodies: list[BodyRow] = []
        self._bodies_stale = True
        self._data: CalendarData | None = None
        self._selected: MeetingRow | None = None
        self._wanted_id: int | None = None   # a meeting to select once the range has loaded
        self.toolbar = CalendarToolbar()
        self.month_view = MonthView()
        self.week_view = WeekView()
        self.list_table = RecordTable(MeetingListModel())
        self.list_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stack = QStackedWidget()
        for view in (self.month_view, self.week_view, self.list_table):
            self.stack.addWidget(view)
        self.legend_label = QLabel(objectName="calendarLegend")
        self.legend_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.commands = MeetingCommands(workspace, self)
        self._extras: MeetingExtras | None = None
        self.loader = PageLoader(workspace, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.legend_label, 1)
        footer.addWidget(self.loader.status_label)
        layout.addLayout(footer)
        self._connect()
        self.subscription = Subscription(workspace.hub, self, TOPICS, self._on_hub_changes)

    def _connect(self) -> None:
        t = self.toolbar
        t.navigate_requested.connect(self._on_toolbar_navigate_requested)
        t.today_requested.connect(self._on_toolbar_today_requested)
        t.body_chosen.connect(self._on_toolbar_body_chosen)
        t.mode_chosen.connect(self._on_toolbar_mode_chosen)
        t.new_meeting_requested.connect(self._on_toolbar_new_meeting_requested)
        t.holidays_requested.connect(self._on_toolbar_holidays_requested)
        for view in (self.month_view, self.week_view):
            view.meeting_selected.connect(self._on_view_meeting_selected)
            view.meeting_activated.connect(self._on_view_meeting_activated)
            view.context_menu_requested.connect(self._on_view_context_menu_requested)
        self.month_view.day_activated.connect(self._on_month_view_day_activated)
        self.month_view.more_clicked.connect(self._on_month_view_more_clicked)
        self.month_view.scrolled.connect(self._on_toolbar_navigate_requested)
        self.week_view.slot_selected.connect(self._on_week_view_slot_selected)
        self.list_table.row_activated.connect(self._on_view_meeting_activated)
        self.list_table.selection_changed.connect(self._on_list_table_selection_changed)
        self.list_table.customContextMenuRequested.connect(self._on_list_table_context_menu_requested)

    # ------------------------------------------------------------ what is shown
    @property
    def period(self) -> Period:
        return self._period

    @property
    def data(self) -> CalendarData | None:
        return self._data

    @property
    def extras(self) -> MeetingExtras:
        """Invitations, replies and minutes for a meeting (their modules are imported on first use)."""
        if self._extras is None:
            from desktop.views.meetings.meeting_extras import MeetingExtras

            self._extras = MeetingExtras(self._ws, self)
        return self._extras

    def refresh(self) -> None:
        """Reload the bodies and the visible range (on a worker thread)."""
        self._today = today_local()
        self._bodies_stale = True
        self._load()

    def _on_hub_changes(self, changes: Changes) -> None:
        if changes.touches(Topic.BODIES):
            self.refresh()
        else:
            self._load()

    def _show_bodies(self, bodies: list[BodyRow]) -> None:
        self._bodies, self._bodies_stale = bodies, False
        if self._body not in {b.key for b in bodies}:
            self._body = None
        self.toolbar.set_bodies(bodies, self._body)
        self.legend_label.setText("　".join(
            f'<span style="color:{html.escape(b.color)}">●</span> {html.escape(b.short_name or b.name)}'
            for b in bodies))

    def show_period(self, mode: str, anchor: date) -> None:
        self._period = period_for(mode, anchor)
        self._load()

    def set_body(self, key: str | None) -> None:
        self._body = key
        self.toolbar.set_bodies(self._bodies, key)
        self._load()

    def _load(self) -> None:
        """Read the period shown (and the bodies when stale) off the UI thread, then show it."""
        p, body, with_bodies = self._period, self._body, self._bodies_stale
        self.toolbar.show_period(p)   # the new period's title at once; its meetings follow

        def read(session: Session) -> _Loaded:
            bodies = list_bodies(session) if with_bodies else None
            if bodies is not None and body not in {b.key for b in bodies}:
                chosen = None
            else:
                chosen = (body,) if body else None
            return _Loaded(p, calendar_range(session, p.first, p.last, chosen), bodies)

        self.loader.load(read, self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.bodies is not None:
            self._show_bodies(loaded.bodies)
        p = loaded.period
        self._data = loaded.data
        meetings, special = self._data.meetings, self._data.special_days
        if p.mode == ViewMode.MONTH.value:
            self.month_view.set_data(p, meetings, special, self._today)
            self.stack.setCurrentWidget(self.month_view)
        elif p.mode == ViewMode.WEEK.value:
            self.week_view.set_data(p, meetings, special, self._today)
            self.stack.setCurrentWidget(self.week_view)
        else:
            self.list_table.set_rows(meetings)
            self.stack.setCurrentWidget(self.list_table)
        ids = {m.id: m for m in meetings}
        wanted = self._wanted_id or (self._selected.id if self._selected else None)
        self._wanted_id = None
        self._select(ids.get(wanted) if wanted else None)

    def _select(self, row: MeetingRow | None) -> None:
        self._selected = row
        meeting_id = row.id if row else None
        self.month_view.select_id(meeting_id)
        self.week_view.select_id(meeting_id)
        if row is not None and self.list_table.current_row() != row:
            self.list_table.select_id(row.id)
        self.selection_changed.emit()

    def selected_meeting(self) -> MeetingRow | None:
        return self._selected

    # ------------------------------------------------------------ opening meetings
    def new_meeting(self, start: datetime | None = None, end: datetime | None = None) -> MeetingDialog:
        if start is None:
            day = self._today + timedelta(days=1) if self._period.first <= self._today <= self._period.last \
                else self._period.anchor
            start = datetime.combine(day, NEW_MEETING_TIME, LOCAL_TZ)
        from desktop.views.meetings.meeting_dialog import MeetingDialog  # the first one pays

        return self._open_dialog(MeetingDialog(self._ws, body_key=self._body, start=start, end=end,
                                               parent=self))

    def open_meeting(self, meeting_id: int) -> MeetingDialog:
        from desktop.views.meetings.meeting_dialog import MeetingDialog

        return self._open_dialog(MeetingDialog(self._ws, meeting_id, parent=self))

    def _open_dialog(self, dialog: MeetingDialog) -> MeetingDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.meeting_saved.connect(self._on_meeting_saved)
        dialog.open()
        return dialog

    def meeting_menu(self, row: MeetingRow) -> QMenu:
        """The context menu of a meeting (built fresh; the caller shows it)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_action = menu.addAction(self.tr("打开…"))
        open_action.triggered.connect(lambda: self.open_meeting(row.id))
        menu.setDefaultAction(open_action)
        menu.addSeparator()
        self.extras.fill_menu(menu, row)
        menu.addSeparator()
        self.commands.fill_menu(menu, row)
        return menu

    def show_holidays(self) -> HolidaysDialog:
        from desktop.views.calendar.holidays_dialog import HolidaysDialog

        dialog = HolidaysDialog(self._ws, self._period.anchor.year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ the main window's protocol
    def can_edit(self) -> bool:
        return self._selected is not None

    def can_delete(self) -> bool:
        return self._selected is not None

    def edit_current(self) -> None:
        if self._selected is not None:
            self.open_meeting(self._selected.id)

    def delete_current(self) -> None:
        if self._selected is not None:
            self.commands.delete(self._selected)

    def set_phones_revealed(self, _revealed: bool) -> None:
        """The calendar shows no phone numbers."""

    # ------------------------------------------------------------ slots
    def _on_toolbar_navigate_requested(self, steps: int) -> None:
        self.show_period(self._period.mode, shift(self._period.mode, self._period.anchor, steps))

    def _on_toolbar_today_requested(self) -> None:
        self.show_period(self._period.mode, today_local())

    def _on_toolbar_body_chosen(self, key: str | None) -> None:
        self._body = key
        self._load()

    def _on_toolbar_mode_chosen(self, mode: str) -> None:
        self.show_period(mode, self._period.anchor)

    def _on_toolbar_new_meeting_requested(self) -> None:
        self.new_meeting()

    def _on_toolbar_holidays_requested(self) -> None:
        self.show_holidays()

    def _on_view_meeting_selected(self, row: MeetingRow | None) -> None:
        self._select(row)

    def _on_view_meeting_activated(self, row: MeetingRow) -> None:
        self.open_meeting(row.id)

    def _on_view_context_menu_requested(self, row: MeetingRow, pos: QPoint) -> None:
        self._select(row)
        self.meeting_menu(row).popup(pos)

    def _on_list_table_selection_changed(self) -> None:
        row = self.list_table.current_row()
        if row != self._selected:
            self._select(row)

    def _on_list_table_context_menu_requested(self, pos: QPoint) -> None:
        row = self.list_table.current_row()
        if row is not None:
            self.meeting_menu(row).popup(self.list_table.viewport().mapToGlobal(pos))

    def _on_month_view_day_activated(self, day: date) -> None:
        self.new_meeting(datetime.combine(day, NEW_MEETING_TIME, LOCAL_TZ))

    def _on_month_view_more_clicked(self, day: date) -> None:
        self.show_period(ViewMode.WEEK.value, day)

    def _on_week_view_slot_selected(self, start: datetime, end: datetime) -> None:
        self.new_meeting(start, end)

    def _on_meeting_saved(self, meeting_id: int) -> None:
        """Select the meeting just saved (once the range the hub asked for has loaded)."""
        if self.loader.loading:
            self._wanted_id = meeting_id
        elif self._data is not None:
            row = next((m for m in self._data.meetings if m.id == meeting_id), None)
            if row is not None:
                self._select(row)
