"""``tripartite screening new|export|import|show``: exit codes, messages, what was written."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.screenings.core import list_campaigns, list_entries
from desktop.services.screenings.plan import SHEET_HEADERS
from tests.services.screening_support import C, fill_sheet, seed_register


@pytest.fixture
def url(db) -> str:
    seed_register(db)
    return db.target.url.render_as_string(hide_password=False)


def new(url, capsys, *extra) -> int:
    assert main(["--database", url, "screening", "new", "--name", "春节前欠薪排查", "--from", "2027-01-04",
                 "--to", "2027-02-05", *extra]) == 0
    return int(capsys.readouterr().out.strip())


def screened(db, campaign) -> dict[str, object]:
    with db.reading() as s:
        return {e.uscc: e for e in list_entries(s, campaign) if e.screened}


def test_new_prints_the_campaign_id_and_takes_every_enterprise_without_a_filter(db, url, capsys):
    campaign = new(url, capsys)
    with db.reading() as s:
        row = list_campaigns(s)[0]
    assert (row.id, row.entries) == (campaign, 6)


def test_new_combines_the_filters(db, url, capsys):
    campaign = new(url, capsys, "--park", "台湖片区", "--without-union", "--min-workers", "5")
    with db.reading() as s:
        assert [e.enterprise for e in list_entries(s, campaign)] == ["北京丙物流有限公司"]


def test_new_refuses_a_filter_that_matches_nobody(url, capsys):
    assert main(["--database", url, "screening", "new", "--name", "x", "--from", "2027-01-04", "--to",
                 "2027-02-05", "--park", "不存在的园区"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "没有符合条件的企业" in captured.err


@pytest.mark.parametrize("args", [
    ["--from", "2027-13-01", "--to", "2027-02-05"],
    ["--from", "2027-01-04"],
    ["--from", "2027-01-04", "--to", "2027-02-05", "--min-workers", "-3"],
])
def test_new_with_bad_arguments_is_a_usage_error(url, capsys, args):
    with pytest.raises(SystemExit) as exit_:
        main(["--database", url, "screening", "new", "--name", "x", *args])
    assert exit_.value.code == 2
    assert "用法错误" in capsys.readouterr().err


def test_a_period_out_of_order_exits_1(url, capsys):
    assert main(["--database", url, "screening", "new", "--name", "x", "--from", "2027-02-05", "--to",
                 "2027-01-04"]) == 1
    assert "晚于结束日期" in capsys.readouterr().err


def test_export_writes_the_sheet_and_the_unscreened_list(db, url, capsys, tmp_path):
    campaign = new(url, capsys)
    path = tmp_path / "排查表.xlsx"
    assert main(["--database", url, "screening", "export", str(campaign), "-o", str(path)]) == 0
    assert "6 家企业" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:8] == SHEET_HEADERS and len(rows) == 7
    fill_sheet(path, tmp_path / "f.xlsx", {C[0]: [0, 0, 0, 0, 0]})
    assert main(["--database", url, "screening", "import", str(campaign), str(tmp_path / "f.xlsx")]) == 0
    capsys.readouterr()
    unscreened = tmp_path / "未排查.xlsx"
    assert main(["--database", url, "screening", "export", str(campaign), "-o", str(unscreened),
                 "--unscreened"]) == 0
    assert "未排查名单" in capsys.readouterr().out
    codes = [r[0] for r in openpyxl.load_workbook(unscreened).active.iter_rows(min_row=2, values_only=True)]
    assert len(codes) == 5 and C[0] not in codes


def test_export_of_an_unknown_campaign_exits_1(url, capsys, tmp_path):
    assert main(["--database", url, "screening", "export", "99", "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "排查不存在" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def _sheet(url, capsys, tmp_path, campaign):
    path = tmp_path / "s.xlsx"
    assert main(["--database", url, "screening", "export", str(campaign), "-o", str(path)]) == 0
    capsys.readouterr()
    return path


def test_import_writes_the_results_and_says_how_many_warnings_were_suggested(db, url, capsys, tmp_path):
    campaign = new(url, capsys)
    filled = fill_sheet(_sheet(url, capsys, tmp_path, campaign), tmp_path / "f.xlsx",
                        {C[0]: [2.5, 30, 100000, 0, 0], C[1]: [0, 0, 0, 0, 0]})
    assert main(["--database", url, "screening", "import", str(campaign), str(filled)]) == 0
    out = capsys.readouterr().out
    assert "预览：新结果 2 家、修改 0 家、无变化 0 家、未填写 4 行、拒绝 0 行" in out
    assert "预警建议新增 1 条" in out
    assert set(screened(db, campaign)) == {C[0], C[1]}


def test_import_with_rejected_rows_exits_1_writing_nothing_unless_told_to_skip(db, url, capsys, tmp_path):
    campaign = new(url, capsys)
    filled = fill_sheet(_sheet(url, capsys, tmp_path, campaign), tmp_path / "f.xlsx",
                        {C[0]: [1, 5, 100, 0, 0], C[2]: [-1, 0, 0, 0, 0], C[4]: [1, 301, 0, 0, 0]})
    assert main(["--database", url, "screening", "import", str(campaign), str(filled)]) == 1
    err = capsys.readouterr().err
    row = {r[0].value: r[0].row for r in openpyxl.load_workbook(filled).active.iter_rows(min_row=2)}
    assert f"第{row[C[2]]}行：欠薪月数“-1”不能为负数。" in err
    assert f"第{row[C[4]]}行：涉及职工人数“301”多于该企业的职工人数300。" in err
    assert "未导入任何数据" in err and screened(db, campaign) == {}
    assert main(["--database", url, "screening", "import", str(campaign), str(filled), "--dry-run",
                 "--skip-rejected"]) == 0
    assert "试运行" in capsys.readouterr().out and screened(db, campaign) == {}
    assert main(["--database", url, "screening", "import", str(campaign), str(filled), "--skip-rejected"]) == 0
    assert set(screened(db, campaign)) == {C[0]}


def test_import_of_a_file_that_is_not_a_sheet_exits_1(url, capsys, tmp_path):
    campaign = new(url, capsys)
    path = tmp_path / "x.csv"
    path.write_text("姓名,电话\n张三,123\n", encoding="utf-8")
    assert main(["--database", url, "screening", "import", str(campaign), str(path)]) == 1
    assert "不是排查表" in capsys.readouterr().err


def test_show_prints_the_progress_by_park_and_by_unit(url, capsys, tmp_path):
    campaign = new(url, capsys)
    filled = fill_sheet(_sheet(url, capsys, tmp_path, campaign), tmp_path / "f.xlsx", {C[0]: [1, 5, 100, 0, 0]})
    assert main(["--database", url, "screening", "import", str(campaign), str(filled)]) == 0
    capsys.readouterr()
    assert main(["--database", url, "screening", "show", str(campaign)]) == 0
    out = capsys.readouterr().out
    assert "合计：企业 6 家，已排查 1，未排查 5，发现问题 1" in out
    assert "马驹桥片区：企业 2 家，已排查 1，未排查 1，发现问题 1" in out
    assert "（未分配）：企业 6 家" in out
