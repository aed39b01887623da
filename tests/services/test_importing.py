"""People import: real .xlsx/.csv files in tmp_path, planned, applied, read back from the database."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Organisation, OrgKind, Person
from desktop.services.directory import core as directory
from desktop.services.directory.core import list_people
from desktop.services.importing import (
    Action,
    ImportFileError,
    ImportRefused,
    ImportWriteError,
    apply_people_import,
    ensure_plan_current,
    plan_people_import,
)

HEADER = ["姓名", "单位", "职务", "手机", "邮箱", "备注"]
USCC = "91110000600037341L"


def write_xlsx(path, rows, sheet="Sheet1", extra_sheets=()):
    book = openpyxl.Workbook()
    for title, extra in extra_sheets:
        other = book.create_sheet(title)
        for row in extra:
            other.append(row)
    ws = book.worksheets[0]
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def write_csv(path, rows, encoding="utf-8", delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def plan(db, path):
    with db.reading() as session:
        return plan_people_import(session, path)


def apply(db, the_plan, **kwargs):
    with db.transaction("测试员") as session:
        return apply_people_import(session, the_plan, **kwargs)


def people(db) -> dict[str, directory.PersonRow]:
    with db.reading() as session:
        return {p.name: p for p in list_people(session)}


def count(db, entity) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(entity))


def test_good_rows_are_imported_with_new_and_existing_organisations(db, tmp_path):
    path = write_xlsx(tmp_path / "通讯录.xlsx", [
        HEADER + ["单位类别", "统一社会信用代码"],
        ["陈新", "总工会", "干事", "13812345678", "chen@example.cn", "新同事"],
        ["林芳", "经开区示范企业有限公司", "人事经理", "13911112222", "", "", "企业", USCC],
    ])
    apply(db, plan(db, path))
    found = people(db)
    assert (found["陈新"].organisation, found["陈新"].title, found["陈新"].phone) == (
        "经开区总工会", "干事", "13812345678")
    assert found["陈新"].email == "chen@example.cn" and found["陈新"].notes == "新同事"
    with db.reading() as session:
        org = session.execute(select(Organisation.id, Organisation.kind, Organisation.uscc)
                              .where(Organisation.name == "经开区示范企业有限公司")).one()
    assert (org.kind, org.uscc) == (OrgKind.ENTERPRISE.value, USCC)
    assert found["林芳"].organisation_id == org.id


def test_planning_writes_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["陈新", "新单位", "", "13812345678", "", ""]])
    before = (count(db, Person), count(db, Organisation), count(db, AuditEntry))
    result = plan(db, path)
    assert result.counts.new == 1 and result.counts.new_organisations == 1
    assert (count(db, Person), count(db, Organisation), count(db, AuditEntry)) == before


def test_existing_person_in_same_organisation_is_updated_not_duplicated(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["王建国", "经开区总工会", "主席", "13900001111", "", ""]])
    the_plan = plan(db, path)
    assert the_plan.rows[0].action is Action.UPDATE
    assert the_plan.rows[0].changes == ("title", "phone")
    apply(db, the_plan)
    with db.reading() as session:
        rows = session.execute(select(Person.title, Person.phone).where(Person.name == "王建国")).all()
    assert [tuple(r) for r in rows] == [("主席", "13900001111")]


def test_empty_cells_never_erase_and_notes_are_only_filled(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["王建国", "总工会", "", "", "w@example.cn", "备注"]])
    apply(db, plan(db, path))
    path2 = write_xlsx(tmp_path / "p2.xlsx", [HEADER, ["王建国", "总工会", "", "", "", "另一条备注"]])
    assert plan(db, path2).rows[0].action is Action.UNCHANGED
    person = people(db)["王建国"]
    assert (person.title, person.phone, person.email, person.notes) == (
        "常务副主席", "010-67881301", "w@example.cn", "备注")


def test_importing_the_same_file_twice_changes_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["陈新", "总工会", "干事", "13812345678", "", ""]])
    apply(db, plan(db, path))
    version = people(db)["陈新"].version
    second = plan(db, path)
    assert [r.action for r in second.rows] == [Action.UNCHANGED]
    assert second.rows[0].reason_text == "已在通讯录中，没有新信息"
    assert not second.can_apply()
    apply(db, second)
    assert people(db)["陈新"].version == version


def test_same_person_twice_in_the_file_is_merged(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        HEADER,
        ["陈新", "新单位", "干事", "13812345678", "", ""],
        ["陈新", "新单位", "", "", "chen@example.cn", ""],
    ])
    the_plan = plan(db, path)
    assert [r.action for r in the_plan.rows] == [Action.NEW, Action.UPDATE]
    assert the_plan.rows[1].reason_text == "与第2行为同一人，将更新：邮箱"
    result = apply(db, the_plan)
    assert (result.created, result.updated, result.organisations) == (1, 0, 1)
    person = people(db)["陈新"]
    assert (person.title, person.phone, person.email) == ("干事", "13812345678", "chen@example.cn")


def test_rejected_rows_carry_row_numbers_and_reasons(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["经开区三方联席通讯录"],
        HEADER + ["单位类别", "统一社会信用代码"],
        ["陈新", "总工会", "", "13812345678", "", ""],
        ["", "总工会", "干事", "13812345678", "", ""],
        ["林芳", "总工会", "", "123", "", ""],
        ["周强", "总工会", "", "", "not-an-email", ""],
        ["吴敏", "某新公司", "", "", "", "", "外星机构"],
        ["郑和", "另一新公司", "", "", "", "", "企业", "91110000600037341X"],
    ])
    the_plan = plan(db, path)
    assert [r.report for r in the_plan.rejected] == [
        "第4行：请填写姓名。",
        "第5行：电话号码“123”格式不正确：应为11位手机号或带区号的固定电话，如 010-67881234。",
        "第6行：电子邮箱“not-an-email”格式不正确：应形如 name@example.cn。",
        "第7行：未知的单位类别“外星机构”：可填 政府部门、人社部门、工会、企业组织、法院、仲裁机构、公安、信访、"
        "司法行政、检察院、税务、企业、其他。",
        "第8行：统一社会信用代码“91110000600037341X”校验位不正确（GB 32100），请核对。",
    ]
    assert the_plan.counts.rejected == 5 and the_plan.counts.new == 1
    assert the_plan.new_organisations == ()  # only rejected rows named the new ones


def test_plan_with_rejects_is_refused_and_writes_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["陈新", "新单位", "", "", "", ""], ["林芳", "", "", "123", "", ""]])
    before = (count(db, Person), count(db, Organisation))
    with pytest.raises(ImportRefused, match="有 1 行被拒绝"):
        apply(db, plan(db, path))
    assert (count(db, Person), count(db, Organisation)) == before


def test_plan_with_rejects_imports_the_good_rows_when_allowed(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["陈新", "新单位", "", "", "", ""], ["林芳", "", "", "123", "", ""]])
    result = apply(db, plan(db, path), allow_rejected=True)
    assert (result.created, result.organisations) == (1, 1)
    assert "陈新" in people(db) and "林芳" not in people(db)


def test_a_failure_in_the_middle_of_apply_leaves_nothing_behind(db, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "p.xlsx", [
        HEADER + ["统一社会信用代码"],
        ["陈新", "总工会", "", "13812345678", "", "", ""],
        ["林芳", "人社局", "", "", "", "", ""],
        ["周强", "后来冲突的公司", "", "", "", "", USCC],
        ["吴敏", "总工会", "", "", "", "", ""],
    ])
    the_plan = plan(db, path)
    with db.transaction("别人") as session:  # after the preview someone registers the same USCC
        session.add(Organisation(name="抢先登记的公司", uscc=USCC))
    # Let the insert reach the database so its UNIQUE constraint, not the service check, fails.
    monkeypatch.setattr(directory, "_check_org_unique", lambda *a, **k: None)
    before = (count(db, Person), count(db, Organisation), count(db, AuditEntry))
    with pytest.raises(ImportWriteError, match="第4行写入数据库失败，整个导入已取消"):
        apply(db, the_plan)
    assert (count(db, Person), count(db, Organisation), count(db, AuditEntry)) == before
    assert not {"陈新", "林芳", "周强", "吴敏"} & set(people(db))


def test_a_preview_made_stale_by_another_user_is_refused(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["陈新", "总工会", "", "", "", ""]])
    the_plan = plan(db, path)
    with db.transaction("别人") as session:
        directory.create_person(session, directory.PersonData("陈新", directory.find_organisation_id(session, "总工会")))
    with pytest.raises(ImportRefused, match="请重新预览"), db.transaction("测试员") as session:
        ensure_plan_current(session, the_plan)


@pytest.mark.parametrize("phone", [13812345678, 13812345678.0, "13812345678.0"])
def test_phone_numbers_stored_as_excel_numbers_come_out_right(db, tmp_path, phone):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ["陈新", "总工会", "", phone, "", ""]])
    apply(db, plan(db, path))
    assert people(db)["陈新"].phone == "13812345678"


def test_phone_in_scientific_notation_is_rejected_with_a_fix(db, tmp_path):
    path = write_csv(tmp_path / "p.csv", [HEADER, ["陈新", "总工会", "", "1.38123E+10", "", ""]])
    assert "科学计数法" in plan(db, path).rows[0].reason_text


def test_english_headers_and_a_title_row_above_them(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["Contacts 2026"], [], ["No.", "Name", "Organization", "Job Title", "Mobile", "E-mail", "Notes"],
        [1, "Li Lei", "总工会", "Officer", "13812345678", "li@example.cn", "from HQ"],
    ])
    the_plan = plan(db, path)
    assert the_plan.header_row == 3 and the_plan.ignored_columns == ("No.",)
    apply(db, the_plan)
    person = people(db)["Li Lei"]
    assert (person.organisation, person.title, person.email, person.notes) == (
        "经开区总工会", "Officer", "li@example.cn", "from HQ")


def test_chinese_header_synonyms_and_decorations(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["* 名字", "工作单位", "职位", "办公电话", "联系电话", "电子邮箱", "说明"],
        ["李 雷", "人社局", "科员", "", "010-67881234", "lei@example.cn", ""],
    ])
    apply(db, plan(db, path))
    person = people(db)["李雷"]  # spaces padding a Chinese name are dropped
    assert (person.organisation, person.title, person.phone) == ("经开区人力资源和社会保障局", "科员", "010-67881234")


def test_missing_name_column_refuses_the_file_listing_the_columns_found(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [["人员", "单位", "电话"], ["陈新", "总工会", "13812345678"]])
    with pytest.raises(ImportFileError) as caught:
        plan(db, path)
    assert "没有“姓名”列" in str(caught.value) and "找到的列：人员、单位、电话" in str(caught.value)


def test_empty_rows_are_ignored(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, [], ["陈新", "总工会", "", "", "", ""], [None, "", None], ["林芳"]])
    assert [(r.row, r.name) for r in plan(db, path).rows] == [(3, "陈新"), (5, "林芳")]


def test_a_sheet_named_contacts_is_preferred_to_the_first(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [["说明"], ["本表仅供内部使用"]],
                      extra_sheets=[("联系人", [HEADER, ["陈新", "总工会", "", "", "", ""]])])
    the_plan = plan(db, path)
    assert the_plan.sheet == "联系人" and [r.name for r in the_plan.rows] == ["陈新"]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_the_encodings_excel_writes(db, tmp_path, encoding):
    path = write_csv(tmp_path / "p.csv", [HEADER, ["陈新", "经开区总工会", "副部长", "13812345678", "", "备注：甲"]],
                     encoding=encoding)
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    apply(db, plan(db, path))
    person = people(db)["陈新"]
    assert (person.organisation, person.title, person.notes) == ("经开区总工会", "副部长", "备注：甲")


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_csv_delimiter_is_sniffed(db, tmp_path, delimiter):
    path = write_csv(tmp_path / "p.csv", [HEADER, ["陈新", "总工会", "干事, 兼联络员", "", "", ""]],
                     delimiter=delimiter)
    assert [(r.name, r.title) for r in plan(db, path).rows] == [("陈新", "干事, 兼联络员")]


def test_new_organisation_with_a_known_uscc_is_matched_to_the_registered_one(db, tmp_path):
    with db.transaction("测试员") as session:
        org_id = directory.create_organisation(session, directory.OrganisationData("甲公司", uscc=USCC))
    path = write_xlsx(tmp_path / "p.xlsx", [["姓名", "单位", "信用代码"], ["陈新", "甲公司（更名后）", USCC]])
    the_plan = plan(db, path)
    assert the_plan.new_organisations == () and the_plan.rows[0].organisation_id == org_id


@pytest.mark.parametrize(("name", "message"), [
    ("missing.xlsx", "找不到文件"),
    ("old.xls", "另存为 .xlsx"),
    ("notes.txt", "不支持的文件类型“notes.txt”"),
    ("broken.xlsx", "不是有效的 .xlsx 文件"),
])
def test_unreadable_files_are_refused_with_a_chinese_reason(db, tmp_path, name, message):
    if name != "missing.xlsx":
        (tmp_path / name).write_bytes(b"not a spreadsheet")
    with pytest.raises(ImportFileError, match=message):
        plan(db, tmp_path / name)


def test_a_cancelled_import_rolls_back_every_row_and_new_organisation(db, tmp_path):
    from desktop.progress import Cancelled, Progress

    class CancelAtRow(Progress):
        def changed(self) -> None:
            if self.done >= 200:
                self.cancel()

    rows = [HEADER] + [[f"新人{i:03d}", "新成立的协会", "干事", "", "", ""] for i in range(250)]
    the_plan = plan(db, write_csv(tmp_path / "p.csv", rows))
    people_before, orgs_before = count(db, Person), count(db, Organisation)
    progress = CancelAtRow()
    with pytest.raises(Cancelled):
        apply(db, the_plan, progress=progress)
    assert progress.snapshot()[:2] == (200, 250)
    assert (count(db, Person), count(db, Organisation)) == (people_before, orgs_before)
