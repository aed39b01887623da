"""Reading the audit log: each filter read back, labels in Chinese, ID and phone numbers masked
inside before/after, reveals filed under their record, paging over 100,000 entries."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import insert

from desktop.changes import TABLE_TOPICS
from desktop.models import AuditEntry, Person
from desktop.services.audit.labels import ENTITY_LABELS
from desktop.services.audit.query import (
    AuditFilter,
    audit_choices,
    audit_page,
    count_audit,
    list_audit,
    resolve_kind,
)

ID_NUMBER = "11010519491231002X"
MOBILE = "13812345678"


def add_person(db, who: str, name: str, phone: str = "") -> int:
    def work(session):
        person = Person(name=name, phone=phone)
        session.add(person)
        session.flush()
        return person.id
    return db.run(work, who)[0]


def rename(db, who: str, person_id: int, name: str) -> None:
    db.run(lambda s: setattr(s.get(Person, person_id), "name", name), who)


def entry(db, *, at: datetime | None = None, user="王秘书", entity="case_parties", entity_id=1,
          action="update", changes: dict | None = None) -> None:
    db.run(lambda s: s.add(AuditEntry(at=at or datetime.now(timezone.utc), user=user, entity=entity,
                                      entity_id=entity_id, action=action,
                                      changes=json.dumps(changes or {}, ensure_ascii=False))), "系统")


def rows(db, **filters):
    with db.reading() as session:
        return list_audit(session, **filters)


def test_the_user_filter_reads_back_only_that_users_entries(db):
    person = add_person(db, "王秘书", "张三")
    rename(db, "李秘书", person, "张三丰")
    found = rows(db, user="李秘书", entity="people")
    assert [(r.user, r.entity_label, r.entity_id, r.action_label) for r in found] == [
        ("李秘书", "联系人", person, "修改")]
    assert [(c.label, c.before, c.after) for c in found[0].changes] == [("名称", "张三", "张三丰")]


def test_the_kind_filter_reads_back_only_that_kind_of_record(db):
    add_person(db, "王秘书", "张三")
    entry(db, entity="meetings", entity_id=7, action="insert", changes={"title": [None, "联席会议"]})
    found = rows(db, entity="meetings", user="王秘书")
    assert [(r.entity, r.entity_label, r.entity_id) for r in found] == [("meetings", "会议", 7)]


def test_the_date_range_is_whole_days_in_beijing_time(db):
    entry(db, at=datetime(2026, 3, 1, 15, 30, tzinfo=timezone.utc), entity_id=1)   # 3月1日 23:30
    entry(db, at=datetime(2026, 3, 1, 16, 30, tzinfo=timezone.utc), entity_id=2)   # 3月2日 00:30
    entry(db, at=datetime(2026, 3, 2, 16, 30, tzinfo=timezone.utc), entity_id=3)   # 3月3日 00:30
    found = rows(db, entity="case_parties", first=date(2026, 3, 2), last=date(2026, 3, 2))
    assert [r.entity_id for r in found] == [2]


def test_an_id_number_and_a_phone_inside_before_and_after_are_masked(db):
    entry(db, changes={"id_number": [None, ID_NUMBER], "phone": [MOBILE, "010-67881234"],
                       "note": ["", f"身份证 {ID_NUMBER}，手机 {MOBILE}"]})
    changes = {c.field: c for c in rows(db, entity="case_parties")[0].changes}
    assert changes["id_number"].after == "110105********002X"
    assert changes["phone"].before == "138****5678"
    assert changes["phone"].after == "010-****1234"
    assert changes["note"].after == "身份证 110105********002X，手机 138****5678"
    assert ID_NUMBER not in json.dumps([c.__dict__ for c in changes.values()], ensure_ascii=False)


def test_a_phone_field_written_by_a_save_is_masked(db):
    add_person(db, "王秘书", "张三", phone=MOBILE)
    phone = next(c for c in rows(db, entity="people", user="王秘书")[0].changes if c.field == "phone")
    assert (phone.label, phone.before, phone.after) == ("电话", None, "138****5678")


def test_the_text_filter_matches_what_is_shown_not_the_hidden_digits(db):
    entry(db, changes={"note": ["", f"手机 {MOBILE}"]})
    assert len(rows(db, text="****5678")) == 1
    assert rows(db, text=MOBILE) == []


def test_the_text_filter_matches_a_field_label_and_a_value(db):
    entry(db, entity_id=1, changes={"address": ["", "经开区科创路8号"]})
    entry(db, entity_id=2, changes={"note": ["", "补充材料"]})
    assert [r.entity_id for r in rows(db, text="科创路")] == [1]
    assert [r.entity_id for r in rows(db, text="地址")] == [1]


def test_a_reveal_is_filed_under_its_case(db):
    entry(db, entity="dispute_case:5", entity_id=None, action="reveal")
    found = rows(db, entity="dispute_cases")
    assert [(r.entity_label, r.entity_id, r.action_label) for r in found] == [("争议案件", 5, "查看完整个人信息")]


def test_details_that_are_not_pairs_are_shown_as_after_values(db):
    entry(db, entity="users", entity_id=None, action="sign_in_failed",
          changes={"name": "wang", "reason": "密码错误"})
    found = rows(db, entity="users", user="王秘书")
    assert [(c.label, c.before, c.after) for c in found[0].changes] == [("名称", None, "wang"), ("理由", None, "密码错误")]
    assert found[0].action_label == "登录失败"


def test_paging_returns_the_slice_and_the_total(db):
    for n in range(1, 8):
        entry(db, entity_id=n)
    with db.reading() as session:
        page = audit_page(session, AuditFilter(entity="case_parties"), offset=2, limit=3)
        texted = audit_page(session, AuditFilter(entity="case_parties", text="王秘书"), offset=5, limit=3)
    assert ([r.entity_id for r in page.rows], page.total) == ([5, 4, 3], 7)
    assert ([r.entity_id for r in texted.rows], texted.total) == ([2, 1], 7)


def test_the_choices_list_the_people_and_kinds_in_the_log(db):
    add_person(db, "王秘书", "张三")
    entry(db, entity="incident_persons:3", entity_id=None, action="reveal", user="赵领导")
    with db.reading() as session:
        choices = audit_choices(session)
    assert {"王秘书", "赵领导"} <= set(choices.users)
    assert ("people", "联系人") in choices.kinds and ("incidents", "突发事件") in choices.kinds


def test_every_table_of_the_change_hub_has_a_chinese_label():
    assert sorted(set(TABLE_TOPICS) - set(ENTITY_LABELS)) == []


def test_a_kind_is_found_by_its_chinese_label():
    assert (resolve_kind("案件当事人"), resolve_kind("meetings"), resolve_kind("不存在")) == (
        "case_parties", "meetings", None)


@pytest.mark.slow
def test_a_page_of_100000_entries_reads_quickly(db):
    values = [{"at": datetime(2026, 1, 1, tzinfo=timezone.utc), "user": f"秘书{n % 7}", "entity": "meetings",
               "entity_id": n, "action": "update", "changes": json.dumps({"title": ["旧", f"新{n}"]})}
              for n in range(100_000)]
    db.run(lambda s: s.execute(insert(AuditEntry.__table__), values), "系统")
    with db.reading() as session:
        started = time.perf_counter()
        page = audit_page(session, AuditFilter(entity="meetings"), offset=50_000)
        users = count_audit(session, user="秘书3")
        elapsed = time.perf_counter() - started
    assert (len(page.rows), page.total, users) == (200, 100_000, 14_286)
    assert elapsed < 2.0
