"""``init``: create or upgrade the schema and seed the five bodies."""

from __future__ import annotations

import argparse

from desktop.cli.common import open_db, user
from desktop.services.bodies.seed import seed


def register(sub) -> None:
    p = sub.add_parser("init", help="创建或升级数据库并初始化五项机制（重复运行不改变任何数据）")
    p.set_defaults(func=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    try:
        with db.transaction(user()) as session:
            seeded = seed(session)
    finally:
        db.dispose()
    print(("已初始化数据库：" if seeded else "数据库已是最新：") + db.target.display)
    return 0
