"""Alembic, driven from code: upgrade on open, copy a SQLite file aside first, refuse newer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from desktop.errors import DatabaseError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.sqlite_copy import backup_sqlite

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


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision; refuse one written by a newer version of the app."""
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
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
