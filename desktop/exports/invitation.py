"""Meeting invitations by e-mail (iTIP, RFC 5546, over iMIP, RFC 6047).

METHOD:REQUEST for a new meeting and, with the same UID and a higher SEQUENCE, for a change;
METHOD:CANCEL (STATUS:CANCELLED) for a cancellation. A single meeting (or one occurrence sent
on its own) uses ``Meeting.uid``; a whole series uses ``MeetingSeries.uid`` with its RRULE,
EXDATEs and overrides, as the published feeds do.

One message per invitee with an e-mail address: a Chinese subject (RFC 2047, by the ``email``
package), a text/plain body, the calendar as ``text/calendar; method=…`` beside it in
multipart/alternative (what Outlook, Thunderbird and phones act on) and again as an
``invite.ics`` attachment. Sending goes through ``services.mail`` (the SMTP settings, keyring
password and per-recipient results of the minutes issue); without a server the messages are
written as .eml files, marked ``X-Unsent`` so Outlook opens them as drafts ready to send.

An invitation to one meeting carries its 会议材料 (the meeting's and its agenda items'
attachments) when they fit the mail limit, and lists them by name otherwise
(``exports.mail_materials``); a cancellation carries none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.exports.ics import IcsOptions, Writer, calendar
from desktop.exports.mail_materials import (
    NO_MATERIALS,
    MailMaterials,
    encoded_size,
    listing,
    mail_limit,
    materials_for_mail,
)
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import MeetingStatus
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.attachments.core import meeting_materials
from desktop.services.calendar.export import CalendarEvent, ExportSelection, collect_events
from desktop.services.calendar.settings import (
    DEFAULT_ORGANIZER_EMAIL,
    CalendarSettings,
    load_calendar_settings,
)
from desktop.services.dates import recurrence as rr
from desktop.services.kernel.timeutil import to_local
from desktop.services.mail import core as mail

ATTACHMENT = "invite.ics"
SENDING = QT_TRANSLATE_NOOP("Progress", "正在发送 {done}/{total}：{name}")
# Messages are for the participants, in Chinese whatever the secretary's UI language.
SUBJECTS = {
    "new": "会议通知：{title}（{when}）",
    "update": "会议变更：{title}（{when}）",
    "cancel": "会议取消：{title}（原定{when}）",
}


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str


@dataclass(frozen=True)
class Invitation:
    """One invitation, ready to become a message per recipient."""

    method: str                         # REQUEST | CANCEL
    change: str                         # new | update | cancel
    uid: str
    sequence: int
    title: str
    when: str                           # Chinese: 2026年2月10日 09:00, or the series' rule
    location: str
    organizer: Recipient
    calendar: bytes                     # the iCalendar object, METHOD included
    recipients: tuple[Recipient, ...]
    without_address: tuple[str, ...]    # invitees with no e-mail address: not reachable
    materials: MailMaterials = NO_MATERIALS

    @property
    def subject(self) -> str:
        return SUBJECTS[self.change].format(title=self.title, when=self.when)


def organizer_of(settings: CalendarSettings, smtp: mail.SmtpSettings | None = None) -> Recipient:
    """The secretariat: the calendar settings, or the SMTP sender while those are the default."""
    if settings.organizer_email == DEFAULT_ORGANIZER_EMAIL and smtp is not None and smtp.sender:
        return Recipient(smtp.sender_name or settings.organizer_name, smtp.sender)
    return Recipient(settings.organizer_name, settings.organizer_email)


def build_invitation(session: Session, *, meeting_id: int | None = None, series_id: int | None = None,
                     update: bool = False, cancel: bool | None = None,
                     settings: CalendarSettings | None = None, smtp: mail.SmtpSettings | None = None,
                     now: datetime | None = None) -> Invitation:
    """The invitation for one meeting or one whole series.

    ``update`` words it as a change notice (the app does not record what was sent before; the
    SEQUENCE tells clients to replace their copy either way). ``cancel`` None follows the
    meeting's status; True makes a CANCEL (say, before deleting a series).
    """
    if (meeting_id is None) == (series_id is None):
        raise ValueError("give a meeting_id or a series_id")
    settings = settings or load_calendar_settings()
    organizer = organizer_of(settings, smtp)
    data = collect_events(session, ExportSelection(meeting_id=meeting_id, series_id=series_id))
    events = [e.event for e in data.entries]
    main = events[0]
    cancelling = main.status == MeetingStatus.CANCELLED.value if cancel is None else cancel
    method = "CANCEL" if cancelling else "REQUEST"
    if cancelling:  # one cancelled VEVENT without RECURRENCE-ID cancels a whole series
        events = [replace(main, status=MeetingStatus.CANCELLED.value)]
    writer = Writer(IcsOptions(organizer.name, organizer.address, 0))
    stamp = now or datetime.now(timezone.utc)
    blob = calendar("", [writer.vevent(e, dtstamp=stamp, method=method) for e in events], method=method)
    recipients, missing = _recipients(events)
    change = "cancel" if cancelling else ("update" if update else "new")
    materials = NO_MATERIALS
    if meeting_id is not None and not cancelling:
        materials = materials_for_mail(session, meeting_materials(session, meeting_id),
                                       mail_limit(smtp), already=2 * encoded_size(len(blob)))
    return Invitation(method, change, main.uid, main.sequence, main.title, _when(main),
                      main.location, organizer, blob, recipients, missing, materials)


def _when(event: CalendarEvent) -> str:
    if event.rrule:
        return rr.describe(event.rrule, event.start, all_day=event.all_day)
    local = to_local(event.start)
    day = f"{local.year}年{local.month}月{local.day}日"
    return f"{day} 全天" if event.all_day else f"{day} {local:%H:%M}"


def _recipients(events: Sequence[CalendarEvent]) -> tuple[tuple[Recipient, ...], tuple[str, ...]]:
    found: dict[str, Recipient] = {}
    missing: dict[str, None] = {}
    for event in events:
        for a in event.attendees:
            if a.email:
                found.setdefault(a.email.lower(), Recipient(a.name, a.email))
            else:
                missing.setdefault(a.name)
    return tuple(found.values()), tuple(missing)


# ---------------------------------------------------------------- messages

def body_text(invitation: Invitation, recipient: Recipient) -> str:
    """The plain-text body, in Chinese."""
    place = f"\n地点：{invitation.location}" if invitation.location else ""
    if invitation.change == "cancel":
        text = f"原定于{invitation.when}召开的“{invitation.title}”取消，特此通知。"
    elif invitation.change == "update":
        text = f"“{invitation.title}”的安排有变化，请以本通知为准：\n\n时间：{invitation.when}{place}"
    else:
        text = f"请参加“{invitation.title}”。\n\n时间：{invitation.when}{place}"
    reply = "" if invitation.change == "cancel" else "\n\n请在邮件或日历中点击“接受”或“拒绝”回复，以便秘书处统计参会人员。"
    materials = listing("会议材料", invitation.materials)
    materials = f"\n\n{materials}" if materials else ""
    return f"{recipient.name}：\n\n{text}{materials}{reply}\n\n{invitation.organizer.name}\n"


def message_for(invitation: Invitation, recipient: Recipient) -> EmailMessage:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((invitation.organizer.name, invitation.organizer.address))
    msg["To"] = formataddr((recipient.name, recipient.address))
    msg["Subject"] = invitation.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=invitation.organizer.address.partition("@")[2] or None)
    msg.set_content(body_text(invitation, recipient))
    msg.add_alternative(invitation.calendar, maintype="text", subtype="calendar", cte="base64",
                        params={"method": invitation.method, "charset": "utf-8"})
    msg.add_attachment(invitation.calendar, maintype="application", subtype="ics", filename=ATTACHMENT)
    for item in invitation.materials.attached:
        main, _, sub = item.mime_type.partition("/")
        msg.add_attachment(item.data, maintype=main, subtype=sub, filename=item.filename)
    return msg


def messages(invitation: Invitation) -> list[mail.Outgoing]:
    """One message per recipient, for ``mail.send_messages``."""
    if not invitation.recipients:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "参会人员都没有电子邮箱地址，无法发送邀请。"))
    return [mail.Outgoing(r.name, r.address, message_for(invitation, r), invitation.method.lower())
            for r in invitation.recipients]


def send_invitation(invitation: Invitation, settings: mail.SmtpSettings, password: str | None, *,
                    progress: Progress = NO_PROGRESS, **kwargs) -> list[mail.SendResult]:
    """Send through the SMTP server; one result per recipient (see ``mail.send_messages``).

    ``progress`` says "正在发送 3/10：姓名"; a cancel stops before the next recipient.
    """
    outgoing = messages(invitation)

    def before(i: int, item: mail.Outgoing) -> None:
        progress.step(i, len(outgoing), SENDING, dict(done=i + 1, total=len(outgoing), name=item.recipient))
    return mail.send_messages(settings, password, outgoing, before=before, **kwargs)


def write_invitation_emls(invitation: Invitation, folder: Path) -> tuple[Path, ...]:
    """One .eml per recipient in ``folder``, for the user's own mail program."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "保存位置不存在：{folder}"), folder=folder)
    out = []
    for n, item in enumerate(messages(invitation), 1):
        item.message["X-Unsent"] = "1"  # Outlook opens it as a draft to send
        name = _safe(f"{n:02d}-{invitation.title}-{item.recipient}")
        out.append(mail.write_eml(item.message, folder / f"{name}.eml"))
    return tuple(out)


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name)[:80]
