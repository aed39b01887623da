"""Text of attached files for search: .docx (python-docx), .txt (UTF-8 or GB 18030) and
text-based .pdf (pypdf). A file that cannot be read is simply not indexed.

Extraction is separate from attaching so that the attach transaction stays short: the GUI runs
``pending`` in a read, ``extract_text`` outside any transaction and ``store_texts`` in a short
write, in a background job; the command line calls ``extract_pending`` right after attaching.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.models import Attachment, AttachmentContent, utcnow

log = logging.getLogger(__name__)
MAX_TEXT = 1_000_000     # characters kept per file: enough for search, not a second copy of a book
DEFAULT_BATCH = 20
SUFFIXES = (".docx", ".txt", ".pdf")


@dataclass(frozen=True)
class Pending:
    """A stored file whose text has not been extracted yet."""

    sha256: str
    name: str
    data: bytes


def _docx(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(p for p in parts if p.strip())


def _txt(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("neither UTF-8 nor GB 18030")


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join((page.extract_text() or "") for page in reader.pages)


_READERS = {".docx": _docx, ".txt": _txt, ".pdf": _pdf}


def extract_text(name: str, data: bytes) -> str | None:
    """The file's plain text, or None when its kind is not indexed or it cannot be read."""
    reader = _READERS.get(PurePath(name).suffix.lower())
    if reader is None:
        return None
    try:
        text = reader(data)
    except Exception as exc:  # noqa: BLE001 - a damaged or encrypted file is just not indexed
        log.info("no text from %s: %s", name, exc)
        return None
    text = text.replace("\x00", "").strip()
    return text[:MAX_TEXT] or None


def pending(session: Session, limit: int = DEFAULT_BATCH) -> list[Pending]:
    """Up to ``limit`` files not yet extracted, with the name of one of their links."""
    name = (select(func.min(Attachment.name)).where(Attachment.sha256 == AttachmentContent.sha256)
            .scalar_subquery())
    rows = session.execute(select(AttachmentContent.sha256, name, AttachmentContent.data)
                           .where(AttachmentContent.extracted_at.is_(None))
                           .order_by(AttachmentContent.sha256).limit(limit)).all()
    return [Pending(sha, n or "", bytes(data)) for sha, n, data in rows]


def store_texts(session: Session, texts: Iterable[tuple[str, str | None]]) -> int:
    """Record each (sha256, text); a None text marks the file as tried. How many were stored."""
    now, count = utcnow(), 0
    for sha, text in texts:
        session.execute(update(AttachmentContent).where(AttachmentContent.sha256 == sha)
                        .values(text=text, extracted_at=now))
        count += 1
    return count


def extract_pending(session: Session, limit: int = DEFAULT_BATCH) -> int:
    """Extract and store the text of up to ``limit`` pending files in this session."""
    return store_texts(session, [(p.sha256, extract_text(p.name, p.data))
                                 for p in pending(session, limit)])
