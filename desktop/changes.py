"""What a committed unit of work touched: a plain value the screens use to decide what to reload.

``Changes`` knows no Qt and no database; ``desktop.db`` fills one from each transaction's flushes
and DML statements, and the GUI's change hub announces it (like Anki's ``OpChanges``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum


class Topic(str, Enum):
    """A kind of data a screen may show. Registers add their own members here."""

    MEETINGS = "meetings"      # meetings, series, agenda, attendance
    MINUTES = "minutes"        # minutes, decisions, document numbers, deliveries
    ACTIONS = "actions"        # action items (督办) and their history
    DIRECTORY = "directory"    # organisations, people, rooms
    BODIES = "bodies"          # the five bodies, their members and representatives
    HOLIDAYS = "holidays"      # the working-day calendar
    SETTINGS = "settings"      # calendar, mail and other settings kept in files
    ATTACHMENTS = "attachments"
    ENTERPRISES = "enterprises"  # the enterprise register (企业名录)
    SCREENINGS = "screenings"    # screening campaigns (排查) and their results
    WARNINGS = "warnings"        # warnings and their message chains
    CASES = "cases"
    INCIDENTS = "incidents"
    USERS = "users"              # the people who sign in, their roles, the sign-in switch


#: Table name → topic. Tables not listed (the audit log) announce nothing.
TABLE_TOPICS: Mapping[str, Topic] = {
    "meetings": Topic.MEETINGS, "meeting_series": Topic.MEETINGS,
    "attendance": Topic.MEETINGS, "agenda_items": Topic.MEETINGS,
    "minutes": Topic.MINUTES, "decisions": Topic.MINUTES,
    "document_numbers": Topic.MINUTES, "minutes_deliveries": Topic.MINUTES,
    "action_items": Topic.ACTIONS, "action_updates": Topic.ACTIONS,
    "action_co_organisations": Topic.ACTIONS,
    "organisations": Topic.DIRECTORY, "people": Topic.DIRECTORY, "rooms": Topic.DIRECTORY,
    "enterprises": Topic.ENTERPRISES,
    "screening_campaigns": Topic.SCREENINGS, "screening_entries": Topic.SCREENINGS,
    "warnings": Topic.WARNINGS, "warning_messages": Topic.WARNINGS,
    "bodies": Topic.BODIES, "memberships": Topic.BODIES, "representatives": Topic.BODIES,
    "holidays": Topic.HOLIDAYS,
    "dispute_cases": Topic.CASES, "case_parties": Topic.CASES, "case_claims": Topic.CASES,
    "case_steps": Topic.CASES, "clock_adjustments": Topic.CASES, "case_documents": Topic.CASES,
    "mediators": Topic.CASES, "deadline_rules": Topic.CASES,
    "incidents": Topic.INCIDENTS, "incident_parties": Topic.INCIDENTS, "incident_reports": Topic.INCIDENTS,
    "incident_events": Topic.INCIDENTS, "incident_persons": Topic.INCIDENTS,
    "incident_meetings": Topic.INCIDENTS, "notification_limits": Topic.INCIDENTS,
    "retention_rules": Topic.SETTINGS,
    "attachments": Topic.ATTACHMENTS, "attachment_contents": Topic.ATTACHMENTS,
    "users": Topic.USERS, "access_settings": Topic.USERS,
}

ALL = None  # as an id set: "which rows is not known; any may have changed"


@dataclass(frozen=True)
class Changes:
    """Topics touched and, per topic, the ids touched (``None``: not known, assume any)."""

    topics: frozenset[Topic] = frozenset()
    _ids: tuple[tuple[Topic, frozenset[int] | None], ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, *topics: Topic, ids: Mapping[Topic, Iterable[int] | None] | None = None) -> Changes:
        """Changes of ``topics``; ``ids`` narrows a topic to the rows touched."""
        ids = dict(ids or {})
        all_topics = frozenset(topics) | frozenset(ids)
        pairs = tuple(sorted(((t, None if ids.get(t, ALL) is None else frozenset(ids[t]))
                              for t in all_topics), key=lambda p: p[0].value))
        return cls(all_topics, pairs)

    @classmethod
    def everything(cls) -> Changes:
        """After a restore or F5: every topic, every row."""
        return cls.of(*Topic)

    @classmethod
    def meetings(cls, meeting_ids: Iterable[int] | None) -> Changes:
        return cls.of(ids={Topic.MEETINGS: meeting_ids})

    def __bool__(self) -> bool:
        return bool(self.topics)

    def touches(self, *topics: Topic) -> bool:
        """Whether any of ``topics`` changed."""
        return not self.topics.isdisjoint(topics)

    def ids(self, topic: Topic) -> frozenset[int] | None:
        """The ids of ``topic`` touched: empty when untouched, ``None`` when any may have changed."""
        for t, ids in self._ids:
            if t is topic:
                return ids
        return frozenset()

    def __or__(self, other: Changes) -> Changes:
        merged: dict[Topic, frozenset[int] | None] = {}
        for changes in (self, other):
            for t, ids in changes._ids:
                if ids is None or (t in merged and merged[t] is None):
                    merged[t] = None
                else:
                    merged[t] = (merged.get(t) or frozenset()) | ids
        return Changes.of(ids=merged)


class ChangeLog:
    """Collects what one transaction touches; ``desktop.db`` feeds it, ``changes()`` reads it."""

    def __init__(self) -> None:
        self._ids: dict[Topic, set[int] | None] = {}

    def add(self, topic: Topic, row_id: int | None) -> None:
        """Row ``row_id`` of ``topic`` changed; ``None`` when the row is not known."""
        if topic in self._ids and self._ids[topic] is None:
            return
        if row_id is None:
            self._ids[topic] = None
        else:
            self._ids.setdefault(topic, set()).add(row_id)  # type: ignore[union-attr]

    def add_table(self, table: str, row_id: int | None = None) -> None:
        topic = TABLE_TOPICS.get(table)
        if topic is not None:
            self.add(topic, row_id)

    def merge(self, changes: Changes) -> None:
        """Add what a service declares by hand (for example after a raw Core insert)."""
        for topic in changes.topics:
            ids = changes.ids(topic)
            if ids is None:
                self.add(topic, None)
            for row_id in ids or ():
                self.add(topic, row_id)

    def changes(self) -> Changes:
        return Changes.of(ids={t: (None if ids is None else frozenset(ids)) for t, ids in self._ids.items()})


def note(session, changes: Changes) -> None:
    """Declare changes the session's events cannot see (a raw ``session.connection()`` write)."""
    log = session.info.get(LOG_KEY)
    if log is not None:
        log.merge(changes)


LOG_KEY = "change_log"
