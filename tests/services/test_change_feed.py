"""The change feed between PCs: what a committed transaction touched, polled by the others."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.changes import Changes, Topic
from desktop.errors import UserError
from desktop.models import ChangeFeedEntry
from desktop.models.base import utcnow
from desktop.services.actions.core import update_action
from desktop.services.actions.detail import get_action
from desktop.services.sync import feed
from tests.services.action_support import new_action


def _latest(db) -> int:
    with db.reading() as s:
        return feed.latest_id(s)


def _poll(db, after: int) -> tuple[int, Changes]:
    with db.reading() as s:
        return feed.poll(s, after, db.origin)


def test_another_pcs_write_is_polled_with_its_ids(db, other_pc):
    start = _latest(db)
    item = new_action(other_pc)
    newest, changes = _poll(db, start)
    assert newest > start
    assert changes.touches(Topic.ACTIONS)
    assert changes.ids(Topic.ACTIONS) == frozenset({item})
    assert _poll(db, newest) == (newest, Changes())   # nothing new: nothing announced


def test_a_pcs_own_writes_are_not_announced_back_to_it(db):
    start = _latest(db)
    new_action(db)
    newest, changes = _poll(db, start)
    assert newest > start and not changes


def test_a_refused_write_leaves_nothing_in_the_feed(db, other_pc):
    item = new_action(other_pc)
    start = _latest(db)
    with pytest.raises(UserError), other_pc.transaction("测试员") as s:
        detail = get_action(s, item)
        update_action(s, item, replace(detail.fields(), title=""), detail.version)  # no title
    assert _poll(db, start) == (start, Changes())


def test_a_read_only_transaction_writes_no_feed_row(db):
    start = _latest(db)
    with db.transaction("测试员") as s:
        get_action(s, new_action(db))
    with db.reading() as s:
        count = s.scalar(select(func.count()).select_from(ChangeFeedEntry).where(ChangeFeedEntry.id > start))
    assert count == 1   # the new_action, not the transaction that only read


def test_many_ids_are_stored_as_any_row(db):
    ids = frozenset(range(1, feed.MAX_IDS + 2))
    with db.transaction() as s:
        feed.write_feed(s.connection(), Changes.of(Topic.ACTIONS, ids={Topic.ACTIONS: ids}), "pc-3")
    with db.reading() as s:
        stored = s.scalar(select(ChangeFeedEntry.row_ids).order_by(ChangeFeedEntry.id.desc()).limit(1))
    assert stored is None
    _newest, changes = _poll(db, _latest(db) - 1)
    assert changes.touches(Topic.ACTIONS) and changes.ids(Topic.ACTIONS) is None


def test_a_feed_that_went_back_means_everything(db):
    newest = _latest(db)
    polled, changes = _poll(db, newest + 50)   # a backup older than what the PC saw was restored
    assert polled == newest
    assert changes.topics == frozenset(Topic)


def test_more_rows_than_a_poll_reads_means_everything(db, monkeypatch):
    start = _latest(db)
    monkeypatch.setattr(feed, "POLL_LIMIT", 2)
    with db.transaction() as s:
        for topic in (Topic.ACTIONS, Topic.MEETINGS, Topic.CASES):
            feed.write_feed(s.connection(), Changes.of(topic), "pc-3")
    newest, changes = _poll(db, start)
    assert newest == start + 3 if db.is_sqlite else newest > start
    assert changes.topics == frozenset(Topic)


def test_an_unknown_topic_from_a_newer_version_is_ignored(db):
    start = _latest(db)
    with db.transaction() as s:
        s.connection().execute(ChangeFeedEntry.__table__.insert().values(
            origin="pc-9", topic="holograms", row_ids="[1]", at=utcnow()))
        feed.write_feed(s.connection(), Changes.of(Topic.CASES, ids={Topic.CASES: [7]}), "pc-9")
    _newest, changes = _poll(db, start)
    assert changes.topics == frozenset({Topic.CASES})


def test_prune_drops_old_rows_but_keeps_the_newest(db, other_pc):
    new_action(other_pc)
    new_action(other_pc)
    with db.transaction() as s:
        removed = feed.prune(s, older_than=utcnow() + timedelta(minutes=1))
    with db.reading() as s:
        left = s.scalar(select(func.count()).select_from(ChangeFeedEntry))
    assert removed >= 1 and left == 1
    start = _latest(db)
    item = new_action(other_pc)   # ids go on after the kept row: a follower misses nothing
    assert _poll(db, start)[1].ids(Topic.ACTIONS) == frozenset({item})
