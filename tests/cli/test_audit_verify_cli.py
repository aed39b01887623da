"""``audit verify``: the JSON contract, exit 0 on a whole chain and 1 at the first broken or
rewound entry, the anchor file moving on; ``audit protect`` refused on SQLite and to a viewer."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, func, select, update

from desktop.cli import main
from desktop.models import AuditEntry, Organisation

CONTRACT = ["ok", "checked", "first_broken", "reason", "rewound", "redacted", "anchor"]


@pytest.fixture
def url(db) -> str:
    for name in ("验证单位甲", "验证单位乙", "验证单位丙"):
        db.run(lambda s, n=name: s.add(Organisation(name=n, kind="other")), "王秘书")
    return db.target.url.render_as_string(hide_password=False)


def verified(url, anchor, capsys, expect: int) -> dict:
    capsys.readouterr()
    assert main(["--database", url, "audit", "verify", "--format", "json", "--anchor", str(anchor)]) == expect
    return json.loads(capsys.readouterr().out)


def _plain(db, statement) -> None:
    with db.engine.begin() as conn:
        conn.execute(statement)


def test_a_whole_chain_verifies_and_sets_the_anchor(db, url, tmp_path, capsys):
    anchor = tmp_path / "anchors.json"
    first = verified(url, anchor, capsys, 0)
    assert list(first) == CONTRACT
    with db.reading() as s:
        total, newest = s.execute(select(func.count(), func.max(AuditEntry.id))).one()
    assert (first["ok"], first["checked"], first["first_broken"], first["anchor"]) == (True, total, None, None)
    second = verified(url, anchor, capsys, 0)
    assert second["anchor"]["id"] == newest
    capsys.readouterr()
    assert main(["--database", url, "audit", "verify", "--anchor", str(anchor)]) == 0
    assert capsys.readouterr().out.startswith(f"操作日志完好：已检验 {total} 条")


def test_an_edited_entry_exits_1_naming_it(db, url, tmp_path, capsys):
    with db.reading() as s:
        target = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1).offset(1)).one()
    _plain(db, update(AuditEntry).where(AuditEntry.id == target).values(changes="{}"))
    result = verified(url, tmp_path / "a.json", capsys, 1)
    assert (result["ok"], result["first_broken"]) == (False, target)
    capsys.readouterr()
    assert main(["--database", url, "audit", "verify", "--anchor", str(tmp_path / "a.json")]) == 1
    assert f"在第 {target} 条断开" in capsys.readouterr().out


def test_deleting_the_newest_entry_is_reported_as_rewound(db, url, tmp_path, capsys):
    anchor = tmp_path / "a.json"
    verified(url, anchor, capsys, 0)
    with db.reading() as s:
        newest = s.scalar(select(func.max(AuditEntry.id)))
    _plain(db, delete(AuditEntry).where(AuditEntry.id == newest))
    result = verified(url, anchor, capsys, 1)
    assert (result["rewound"], result["first_broken"], result["anchor"]["id"]) == (True, None, newest)


def test_protect_is_refused_on_sqlite_with_one_line(db, url, capsys):
    if not db.is_sqlite:
        pytest.skip("the SQLite refusal")
    capsys.readouterr()
    assert main(["--database", url, "audit", "protect", "--role", "app"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "只用于 PostgreSQL" in err
