"""Calendars: what the calendar page reads, .ics export, import and replies."""
