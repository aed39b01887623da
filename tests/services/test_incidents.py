"""The incident register read back from the database: the board and who is late, report
numbers without gaps (two writers too), level changes, links, and refusals that write nothing."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.models import Incident, IncidentParty, IncidentReport
from desktop.services.incidents import board, core, limits, query, reports
from desktop.services.incidents.timeline import timeline
from tests.services.incident_support import LEARNED, ack, enterprise_id, new_incident, notify
from tests.services.warning_support import add_suggestion


def late_parties(db, incident_id: int, as_of) -> dict[str, tuple[bool, bool]]:
    with db.reading() as s:
        return {r.short: (r.late, r.unacknowledged) for r in board.board(s, incident_id, as_of=as_of)}


def test_opening_an_incident_puts_every_linkage_member_on_its_board(db):
    incident_id = new_incident(db)
    with db.reading() as s:
        rows = board.board(s, incident_id)
        number = s.get(Incident, incident_id).number
    assert [r.short for r in rows] == ["管委会", "人社局", "总工会", "公安分局", "信访办", "法院", "司法局"]
    assert {r.limit_minutes for r in rows} == {120}         # level III: 2 hours
    assert number == "（2026）联动第1号"


def test_the_board_marks_late_parties_as_of_a_given_time(db):
    incident_id = new_incident(db, level=2)                # levels I and II: within 1 hour of learning
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=25))
    notify(db, incident_id, "信访", LEARNED + timedelta(minutes=75))
    ack(db, incident_id, "公安", LEARNED + timedelta(minutes=30))
    at_50 = late_parties(db, incident_id, LEARNED + timedelta(minutes=50))
    assert at_50["公安分局"] == (False, False)
    assert at_50["管委会"] == (False, True)                # not told yet, but still inside the hour
    at_90 = late_parties(db, incident_id, LEARNED + timedelta(minutes=90))
    assert at_90["公安分局"] == (False, False)
    assert at_90["信访办"] == (True, True)                  # told after 75 minutes: late, not acknowledged
    assert at_90["管委会"] == (True, True)                  # never told and the hour is over
    assert sum(late for late, _ in at_90.values()) == 6


def test_a_notification_exactly_at_the_deadline_is_not_late(db):
    incident_id = new_incident(db, level=1)
    notify(db, incident_id, "法院", LEARNED + timedelta(minutes=60))
    assert late_parties(db, incident_id, LEARNED + timedelta(hours=5))["法院"][0] is False


def test_the_office_limit_applies_to_incidents_opened_after_it(db):
    db.run(lambda s: limits.set_limit(s, 4, 180, user="秘书"), "秘书")
    incident_id = new_incident(db, level=4)
    with db.reading() as s:
        assert {r.limit_minutes for r in board.board(s, incident_id)} == {180}


def test_raising_the_level_shortens_the_limit_of_parties_not_yet_told(db):
    incident_id = new_incident(db, level=4)
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=100))
    db.run(lambda s: core.change_level(s, incident_id, 2, "人数增加到200人", user="秘书",
                                       at=LEARNED + timedelta(minutes=110)), "秘书")
    with db.reading() as s:
        limits_by_party = {r.short: r.limit_minutes for r in board.board(s, incident_id)}
        entries = [(e.kind, e.text) for e in timeline(s, incident_id)]
    assert limits_by_party["公安分局"] == 24 * 60            # told under level IV: keeps its limit
    assert limits_by_party["管委会"] == 60
    assert ("level", "Ⅳ级 → Ⅱ级：人数增加到200人") in entries


def test_an_acknowledgement_before_the_notification_is_refused_and_nothing_changes(db):
    incident_id = new_incident(db)
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=30))
    with pytest.raises(ValidationError) as refused:
        ack(db, incident_id, "公安", LEARNED + timedelta(minutes=10))
    assert refused.value.field == "at"
    with db.reading() as s:
        party = s.scalars(select(IncidentParty).where(IncidentParty.party.contains("公安"))).one()
        assert party.acknowledged_at is None


@pytest.mark.parametrize("name", ["不存在的单位", "经开区"])       # unknown; matches every party
def test_a_party_name_that_is_unknown_or_ambiguous_is_refused(db, name):
    incident_id = new_incident(db)
    with pytest.raises(ValidationError) as refused:
        notify(db, incident_id, name, LEARNED + timedelta(minutes=5))
    assert refused.value.field == "party"


def test_an_acknowledgement_without_a_notification_is_refused(db):
    incident_id = new_incident(db)
    with pytest.raises(ValidationError, match="尚未向"):
        ack(db, incident_id, "法院", LEARNED + timedelta(minutes=5))


def test_a_time_in_the_future_or_before_the_incident_is_refused(db):
    incident_id = new_incident(db)
    with pytest.raises(ValidationError):
        notify(db, incident_id, "法院", LEARNED - timedelta(hours=2))
    with pytest.raises(ValidationError):
        new_incident(db, learned=LEARNED + timedelta(days=3650))


def test_an_unknown_channel_is_refused(db):
    incident_id = new_incident(db)
    with pytest.raises(ValidationError) as refused:
        notify(db, incident_id, "法院", LEARNED + timedelta(minutes=5), channel="飞鸽传书")
    assert refused.value.field == "channel"


# ---------------------------------------------------------------- reports

def write(db, incident_id: int, kind: str, body: str = "情况") -> str:
    return db.run(lambda s: reports.add_report(s, incident_id, kind, body, user="秘书"), "秘书")[0][1]


def test_followup_numbers_run_without_gaps(db):
    incident_id = new_incident(db)
    assert write(db, incident_id, "initial") == "初报"
    titles = [write(db, incident_id, "followup") for _ in range(3)]
    assert titles == ["续报一", "续报二", "续报三"]
    with db.reading() as s:
        seqs = s.scalars(select(IncidentReport.kind_seq).where(IncidentReport.kind == "followup")
                         .order_by(IncidentReport.kind_seq)).all()
    assert seqs == [1, 2, 3]


def test_two_writers_get_consecutive_followup_numbers(db):
    incident_id = new_incident(db)
    write(db, incident_id, "initial")
    errors: list[BaseException] = []

    def writer():
        try:
            for _ in range(4):
                write(db, incident_id, "followup")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with db.reading() as s:
        seqs = s.scalars(select(IncidentReport.kind_seq).where(IncidentReport.kind == "followup")
                         .order_by(IncidentReport.kind_seq)).all()
    assert seqs == list(range(1, 9))


def test_reports_come_in_the_plans_order(db):
    incident_id = new_incident(db)
    with pytest.raises(ValidationError, match="请先报送初报"):
        write(db, incident_id, "followup")
    write(db, incident_id, "initial")
    with pytest.raises(ValidationError, match="初报已经报送"):
        write(db, incident_id, "initial")
    with pytest.raises(ValidationError, match="处置结束后"):
        write(db, incident_id, "final")
    db.run(lambda s: core.close_incident(s, incident_id, "企业补发工资，职工返岗"), "秘书")
    with pytest.raises(ValidationError, match="总结评估"):
        write(db, incident_id, "followup")
    assert write(db, incident_id, "final") == "总结评估报告"
    with db.reading() as s:
        assert reports.next_kinds(s, incident_id) == []
        assert s.scalar(select(func.count()).select_from(IncidentReport)) == 2


def test_a_followup_draft_gives_only_what_changed_since_the_last_report(db):
    incident_id = new_incident(db)
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=10))
    db.run(lambda s: reports.add_report(s, incident_id, "initial", "初报内容", at=LEARNED + timedelta(minutes=30)), "秘书")
    notify(db, incident_id, "法院", LEARNED + timedelta(minutes=40))
    db.run(lambda s: core.record_event(s, incident_id, "人社局派员到场核实工资台账",
                                       at=LEARNED + timedelta(minutes=45)), "秘书")
    with db.reading() as s:
        text = reports.draft(s, incident_id, "followup", as_of=LEARNED + timedelta(minutes=50))
    body = text.split("通报情况")[0]
    assert "人社局派员到场核实工资台账" in body
    assert "法院" in body
    assert "公安" not in body                                # told before the 初报: not repeated


def test_a_daily_report_is_due_once_an_open_incident_has_run_a_day_without_one(db):
    incident_id = new_incident(db)
    db.run(lambda s: reports.add_report(s, incident_id, "initial", "初报", at=LEARNED + timedelta(minutes=30)), "秘书")
    with db.reading() as s:
        assert not reports.daily_report_due(s, incident_id, as_of=LEARNED + timedelta(hours=20))
        assert reports.daily_report_due(s, incident_id, as_of=LEARNED + timedelta(hours=25))


# ---------------------------------------------------------------- links and the register

def test_an_incident_opened_from_a_warning_keeps_the_link(db):
    enterprise = enterprise_id(db)
    warning_id = db.run(lambda s: add_suggestion(s, enterprise, level="red"), "秘书")[0]

    def work(s):
        draft = core.draft_from_warning(s, warning_id, LEARNED)
        return core.create_incident(s, draft, user="秘书")
    incident_id = db.run(work, "秘书")[0]
    with db.reading() as s:
        incident = s.get(Incident, incident_id)
        assert (incident.warning_id, incident.level) == (warning_id, 1)
        assert core.incidents_of(s, warning_id=warning_id) == [(incident_id, incident.number)]


def test_the_list_gives_each_incident_its_late_parties_and_masks_persons(db):
    incident_id = new_incident(db, persons=(core.PersonInput("李四", "", "13812345678"),))
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=10))
    with db.reading() as s:
        [row] = query.list_incidents(s, as_of=LEARNED + timedelta(hours=3))
        detail = query.incident_detail(s, incident_id)
    assert row.id == incident_id
    assert [p.short for p in row.late] == ["管委会", "人社局", "总工会", "信访办", "法院", "司法局"]
    assert detail.persons[0].phone == "138****5678"


def test_a_closed_incident_refuses_new_notifications(db):
    incident_id = new_incident(db)
    db.run(lambda s: core.close_incident(s, incident_id, "已平息"), "秘书")
    with pytest.raises(ValidationError, match="已结束"):
        notify(db, incident_id, "法院", LEARNED + timedelta(minutes=5))
