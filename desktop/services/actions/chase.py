"""催办 (chasing): what a 催办单 and a chase e-mail say, and recording that one was sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import OPEN_STATUSES
from desktop.services.actions.core import record_chase
from desktop.services.actions.detail import get_action
from desktop.services.actions.timing import STATUS_LABELS, calendar_days_late
from desktop.services.dates import holidays
from desktop.services.kernel.cn_format import cn_date
from desktop.services.kernel.timeutil import today_local

REPLY_WORKING_DAYS = 3
CHANNEL_LABELS = {
    "docx": QT_TRANSLATE_NOOP("Labels", "催办单"),
    "eml": QT_TRANSLATE_NOOP("Labels", "催办邮件"),
}


@dataclass(frozen=True)
class ChaseLetter:
    """Everything a 催办单 or a chase e-mail shows; dates are local."""

    action_id: int
    title: str
    body_name: str
    issuer: str
    source: str                 # "2026年3月5日劳动关系三方协调委员会全体会议" or ""
    decision_text: str
    lead: str
    lead_email: str
    co_organisations: tuple[str, ...]
    owner: str
    owner_email: str
    due: date | None
    status: str                 # Chinese label
    progress: int
    days_late: int              # calendar days
    last_report: date | None
    issued_on: date
    reply_by: date

    @property
    def recipients(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a in (self.lead_email, self.owner_email) if a))


def chase_letter(session: Session, action_id: int, today: date | None = None,
                 reply_working_days: int = REPLY_WORKING_DAYS) -> ChaseLetter:
    """The letter for one item: reply within ``reply_working_days`` working days."""
    today = today or today_local()
    item = get_action(session, action_id)
    reply_by = today
    for _ in range(reply_working_days):
        reply_by = holidays.next_working_day(session, reply_by)
    source = f"{cn_date(item.meeting_day)}{item.meeting_title}" if item.meeting_day else ""
    return ChaseLetter(
        item.id, item.title, item.body_name, f"{item.body_name}办公室", source, item.decision_text,
        item.lead, item.lead_email, item.co_organisations, item.owner, item.owner_email, item.due,
        STATUS_LABELS.get(item.status, item.status), item.progress,
        calendar_days_late(item.due, today) if item.status in OPEN_STATUSES else 0,
        item.last_report, today, reply_by)


def chase_request(letter: ChaseLetter) -> str:
    """The request paragraph both the 催办单 and the e-mail carry."""
    late = (f"该事项完成期限为{cn_date(letter.due)}，已逾期{letter.days_late}天，" if letter.days_late
            else f"该事项完成期限为{cn_date(letter.due)}，" if letter.due else "")
    return (f"{late}目前办理状态为“{letter.status}”（完成进度{letter.progress}%）。"
            f"请{letter.lead or '责任单位'}抓紧办理，并于{cn_date(letter.reply_by)}前将办理进展、"
            f"存在问题和下一步安排书面反馈{letter.issuer}。")


def record_sent(session: Session, letter: ChaseLetter, channels: tuple[str, ...]) -> int:
    """Record the chase in the item's history (kind ``chase``); returns the update's id."""
    what = "、".join(CHANNEL_LABELS[c] for c in channels)
    to = f"（{'; '.join(letter.recipients)}）" if "eml" in channels and letter.recipients else ""
    text = f"已发出{what}{to}，要求于{cn_date(letter.reply_by)}前反馈办理进展。"
    return record_chase(session, letter.action_id, text, letter.issued_on)
