"""Calendars in the GUI: export .ics, the publish folder with 立即发布, import .ics with a preview.

Wiring (for the main window): ``add_calendar_menu(file_menu, workspace, self, publisher,
on_imported=lambda _r: self.refresh_all())`` adds a 日历 submenu; a meeting's context menu can
call ``open_calendar_dialog(workspace, self, publisher, meeting_id=id)``.
"""

from desktop.views.calendar_export.dialog import (
    CalendarDialog,
    add_calendar_menu,
    open_calendar_dialog,
)

__all__ = ["CalendarDialog", "add_calendar_menu", "open_calendar_dialog"]
