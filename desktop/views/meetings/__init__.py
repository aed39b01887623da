"""The meeting dialog and what it is made of: details, attendees, recurrence, agenda, attendance."""
