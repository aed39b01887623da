"""The meeting dialog: details, attendees, recurrence, agenda and attendance of one meeting.

Warnings (holidays, double bookings) are checked while the user types and never block saving;
errors (end before start, a rule that gives no date…) keep the dialog open with the message.
Saves are operations; a change to the meeting made elsewhere (the action bar, another screen)
comes back through the change hub and is shown unless the user has unsaved edits. A save refused
because someone else saved the meeting first opens the field-by-field conflict dialog
(``conflicts.MeetingConflicts``); the hint at the top says who else has the meeting open, and a
role that may not write finds the save buttons disabled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.changes import Changes
from desktop.config import LOCAL_TZ
from desktop.db import describe_db_error
from desktop.errors import ConcurrencyError, NotFoundError, UserError, ValidationError
from desktop.services.attachments.core import Target
from desktop.services.bodies.core import list_bodies
from desktop.services.calendar.queries import candidate_people, check_meeting
from desktop.services.kernel.permissions import Permission
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings import rooms
from desktop.services.meetings.core import MeetingData
from desktop.services.meetings.queries import MeetingDetail, SeriesInfo, get_meeting, get_series
from desktop.views.attachments.panel import AttachmentsPanel
from desktop.views.changes import Subscription
from desktop.views.conflict_dialog import settle
from desktop.views.errors import error_text
from desktop.views.form_dialog import run_or_raise
from desktop.views.meetings import saving, shows_meeting
from desktop.views.meetings.agenda_tab import AgendaTab
from desktop.views.meetings.attendance_tab import AttendanceTab
from desktop.views.meetings.attendees_editor import AttendeeEntry, AttendeesEditor
from desktop.views.meetings.conflicts import MeetingConflicts
from desktop.views.meetings.details_form import DEFAULT_LENGTH, DetailsForm
from desktop.views.meetings.meeting_actions import MeetingActionBar
from desktop.views.meetings.recurrence_editor import RecurrenceEditor
from desktop.views.meetings.scope import ask_edit_scope
from desktop.views.meetings.warnings_panel import WarningsPanel
from desktop.views.operations import Operation
from desktop.views.presence_hint import PresenceHint
from desktop.views.roles import apply_role, needs
from desktop.views.workspace import Workspace

CHECK_DELAY_MS = 250
TAB_OF_FIELD = {"attendees": 1, "rrule": 2, "holiday_policy": 2}


class MeetingDialog(QDialog):
    """``meeting_saved(id)`` after each save, ``meeting_deleted(id)`` when its meeting is gone."""

    meeting_saved = Signal(int)
    meeting_deleted = Signal(int)

    def __init__(self, workspace: Workspace, meeting_id: int | None = None, *,
                 body_key: str | None = None, start: datetime | None = None,
                 end: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._detail: MeetingDetail | None = None
        self._series: SeriesInfo | None = None
        self._loaded: MeetingData | None = None
        self._rule_touched = False
        self._saving = False
        self._closing = False     # the save under way is OK's: a kept conflict closes too
        self._edit: tuple[str | None, saving.Recurrence | None, bool] = (None, None, False)
        self.conflicts: MeetingConflicts | None = None
        bodies, room_rows = workspace.read(lambda s: (list_bodies(s), rooms.list_rooms(s)))
        self.details = DetailsForm(bodies, room_rows)
        self.attendees = AttendeesEditor()
        self.recurrence = RecurrenceEditor()
        self.agenda_tab = AgendaTab(workspace)
        self.attendance_tab = AttendanceTab(workspace)
        self.materials = AttachmentsPanel(workspace, None,
                                          unsaved_hint=self.tr("请先保存会议，再添加会议材料。"))
        self.materials_tab = self._materials_tab()
        self.tabs = QTabWidget()
        for widget, title in ((self.details, self.tr("基本信息")), (self.attendees, self.tr("参会人员")),
                              (self.recurrence, self.tr("重复")), (self.agenda_tab, self.tr("议程")),
                              (self.attendance_tab, self.tr("签到")), (self.materials_tab, self.tr("会议材料"))):
            self.tabs.addTab(widget, title)
        self.warnings = WarningsPanel()
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        self.action_bar = MeetingActionBar(workspace, self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(self.tr("保存(&S)"))
        for key in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            needs(self.buttons.button(key), Permission.WRITE)
        self.presence_hint = PresenceHint(workspace, self, MeetingConflicts.entity, meeting_id)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._lay_out()
        self._connect()
        self.subscription = Subscription(workspace.hub, self, (), self._on_meeting_changed,
                                         wants=self._shows)
        if meeting_id is None:
            self._start_new(body_key or (bodies[0].key if bodies else ""), start, end)
        else:
            self._load(meeting_id)
        apply_role(self, workspace.role)

    def _materials_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("整个会议的材料（通知、议程、汇报材料等）。某个议题的材料，请在“议程”页"
                                        "选中该议题后点“材料…”。"), wordWrap=True))
        layout.addWidget(self.materials, 1)
        return tab

    def _lay_out(self) -> None:
        self.setMinimumSize(720, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(self.presence_hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error_label)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(
            self._on_apply_button_clicked)
        for signal in (self.details.changed, self.attendees.changed, self.recurrence.changed):
            signal.connect(self._check_timer.start)
        self.details.body_changed.connect(self._on_details_body_changed)
        self.details.start_edit.dateTimeChanged.connect(self._on_details_start_changed)
        self.details.new_room_requested.connect(self._on_details_new_room_requested)
        self.recurrence.changed.connect(self._on_recurrence_changed)
        self._check_timer.timeout.connect(self.run_check)

    # ------------------------------------------------------------ loading
    @property
    def meeting_id(self) -> int | None:
        return self._detail.meeting.id if self._detail else None

    def _start_new(self, body_key: str, start: datetime | None, end: datetime | None) -> None:
        start = start or datetime.combine(today_local() + timedelta(days=1), time(9, 30), LOCAL_TZ)
        self.setWindowTitle(self.tr("新建会议"))
        self.details.set_values(body=body_key, title="", start=start, end=end or start + DEFAULT_LENGTH)
        self._set_candidates(self.details.body())
        self.recurrence.set_start(self.details.start())
        for index in (3, 4):
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, self.tr("保存会议后可以编辑"))
        self.action_bar.set_meeting(None)
        self.details.title_edit.setFocus()
        self._check_timer.start()

    def _load(self, meeting_id: int) -> None:
        self._show(self._ws.read(lambda s: get_meeting(s, meeting_id)))
        m = self._detail.meeting
        presenters = [(a.person_id, a.name) for a in self._detail.attendees]
        self.agenda_tab.set_meeting(m.id, m.body_key, presenters)
        self.attendance_tab.set_meeting(m.id)
        self.materials.set_target(Target("meeting", m.id))
        self.presence_hint.set_record(m.id)

    def _show(self, detail: MeetingDetail) -> None:
        """The meeting's own fields and the action bar (the tabs follow the hub themselves)."""
        series_id = detail.meeting.series_id
        self._series = self._ws.read(lambda s: get_series(s, series_id)) if series_id else None
        self._detail = row = detail
        m = row.meeting
        if self.conflicts is None or self.conflicts.entity_id != m.id:
            self.conflicts = MeetingConflicts(self._ws, self, m.id, m.version)
        self.conflicts.version = m.version  # what the next save compares: the meeting shown
        self.setWindowTitle(self.tr("会议：{title}").format(title=m.title))
        self.details.set_values(body=m.body_key, title=m.title, start=m.start, end=m.end,
                                all_day=m.all_day, room_id=m.room_id, location=m.location,
                                online_url=row.online_url, notes=row.notes)
        self.details.body_combo.setEnabled(series_id is None)
        self._set_candidates(m.body_key)
        self.attendees.set_attendees([AttendeeEntry(a.person_id, a.name, a.organisation, a.role)
                                      for a in row.attendees])
        self._load_recurrence()
        for index in (3, 4):
            self.tabs.setTabEnabled(index, True)
        self.action_bar.set_meeting(m)
        self._loaded = self.meeting_data()
        self._rule_touched = False
        self._check_timer.start()

    def _load_recurrence(self) -> None:
        self.recurrence.blockSignals(True)
        self.recurrence.set_start(self.details.start())
        if self._series is not None:
            self.recurrence.load(self._series.rrule, self._series.holiday_policy)
            self.recurrence.set_note(self.tr("这是系列会议中的一次（{rule}）。修改重复规则会应用到此会议及以后，"
                                             "或整个系列。").format(rule=self._series.description))
        else:
            self.recurrence.set_note(self.tr("单次会议不能改为系列会议；如需定期召开，请新建会议并设置重复。"))
        self.recurrence.set_repeat_editable(False)
        self.recurrence.blockSignals(False)

    def _set_candidates(self, body_key: str) -> None:
        self.attendees.set_candidates(self._ws.read(lambda s: candidate_people(s, body_key)))

    # ------------------------------------------------------------ values
    def meeting_data(self) -> MeetingData:
        return MeetingData(**self.details.values(), attendees=self.attendees.attendees())

    def recurrence_choice(self) -> saving.Recurrence | None:
        rule = self.recurrence.rule()
        return saving.Recurrence(rule, self.recurrence.policy()) if rule else None

    def is_dirty(self) -> bool:
        return self._detail is None or self._rule_touched or self.meeting_data() != self._loaded

    def run_check(self) -> None:
        """Check holidays and double bookings now (normally run shortly after each edit)."""
        self._check_timer.stop()
        try:
            data = self.meeting_data()
            data = replace(data, title=data.title.strip() or "-")  # the title is checked on save
            new_series = self._detail is None and self.recurrence.repeats()
            rule, policy = (self.recurrence.rule(), self.recurrence.policy()) if new_series else (None, "keep")
            exclude = self.meeting_id
            check = self._ws.read(lambda s: check_meeting(
                s, data, rrule=rule, holiday_policy=policy, exclude_meeting_id=exclude))
        except ValidationError as exc:
            self.warnings.show_error(error_text(exc))
            return
        except SQLAlchemyError as exc:  # a background check: say so, never raise into Qt's loop
            self.warnings.show_error(self.tr("暂时无法检查节假日和冲突：{reason}").format(
                reason=describe_db_error(exc)))
            return
        self.warnings.show_check(check)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._check_timer.stop()  # nobody is left to read the warnings of a closed dialog
        super().hideEvent(event)

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save what the dialog shows; False (and the dialog explains) when nothing was saved."""
        self.error_label.hide()
        if not self.is_dirty():
            return True
        if self._detail is None:
            data, recurrence = self.meeting_data(), self.recurrence_choice()
            return self._submit(lambda s: saving.create(s, data, recurrence))
        scope, recurrence = None, None
        if self._series is not None:
            recurrence = self.recurrence_choice() if self._rule_touched else None
            scope = ask_edit_scope(self, allow_this=recurrence is None)
            if scope is None:
                return False
        self._edit = (scope, recurrence, self._closing)  # what keeping mine saves again
        return self._save_edit(scope, recurrence)

    def _save_edit(self, scope: str | None, recurrence: saving.Recurrence | None) -> bool:
        # the version compared is the one of the meeting the form shows, never one read now
        meeting_id, version, data = self.meeting_id, self.conflicts.version, self.meeting_data()
        return self._submit(lambda s: saving.update(s, meeting_id, version, data, scope=scope,
                                                    recurrence=recurrence))

    def save_over(self, version: int) -> None:
        """Keep mine after a conflict: the same edit again over ``version`` (closing, if OK asked)."""
        self.conflicts.version = version
        scope, recurrence, closes = self._edit
        if self._save_edit(scope, recurrence) and closes:
            super().accept()

    def show_stored(self, detail: MeetingDetail) -> None:
        """Take the stored meeting after a conflict: the form shows it, the user's edits go."""
        self.error_label.hide()
        self._show(detail)

    def _submit(self, work) -> bool:
        self._saving = True
        try:
            meeting_id = run_or_raise(self, self._ws, work, title=self.tr("无法保存会议"))
        except ConcurrencyError as exc:
            if self.conflicts is None:
                self._show_error(exc, None)
            else:
                settle(self, self.conflicts, lambda refusal: self._show_error(refusal, None))
            return False
        except ValidationError as exc:
            self._show_error(exc, exc.field)
            return False
        except UserError as exc:
            self._show_error(exc, None)
            return False
        finally:
            self._saving = False
        self.meeting_saved.emit(meeting_id)
        self._load(meeting_id)
        return True

    def _show_error(self, exc: UserError, field: str | None) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self.tabs.setCurrentIndex(TAB_OF_FIELD.get(field or "", 0))
        self.details.focus_field(field)

    @property
    def error_message(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def accept(self) -> None:
        self._closing = True
        try:
            saved = self.save()
        finally:
            self._closing = False
        if saved:
            super().accept()

    # ------------------------------------------------------------ slots
    def _on_apply_button_clicked(self) -> None:
        self.save()

    def _on_details_body_changed(self, body_key: str) -> None:
        self._set_candidates(body_key)

    def _on_details_start_changed(self, _value) -> None:
        self.recurrence.set_start(self.details.start())

    def _on_recurrence_changed(self) -> None:
        self._rule_touched = True

    def _on_details_new_room_requested(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新建会议室"), self.tr("会议室名称："))
        if not ok or not name.strip():
            return
        room_id = Operation(self, self._ws, lambda s: rooms.create_room(s, name),
                            title=self.tr("无法新建会议室")).run()
        if room_id is not None:
            self.details.set_rooms(self._ws.read(rooms.list_rooms), room_id)

    # ------------------------------------------------------------ the change hub
    def _shows(self, changes: Changes) -> bool:
        return shows_meeting(changes, self.meeting_id)

    def _on_meeting_changed(self) -> None:
        """Someone changed the meeting: show it again, unless the user has edits not yet saved."""
        if self._saving or self.meeting_id is None:
            return  # save() loads what it saved
        meeting_id = self.meeting_id
        try:
            detail = self._ws.read(lambda s: get_meeting(s, meeting_id))
        except NotFoundError:
            self.meeting_deleted.emit(meeting_id)
            self.reject()
            return
        if detail != self._detail and not self.is_dirty():
            self._show(detail)
