"""Meetings: single and recurring, agenda, attendance, conflicts, rooms, notices, reminders."""
