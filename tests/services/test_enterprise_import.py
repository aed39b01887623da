"""Enterprise import: real .xlsx/.csv files with planted bad rows, planned, applied, read back."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import Enterprise
from desktop.services.enterprises.core import EnterpriseData, create_enterprise, list_enterprises
from desktop.services.enterprises.importing import (
    apply_enterprise_import,
    ensure_enterprise_plan_current,
    plan_enterprise_import,
)
from desktop.services.importing import Action, ImportFileError, ImportRefused
from tests.services.enterprise_support import codes, write_csv, write_xlsx, wrong_check

C = codes(6)


def good(i: int, **kw) -> list:
    row = [f"北京第{i}科技有限公司", C[i], f"景盛南四街{i}号", "马驹桥片区", "软件", 50 + i, "是", "否",
           "王强", "13812345678"]
    for key, value in kw.items():
        row[["name", "uscc", "address", "park", "industry", "workers", "union", "contract",
             "contact", "phone"].index(key)] = value
    return row


def plan_file(db, path):
    with db.reading() as s:
        return plan_enterprise_import(s, path)


def count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Enterprise))


@pytest.fixture
def planted(tmp_path):
    """Rows 2, 3 good; 4 wrong check character; 5 repeats row 2's code; 6 no name; 7 -3 workers."""
    return write_xlsx(tmp_path / "企业.xlsx", [
        good(0), good(1), good(2, uscc=wrong_check(C[2])), good(3, uscc=C[0].lower()),
        good(4, name=""), good(5, workers="-3"),
    ])


def test_planted_bad_rows_are_rejected_with_their_row_numbers_and_reasons(db, planted):
    plan = plan_file(db, planted)
    reports = [r.report for r in plan.rejected]
    assert [r.row for r in plan.rejected] == [4, 5, 6, 7]
    assert "校验位不正确" in reports[0]
    assert reports[1].startswith("第5行：") and "与第2行重复" in reports[1]
    assert "请填写企业名称" in reports[2]
    assert "职工人数“-3”不合理" in reports[3]
    assert (plan.counts.new, plan.counts.rejected) == (2, 4)


def test_nothing_is_written_while_rows_are_rejected(db, planted):
    plan = plan_file(db, planted)
    with pytest.raises(ImportRefused, match="有 4 行被拒绝"), db.transaction() as s:
        apply_enterprise_import(s, plan)
    assert count(db) == 0


def test_the_rest_is_imported_when_the_user_skips_rejected_rows(db, planted):
    plan = plan_file(db, planted)
    with db.transaction() as s:
        result = apply_enterprise_import(s, plan, allow_rejected=True)
    with db.reading() as s:
        rows = list_enterprises(s)
    assert result.created == 2
    assert sorted((r.uscc, r.workers, r.has_union, r.has_contract, r.park) for r in rows) == sorted(
        [(C[0], 50, True, False, "马驹桥片区"), (C[1], 51, True, False, "马驹桥片区")])


def test_codes_already_in_the_register_update_and_the_preview_counts_them(db, tmp_path):
    with db.transaction() as s:
        create_enterprise(s, EnterpriseData("北京第0科技有限公司", C[0], "景盛南四街0号", "马驹桥片区", "软件",
                                            50, True, False, "王强", "13812345678"))
        create_enterprise(s, EnterpriseData("旧名称有限公司", C[1], park="台湖片区", workers=10,
                                            contact_phone="13900001111"))
    path = write_xlsx(tmp_path / "更新.xlsx", [good(0), good(1, park="", phone=""), good(2)])
    plan = plan_file(db, path)
    assert [r.action for r in plan.rows] == [Action.UNCHANGED, Action.UPDATE, Action.NEW]
    assert (plan.counts.new, plan.counts.updated, plan.counts.unchanged) == (1, 1, 1)
    with db.transaction() as s:
        apply_enterprise_import(s, plan)
    with db.reading() as s:
        updated = next(r for r in list_enterprises(s) if r.uscc == C[1])
    # a non-empty cell replaces; an empty cell (park, phone) keeps what was stored
    assert (updated.name, updated.workers, updated.park, updated.contact_phone, updated.version) == (
        "北京第1科技有限公司", 51, "台湖片区", "13900001111", 2)
    assert count(db) == 3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_the_encodings_excel_and_wps_save(db, tmp_path, encoding):
    path = write_csv(tmp_path / "企业.csv", [good(0, workers="1,200人", union="已建会", contract="是"),
                                             good(1, uscc=f" {C[1].lower()} ")], encoding=encoding)
    plan = plan_file(db, path)
    assert [r.action for r in plan.rows] == [Action.NEW, Action.NEW]
    first, second = (r.data for r in plan.rows)
    assert (first.workers, first.has_union, first.has_contract, second.uscc) == (1200, True, True, C[1])


def test_a_yes_no_cell_that_is_neither_is_rejected(db, tmp_path):
    plan = plan_file(db, write_csv(tmp_path / "e.csv", [good(0, union="大概")]))
    assert "“是否建会”应填“是”或“否”，现为“大概”" in plan.rejected[0].report


def test_a_file_without_the_code_column_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "e.csv", [["某公司", "地址"]], header=["企业名称", "地址"])
    with pytest.raises(ImportFileError, match="统一社会信用代码"), db.reading() as s:
        plan_enterprise_import(s, path)


def test_a_preview_is_refused_once_the_register_changed(db, tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", [good(0)])
    plan = plan_file(db, path)
    with db.transaction() as s:
        create_enterprise(s, EnterpriseData("别人先登记的", C[0]))
    with pytest.raises(ImportRefused, match="重新预览"), db.transaction() as s:
        ensure_enterprise_plan_current(s, plan)


def test_an_import_is_audited_and_reports_the_enterprises_it_wrote(db, tmp_path):
    from desktop.changes import Topic
    from desktop.models import AuditEntry

    plan = plan_file(db, write_xlsx(tmp_path / "e.xlsx", [good(0), good(1)]))
    result, changes = db.run(lambda s: apply_enterprise_import(s, plan), "测试员")
    assert changes.touches(Topic.ENTERPRISES)
    assert changes.ids(Topic.ENTERPRISES) >= set(result.enterprise_ids)
    with db.reading() as s:
        audited = s.execute(select(AuditEntry.entity_id, AuditEntry.user, AuditEntry.changes)
                            .where(AuditEntry.entity == "enterprises", AuditEntry.action == "insert")).all()
    assert sorted(e for e, _, _ in audited) == sorted(result.enterprise_ids)
    assert all(user == "测试员" and (C[0] in text or C[1] in text) for _, user, text in audited)
