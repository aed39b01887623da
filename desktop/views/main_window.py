"""The main window: navigation on the left, the chosen page on the right, menus and status bar."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from desktop import __version__
from desktop.errors import UserError
from desktop.exports.publish import Publisher
from desktop.services.bodies.core import list_bodies
from desktop.services.kernel.privacy import PHONE_NUMBERS, record_reveal
from desktop.views import maintenance
from desktop.views.actions.page import ActionListPage
from desktop.views.bodies.body_page import BodyPage
from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.calendar.files_dialog import add_calendar_menu
from desktop.views.dashboard.page import DashboardPage
from desktop.views.directory.pages import OrganisationsPage, PeoplePage
from desktop.views.errors import error_text, show_refusal
from desktop.views.icons import themed_icon
from desktop.views.menus import MainActions
from desktop.views.minutes.search_page import MinutesSearchPage
from desktop.views.minutes.window import open_minutes_window
from desktop.views.navigation import (
    BODY_PREFIX,
    CALENDAR,
    DASHBOARD,
    FOLLOWUP,
    MINUTES_SEARCH,
    ORGANISATIONS,
    PEOPLE,
    NavigationPane,
)
from desktop.views.reminders import MeetingReminders, ReminderNotice
from desktop.views.workspace import Workspace

GEOMETRY, STATE, SPLITTER, LAST_PAGE = (
    "main_window/geometry", "main_window/state", "main_window/splitter", "main_window/last_page")


class MainWindow(QMainWindow):
    """Built by app.py from a workspace, the settings and the calendar publisher.

    ``clock`` (aware UTC now) is for tests of the reminders.
    """

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None, *,
                 publisher: Publisher | None = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._settings = settings
        self.publisher = publisher or Publisher(workspace.read)
        self._publish_warned = False
        self.setWindowTitle(self.tr("三方联席秘书台"))
        self.actions = MainActions(self, settings)
        self.calendar_actions: dict = {}
        self.actions.build_menus(self.menuBar(), self._add_calendar_menu)
        self.navigation = NavigationPane()
        self.body_page = BodyPage(workspace)
        self.organisations_page = OrganisationsPage(workspace)
        self.people_page = PeoplePage(workspace)
        self.calendar_page = CalendarPage(workspace)
        self.dashboard_page = DashboardPage(workspace)
        self.followup_page = ActionListPage(workspace, settings)
        self.minutes_search_page = MinutesSearchPage(workspace)
        self._pages = (self.body_page, self.organisations_page, self.people_page, self.calendar_page,
                       self.dashboard_page, self.followup_page, self.minutes_search_page)
        self.stack = QStackedWidget()
        for page in self._pages:
            self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 980])
        self.setCentralWidget(self.splitter)
        self.database_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.reminder_notice = ReminderNotice()
        self.statusBar().addWidget(self.reminder_notice)
        self.reminders = MeetingReminders(workspace, self.reminder_notice, self, tray=self._make_tray(),
                                          **({"clock": clock} if clock else {}))
        self._connect()
        self._set_up_database_actions()
        self.refresh_all()
        self._restore_settings()
        self.reminders.start()

    def _add_calendar_menu(self, file_menu: QMenu) -> None:
        self.calendar_actions = add_calendar_menu(file_menu, self._ws, self, self.publisher,
                                                  on_imported=lambda _result: self.refresh_all())

    def _make_tray(self) -> QSystemTrayIcon | None:
        """The tray icon that carries reminders; None where the desktop has no tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(themed_icon("calendar"), self)
        tray.setToolTip(self.tr("三方联席秘书台"))
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        return tray

    def _connect(self) -> None:
        a = self.actions
        a.import_people.triggered.connect(self._on_import_people_triggered)
        a.backup.triggered.connect(self._on_backup_triggered)
        a.restore.triggered.connect(self._on_restore_triggered)
        a.quit.triggered.connect(self.close)
        a.new_meeting.triggered.connect(self._on_new_meeting_triggered)
        a.new_organisation.triggered.connect(self._on_new_organisation_triggered)
        a.new_person.triggered.connect(self._on_new_person_triggered)
        a.edit.triggered.connect(self._on_edit_triggered)
        a.delete.triggered.connect(self._on_delete_triggered)
        a.refresh.triggered.connect(self.refresh_all)
        a.reveal_phones.toggled.connect(self._on_reveal_phones_toggled)
        a.about.triggered.connect(self._on_about_triggered)
        self.navigation.page_chosen.connect(self._on_navigation_page_chosen)
        self.dashboard_page.filter_requested.connect(self._on_dashboard_page_filter_requested)
        self.calendar_page.meetings_changed.connect(self._on_calendar_page_meetings_changed)
        self.minutes_search_page.meeting_chosen.connect(self._on_minutes_search_page_meeting_chosen)
        for page in self._pages:
            page.records_changed.connect(self._on_page_records_changed)
            page.selection_changed.connect(self._update_edit_actions)

    def _set_up_database_actions(self) -> None:
        sqlite = self._ws.db.is_sqlite
        for action in (self.actions.backup, self.actions.restore):
            action.setEnabled(sqlite)
            if not sqlite:
                action.setStatusTip(self.tr("PostgreSQL 数据库请用 pg_dump / pg_restore 备份和恢复"))
        self.database_label.setText(self.tr("数据库：{where}").format(where=self._ws.db.target.display))
        self.user_label.setText(self.tr("当前用户：{user}").format(user=self._ws.identity.label))

    # Pages.
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> bool:
        """Choose ``key`` in the navigation (which shows its page); False when there is no such page."""
        return self.navigation.select_key(key)

    def refresh_all(self) -> None:
        """Reload every page and the navigation from the database."""
        self.navigation.set_bodies(self._ws.read(list_bodies))
        for page in self._pages:
            page.refresh()
        self._update_edit_actions()

    def _on_navigation_page_chosen(self, key: str) -> None:
        if key.startswith(BODY_PREFIX):
            self.body_page.show_body(key.removeprefix(BODY_PREFIX))
            self.stack.setCurrentWidget(self.body_page)
        elif key == ORGANISATIONS:
            self.stack.setCurrentWidget(self.organisations_page)
        elif key == PEOPLE:
            self.stack.setCurrentWidget(self.people_page)
        elif key == CALENDAR:
            self.stack.setCurrentWidget(self.calendar_page)
        elif key == MINUTES_SEARCH:
            self.stack.setCurrentWidget(self.minutes_search_page)
            self.minutes_search_page.query_edit.setFocus()
        elif key in (DASHBOARD, FOLLOWUP):
            self.stack.setCurrentWidget(self.dashboard_page if key == DASHBOARD else self.followup_page)
        self._update_edit_actions()

    def _on_dashboard_page_filter_requested(self, flt, select_id: int) -> None:
        self.show_page(FOLLOWUP)
        self.followup_page.show_filter(flt, select_id)

    def _on_minutes_search_page_meeting_chosen(self, meeting_id: int) -> None:
        try:
            open_minutes_window(self._ws, meeting_id, self)
        except UserError as exc:
            show_refusal(self, self.tr("无法打开会议纪要"), exc)

    def _on_tray_activated(self, _reason) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # Published calendars.
    def _on_calendar_page_meetings_changed(self, meeting_ids: list) -> None:
        self.republish(meeting_ids)

    def republish(self, meeting_ids: list | None) -> None:
        """Rewrite the published feeds after a committed change; a failure is shown, never silent.

        The status bar keeps saying so until a later write succeeds; the box comes once.
        """
        try:
            result = self.publisher.meetings_changed(meeting_ids)
        except UserError as exc:
            reason = error_text(exc)
            self.statusBar().showMessage(self.tr("日历发布失败：{reason}").format(reason=reason))
            if not self._publish_warned:
                self._publish_warned = True
                QMessageBox.warning(self, self.tr("日历发布失败"), self.tr(
                    "{reason}\n\n会议已保存，但发布文件夹中的 .ics 文件没有更新。请在“文件 → 日历 → "
                    "日历发布设置”中检查文件夹；之后每次会议变化时会再次尝试。").format(reason=reason))
            return
        self._publish_warned = False
        if result is not None:
            self.statusBar().showMessage(self.tr("已更新发布的日历（{n} 个文件）。").format(n=len(result.files)), 5000)

    def _on_page_records_changed(self) -> None:
        sender = self.sender()
        self.navigation.set_bodies(self._ws.read(list_bodies))
        for page in self._pages:
            if page is not sender:
                page.refresh()

    def _update_edit_actions(self) -> None:
        page = self.current_page()
        self.actions.edit.setEnabled(page.can_edit())
        self.actions.delete.setEnabled(page.can_delete())

    # Menu actions.
    def _on_import_people_triggered(self) -> None:
        from desktop.views.importing.people_import import PeopleImportDialog

        dialog = PeopleImportDialog(self._ws.db, self._ws.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh_all)
        dialog.open()

    def _on_backup_triggered(self) -> None:
        maintenance.backup_database(self, self._ws)

    def _on_restore_triggered(self) -> None:
        maintenance.restore_database(self, self._ws)
        self.publisher.reset()
        self._set_up_database_actions()
        self.refresh_all()

    def _on_new_meeting_triggered(self) -> None:
        self.show_page(CALENDAR)
        self.calendar_page.new_meeting()

    def _on_new_organisation_triggered(self) -> None:
        self.show_page(ORGANISATIONS)
        self.organisations_page.add()

    def _on_new_person_triggered(self) -> None:
        self.show_page(PEOPLE)
        self.people_page.add()

    def _on_edit_triggered(self) -> None:
        self.current_page().edit_current()

    def _on_delete_triggered(self) -> None:
        self.current_page().delete_current()

    def _on_reveal_phones_toggled(self, checked: bool) -> None:
        if checked:
            try:
                self._ws.write(lambda s: record_reveal(s, PHONE_NUMBERS))
            except UserError as exc:
                with QSignalBlocker(self.actions.reveal_phones):
                    self.actions.reveal_phones.setChecked(False)
                show_refusal(self, self.tr("无法显示完整号码"), exc)
                return
            self.statusBar().showMessage(self.tr("已显示完整电话号码；此操作已记入审计日志。"), 8000)
        for page in self._pages:
            page.set_phones_revealed(checked)

    def _on_about_triggered(self) -> None:
        text = self.tr(
            "<h3>三方联席秘书台</h3><p>版本 {version}</p>"
            "<p>经开区工会五项机制秘书台：劳动关系三方协调、劳动争议三方调处、劳资矛盾预警、"
            "群体突发事件七方联动、双月沟通。</p>"
            "<p>数据库：{where}<br>当前用户：{user}</p>"
        ).format(version=__version__, where=html.escape(self._ws.db.target.display),
                 user=html.escape(self._ws.identity.label))
        QMessageBox.about(self, self.tr("关于三方联席秘书台"), text)

    # Settings.
    def _restore_settings(self) -> None:
        geometry = self._settings.value(GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        if (state := self._settings.value(STATE)) is not None:
            self.restoreState(state)
        if (sizes := self._settings.value(SPLITTER)) is not None:
            self.splitter.restoreState(sizes)
        last = self._settings.value(LAST_PAGE, "")
        if not (isinstance(last, str) and self.show_page(last)):
            self.show_page(self.navigation.first_key())

    def _save_settings(self) -> None:
        self._settings.setValue(GEOMETRY, self.saveGeometry())
        self._settings.setValue(STATE, self.saveState())
        self._settings.setValue(SPLITTER, self.splitter.saveState())
        self._settings.setValue(LAST_PAGE, self.navigation.current_key())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._save_settings()
        self.reminders.stop()  # a closed window must not keep querying its database
        super().closeEvent(event)
