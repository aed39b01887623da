"""Chunked Core inserts with ids given by the generator, so children can point at parents."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.models import Base
from desktop.models.access import writing_connection

CHUNK_ROWS = 5_000


class BulkWriter:
    """Buffers rows per table and writes them with one executemany per table and chunk.

    Rows are flushed in the schema's dependency order, so a child row never reaches the
    database before the parent row it was generated after. Ids are allocated here (max + 1),
    which avoids RETURNING round trips; on PostgreSQL the id sequences are moved past the
    new rows at the end, or the next ordinary insert would collide with them.
    """

    def __init__(self, session: Session, chunk_rows: int = CHUNK_ROWS) -> None:
        self._conn = writing_connection(session)
        self._chunk_rows = chunk_rows
        self._order = list(Base.metadata.sorted_tables)
        self._buffers: dict[str, list[dict]] = {t.name: [] for t in self._order}
        self._pending = 0
        self._next_id: dict[str, int] = {}
        self.counts: Counter[str] = Counter()

    def next_id(self, table: Table) -> int:
        """The id the next row of ``table`` gets."""
        name = table.name
        if name not in self._next_id:
            top = self._conn.execute(select(func.max(table.c.id))).scalar()
            self._next_id[name] = (top or 0) + 1
        value = self._next_id[name]
        self._next_id[name] = value + 1
        return value

    def add(self, table: Table, row: dict) -> None:
        self._buffers[table.name].append(row)
        self._pending += 1
        if self._pending >= self._chunk_rows:
            self.flush()

    def flush(self) -> None:
        for table in self._order:
            rows = self._buffers[table.name]
            if rows:
                self._conn.execute(insert(table), rows)
                self.counts[table.name] += len(rows)
                self._buffers[table.name] = []
        self._pending = 0

    def finish(self) -> None:
        """Write what is left; on PostgreSQL move each touched id sequence to the max id."""
        self.flush()
        if self._conn.dialect.name != "postgresql":
            return
        for table in self._order:
            if table.name in self._next_id and "id" in table.c:
                self._conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT max(id) FROM {table.name}))"
                ))
