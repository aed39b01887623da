"""The soft "正在编辑" hint: who else has a record open, expiring by itself."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from desktop.models import AuditEntry, ChangeFeedEntry
from desktop.models.base import utcnow
from desktop.services.sync import presence

ITEM = ("action_items", 7)


def _others(db, origin: str, now=None) -> list[presence.Editor]:
    with db.reading() as s:
        return presence.others(s, *ITEM, origin, now)


def _counts(db) -> tuple[int, int]:
    with db.reading() as s:
        return (s.scalar(select(func.count()).select_from(AuditEntry)),
                s.scalar(select(func.count()).select_from(ChangeFeedEntry)))


def test_another_pc_sees_who_has_the_record_open_since_when(db):
    opened = utcnow().replace(microsecond=0)
    presence.touch(db, "pc-1", "王秘书", *ITEM, now=opened)
    presence.touch(db, "pc-1", "王秘书", *ITEM, now=opened + timedelta(seconds=30))  # a heartbeat
    seen = _others(db, "pc-2", opened + timedelta(seconds=40))
    assert [(e.user, e.since) for e in seen] == [("王秘书", opened)]   # since: when it opened
    assert _others(db, "pc-1", opened) == []                           # not oneself
    with db.reading() as s:
        assert presence.others(s, "action_items", 8, "pc-2", opened) == []   # another record


def test_an_entry_expires_when_its_pc_goes_quiet(db):
    now = utcnow()
    presence.touch(db, "pc-1", "王秘书", *ITEM, now=now)
    assert _others(db, "pc-2", now + presence.EXPIRY - timedelta(seconds=1))
    assert _others(db, "pc-2", now + presence.EXPIRY + timedelta(seconds=1)) == []
    assert presence.sweep(db, now + presence.EXPIRY + timedelta(seconds=1)) == 1


def test_closing_the_form_takes_the_entry_away(db):
    presence.touch(db, "pc-1", "王秘书", *ITEM)
    presence.touch(db, "pc-3", "赵秘书", *ITEM)
    presence.leave(db, "pc-1", *ITEM)
    assert [e.user for e in _others(db, "pc-2")] == ["赵秘书"]


def test_the_heartbeat_touches_and_reads_the_others(db):
    presence.touch(db, "pc-1", "王秘书", *ITEM)
    assert [e.user for e in presence.heartbeat(db, "pc-2", "赵秘书", *ITEM)] == ["王秘书"]
    assert [e.user for e in _others(db, "pc-1")] == ["赵秘书"]


def test_presence_is_neither_audited_nor_announced_and_a_viewer_may_be_seen(db):
    before = _counts(db)
    db.role = "viewer"   # a viewer who opens a form (read only) is still shown to the others
    try:
        presence.touch(db, "pc-1", "查看员", *ITEM)
        presence.heartbeat(db, "pc-1", "查看员", *ITEM)
        presence.leave(db, "pc-1", *ITEM)
    finally:
        db.role = None
    assert _counts(db) == before
