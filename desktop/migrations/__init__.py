"""Alembic's migration scripts (``env.py``, ``versions/``) and the revision they lead to.

``HEAD`` lets ``desktop.db`` open a database that is already at head without importing alembic
(one SELECT on ``alembic_version``); a test holds it equal to alembic's own head. A new
revision file updates it.
"""

HEAD = "0010"
