"""The publish folder: one .ics per body (``tripartite.ics`` …) plus ``all.ics``, kept current.

Colleagues subscribe once to a file on a shared drive; every file is replaced atomically (written
beside it, then renamed), so a reader sees the old file or the new one, never half of one. The
files are readable by others (0644) unless the settings make them owner-only (0600). A
failure (folder gone, disk full, no permission) raises ``UserError`` with a Chinese message; the
file being written keeps its previous content. Feeds are in *series form* (see
``calendar_export``) and carry no METHOD.

Hook for the GUI (the lead wires it into the meeting views)::

    publisher = Publisher(workspace.read)          # built once, in app.py
    ...                                            # after every committed meeting change:
    publisher.meetings_changed([meeting_id])       # None when no folder is set

``meetings_changed`` re-serialises only the changed events (a cache of serialised VEVENTs keyed
by id, sequence, version and updated_at, and of meeting rows by id and version) and rewrites only
the files of the bodies concerned and ``all.ics``. Pass the ids of meetings whose attendance or
replies changed too: those tables do not touch the meeting row, so only the id tells the cache.
``meetings_changed(None)`` after an import or a whole-series edit rewrites every body's file.
``publish_now`` rewrites every file from scratch (the "立即发布" button; it also picks up renamed
people and bodies); ``reset`` after a restore swapped the database. A ``UserError`` from any of
them is for the GUI to show (a status-bar message or a box): a feed that cannot be written must
not fail silently.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.exports.atomic import PRIVATE, SHARED, atomic_write_bytes
from desktop.exports.ics import IcsOptions, VeventCache, calendar, serialise
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Body, Meeting
from desktop.services.calendar.export import ALL_NAME, ExportSelection, collect_events
from desktop.services.calendar.reads import RowCache, paused_gc
from desktop.services.calendar.settings import CalendarSettings, load_calendar_settings

ALL_FILE = "all.ics"
T = TypeVar("T")


@dataclass(frozen=True)
class PublishResult:
    folder: Path
    files: tuple[Path, ...]     # the files rewritten
    events: int                 # VEVENTs in all.ics
    rebuilt: int                # VEVENTs serialised afresh (the rest came from the cache)
    seconds: float


class FeedCache:
    """What a republish reuses: serialised VEVENTs and meeting snapshots."""

    def __init__(self) -> None:
        self.events = VeventCache()
        self.rows = RowCache()

    def forget(self, meeting_ids: Iterable[int]) -> None:
        ids = set(meeting_ids)
        self.events.discard([(kind, mid) for mid in ids for kind in ("m", "o")])
        for mid in ids:
            self.rows.rows.pop(mid, None)

    def clear(self) -> None:
        self.events.clear()
        self.rows.clear()


def ics_options(settings: CalendarSettings) -> IcsOptions:
    return IcsOptions(settings.organizer_name, settings.organizer_email, settings.reminder_minutes)


def body_file(key: str) -> str:
    return f"{key}.ics"


def _folder(settings: CalendarSettings, folder: Path | None) -> Path:
    target = folder or settings.folder
    if target is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "尚未设置日历发布文件夹。"))
    target = Path(target).expanduser()
    if not target.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "日历发布文件夹不存在或无法访问：{folder}"), folder=target)
    return target


def publish(session: Session, settings: CalendarSettings | None = None, *,
            folder: Path | None = None, cache: FeedCache | None = None,
            bodies: Iterable[str] | None = None) -> PublishResult:
    """Write ``all.ics`` and the files of ``bodies`` (None: every body) into the folder.

    With a ``cache`` only events whose stamp changed are serialised again.
    """
    started = time.perf_counter()
    settings = settings or load_calendar_settings()
    target = _folder(settings, folder)
    with paused_gc():  # the rows die before collection resumes, so none is ever scanned
        files, events, rebuilt = _write_feeds(session, settings, target, cache, bodies)
    return PublishResult(target, files, events, rebuilt, time.perf_counter() - started)


def _write_feeds(session, settings, target, cache, bodies) -> tuple[tuple[Path, ...], int, int]:
    cache = cache if cache is not None else FeedCache()
    options = ics_options(settings)
    cache.events.use(options)
    data = collect_events(session, ExportSelection(), have=cache.events.has, rows=cache.rows)
    rebuilt = sum(1 for e in data.entries if e.event is not None)
    blobs = serialise(data, options, cache.events)
    cache.events.keep_only({e.key for e in data.entries})
    wanted = set(data.body_names) if bodies is None else set(bodies) & set(data.body_names)
    mode = PRIVATE if settings.publish_private else SHARED
    files = []
    for key, name in data.body_names.items():
        if key in wanted:
            content = calendar(name, (b for k, b in blobs if k == key))
            files.append(atomic_write_bytes(target / body_file(key), content, mode=mode))
    files.append(atomic_write_bytes(target / ALL_FILE, calendar(ALL_NAME, (b for _k, b in blobs)), mode=mode))
    return tuple(files), len(blobs), rebuilt


def republish(session: Session, changed_meeting_ids: Iterable[int], *, cache: FeedCache,
              settings: CalendarSettings | None = None, folder: Path | None = None) -> PublishResult:
    """After a change: forget the changed meetings' cached events, rewrite their bodies' files
    and ``all.ics``. A deleted meeting's body is unknown, so then every body's file is rewritten."""
    ids = set(changed_meeting_ids)
    cache.forget(ids)
    found = dict(session.execute(select(Meeting.id, Body.key).join(Body, Body.id == Meeting.body_id)
                                 .where(Meeting.id.in_(ids))).all()) if ids else {}
    bodies = None if len(found) < len(ids) else set(found.values())
    return publish(session, settings, folder=folder, cache=cache, bodies=bodies)


class Publisher:
    """What the GUI keeps for its session: the cache, and the two entry points above.

    ``read`` runs a function with a read-only session (``Workspace.read``).
    """

    def __init__(self, read: Callable[[Callable[[Session], T]], T],
                 settings: Callable[[], CalendarSettings] = load_calendar_settings) -> None:
        self._read = read
        self._settings = settings
        self.cache = FeedCache()

    def meetings_changed(self, meeting_ids: Iterable[int] | None) -> PublishResult | None:
        """Republish after a committed change; None when no publish folder is set.

        ``meeting_ids`` None (an import, a whole-series edit…) rewrites every body's file;
        events whose stamps did not change still come from the cache.
        """
        settings = self._settings()
        if settings.folder is None:
            return None
        if meeting_ids is None:
            return self._read(lambda s: publish(s, settings, cache=self.cache))
        ids = list(meeting_ids)
        return self._read(lambda s: republish(s, ids, cache=self.cache, settings=settings))

    def reset(self) -> None:
        """Forget everything cached: call after the database was swapped (restore)."""
        self.cache.clear()

    def publish_now(self, folder: Path | None = None, *,
                    read: Callable[[Callable[[Session], T]], T] | None = None) -> PublishResult:
        """Rewrite every file from scratch (raises UserError when no folder is set).

        ``read`` (a background job's) stands in for the publisher's own. The cache is rebuilt
        aside and swapped in when done, so a republish on the UI thread meanwhile never sees a
        half-filled one.
        """
        settings = self._settings()
        cache = FeedCache()
        result = (read or self._read)(lambda s: publish(s, settings, folder=folder, cache=cache))
        self.cache = cache
        return result
