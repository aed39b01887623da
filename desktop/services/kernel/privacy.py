"""Personal data shown unmasked only by an explicit, logged action (个人信息保护法 Art. 51)."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.kernel.permissions import Permission, require

PHONE_NUMBERS = "phone_numbers"


def record_reveal(session: Session, what: str) -> None:
    """Write one audit entry (action ``reveal``) saying the session's user unmasked ``what``."""
    require(session, Permission.UNMASK)
    session.add(AuditEntry(
        user=session.info.get("user") or "unknown",
        entity=what[:50],
        entity_id=None,
        action="reveal",
        changes=json.dumps({}),
    ))
    session.flush()
