"""Users, passwords, sign-in and roles: hashes with their parameters, the lock after five wrong
tries, disabled users, and each role's limits enforced in the services."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from desktop.errors import PermissionDeniedError, ValidationError
from desktop.models import (
    ActionItem,
    AuditEntry,
    EarlyWarning,
    Enterprise,
    Meeting,
    ScreeningEntry,
    User,
    utcnow,
)
from desktop.services.accounts import passwords, signin, users
from desktop.services.actions.core import sign_off
from desktop.services.disputes import rules as deadline_rules
from desktop.services.enterprises.core import EnterpriseData, create_enterprise
from desktop.services.incidents import limits as notification_limits
from desktop.services.kernel.privacy import record_reveal
from desktop.services.meetings.core import create_meeting
from desktop.services.minutes.workflow import issue_minutes, submit_for_review
from desktop.services.retention import rules as retention_rules
from desktop.services.retention.purge import purge
from desktop.services.screenings.bulk import insert_entries
from desktop.services.warnings import core as warnings
from tests.services.action_support import new_action
from tests.services.meeting_support import local, meeting_data
from tests.services.minutes_support import held_meeting, write_minutes
from tests.services.warning_support import C, suggested

PASSWORD = "correct horse"


def add(db, name="admin", role="admin", password=PASSWORD, **kw) -> int:
    return db.run(lambda s: users.add_user(s, name, role, password, **kw), "测试员")[0]


def office(db) -> None:
    """An administrator, then one user of each other role."""
    add(db, "admin", "admin", display="王主任")
    for name, role in (("wang", "secretary"), ("li", "leader"), ("zhao", "viewer")):
        add(db, name, role)


def attempt(db, name="admin", password=PASSWORD, now=None):
    return db.run(lambda s: signin.sign_in(s, name, password, now), name)[0]


def count(db, entity, *where) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(entity).where(*where))


def audit(db, action: str):
    """(user, entity, entity_id, changes) of the audit entries of ``action``, oldest first."""
    with db.reading() as s:
        return s.execute(select(AuditEntry.user, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes)
                         .where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


# --- passwords ---------------------------------------------------------------------------------

def test_a_hash_carries_its_parameters_and_a_16_byte_salt():
    scheme, n, r, p, salt, key = passwords.hash_password(PASSWORD).split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(key)) == 32


def test_a_hash_verifies_its_password_only():
    stored = passwords.hash_password(PASSWORD)
    assert passwords.verify_password(PASSWORD, stored)
    assert not passwords.verify_password(PASSWORD + "x", stored)
    assert not passwords.verify_password(PASSWORD, "") and not passwords.verify_password(PASSWORD, "md5$x")


def test_the_same_password_hashes_differently_each_time():
    assert passwords.hash_password(PASSWORD) != passwords.hash_password(PASSWORD)


def test_a_hash_made_with_older_parameters_still_verifies_and_asks_for_a_rehash(monkeypatch):
    monkeypatch.setattr(passwords, "N", 2**12)
    old = passwords.hash_password(PASSWORD)
    monkeypatch.undo()
    assert passwords.verify_password(PASSWORD, old) and passwords.needs_rehash(old)
    assert not passwords.needs_rehash(passwords.hash_password(PASSWORD))


def test_signing_in_with_an_old_hash_stores_one_at_todays_parameters(db, monkeypatch):
    monkeypatch.setattr(passwords, "N", 2**12)
    add(db)
    monkeypatch.undo()
    attempt(db)
    with db.reading() as s:
        assert s.scalar(select(User.password_hash)).split("$")[1] == str(2**14)


# --- users -------------------------------------------------------------------------------------

def test_the_first_user_must_be_an_administrator(db):
    with pytest.raises(ValidationError, match="第一个用户必须是管理员"):
        add(db, "wang", "secretary")
    assert count(db, User) == 0


def test_a_sign_in_name_is_unique(db):
    add(db)
    with pytest.raises(ValidationError, match="已被使用"):
        add(db, "admin", "viewer")


def test_a_short_password_is_refused(db):
    with pytest.raises(ValidationError, match="密码应为 8"):
        add(db, password="short")


def test_list_users_never_holds_the_hash(db):
    office(db)
    with db.reading() as s:
        rows = users.list_users(s)
    assert [(a.name, a.role, a.active) for a in rows] == [
        ("admin", "admin", True), ("li", "leader", True), ("wang", "secretary", True), ("zhao", "viewer", True)]
    assert not hasattr(rows[0], "password_hash")


def test_the_last_active_administrator_cannot_be_disabled_or_demoted(db):
    office(db)
    for work in (lambda s: users.disable_user(s, "admin"), lambda s: users.set_role(s, "admin", "leader")):
        with pytest.raises(ValidationError, match="唯一启用的管理员"):
            db.run(work, "王主任", role="admin")
    db.run(lambda s: users.set_role(s, "li", "admin"), "王主任", role="admin")
    db.run(lambda s: users.disable_user(s, "admin"), "王主任", role="admin")
    assert count(db, User, User.active.is_(False)) == 1


def test_a_password_reset_lifts_the_lock_and_is_audited_without_the_password(db):
    add(db)
    for _ in range(signin.MAX_TRIES):
        attempt(db, password="wrong password")
    db.run(lambda s: users.reset_password(s, "admin", "a new password"), "王主任")
    assert isinstance(attempt(db, password="a new password"), users.Account)
    [entry] = audit(db, "reset_password")
    assert "a new password" not in entry.changes and "scrypt" not in entry.changes


# --- sign-in -----------------------------------------------------------------------------------

def test_a_good_sign_in_returns_the_account_and_is_audited(db):
    office(db)
    result = attempt(db)
    assert isinstance(result, users.Account) and (result.role, result.label) == ("admin", "王主任")
    [entry] = audit(db, "sign_in")
    assert (entry.user, entry.entity, entry.entity_id) == ("王主任", "users", result.id)


def test_a_wrong_password_is_refused_and_audited_without_the_password(db):
    add(db)
    result = attempt(db, password="guess number one")
    assert isinstance(result, ValidationError) and "登录名或密码不正确" in str(result)
    [entry] = audit(db, "sign_in_failed")
    assert json.loads(entry.changes) == {"name": "admin", "reason": "password"}
    assert not any("guess" in e.changes for e in audit(db, "sign_in_failed") + audit(db, "update"))


def test_an_unknown_name_gets_the_same_refusal_as_a_wrong_password(db):
    add(db)
    assert str(attempt(db, "nobody")).startswith("登录名或密码不正确")


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(db):
    add(db)
    now = utcnow()
    results = [attempt(db, password=f"wrong {i}", now=now) for i in range(signin.MAX_TRIES)]
    assert "锁定至" in str(results[-1]) and "锁定至" not in str(results[-2])
    assert "锁定至" in str(attempt(db, now=now + timedelta(minutes=14)))   # even the right password
    assert isinstance(attempt(db, now=now + timedelta(minutes=16)), users.Account)


def test_a_disabled_user_cannot_sign_in(db):
    office(db)
    db.run(lambda s: users.disable_user(s, "wang"), "王主任", role="admin")
    result = attempt(db, "wang")
    assert isinstance(result, ValidationError) and "已停用" in str(result)
    assert json.loads(audit(db, "sign_in_failed")[-1].changes)["reason"] == "disabled"


def test_sign_in_is_asked_for_on_postgresql_once_a_user_exists_and_on_sqlite_when_switched_on(db):
    with db.reading() as s:
        assert not signin.sign_in_required(s)
    add(db)
    with db.reading() as s:
        assert signin.sign_in_required(s) is (not db.is_sqlite)
    if db.is_sqlite:
        db.run(lambda s: signin.set_sign_in_required(s, True), "王主任")
        with db.reading() as s:
            assert signin.sign_in_required(s)


def test_sign_in_cannot_be_switched_on_without_an_administrator(db):
    with pytest.raises(ValidationError, match="请先添加一位管理员"):
        db.run(lambda s: signin.set_sign_in_required(s, True), "测试员")


# --- roles -------------------------------------------------------------------------------------

def _meeting(s):
    return create_meeting(s, meeting_data(local(2026, 12, 1), title="查看者的会议"))


def _enterprise(s):
    return create_enterprise(s, EnterpriseData("查看者的企业", C[5]))


def _bulk(s):
    s.execute(update(Meeting).values(title="改名"))


def _core_insert(s):
    """A multi-row INSERT on the session's connection, as the imports and screenings write."""
    insert_entries(s, 1, [1])


@pytest.mark.parametrize(("work", "entity"), [(_meeting, Meeting), (_enterprise, Enterprise), (_bulk, Meeting),
                                              (_core_insert, ScreeningEntry)],
                         ids=["meeting", "enterprise", "bulk update", "core insert"])
def test_a_viewers_write_through_any_service_is_refused_and_nothing_written(db, work, entity):
    before = count(db, entity)
    with pytest.raises(PermissionDeniedError, match="查看"):
        db.run(work, "赵查看", role="viewer")
    assert count(db, entity) == before and count(db, Meeting, Meeting.title == "改名") == 0


def test_a_viewers_action_item_is_refused(db):
    with pytest.raises(PermissionDeniedError):
        new_action_as(db, "viewer")
    assert count(db, ActionItem) == 0


def new_action_as(db, role):
    from desktop.services.actions.core import ActionFields, create_action
    from tests.services.action_support import org_id

    return db.run(lambda s: create_action(s, "tripartite", ActionFields("督办", lead_org_id=org_id(s, "总工会"))),
                  "某人", role=role)[0]


def _minutes_for_review(db) -> int:
    with db.transaction("测试员") as s:
        minutes_id = write_minutes(s, held_meeting(s))
        submit_for_review(s, minutes_id)
    return minutes_id


def test_a_secretary_cannot_issue_minutes_but_a_leader_can(db):
    minutes_id = _minutes_for_review(db)
    with pytest.raises(PermissionDeniedError, match="“秘书”，无权签发纪要"):
        db.run(lambda s: issue_minutes(s, minutes_id), "王秘书", role="secretary")
    assert db.run(lambda s: issue_minutes(s, minutes_id), "李领导", role="leader")[0]


def test_a_secretary_cannot_issue_or_lift_a_warning(db):
    wid = suggested(db)
    with pytest.raises(PermissionDeniedError, match="签发或解除预警"):
        db.run(lambda s: warnings.issue_suggestion(s, wid), "王秘书", role="secretary")
    db.run(lambda s: warnings.issue_suggestion(s, wid), "李领导", role="leader")
    with pytest.raises(PermissionDeniedError, match="签发或解除预警"):
        db.run(lambda s: warnings.lift_warning(s, wid, "已补发"), "王秘书", role="secretary")
    with db.reading() as s:
        assert s.get(EarlyWarning, wid).status == "active"


def test_a_secretary_cannot_sign_off_an_action_item(db):
    action_id = new_action(db)
    db.run(lambda s: s.execute(update(ActionItem).values(status="awaiting_signoff", progress=100)), "测试员")
    with pytest.raises(PermissionDeniedError, match="办结确认"):
        db.run(lambda s: sign_off(s, action_id, "已办结"), "王秘书", role="secretary")
    db.run(lambda s: sign_off(s, action_id, "已办结"), "李领导", role="leader")


def test_a_leader_can_unmask_and_a_secretary_or_viewer_cannot(db):
    db.run(lambda s: record_reveal(s, "phone_numbers"), "李领导", role="leader")
    for role in ("secretary", "viewer"):
        with pytest.raises(PermissionDeniedError, match="查看未遮蔽的个人信息"), db.reading(role) as s:
            record_reveal(s, "phone_numbers")
    assert [e.user for e in audit(db, "reveal")] == ["李领导"]


def test_only_an_administrator_may_purge(db):
    with pytest.raises(PermissionDeniedError, match="清除到期的个人信息"):
        db.run(lambda s: purge(s, utcnow().date()), "李领导", role="leader")
    db.run(lambda s: purge(s, utcnow().date()), "王主任", role="admin")


def test_user_management_needs_the_administrator(db):
    office(db)
    with pytest.raises(PermissionDeniedError, match="管理用户"):
        db.run(lambda s: users.add_user(s, "qian", "viewer", PASSWORD), "李领导", role="leader")
    assert count(db, User) == 4


def test_without_sign_in_a_session_may_do_everything_as_before(db):
    minutes_id = _minutes_for_review(db)
    wid = suggested(db)
    db.run(lambda s: issue_minutes(s, minutes_id), "测试员")
    db.run(lambda s: warnings.issue_suggestion(s, wid), "测试员")
    db.run(lambda s: warnings.lift_warning(s, wid, "已补发"), "测试员")
    db.run(lambda s: record_reveal(s, "phone_numbers"), "测试员")
    assert len(audit(db, "reveal")) == 1


def test_a_leader_reads_but_adds_or_edits_nothing(db):
    with pytest.raises(PermissionDeniedError, match="“领导”.*请由秘书办理"):
        new_action_as(db, "leader")
    meeting_id = db.run(lambda s: create_meeting(s, meeting_data(local(2026, 12, 1))), "测试员")[0]
    with pytest.raises(PermissionDeniedError, match="“领导”"):
        db.run(lambda s: setattr(s.get(Meeting, meeting_id), "title", "改名"), "李领导", role="leader")
    assert count(db, ActionItem) == 0
    with db.reading("leader") as s:
        assert s.get(Meeting, meeting_id).title != "改名"


def test_a_leaders_decision_still_writes_what_it_needs(db):
    """Issuing allocates the 文号 and stamps the minutes: the whole unit of work may write."""
    minutes_id = _minutes_for_review(db)
    db.run(lambda s: issue_minutes(s, minutes_id), "李领导", role="leader")
    assert [e.user for e in audit(db, "update") if e.entity == "minutes"][-1] == "李领导"


@pytest.mark.parametrize("work", [
    lambda s: deadline_rules.reset_rule(s, "mediation_15"),
    lambda s: retention_rules.set_retention(s, "cases", 3, 10),
    lambda s: notification_limits.set_limit(s, 1, 30),
], ids=["deadline rule", "retention", "notification limit"])
def test_rules_are_for_the_administrator(db, work):
    for role in ("secretary", "leader"):
        with pytest.raises(PermissionDeniedError, match="修改规则、保存期限和模板"):
            db.run(work, "王秘书", role=role)
    db.run(work, "王主任", role="admin")
