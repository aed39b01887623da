"""Checking the audit log's hash chain: the first entry edited, deleted, slipped in or rewound.

``models.audit_chain`` fills ``digest`` and ``chain`` as each transaction commits. ``verify``
walks the log in id order and recomputes both: an entry whose ``changes`` no longer match its
digest was edited (unless the retention purge redacted it, set ``redacted_at`` and listed its id
in its own entry); an entry whose chain does not follow from the one before was edited in another
field, or the entry before it was deleted or slipped in. Deleting the newest entries leaves a
shorter chain that is still whole, so ``verify`` also compares the tip with an *anchor*: the last
id and chain the previous verification saw, kept outside the database (a file in the user's data
folder, one per database). The anchor moves on after each verification.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.models import REDACTED_KEY, AuditEntry
from desktop.models.audit_chain import entry_digest, row_link

#: Why an entry broke the chain (zh_CN; the command line prints them as they are).
UNCHAINED = "该条目没有链值：它不是由本程序写入的"
EDITED = "该条目的内容与写入时的摘要不符：内容被修改过"
UNLISTED_REDACTION = "该条目标记为已脱敏，但没有任何清除记录列出它"
LINK = "该条目的链值与前一条目不衔接：该条目被修改过，或它之前的条目被删除或插入"


@dataclass(frozen=True)
class Anchor:
    """The tip of the chain as a verification saw it."""

    id: int
    chain: str


@dataclass(frozen=True)
class Verification:
    checked: int
    first_broken: int | None = None
    reason: str | None = None
    rewound: bool = False
    redacted: tuple[int, ...] = ()
    tip: Anchor | None = None
    previous_tip: Anchor | None = field(default=None)

    @property
    def ok(self) -> bool:
        return self.first_broken is None and not self.rewound


_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.entity, AuditEntry.entity_id,
            AuditEntry.action, AuditEntry.changes, AuditEntry.digest, AuditEntry.chain,
            AuditEntry.redacted_at)


def _listed_redactions(session: Session) -> set[int]:
    listed: set[int] = set()
    purges = select(AuditEntry.changes).where(AuditEntry.entity == "retention", AuditEntry.action == "purge")
    for (changes,) in session.execute(purges):
        try:
            ids = json.loads(changes).get(REDACTED_KEY) or []
        except (ValueError, AttributeError):
            continue
        listed.update(i for i in ids if isinstance(i, int))
    return listed


def verify(session: Session, anchor: Anchor | None = None) -> Verification:
    """Walk the whole log; the first broken entry, whether the tip went back behind ``anchor``."""
    listed = _listed_redactions(session)
    previous: str | None = None
    checked = 0
    redacted: list[int] = []
    chains: dict[int, str] = {}
    tip: Anchor | None = None
    for row in session.execute(select(*_COLUMNS).order_by(AuditEntry.id)).yield_per(2000):
        checked += 1
        reason = None
        if row.chain is None or row.digest is None:
            reason = UNCHAINED
        elif row.redacted_at is None and entry_digest(row.changes) != row.digest:
            reason = EDITED
        elif row.redacted_at is not None and row.id not in listed:
            reason = UNLISTED_REDACTION
        elif row_link(previous, row, row.digest) != row.chain:
            reason = LINK
        if reason is not None:
            return Verification(checked, row.id, reason, previous_tip=anchor)
        if row.redacted_at is not None:
            redacted.append(row.id)
        previous = row.chain
        tip = Anchor(row.id, row.chain)
        if anchor is not None and row.id == anchor.id:
            chains[row.id] = row.chain
    rewound = anchor is not None and chains.get(anchor.id) != anchor.chain
    return Verification(checked, None, None, rewound, tuple(redacted), tip, anchor)


# The anchor file: {database: {"id": int, "chain": str}} as JSON.

def read_anchor(path: Path, database: str) -> Anchor | None:
    try:
        entry = json.loads(path.read_text(encoding="utf-8")).get(database)
        return Anchor(int(entry["id"]), str(entry["chain"])) if entry else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def write_anchor(path: Path, database: str, tip: Anchor | None) -> None:
    """Remember ``tip`` for ``database`` (replaced atomically; other databases' anchors kept)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    if tip is None:
        data.pop(database, None)
    else:
        data[database] = {"id": tip.id, "chain": tip.chain}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def select_schema():
    """PostgreSQL: the schema the tables are in (part of an anchor's key)."""
    return text("SELECT current_schema()")
