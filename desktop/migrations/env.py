"""Alembic environment: the engine comes from the app (config.attributes['engine'])."""

from alembic import context

from desktop.migrate import include_name
from desktop.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_name=include_name,
            # Alembic commits SQLite after each revision (it takes SQLite's DDL for
            # non-transactional); it is transactional, so an upgrade of several revisions is
            # one transaction: a crash half-way leaves the old schema, never a mix.
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
