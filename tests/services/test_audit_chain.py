"""The audit log's hash chain read back: filled at commit whichever way the rows were written,
whole after concurrent writers, and broken exactly where an entry was edited, deleted or the
tip rewound; the retention purge's redactions verify; on PostgreSQL ``audit protect`` leaves the
PCs' role unable to rewrite it."""

from __future__ import annotations

import json
import os
import threading
from datetime import date

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop.db import open_database
from desktop.errors import UserError
from desktop.models import REDACTED_KEY, AuditEntry, Organisation
from desktop.models.audit_chain import entry_digest
from desktop.services.audit import chain
from desktop.services.audit.protect import protect
from tests.services.test_retention import closed_case, no_archive, run_purge
from tests.support import need


def _verify(db, anchor=None) -> chain.Verification:
    with db.reading() as session:
        return chain.verify(session, anchor)


def _plain(db, statement) -> None:
    """A write that bypasses the app's sessions (what someone with a database tool could do)."""
    with db.engine.begin() as conn:
        conn.execute(statement)


def _ids(db) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _add_orgs(db, *names: str) -> None:
    for name in names:
        db.run(lambda s, n=name: s.add(Organisation(name=n, kind="other")), "王秘书")


def test_every_entry_is_chained_at_commit_orm_and_core_alike(db):
    _add_orgs(db, "链测试单位甲")
    with db.transaction("王秘书") as session:  # a Core insert, as the bulk services write
        session.connection().execute(insert(AuditEntry.__table__), [
            {"user": "王秘书", "entity": "meetings", "entity_id": 1, "action": "update", "changes": "{}"}])
        session.add(AuditEntry(user="王秘书", entity="meetings", entity_id=2, action="update", changes="{}"))
    with db.reading() as session:
        rows = session.execute(select(AuditEntry.digest, AuditEntry.chain, AuditEntry.changes)).all()
        total = session.scalar(select(func.count()).select_from(AuditEntry))
    assert rows and all(r.chain and r.digest == entry_digest(r.changes) for r in rows)
    result = _verify(db)
    assert result.ok and result.checked == total and result.tip.id == max(_ids(db))


def test_an_edited_entry_is_the_first_broken_one(db):
    _add_orgs(db, "链测试单位甲", "链测试单位乙", "链测试单位丙")
    ids = _ids(db)
    target = ids[-2]
    _plain(db, update(AuditEntry).where(AuditEntry.id == target).values(changes='{"name": [null, "假"]}'))
    result = _verify(db)
    assert (result.ok, result.first_broken, result.reason) == (False, target, chain.EDITED)


def test_a_changed_user_breaks_the_link_of_that_entry(db):
    _add_orgs(db, "链测试单位甲", "链测试单位乙")
    target = _ids(db)[-2]
    _plain(db, update(AuditEntry).where(AuditEntry.id == target).values(user="别人"))
    result = _verify(db)
    assert (result.first_broken, result.reason) == (target, chain.LINK)


def test_a_deleted_entry_breaks_the_chain_at_the_next(db):
    _add_orgs(db, "链测试单位甲", "链测试单位乙", "链测试单位丙")
    ids = _ids(db)
    _plain(db, delete(AuditEntry).where(AuditEntry.id == ids[-2]))
    result = _verify(db)
    assert (result.first_broken, result.reason) == (ids[-1], chain.LINK)


def test_an_entry_slipped_in_without_the_app_is_found(db):
    _add_orgs(db, "链测试单位甲")
    _plain(db, insert(AuditEntry).values(user="x", entity="meetings", entity_id=1, action="delete", changes="{}"))
    result = _verify(db)
    assert (result.first_broken, result.reason) == (max(_ids(db)), chain.UNCHAINED)


def test_deleting_the_newest_entries_is_caught_by_the_anchor(db, tmp_path):
    _add_orgs(db, "链测试单位甲", "链测试单位乙")
    whole = _verify(db)
    anchors = tmp_path / "anchors.json"
    chain.write_anchor(anchors, "db", whole.tip)
    assert _verify(db, chain.read_anchor(anchors, "db")).ok
    _add_orgs(db, "链测试单位丙")  # the chain goes on past the anchor: still whole
    assert _verify(db, chain.read_anchor(anchors, "db")).ok
    _plain(db, delete(AuditEntry).where(AuditEntry.id >= whole.tip.id))
    after = _verify(db, chain.read_anchor(anchors, "db"))
    assert after.first_broken is None and after.rewound and not after.ok
    _add_orgs(db, "链测试单位丁")  # new entries after the rewind do not hide it
    assert _verify(db, chain.read_anchor(anchors, "db")).rewound


def test_the_anchor_file_keeps_other_databases(tmp_path):
    path = tmp_path / "a.json"
    chain.write_anchor(path, "one", chain.Anchor(3, "c3"))
    chain.write_anchor(path, "two", chain.Anchor(9, "c9"))
    assert chain.read_anchor(path, "one") == chain.Anchor(3, "c3")
    assert chain.read_anchor(path, "two") == chain.Anchor(9, "c9")
    path.write_text("not json", encoding="utf-8")
    assert chain.read_anchor(path, "one") is None


def test_the_purges_redactions_verify_and_are_listed(db):
    closed_case(db)
    no_archive(db)
    run_purge(db, date(2026, 1, 1))
    with db.reading() as session:
        redacted = list(session.scalars(select(AuditEntry.id).where(AuditEntry.redacted_at.is_not(None))
                                        .order_by(AuditEntry.id)))
        purge_entry = session.scalars(select(AuditEntry.changes).where(AuditEntry.action == "purge")).one()
    assert redacted and json.loads(purge_entry)[REDACTED_KEY] == redacted
    result = _verify(db)
    assert result.ok and list(result.redacted) == redacted


def test_a_redaction_no_purge_lists_is_a_break(db):
    _add_orgs(db, "链测试单位甲", "链测试单位乙")
    target = _ids(db)[-2]
    _plain(db, update(AuditEntry).where(AuditEntry.id == target)
           .values(changes="{}", redacted_at=func.current_timestamp()))
    result = _verify(db)
    assert (result.first_broken, result.reason) == (target, chain.UNLISTED_REDACTION)


def test_concurrent_writers_leave_one_whole_chain(db):
    if db.is_sqlite:
        pytest.skip("SQLite's write transactions are one at a time already (BEGIN IMMEDIATE)")
    other = open_database(db.target.url.render_as_string(hide_password=False))
    errors: list[BaseException] = []

    def writer(database, prefix):
        try:
            for i in range(25):
                database.run(lambda s, n=f"{prefix}{i}": s.add(Organisation(name=n, kind="other")), prefix)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(d, p)) for d, p in ((db, "并发甲"), (other, "并发乙"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.dispose()
    assert errors == []
    result = _verify(db)
    assert result.ok and result.checked == len(_ids(db))


APP_ROLE = os.environ.get("TRIPARTITE_TEST_PG_APP_ROLE")


def test_protect_refuses_sqlite(db):
    if not db.is_sqlite:
        pytest.skip("the SQLite refusal")
    with db.engine.begin() as conn, pytest.raises(UserError, match="只用于 PostgreSQL"):
        protect(conn, "whoever")


def test_protected_log_is_append_only_for_the_app_role(db_url):
    if "://" not in db_url:
        pytest.skip("database roles are PostgreSQL's")
    if not APP_ROLE:
        need(False, "TRIPARTITE_TEST_PG_APP_ROLE names no second PostgreSQL role (.ci/run creates one)")
    owner = open_database(db_url, create=True)
    try:
        with owner.engine.begin() as conn, pytest.raises(UserError, match="没有角色"):
            protect(conn, "no_such_role_here")
        with owner.engine.begin() as conn:
            protect(conn, APP_ROLE)
        _add_orgs(owner, "所有者写入的单位")
    finally:
        owner.dispose()
    url = owner.target.url.set(username=APP_ROLE, password=APP_ROLE).render_as_string(hide_password=False)
    app = open_database(url)
    try:
        _add_orgs(app, "应用角色写入的单位")   # the app works: insert, chain at commit
        assert _verify(app).ok
        first = _ids(app)[0]
        for statement in (update(AuditEntry).where(AuditEntry.id == first).values(changes="{}"),
                          update(AuditEntry).where(AuditEntry.id == first).values(chain="0" * 64),
                          update(AuditEntry).where(AuditEntry.id == first).values(user="别人"),
                          delete(AuditEntry).where(AuditEntry.id == first),
                          text("TRUNCATE audit_log")):
            with pytest.raises(DBAPIError):
                _plain(app, statement)
        assert _verify(app).ok and _ids(app)[0] == first
    finally:
        app.dispose()


def test_entries_written_before_the_chain_existed_are_chained_by_the_upgrade(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from desktop import migrate

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(migrate.alembic_config(engine), "0009")
    with engine.begin() as conn:
        for i in range(3):
            conn.execute(text("INSERT INTO audit_log (at, user, entity, entity_id, action, changes) "
                              "VALUES (:at, '旧用户', 'meetings', :i, 'update', '{}')"),
                         {"at": f"2025-01-0{i + 1} 08:00:00.000000", "i": i})
    engine.dispose()
    db = open_database(str(path))
    try:
        result = _verify(db)
        assert result.ok and result.checked == 3
        _add_orgs(db, "升级后的单位")
        assert _verify(db).ok and _verify(db).checked > 3
    finally:
        db.dispose()
