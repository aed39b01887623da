"""``add case``, ``case advance``, ``list cases`` and ``deadline``: exit codes, one-line refusals,
nothing written on refusal, the JSON contract and masking."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import AuditEntry, CaseStep, DisputeCase
from tests.services.test_dispute_cases import GOOD_ID, PHONE, enterprises, wrong_check
from tests.services.warning_support import C

CONTRACT = ["id", "number", "stage", "received", "employer", "category", "workers", "clocks"]


@pytest.fixture
def url(db) -> str:
    enterprises(db)
    return db.target.url.render_as_string(hide_password=False)


def cli(url, *args) -> int:
    return main(["--database", url, *args])


def add(url, capsys, *extra) -> int:
    capsys.readouterr()
    assert cli(url, "add", "case", "--employer", C[0], "--received", "2026-03-02", "--category", "劳动报酬",
               "--applicant", "张三", "--id-number", GOOD_ID, "--phone", PHONE, "--claim", "支付拖欠工资",
               "--amount", "12000", *extra) == 0
    return int(capsys.readouterr().out.strip())


def listed(url, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert cli(url, "list", "cases", "--format", "json", *extra) == 0
    return json.loads(capsys.readouterr().out)


def count(db, entity=DisputeCase, *where) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(entity).where(*where))


def test_add_case_prints_the_new_id(db, url, capsys):
    case_id = add(url, capsys)
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        assert (case.number, case.category, case.source) == ("（2026）经开工调字第1号", "remuneration", "window")


@pytest.mark.parametrize("change", [
    {"--employer": C[9]},                          # a valid code not in the register
    {"--id-number": wrong_check(GOOD_ID)},
    {"--category": "劳动"},                         # 劳动关系 / 劳动合同 / 劳动报酬 …
])
def test_add_case_refusals_exit_1_with_one_line_and_write_nothing(db, url, capsys, change):
    values = {"--employer": C[0], "--received": "2026-03-02", "--category": "劳动报酬",
              "--applicant": "张三", "--id-number": GOOD_ID} | change
    capsys.readouterr()
    assert cli(url, "add", "case", *[x for pair in values.items() for x in pair]) == 1
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    assert GOOD_ID not in err
    assert count(db) == 0


def test_case_advance_to_an_agreement_records_terms_and_perform_by(db, url, capsys):
    case_id = add(url, capsys)
    assert cli(url, "case", "advance", str(case_id), "--to", "达成协议", "--on", "2026-03-10",
               "--terms", "企业支付工资12000元", "--perform-by", "2026-03-31") == 0
    assert capsys.readouterr().out.strip() == str(case_id)
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        assert (case.stage, case.agreement_terms, str(case.perform_by)) == ("agreed", "企业支付工资12000元",
                                                                             "2026-03-31")
    clocks = listed(url, capsys)[0]["clocks"]
    assert {c["rule"]: c["due"] for c in clocks} == {"judicial_confirmation_30": "2026-04-09",
                                                    "performance": "2026-03-31"}


def test_case_advance_to_an_agreement_without_terms_exits_1_and_writes_nothing(db, url, capsys):
    case_id = add(url, capsys)
    assert cli(url, "case", "advance", str(case_id), "--to", "达成协议", "--on", "2026-03-10") == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert count(db, CaseStep, CaseStep.case_id == case_id) == 1


def test_list_cases_json_has_the_contract_fields_and_masks_numbers(db, url, capsys):
    case_id = add(url, capsys)
    rows = listed(url, capsys)
    assert len(rows) == 1 and set(CONTRACT) <= set(rows[0])
    row = rows[0]
    assert (row["id"], row["number"], row["stage"], row["received"], row["employer"], row["category"],
            row["workers"]) == (case_id, "（2026）经开工调字第1号", "received", "2026-03-02", "北京甲科技有限公司",
                                "remuneration", 1)
    assert [list(c) for c in row["clocks"]] == [["rule", "due", "days_left", "provisional"]]
    assert row["clocks"][0]["rule"] == "mediation_15" and row["clocks"][0]["due"] == "2026-03-17"
    text = json.dumps(rows, ensure_ascii=False)
    assert GOOD_ID not in text and PHONE not in text
    assert count(db, AuditEntry, AuditEntry.action == "reveal") == 0


def test_list_cases_unmask_shows_numbers_and_writes_an_audit_entry(db, url, capsys):
    add(url, capsys)
    text = json.dumps(listed(url, capsys, "--unmask"), ensure_ascii=False)
    assert GOOD_ID in text and PHONE in text
    assert count(db, AuditEntry, AuditEntry.action == "reveal") == 1


@pytest.mark.parametrize(("args", "expected"), [
    (["mediation_15", "2026-02-06"], "2026-02-24"),                       # Sat 02-21 in 春节 → Tue 24
    (["mediation_15", "2026-02-06", "--mode", "exact"], "2026-02-21"),
    (["judicial_confirmation_30", "2026-01-15"], "2026-02-14"),           # 调休 Saturday
    (["arbitration_limitation_1y", "2024-02-29"], "2025-02-28"),
])
def test_deadline_prints_the_last_day(url, capsys, args, expected):
    capsys.readouterr()
    assert cli(url, "deadline", *args) == 0
    assert capsys.readouterr().out == expected + "\n"


def test_deadline_in_a_year_beyond_the_data_says_provisional_on_stderr(url, capsys):
    capsys.readouterr()
    assert cli(url, "deadline", "mediation_15", "2026-12-17") == 0
    out, err = capsys.readouterr()
    assert out == "2027-01-04\n" and "暂定" in err


@pytest.mark.parametrize("args", [["no_such_rule", "2026-03-02"], ["mediation_15", "2026-02-30"],
                                  ["mediation_15", "yesterday"]])
def test_deadline_with_an_unknown_rule_or_a_bad_date_exits_2_with_one_line(url, capsys, args):
    capsys.readouterr()
    assert cli(url, "deadline", *args) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
