"""Hostile tables (issue 15): imports of people, action items and enterprises from .xlsx and
.csv end in a plan and a write, or in a Chinese refusal with nothing written."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.actions.importing import apply_action_import, plan_action_import
from desktop.services.enterprises.importing import apply_enterprise_import, plan_enterprise_import
from desktop.services.importing import apply_people_import, plan_people_import, read_table
from desktop.text import has_controls
from tests.property.strategies import mutated
from tests.property.support import counts, examples, few, outcome
from tests.property.table_strategies import table_file, write_xlsx

_files = itertools.count()

IMPORTS = {
    "people": (plan_people_import, apply_people_import),
    "actions": (lambda s, path: plan_action_import(s, path, "tripartite"), apply_action_import),
    "enterprises": (plan_enterprise_import, apply_enterprise_import),
}


@pytest.fixture
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("tables")


def reports(plan) -> list[str]:
    """What a preview prints: the rejected rows' reports and the ignored column names."""
    return [r.report for r in plan.rejected] + list(getattr(plan, "ignored_columns", ()))


def import_all_or_nothing(db, kind: str, path, skip: bool):
    plan_import, apply_import = IMPORTS[kind]
    before = counts(db)

    def work():
        with db.transaction() as session:
            plan = plan_import(session, path)
            assert not any(has_controls(text) for text in reports(plan)), reports(plan)
            return apply_import(session, plan, allow_rejected=skip)
    result, refusal = outcome(work)
    if refusal is not None:
        assert counts(db) == before, refusal
    return result, refusal


@few(30)
@given(data=st.data(), kind=st.sampled_from(sorted(IMPORTS)), skip=st.booleans())
def test_a_generated_table_imports_all_or_nothing(db, folder, data, kind, skip):
    import_all_or_nothing(db, kind, data.draw(table_file(kind, folder)), skip)


@pytest.fixture(scope="module")
def good_xlsx(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "good.xlsx"
    write_xlsx(path, [["姓名", "单位", "手机"], ["王建国", "区总工会", "13812345678"]])
    return path.read_bytes()


def read_back(folder, name: str, raw: bytes):
    path = folder / f"{next(_files)}-{name}"
    path.write_bytes(raw)
    return outcome(lambda: read_table(path))


@settings(max_examples=examples(120))
@given(data=st.data())
def test_a_damaged_xlsx_is_read_or_refused_clearly(folder, good_xlsx, data):
    read_back(folder, "damaged.xlsx", data.draw(mutated(good_xlsx)))


@settings(max_examples=examples(120))
@given(raw=st.one_of(st.binary(max_size=600), st.text(max_size=300).map(str.encode)),
       name=st.sampled_from(["text.xlsx", "junk.csv", "表格.XLSX", "old.xls"]))
def test_any_bytes_under_a_table_name_are_read_or_refused_clearly(folder, raw, name):
    read_back(folder, name, raw)
