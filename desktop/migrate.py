"""Alembic, driven from code: upgrade on open, copy a SQLite file aside first, refuse newer.

Alembic is imported only when a database is not at ``HEAD`` (a new, older or foreign one):
opening a current database costs one SELECT on ``alembic_version`` (see ``prepare``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from desktop.errors import DatabaseError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.migrations import HEAD
from desktop.sqlite_copy import backup_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# Search objects made by migration 0003 that the models cannot describe: FTS5 tables (and
# their shadow tables) on SQLite, pg_trgm indexes on PostgreSQL.
SEARCH_TABLE_PREFIXES = ("minutes_fts", "decisions_fts")
SEARCH_INDEXES = ("ix_minutes_text_trgm", "ix_decisions_text_trgm")


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """Alembic hook: leave the search objects out of autogenerate and schema comparisons."""
    if type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIXES):
        return False
    return not (type_ == "index" and name in SEARCH_INDEXES)


def prepare(engine: Engine, target, *, upgrade_schema: bool = True) -> None:
    """Check a database before use and bring it to head; nothing to do (no alembic) at ``HEAD``."""
    if stored_revision(engine) == HEAD:
        return
    check_can_open(engine, target.display)
    if upgrade_schema:
        upgrade(engine, target)  # copies a SQLite file aside before changing a byte


def stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version`` (one SELECT); None without that table or a single row."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None  # no such table: new, or not ours; check_can_open tells which
    return rows[0][0] if len(rows) == 1 else None


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The head according to the scripts themselves (``HEAD`` must equal it)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every revision the scripts know (older and current)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision; refuse one written by a newer version of the app."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "该数据库由更新版本的三方联席秘书台创建（结构版本 {rev}），本版本无法打开。请升级程序。",
            ),
            rev=current,
        )
    return current


def check_can_open(engine: Engine, where: str) -> str | None:
    """Refuse a newer schema, and a database that holds tables but was never ours.

    Without the second check a SQLite file (or PostgreSQL schema) of another program would
    silently receive this app's tables next to its own.
    """
    current = check_not_newer(engine)
    if current is None:
        with engine.connect() as conn:
            foreign = inspect(conn).get_table_names()
        if foreign:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "该数据库已有其他数据表，不是三方联席秘书台的数据库：{where}"
                ),
                where=where,
            )
    return current


def upgrade(engine: Engine, target) -> None:
    """Bring the schema to head; a SQLite file with data is copied aside before any change."""
    current = check_not_newer(engine)
    if current == head_revision():
        return
    if target.is_sqlite and current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_sqlite(target.path, target.path.with_name(
            f"{target.path.stem}.before-{current}-{stamp}{target.path.suffix}"))
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:  # the upgrade runs in one transaction: nothing of it was kept
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "数据库结构升级失败（已撤销，数据未改变）：{reason}"),
            reason=_first_line(exc),
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
