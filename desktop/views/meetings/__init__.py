"""The meeting dialog and what it is made of: details, attendees, recurrence, agenda, attendance."""

from __future__ import annotations

from desktop.changes import Changes, Topic


def shows_meeting(changes: Changes, meeting_id: int | None) -> bool:
    """Whether ``changes`` may have touched the saved meeting ``meeting_id`` (or what hangs off it)."""
    ids = changes.ids(Topic.MEETINGS)
    return meeting_id is not None and (ids is None or meeting_id in ids)
