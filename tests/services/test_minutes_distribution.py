"""Distributing issued minutes: a real SMTP server receives one message per recipient with the
.docx attached; a refused recipient is recorded as failed and can be retried; the version moves
to 已分发 when everyone has it; without a server, .eml files are written."""

from __future__ import annotations

from email import message_from_bytes, policy

import docx
import pytest
from sqlalchemy import select, update

from desktop.errors import PermissionDeniedError, ValidationError
from desktop.exports.minutes_mail import distribute
from desktop.models import Organisation, Person
from desktop.progress import Cancelled, Progress
from desktop.services.kernel.permissions import ROLE_LABELS
from desktop.services.kernel.units import DatabaseUnits
from desktop.services.mail import core as mail
from desktop.services.minutes.core import get_minutes
from desktop.services.minutes.distribution import (
    confirm_sent_by_hand,
    deliveries,
    failed_recipients,
    recipient_candidates,
    refuse_unless_issued,
)
from tests.services.minutes_support import held_meeting, issued_minutes, write_minutes

PEOPLE = {"张志强": "zhangzq", "王建国": "wangjg", "刘芳": "liufang"}


def _addresses(db) -> None:
    with db.transaction() as s:
        for name, mailbox in PEOPLE.items():
            s.execute(update(Person).where(Person.name == name).values(email=f"{mailbox}@example.org"))
        s.execute(update(Organisation).where(Organisation.name == "经开区企业联合会（企业家协会）")
                  .values(email="qilian@example.org"))


def _setup(db):
    _addresses(db)
    meeting_id, minutes_id, number = issued_minutes(db)
    with db.reading() as s:
        recipients = recipient_candidates(s, minutes_id)
    return meeting_id, minutes_id, number, recipients


def _settings(server):
    return mail.SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                             sender="office@example.org")


def test_candidates_are_participants_and_member_organisations_once_each(db):
    _, _, _, recipients = _setup(db)
    assert [(r.name, r.address, r.kind) for r in recipients] == [
        ("张志强", "zhangzq@example.org", "参会"), ("王建国", "wangjg@example.org", "参会"),
        ("陈立新", "qilian@example.org", "参会"), ("刘芳", "liufang@example.org", "参会")]


def test_every_recipient_receives_the_docx_and_the_minutes_become_distributed(db, smtp_server, tmp_path):
    meeting_id, minutes_id, number, recipients = _setup(db)
    report = distribute(DatabaseUnits(db, "秘书"), meeting_id, recipients, settings=_settings(smtp_server))
    assert report.distributed and not report.failed
    assert len(smtp_server.handler.received) == len(recipients)
    msg = message_from_bytes(smtp_server.handler.received[0][1], policy=policy.default)
    assert msg["Subject"].startswith(number) and b"=?utf-8?" in smtp_server.handler.received[0][1]
    [part] = msg.iter_attachments()
    assert part.get_filename() == f"{number}.docx"
    (tmp_path / "a.docx").write_bytes(part.get_content())
    assert number in [p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    with db.reading() as s:
        assert get_minutes(s, meeting_id).state == "distributed"
        assert {d.status for d in deliveries(s, minutes_id)} == {"sent"}


def test_a_failed_recipient_is_recorded_and_retried_without_blocking_the_rest(db, smtp_server):
    meeting_id, minutes_id, _, recipients = _setup(db)
    smtp_server.handler.reject.add("wangjg@example.org")
    report = distribute(DatabaseUnits(db, "秘书"), meeting_id, recipients, settings=_settings(smtp_server),
                        retry_delay=0)
    assert [o.address for o in report.failed] == ["wangjg@example.org"]
    assert len(smtp_server.handler.received) == len(recipients) - 1 and not report.distributed
    with db.reading() as s:
        assert get_minutes(s, meeting_id).state == "issued"
        retry = failed_recipients(s, minutes_id)
    smtp_server.handler.reject.clear()
    again = distribute(DatabaseUnits(db, "秘书"), meeting_id, retry, settings=_settings(smtp_server))
    assert again.distributed
    with db.reading() as s:
        rows = {d.address: d for d in deliveries(s, minutes_id)}
    assert rows["wangjg@example.org"].status == "sent" and rows["wangjg@example.org"].attempts == 2


def test_without_a_server_eml_files_are_written_and_confirmed_by_hand(db, tmp_path):
    meeting_id, minutes_id, number, recipients = _setup(db)
    report = distribute(DatabaseUnits(db, "秘书"), meeting_id, recipients, settings=mail.SmtpSettings(),
                        eml_dir=tmp_path)
    assert len(report.eml_files) == len(recipients) and not report.distributed
    msg = message_from_bytes(report.eml_files[0].read_bytes(), policy=policy.default)
    assert msg["Subject"].startswith(number)
    with db.transaction() as s:
        assert confirm_sent_by_hand(s, minutes_id, [r.address for r in recipients])
        assert get_minutes(s, meeting_id).state == "distributed"


def test_draft_minutes_cannot_be_distributed(db):
    with db.transaction() as s:
        minutes_id = write_minutes(s, held_meeting(s))
        with pytest.raises(ValidationError, match="签发后才能分发"):
            refuse_unless_issued(s, minutes_id)


def test_an_address_no_message_can_carry_fails_alone(db, smtp_server):
    meeting_id, _, _, recipients = _setup(db)
    from desktop.services.minutes.distribution import Recipient
    bad = Recipient("坏地址", "坏地址@例子", "参会")
    report = distribute(DatabaseUnits(db, "秘书"), meeting_id, [bad, *recipients],
                        settings=_settings(smtp_server))
    assert [o.address for o in report.failed] == ["坏地址@例子"]
    assert len(smtp_server.handler.received) == len(recipients)


def test_cc_organisations_with_addresses_are_candidates(db):
    _addresses(db)
    with db.transaction() as s:
        s.execute(update(Organisation).where(Organisation.name == "经开区司法局")
                  .values(email="sifa@example.org"))
    meeting_id, minutes_id, _ = issued_minutes(db)
    with db.transaction() as s:
        from desktop.models import Minutes
        s.execute(update(Minutes).where(Minutes.id == minutes_id).values(cc="经开区司法局"))
        kinds = {r.address: r.kind for r in recipient_candidates(s, minutes_id)}
        assert kinds["sifa@example.org"] == "抄送"
        assert s.scalar(select(Organisation.id).where(Organisation.email == "sifa@example.org"))


class _CancelAfter(Progress):
    """Asks to stop once ``n`` recipients were sent (as a person pressing 取消 would)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n
        self.texts: list[str] = []

    def changed(self) -> None:
        self.texts.append(self.describe())
        if self.describe().startswith(f"正在发送 {self.n + 1}/"):
            self.cancel()


def test_a_cancel_between_recipients_keeps_the_outcomes_already_recorded(db, smtp_server):
    meeting_id, minutes_id, _, recipients = _setup(db)
    progress = _CancelAfter(2)
    with pytest.raises(Cancelled):
        distribute(DatabaseUnits(db, "秘书", progress), meeting_id, recipients,
                   settings=_settings(smtp_server))
    assert len(smtp_server.handler.received) == 2
    assert f"正在发送 1/{len(recipients)}：{recipients[0].name}" in progress.texts
    with db.reading() as s:
        assert [d.address for d in deliveries(s, minutes_id)] == [r.address for r in recipients[:2]]
        assert get_minutes(s, meeting_id).state == "issued"  # not everyone has it yet


@pytest.mark.parametrize("role", ["viewer", "leader"])
def test_a_role_that_may_not_record_deliveries_is_refused_before_any_message_is_sent(
        db, smtp_server, monkeypatch, role):
    meeting_id, minutes_id, _, recipients = _setup(db)
    monkeypatch.setattr(db, "role", role)
    with pytest.raises(PermissionDeniedError, match=f"“{ROLE_LABELS[role]}”"):
        distribute(DatabaseUnits(db, "某人"), meeting_id, recipients, settings=_settings(smtp_server))
    assert smtp_server.handler.received == []
    with db.reading() as s:
        assert deliveries(s, minutes_id) == []
