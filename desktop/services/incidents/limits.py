"""Time limits for notifying the member parties, by level: code defaults the office overrides
with ``notification_limits`` rows (the contingency plans: levels I and II within 1 hour of
learning of an incident; the others are local practice)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import NotificationLimit
from desktop.services.incidents.labels import LEVELS
from desktop.services.kernel.permissions import Permission, require

DEFAULT_MINUTES = {1: 60, 2: 60, 3: 120, 4: 24 * 60}
MAX_MINUTES = 7 * 24 * 60


def limits(session: Session) -> dict[int, int]:
    """Minutes allowed per level: the office's rows over the defaults."""
    out = dict(DEFAULT_MINUTES)
    out.update({row.level: row.minutes for row in session.scalars(select(NotificationLimit))})
    return out


def check_minutes(minutes: int, field: str = "minutes") -> int:
    if not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "时限应在1到{max}分钟之间。"), field=field,
                              max=MAX_MINUTES)
    return minutes


def set_limit(session: Session, level: int, minutes: int, *, user: str = "") -> None:
    """The office's limit for ``level`` (applies to incidents opened or re-graded from now on)."""
    require(session, Permission.MANAGE_RULES)
    if level not in LEVELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "事件级别应为1到4。"), field="level")
    check_minutes(minutes)
    row = session.get(NotificationLimit, level)
    if row is None:
        session.add(NotificationLimit(level=level, minutes=minutes, updated_by=user[:100]))
    else:
        row.minutes, row.updated_by = minutes, user[:100]
    session.flush()


def minutes_text(minutes: int) -> str:
    """``1小时``, ``90分钟``, ``24小时``: a limit as people say it."""
    hours, rest = divmod(minutes, 60)
    if hours and not rest:
        return f"{hours}小时"
    return f"{minutes}分钟"
