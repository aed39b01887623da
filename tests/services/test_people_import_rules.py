"""People import (issue 16): a rejected row names all its problems; a 手机 column takes mobiles
only; a local number never starts with 0 or 1 after its area code."""

from __future__ import annotations

import pytest

from desktop.services.importing import Action, Message, apply_people_import, plan_people_import
from tests.services.test_importing import plan, write_csv, write_xlsx

BAD_PHONE = "电话号码“{v}”格式不正确：本地号码（区号之后）不能以 0 或 1 开头；手机号应为11位。"
NOT_MOBILE = "手机号码“{v}”格式不正确：手机列应为以 1 开头的11位手机号，固定电话请填在“电话”列。"


def test_a_rejected_row_names_every_problem_in_column_order(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["姓名", "单位", "电话", "邮箱", "单位类别", "统一社会信用代码"],
        ["", "新公司甲", "123", "not-an-email", "外星机构", "91110000600037341X"],
        ["陈新", "总工会", "13812345678", "chen@example.cn", "", ""],
    ])
    rejected = plan(db, path).rejected
    assert [r.row for r in rejected] == [2]
    report = rejected[0].report
    assert report.startswith("第2行：请填写姓名。电话号码“123”格式不正确")
    for part in ("电子邮箱“not-an-email”格式不正确", "未知的单位类别“外星机构”",
                 "统一社会信用代码“91110000600037341X”校验位不正确"):
        assert part in report, report
    assert len(rejected[0].reason.parts) == 5


@pytest.mark.parametrize("label", ["手机", "移动电话", "手机号码"])
@pytest.mark.parametrize("number", ["1381234", "010-67881234", "67881234", "400-810-8888"])
def test_a_mobile_column_holds_mobiles_only(db, tmp_path, label, number):
    path = write_csv(tmp_path / "p.csv", [["姓名", "单位", label], ["陈新", "总工会", "13812345678"],
                                          ["林芳", "总工会", number]])
    rows = plan(db, path).rows
    assert rows[0].action is Action.NEW
    assert rows[1].action is Action.REJECT
    assert rows[1].report == "第3行：" + NOT_MOBILE.format(v=number)


@pytest.mark.parametrize("number", ["1381234", "010-12345678", "0101234567", "0755-0123456", "01234567",
                                    "021-1234567-801"])
def test_a_local_number_never_starts_with_0_or_1(db, tmp_path, number):
    path = write_csv(tmp_path / "p.csv", [["姓名", "单位", "电话"], ["吴敏", "总工会", number]])
    row = plan(db, path).rows[0]
    assert row.action is Action.REJECT and row.report == "第2行：" + BAD_PHONE.format(v=number)


@pytest.mark.parametrize("number", ["010-67881234", "01067881234", "0755-26881234", "67881234",
                                    "2688123", "13812345678", "400-810-8888", "021-62881234-801"])
def test_good_numbers_in_a_phone_column_are_kept(db, tmp_path, number):
    path = write_csv(tmp_path / "p.csv", [["姓名", "单位", "电话"], ["吴敏", "总工会", number]])
    row = plan(db, path).rows[0]
    assert row.action is Action.NEW, row.reason_text


def test_planted_rows_in_a_real_list_are_named_by_row(db, tmp_path):
    path = write_xlsx(tmp_path / "通讯录.xlsx", [
        ["经开区联席会议通讯录"],
        ["姓名", "单位", "手机", "办公电话", "邮箱"],
        ["陈新", "总工会", "13812345678", "010-67881234", "chen@example.cn"],
        ["林芳", "总工会", "1381234", "", ""],
        ["周强", "人社局", "", "1381234", "zhou@"],
        ["郑和", "人社局", "13912345678", "", ""],
    ])
    the_plan = plan(db, path)
    assert [r.report for r in the_plan.rejected] == [
        "第4行：" + NOT_MOBILE.format(v="1381234"),
        "第5行：" + BAD_PHONE.format(v="1381234") + "电子邮箱“zhou@”格式不正确：应形如 name@example.cn。",
    ]
    with db.transaction("测试员") as session:
        result = apply_people_import(session, plan_people_import(session, path), allow_rejected=True)
    assert result.created == 2


def test_a_message_with_several_parts_reads_as_sentences():
    message = Message.of_all([_error("请填写姓名。"), _error("Bad phone."), _error("Bad mail.")])
    assert message.text == "请填写姓名。Bad phone. Bad mail."


def _error(text: str):
    from desktop.errors import ValidationError
    return ValidationError(text)
