"""Attachments (附件): file contents kept once by SHA-256, and links saying where each is attached.

``AttachmentContent`` holds the bytes of one file, whatever its name, so the same file attached
to two meetings is stored once; its extracted text (for search) is filled in later by
``services.attachments.extract``. ``Attachment`` is one link: a display name, who attached it
and when, and exactly one target (a CHECK holds it):

- ``meeting_id``: 会议材料 of a meeting;
- ``agenda_item_id``: 会议材料 of one agenda item;
- ``minutes_meeting_id``: 附件 of a meeting's minutes. It names the *meeting*, not one minutes
  version: a correction makes a new version, and the attachments belong to the document, so
  every version (and the .docx of each) carries them;
- ``action_id``: material of a 督办 item; ``action_update_id``: 佐证材料 of one progress report.

Every target's foreign key cascades on delete, so removing an agenda item removes its links;
the content goes when the last link to it is removed (``services.attachments.core.detach``).
Cases and incidents add their own nullable column and widen the CHECK in their migration.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow

#: The link columns, one of which is set; the order is the order of ``TARGET_KINDS``.
TARGET_COLUMNS = ("meeting_id", "agenda_item_id", "minutes_meeting_id", "action_id",
                  "action_update_id", "case_id")
ONE_TARGET = " + ".join(f"(CASE WHEN {c} IS NOT NULL THEN 1 ELSE 0 END)" for c in TARGET_COLUMNS) + " = 1"


class AttachmentContent(Base):
    """The bytes of one file, keyed by their SHA-256 (hex)."""

    __tablename__ = "attachment_contents"
    # The audit log names the content by its hash and size; the bytes and the extracted text
    # would make every audit row as large as the file.
    __audit_skip__ = frozenset({"data", "text", "extracted_at"})

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # Deferred: listing, deleting and auditing a content row never load the file.
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    # Plain text for search; None until extracted, and still None when it could not be read.
    text: Mapped[str | None] = mapped_column(Text, deferred=True)
    extracted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def _target(table: str) -> Mapped[int | None]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


class Attachment(Base):
    """One file attached to one place, under a display name."""

    __tablename__ = "attachments"
    __table_args__ = (CheckConstraint(ONE_TARGET, name="one_target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(
        ForeignKey("attachment_contents.sha256", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(100), default="")
    meeting_id: Mapped[int | None] = _target("meetings")
    agenda_item_id: Mapped[int | None] = _target("agenda_items")
    minutes_meeting_id: Mapped[int | None] = _target("meetings")
    action_id: Mapped[int | None] = _target("action_items")
    action_update_id: Mapped[int | None] = _target("action_updates")
    case_id: Mapped[int | None] = _target("dispute_cases")   # evidence (证据材料) of a dispute case
