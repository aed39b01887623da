"""The four roles a signed-in user may have, as stored (``users.role``), and the session key the
sign-in puts the role under.

Kept apart from the models so that what the first paint needs (the role labels and checks in
``services.kernel.permissions``, the window's locks) imports no SQLAlchemy.
"""

from __future__ import annotations

from enum import Enum

ROLE_KEY = "role"   # session.info[ROLE_KEY]: the signed-in role of every session of a database


class Role(str, Enum):
    ADMIN = "admin"            # 管理员
    SECRETARY = "secretary"    # 秘书
    LEADER = "leader"          # 领导
    VIEWER = "viewer"          # 查看
