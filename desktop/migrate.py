"""Alembic, driven from code: upgrade on open, copy a SQLite file aside first, refuse newer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from desktop.errors import DatabaseError
from desktop.i18n import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).with_name("migrations")


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


def upgrade(engine: Engine, target) -> None:
    """Bring the schema to head; a SQLite file with data is copied aside before any change."""
    current = check_not_newer(engine)
    if current == head_revision():
        return
    if target.is_sqlite and current is not None:
        from desktop.services.backup import backup_sqlite

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = target.path.with_name(f"{target.path.stem}.before-{current}-{stamp}{target.path.suffix}")
        backup_sqlite(target.path, aside)
    command.upgrade(alembic_config(engine), "head")
