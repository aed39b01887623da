"""Warnings shown before saving: holidays and weekends, unknown holiday years, double bookings."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.services.calendar.queries import DateCheck, MeetingCheck
from desktop.services.dates.holidays import DayKind
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.conflicts import Conflict
from desktop.views.calendar.chips import long_weekday

MAX_LINES = 12


class WarningsPanel(QFrame):
    """A yellow box of warnings (saving is still allowed), or a red line for an input error."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWarnings")
        self.label = QLabel(wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        self._lines: list[str] = []
        self.hide()

    def lines(self) -> list[str]:
        """The warnings as plain text, for tests and tooltips."""
        return list(self._lines)

    def clear(self) -> None:
        self._lines = []
        self.hide()

    def show_error(self, text: str) -> None:
        self._lines = [text]
        self.setStyleSheet("#meetingWarnings { background: #fdecea; border: 1px solid #f5c2c0;"
                           " border-radius: 4px; } QLabel { color: #a61b1b; }")
        self.label.setText(html.escape(text))
        self.show()

    def show_check(self, check: MeetingCheck) -> None:
        lines = [self._unknown_year(year) for year in check.unknown_years]
        for item in check.dates:
            lines += self._date_lines(item)
        if not lines:
            self.clear()
            return
        if len(lines) > MAX_LINES:
            lines = [*lines[:MAX_LINES - 1], self.tr("另有 {n} 条提醒未列出。").format(n=len(lines) - MAX_LINES + 1)]
        if check.more:
            lines.append(self.tr("（只检查了系列中前 {n} 次会议。）").format(n=len(check.dates)))
        self._lines = lines
        self.setStyleSheet("#meetingWarnings { background: #fff8e1; border: 1px solid #f3d98b;"
                           " border-radius: 4px; } QLabel { color: #5c4400; }")
        title = self.tr("请注意（仍可保存）：")
        self.label.setText(f"<b>{html.escape(title)}</b><br>"
                           + "<br>".join("• " + html.escape(line) for line in lines))
        self.show()

    def _unknown_year(self, year: int) -> str:
        return self.tr("{year}年的法定节假日安排尚未导入，只知法定节假日、不知调休；可在“节假日”中导入。").format(year=year)

    def _date_lines(self, item: DateCheck) -> list[str]:
        day = item.day
        when = self.tr("{date}（{weekday}）").format(date=day.date.isoformat(),
                                                    weekday=long_weekday(day.date))
        lines = []
        if item.moved:
            rule_day = to_local(item.rule_date).date()
            lines.append(self.tr("{rule_date} 不是工作日，将顺延至 {date}").format(
                rule_date=rule_day.isoformat(), date=when))
        if day.kind == DayKind.HOLIDAY.value:
            lines.append(self.tr("{date} 是法定节假日：{name}").format(date=when, name=day.name or self.tr("节假日")))
        elif day.kind == DayKind.WEEKEND.value:
            lines.append(self.tr("{date} 是休息日").format(date=when))
        lines += [self._conflict(c) for c in item.conflicts]
        return lines

    def _conflict(self, c: Conflict) -> str:
        start, end = to_local(c.start), to_local(c.end)
        until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
        when = f"{start:%Y-%m-%d %H:%M}–{until}"
        if c.kind == "room":
            return self.tr("时间冲突：会议室“{room}”在 {when} 已被“{title}”占用").format(
                room=c.room_name, when=when, title=c.meeting_title)
        return self.tr("时间冲突：{name} 在 {when} 已有会议“{title}”").format(
            name=c.person_name, when=when, title=c.meeting_title)
