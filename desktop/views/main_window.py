"""The main window: navigation on the left, the chosen page on the right, menus and status bar.

Pages are built when first shown (``PAGES``: one factory per navigation key, every body sharing
the body page) and each follows the change hub itself; the window only shows them. F5 announces
that anything may have changed, so the page on screen reloads and the others when next shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
)
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
from desktop.changes import Changes
from desktop.errors import UserError
from desktop.services.kernel.permissions import ROLE_LABELS, Permission
from desktop.views.calendar.files_dialog import add_calendar_menu
from desktop.views.calendar.publishing import FeedPublishing
from desktop.views.errors import show_refusal
from desktop.views.icons import themed_icon
from desktop.views.menus import MainActions
from desktop.views.navigation import (
    AUDIT,
    BODY_PREFIX,
    CALENDAR,
    CASES,
    DASHBOARD,
    ENTERPRISES,
    FOLLOWUP,
    INCIDENTS,
    MINUTES_SEARCH,
    ORGANISATIONS,
    PEOPLE,
    SCREENINGS,
    WARNINGS,
    NavBody,
    NavigationPane,
)
from desktop.views.operations import Operation
from desktop.views.reminders import MeetingReminders, ReminderNotice
from desktop.views.roles import apply_role, needs
from desktop.views.warmup import warm_up
from desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from desktop.exports.publish import Publisher
    from desktop.views.change_follower import ChangeFollower

GEOMETRY, STATE, SPLITTER, LAST_PAGE = (
    "main_window/geometry", "main_window/state", "main_window/splitter", "main_window/last_page")
REMINDERS_AFTER_MS = 1000  # the tray icon and the first reminder check wait until the window is painted


# Each page's module is imported when the page is first shown.
def _cases_tab(ws: Workspace) -> QWidget:
    from desktop.views.disputes.page import CasesPage

    return CasesPage(ws)


def _incidents_tab(ws: Workspace) -> QWidget:
    from desktop.views.incidents.page import IncidentsPage

    return IncidentsPage(ws)


def _body_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.bodies import body_page

    if not any(tab.make is _cases_tab for tab in body_page.REGISTER_TABS.get("dispute", ())):
        body_page.register_tab("dispute", QT_TRANSLATE_NOOP("BodyPage", "争议案件"), _cases_tab)
    if not any(tab.make is _incidents_tab for tab in body_page.REGISTER_TABS.get("linkage", ())):
        body_page.register_tab("linkage", QT_TRANSLATE_NOOP("BodyPage", "突发事件"), _incidents_tab)
    return body_page.BodyPage(ws)


def _organisations_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.directory.pages import OrganisationsPage

    return OrganisationsPage(ws)


def _people_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.directory.pages import PeoplePage

    return PeoplePage(ws)


def _enterprises_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.enterprises.page import EnterprisesPage

    return EnterprisesPage(ws)


def _warnings_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.warnings.page import WarningsPage

    return WarningsPage(ws)


def _cases_page(ws: Workspace, _settings: QSettings) -> QWidget:
    return _cases_tab(ws)


def _incidents_page(ws: Workspace, _settings: QSettings) -> QWidget:
    return _incidents_tab(ws)


def _screenings_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.screenings.page import ScreeningsPage

    return ScreeningsPage(ws)


def _calendar_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.calendar.calendar_page import CalendarPage

    return CalendarPage(ws)


def _dashboard_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.dashboard.page import DashboardPage

    return DashboardPage(ws)


def _followup_page(ws: Workspace, settings: QSettings) -> QWidget:
    from desktop.views.actions.page import ActionListPage

    return ActionListPage(ws, settings)


def _minutes_search_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.minutes.search_page import MinutesSearchPage

    return MinutesSearchPage(ws)


def _audit_page(ws: Workspace, _settings: QSettings) -> QWidget:
    from desktop.views.audit.page import AuditLogPage

    return AuditLogPage(ws)


PAGES: dict[str, Callable[[Workspace, QSettings], QWidget]] = {
    BODY_PREFIX: _body_page, ORGANISATIONS: _organisations_page, PEOPLE: _people_page,
    CALENDAR: _calendar_page, DASHBOARD: _dashboard_page, FOLLOWUP: _followup_page,
    MINUTES_SEARCH: _minutes_search_page, ENTERPRISES: _enterprises_page,
    WARNINGS: _warnings_page, SCREENINGS: _screenings_page, CASES: _cases_page,
    INCIDENTS: _incidents_page, AUDIT: _audit_page,
}


#: The modules of the pages (and of the meeting dialog), in the navigation's order: imported on
#: a thread of their own once the start is over (``desktop.views.warmup``).
WARM_UP = (
    "desktop.views.calendar.calendar_page", "desktop.views.meetings.meeting_dialog",
    "desktop.views.minutes.search_page", "desktop.views.dashboard.page", "desktop.views.actions.page",
    "desktop.views.warnings.page", "desktop.views.disputes.page", "desktop.views.incidents.page",
    "desktop.views.screenings.page", "desktop.views.directory.pages", "desktop.views.enterprises.page",
    "desktop.views.audit.page",
)


def page_key(navigation_key: str) -> str:
    """The ``PAGES`` key of a navigation key (every ``body:…`` shares the body page)."""
    return BODY_PREFIX if navigation_key.startswith(BODY_PREFIX) else navigation_key


DATABASE_LABEL_MAX = 420   # px of the status bar's database location
OFFLINE_STYLE = ("#connectionLabel { color: #b3261e; background: #fdecea; border: 1px solid #f28b82;"
                 " border-radius: 3px; padding: 0 6px; }")


class MainWindow(QMainWindow):
    """Built by app.py from a workspace and the settings; the publisher is built on first use.

    ``bodies`` are the navigation's body lines when the start has read them already (else they
    are read now); ``clock`` (aware UTC now) is for tests of the reminders.
    """

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None, *,
                 publisher: Publisher | None = None, clock: Callable[[], datetime] | None = None,
                 bodies: Sequence[NavBody] | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._settings = settings
        self._publisher = publisher
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("三方联席秘书台"))
        self.actions = MainActions(self, settings)
        self.calendar_actions: dict = {}
        self.actions.build_menus(self.menuBar(), self._add_calendar_menu)
        self.navigation = NavigationPane(workspace, bodies=bodies)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 980])
        self.setCentralWidget(self.splitter)
        self.database_label = QLabel()
        self.user_label = QLabel()
        self.connection_label = QLabel(self.tr("⚠ 与数据库的连接已中断，正在重新连接…"),
                                       objectName="connectionLabel", styleSheet=OFFLINE_STYLE, visible=False)
        self.follower: ChangeFollower | None = None
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.reminder_notice = ReminderNotice()
        self.statusBar().addWidget(self.reminder_notice)
        self.reminders = MeetingReminders(workspace, self.reminder_notice, self,
                                          **({"clock": clock} if clock else {}))
        self.feeds = FeedPublishing(workspace.hub, lambda: self.publisher, self)
        self._connect()
        self._set_up_database_actions()
        self._apply_role()
        self._restore_settings()
        QTimer.singleShot(REMINDERS_AFTER_MS, self, self._start_reminders)

    def follow_changes(self, follower: ChangeFollower) -> None:
        """Show in the status bar whether ``follower`` reaches the database; stop it on close."""
        self.follower = follower
        follower.offline.connect(self._on_follower_offline)
        follower.online.connect(self._on_follower_online)

    def _on_follower_offline(self, reason: str) -> None:
        self.connection_label.setToolTip(reason)
        self.connection_label.show()

    def _on_follower_online(self) -> None:
        self.connection_label.hide()

    @property
    def publisher(self) -> Publisher:
        """The calendar publisher (its module pulls in the .ics machinery: built when needed)."""
        if self._publisher is None:
            from desktop.exports.publish import Publisher

            self._publisher = Publisher(self._ws.read)
        return self._publisher

    def _add_calendar_menu(self, file_menu: QMenu) -> None:
        self.calendar_actions = add_calendar_menu(file_menu, self._ws, self, lambda: self.publisher)

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
        a.attachment_settings.triggered.connect(self._on_attachment_settings_triggered)
        a.settings.triggered.connect(self._on_settings_triggered)
        a.quit.triggered.connect(self.close)
        a.new_meeting.triggered.connect(self._on_new_meeting_triggered)
        a.new_organisation.triggered.connect(self._on_new_organisation_triggered)
        a.new_person.triggered.connect(self._on_new_person_triggered)
        a.edit.triggered.connect(self._on_edit_triggered)
        a.delete.triggered.connect(self._on_delete_triggered)
        a.refresh.triggered.connect(self._on_refresh_triggered)
        a.reveal_phones.toggled.connect(self._on_reveal_phones_toggled)
        a.about.triggered.connect(self._on_about_triggered)
        self.navigation.page_chosen.connect(self._on_navigation_page_chosen)

    def _set_up_database_actions(self) -> None:
        sqlite = self._ws.is_sqlite   # (the database may still be opening)
        for action in (self.actions.backup, self.actions.restore):
            action.setEnabled(sqlite)
            if not sqlite:
                action.setStatusTip(self.tr("PostgreSQL 数据库请用 pg_dump / pg_restore 备份和恢复"))
        target = self._ws.target
        # A long path would crowd out the status bar's messages: its middle gives way, the
        # tooltip keeps it whole.
        self.database_label.setText(self.database_label.fontMetrics().elidedText(
            self.tr("数据库：{where}").format(where=target.short), Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_MAX))
        self.database_label.setToolTip(target.display)
        self.user_label.setText(self.tr("当前用户：{user}").format(user=self._ws.identity.label))
        if (role := self._ws.role) is not None:
            self.user_label.setText(self.tr("当前用户：{user} · {role}").format(
                user=self._ws.identity.label, role=QCoreApplication.translate("Labels", ROLE_LABELS[role])))

    def _apply_role(self) -> None:
        """Menu actions the signed-in role may not take are disabled and say why."""
        a = self.actions
        for action, permission in (
                (a.import_people, Permission.WRITE), (a.new_meeting, Permission.WRITE),
                (a.new_organisation, Permission.WRITE), (a.new_person, Permission.WRITE),
                (a.delete, Permission.WRITE), (a.restore, Permission.RESTORE),
                (a.purge_personal_data, Permission.PURGE), (a.reveal_phones, Permission.UNMASK)):
            needs(action, permission)
        apply_role(self, self._ws.role)

    # Pages.
    def page(self, key: str) -> QWidget:
        """The page of a navigation key, built and loaded on first use (not shown by this)."""
        key = page_key(key)
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = PAGES[key](self._ws, self._settings)
            self.stack.addWidget(page)
            self._connect_page(key, page)
            page.set_phones_revealed(self.actions.reveal_phones.isChecked())
            if key != BODY_PREFIX:  # the body page loads its body in show_body
                page.refresh()
        return page

    def built_pages(self) -> list[str]:
        """The ``PAGES`` keys of the pages built so far."""
        return list(self._pages)

    def _connect_page(self, key: str, page: QWidget) -> None:
        apply_role(page, self._ws.role)
        page.selection_changed.connect(self._update_edit_actions)
        if key == DASHBOARD:
            page.filter_requested.connect(self._on_dashboard_page_filter_requested)
            page.case_requested.connect(self._on_page_case_requested)
            page.incident_requested.connect(self._on_dashboard_page_incident_requested)
        elif key == FOLLOWUP:
            page.case_requested.connect(self._on_page_case_requested)
        elif key == MINUTES_SEARCH:
            page.meeting_chosen.connect(self._on_minutes_search_page_meeting_chosen)
        elif key == CASES:
            page.warning_requested.connect(self._on_cases_page_warning_requested)

    body_page = property(lambda self: self.page(BODY_PREFIX))
    organisations_page = property(lambda self: self.page(ORGANISATIONS))
    people_page = property(lambda self: self.page(PEOPLE))
    enterprises_page = property(lambda self: self.page(ENTERPRISES))
    calendar_page = property(lambda self: self.page(CALENDAR))
    dashboard_page = property(lambda self: self.page(DASHBOARD))
    followup_page = property(lambda self: self.page(FOLLOWUP))
    minutes_search_page = property(lambda self: self.page(MINUTES_SEARCH))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> bool:
        """Choose ``key`` in the navigation (which shows its page); False when there is no such page."""
        return self.navigation.select_key(key)

    def _on_navigation_page_chosen(self, key: str) -> None:
        page = self.page(key)
        if key.startswith(BODY_PREFIX):
            page.show_body(key.removeprefix(BODY_PREFIX))
        self.stack.setCurrentWidget(page)
        if key == MINUTES_SEARCH:
            page.query_edit.setFocus()
        self._update_edit_actions()

    def _on_dashboard_page_filter_requested(self, flt, select_id: int) -> None:
        self.show_page(FOLLOWUP)
        self.followup_page.show_filter(flt, select_id)

    def _on_cases_page_warning_requested(self, warning_id: int) -> None:
        self.show_page(WARNINGS)
        self.page(WARNINGS).select_after_save(warning_id)

    def _on_page_case_requested(self, case_id: int) -> None:
        """A case clock clicked on the dashboard or the 督办 page: the case in its register."""
        self.show_page(CASES)
        self.page(CASES).select_after_save(case_id)

    def _on_dashboard_page_incident_requested(self, incident_id: int) -> None:
        """An open incident clicked on the dashboard: the incident in its register."""
        if self.show_page(INCIDENTS):
            self.page(INCIDENTS).select_after_save(incident_id)

    def _on_minutes_search_page_meeting_chosen(self, meeting_id: int) -> None:
        from desktop.views.minutes.window import open_minutes_window

        try:
            open_minutes_window(self._ws, meeting_id, self)
        except UserError as exc:
            show_refusal(self, self.tr("无法打开会议纪要"), exc)

    def _start_reminders(self) -> None:
        """After the first paint: the tray icon that carries the reminders, and the first check;
        the other pages' modules warm up meanwhile, once the database is open (they import
        SQLAlchemy, which a start imports on its own thread)."""
        if self.isVisible():  # a window closed (or never shown) meanwhile checks nothing
            if self.reminders.tray is None:
                self.reminders.tray = self._make_tray()
            self.reminders.start()
            self._ws.when_open(lambda: warm_up(WARM_UP))

    def _on_tray_activated(self, _reason) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _update_edit_actions(self) -> None:
        page = self.current_page()
        self.actions.edit.setEnabled(page is not None and page.can_edit())
        self.actions.delete.setEnabled(page is not None and page.can_delete())

    # Menu actions.
    def _on_import_people_triggered(self) -> None:
        from desktop.views.importing.people_import import PeopleImportDialog

        dialog = PeopleImportDialog(self._ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_attachment_settings_triggered(self) -> None:
        from desktop.services.attachments.settings import load_attachment_settings
        from desktop.views.attachments.settings_dialog import AttachmentSettingsDialog
        from desktop.views.form_dialog import open_form

        def saved(settings) -> None:
            self.statusBar().showMessage(self.tr("附件设置已保存"), 5000)
        open_form(AttachmentSettingsDialog(load_attachment_settings(), self), saved)

    def _on_settings_triggered(self) -> None:
        from desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._ws, self.actions, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.identity_changed.connect(lambda _identity: self._set_up_database_actions())
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("设置已保存"), 5000))
        dialog.open()

    def _on_backup_triggered(self) -> None:
        from desktop.views import maintenance  # the menu commands' modules load when first used

        maintenance.backup_database(self, self._ws)

    def _on_restore_triggered(self) -> None:
        from desktop.views import maintenance

        if not maintenance.restore_database(self, self._ws):
            return
        if self._publisher is not None:
            self._publisher.reset()  # its cache describes the database that was replaced
        self._set_up_database_actions()
        self._ws.announce(Changes.everything(), self)

    def _on_refresh_triggered(self) -> None:
        """F5: anything may have changed (another user, another program)."""
        self._ws.announce(Changes.everything(), self)

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
        if (page := self.current_page()) is not None:
            page.edit_current()

    def _on_delete_triggered(self) -> None:
        if (page := self.current_page()) is not None:
            page.delete_current()

    def _on_reveal_phones_toggled(self, checked: bool) -> None:
        if checked:
            from desktop.services.kernel.privacy import PHONE_NUMBERS, record_reveal

            reveal = Operation(self, self._ws, lambda s: record_reveal(s, PHONE_NUMBERS),
                               title=self.tr("无法显示完整号码"))
            reveal.run()
            if reveal.error is not None:
                with QSignalBlocker(self.actions.reveal_phones):
                    self.actions.reveal_phones.setChecked(False)
                return
            self.statusBar().showMessage(self.tr("已显示完整电话号码；此操作已记入审计日志。"), 8000)
        for page in self._pages.values():
            page.set_phones_revealed(checked)

    def _on_about_triggered(self) -> None:
        import html

        from desktop.services.attachments.core import totals
        from desktop.views.attachments.model import human_size

        stored = self._ws.read(totals)
        text = self.tr(
            "<h3>三方联席秘书台</h3><p>版本 {version}</p>"
            "<p>经开区工会五项机制秘书台：劳动关系三方协调、劳动争议三方调处、劳资矛盾预警、"
            "群体突发事件七方联动、双月沟通。</p>"
            "<p>数据库：{where}<br>当前用户：{user}<br>"
            "附件：{links} 个，{files} 个文件，共 {size}</p>"
        ).format(version=__version__, where=html.escape(self._ws.db.target.display),
                 user=html.escape(self._ws.identity.label), links=stored.links, files=stored.files,
                 size=human_size(stored.bytes))
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
        if self.follower is not None:
            self.follower.stop()
        super().closeEvent(event)

