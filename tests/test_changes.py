"""A committed transaction says what it touched: topics, and the meetings by id."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import update

from desktop.changes import ChangeLog, Changes, Topic
from desktop.models import ActionItem, Organisation
from desktop.services.directory.core import OrganisationData, create_organisation
from tests.services.meeting_support import meeting_data


def test_merging_keeps_known_ids_and_widens_to_unknown():
    a = Changes.meetings([1, 2]) | Changes.meetings([3])
    assert a.ids(Topic.MEETINGS) == {1, 2, 3}
    assert (a | Changes.meetings(None)).ids(Topic.MEETINGS) is None
    assert a.ids(Topic.ACTIONS) == frozenset() and not a.touches(Topic.ACTIONS)


def test_an_empty_change_is_false_and_everything_touches_all_topics():
    assert not Changes()
    assert all(Changes.everything().touches(t) for t in Topic)


def test_a_log_ignores_tables_no_screen_shows():
    log = ChangeLog()
    log.add_table("audit_log", 5)
    assert not log.changes()


def test_a_created_organisation_is_a_directory_change(db):
    org_id, changes = db.run(lambda s: create_organisation(s, OrganisationData(name="甲公司")))
    assert changes.touches(Topic.DIRECTORY)
    assert changes.ids(Topic.DIRECTORY) == {org_id}
    assert not changes.touches(Topic.MEETINGS)


def test_a_meeting_and_its_agenda_are_announced_by_meeting_id(db):
    from desktop.services.meetings.agenda import AgendaItemData, add_agenda_item
    from desktop.services.meetings.core import create_meeting

    start = datetime(2027, 3, 2, 1, 0, tzinfo=timezone.utc)
    meeting_id, _ = db.run(lambda s: create_meeting(s, meeting_data(start=start)))
    _, changes = db.run(lambda s: add_agenda_item(s, meeting_id, AgendaItemData(title="议题一")))
    assert changes.touches(Topic.MEETINGS)
    assert changes.ids(Topic.MEETINGS) == {meeting_id}


def test_a_bulk_update_marks_its_topic_with_unknown_rows(db):
    _, changes = db.run(lambda s: s.execute(update(ActionItem).values(title=ActionItem.title)))
    assert changes.touches(Topic.ACTIONS) and changes.ids(Topic.ACTIONS) is None


def test_a_rolled_back_transaction_reports_nothing(db):
    def fail(session):
        session.add(Organisation(name="乙公司", kind="other"))
        session.flush()
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        db.run(fail)
    assert db.run(lambda s: None)[1] == Changes()


def test_merging_any_row_into_a_topic_the_other_side_lacks():
    merged = Changes.of(Topic.ACTIONS) | Changes.everything()
    assert merged.ids(Topic.MEETINGS) is None and merged.ids(Topic.ACTIONS) is None


def test_a_progress_report_is_announced_under_its_action_item(db):
    from desktop.services.actions.core import ActionFields, create_action, report_progress

    action_id, _ = db.run(lambda s: create_action(s, "bimonthly", ActionFields(title="落实欠薪排查")))
    version = db.run(lambda s: s.get(ActionItem, action_id).version)[0]
    _, changes = db.run(lambda s: report_progress(s, action_id, "已排查三家", 30, None, version))
    assert changes.ids(Topic.ACTIONS) == {action_id}
