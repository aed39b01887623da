"""Screening campaigns: the filter, bulk creation, assignment, results and progress, read back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.errors import ConcurrencyError, ValidationError
from desktop.models import AuditEntry, EarlyWarning, Enterprise, ScreeningEntry, utcnow
from desktop.services.screenings.core import (
    CampaignData,
    assign,
    assign_by_park,
    clear_result,
    create_campaign,
    get_entry,
    list_campaigns,
    list_entries,
    responsible_suggestions,
    set_result,
)
from desktop.services.screenings.results import ResultData, clean_result
from desktop.services.screenings.tally import campaign_progress
from tests.services.screening_support import FIRST, LAST, new_campaign, seed_register


@pytest.fixture
def ids(db):
    return seed_register(db)


def names(db, campaign_id) -> list[str]:
    with db.reading() as s:
        return sorted(e.enterprise for e in list_entries(s, campaign_id))


def entry_of(db, campaign_id, name):
    with db.reading() as s:
        return next(e for e in list_entries(s, campaign_id) if e.enterprise == name)


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["北京丁食品有限公司", "北京丙物流有限公司", "北京乙制造有限公司", "北京己无码商店", "北京戊电子有限公司",
          "北京甲科技有限公司"]),
    ({"park": "马驹桥片区"}, ["北京乙制造有限公司", "北京甲科技有限公司"]),
    ({"without_union": True}, ["北京丁食品有限公司", "北京丙物流有限公司", "北京乙制造有限公司", "北京己无码商店"]),
    ({"min_workers": 35}, ["北京戊电子有限公司", "北京甲科技有限公司"]),   # more than 35; unknown counts out
    ({"park": "马驹桥片区", "without_union": True}, ["北京乙制造有限公司"]),
    ({"park": "台湖片区", "without_union": True, "min_workers": 5}, ["北京丙物流有限公司"]),
])
def test_the_filter_chooses_the_enterprises_and_combines(db, ids, filters, expected):
    assert names(db, new_campaign(db, **filters)) == expected


def test_a_filter_that_matches_nobody_is_refused_and_writes_nothing(db, ids):
    with pytest.raises(ValidationError, match="没有符合条件的企业"):
        new_campaign(db, park="瀛海片区", min_workers=1000)
    with db.reading() as s:
        assert list_campaigns(s) == []


@pytest.mark.parametrize(("first", "last", "message"), [
    (date(2027, 2, 1), date(2027, 1, 31), "晚于结束日期"),
    (date(1989, 12, 31), date(2027, 1, 31), "超出支持的范围"),
    (date(2027, 1, 1), date(2101, 1, 1), "超出支持的范围"),
])
def test_a_period_out_of_order_or_out_of_range_is_refused(db, ids, first, last, message):
    with pytest.raises(ValidationError, match=message):
        db.run(lambda s: create_campaign(s, CampaignData("排查", first, last)), "测试员")


def test_a_campaign_needs_a_name(db, ids):
    with pytest.raises(ValidationError, match="请填写排查名称"):
        db.run(lambda s: create_campaign(s, CampaignData("  ", FIRST, LAST)), "测试员")


def test_the_campaign_list_counts_entries_screened_and_found(db, ids):
    campaign = new_campaign(db)
    first, second = entry_of(db, campaign, "北京甲科技有限公司"), entry_of(db, campaign, "北京乙制造有限公司")
    db.run(lambda s: set_result(s, first.id, ResultData("1.5", "12", "30000", "0", "0")), "测试员")
    db.run(lambda s: set_result(s, second.id, ResultData("0", "0", "0", "0", "0")), "测试员")
    with db.reading() as s:
        row = list_campaigns(s)[0]
    assert (row.name, row.first_day, row.last_day, row.entries, row.screened, row.found) == (
        "2027年春节前欠薪排查", FIRST, LAST, 6, 2, 1)


def test_15550_enterprises_make_a_campaign_with_an_audit_row_each(db):
    # (how fast: bench/bench_screenings.py)
    now = utcnow()
    db.run(lambda s: s.connection().execute(Enterprise.__table__.insert(), [
        {"name": f"企业{i}", "employees": i % 300, "has_union": i % 2 == 0, "park": f"片区{i % 9}",
         "version": 1, "created_at": now, "updated_at": now, "has_contract": False}
        for i in range(15_550)]), "测试员")
    campaign = new_campaign(db)
    with db.reading() as s:
        entries = s.scalar(select(func.count()).select_from(ScreeningEntry)
                           .where(ScreeningEntry.campaign_id == campaign))
        audited = s.scalar(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.entity == "screening_entries"))
    assert entries == audited == 15_550


def test_assigning_many_entries_at_once_and_by_park(db, ids):
    campaign = new_campaign(db)
    with db.reading() as s:
        entries = list_entries(s, campaign)
    two = [e.id for e in entries if e.park == "台湖片区"]
    assert db.run(lambda s: assign(s, campaign, two, " 台湖街道  劳动保障所 "), "测试员")[0] == 2
    assert db.run(lambda s: assign_by_park(s, campaign, "马驹桥片区", "马驹桥镇总工会"), "测试员")[0] == 2
    assert db.run(lambda s: assign_by_park(s, campaign, "台湖片区", "别人"), "测试员")[0] == 0  # taken
    with db.reading() as s:
        by_name = {e.enterprise: e.responsible for e in list_entries(s, campaign)}
        suggestions = responsible_suggestions(s)
    assert by_name["北京丙物流有限公司"] == "台湖街道 劳动保障所"
    assert by_name["北京甲科技有限公司"] == "马驹桥镇总工会"
    assert by_name["北京戊电子有限公司"] == ""
    assert {"台湖街道 劳动保障所", "马驹桥镇总工会"} <= set(suggestions)


def test_a_result_entered_is_stored_with_who_and_when_and_suggests_a_warning(db, ids):
    campaign = new_campaign(db)
    entry = entry_of(db, campaign, "北京甲科技有限公司")
    outcome = db.run(lambda s: set_result(s, entry.id, ResultData("2.5", "30", "1,200,000", "1", "0", "拖欠两月半"),
                                          entry.version), "测试员")[0]
    with db.reading() as s:
        stored = get_entry(s, entry.id)
        warning = s.execute(select(EarlyWarning.id, EarlyWarning.level)
                            .where(EarlyWarning.entry_id == entry.id)).one()
    assert (stored.arrears_months, stored.workers_affected, stored.amount_owed, stored.insurance_months,
            stored.planned_layoffs, stored.notes) == (Decimal("2.5"), 30, Decimal("1200000"), Decimal(1), 0, "拖欠两月半")
    assert stored.screened_by == "测试员" and stored.screened_at is not None
    assert stored.found_problem
    assert outcome.created == [warning.id] and warning.level == "red"


def test_zeros_are_screened_and_found_nothing_while_all_empty_is_not_screened(db, ids):
    campaign = new_campaign(db)
    entry = entry_of(db, campaign, "北京乙制造有限公司")
    db.run(lambda s: set_result(s, entry.id, ResultData("0", "0", "0", "0", "0")), "测试员")
    zeros = entry_of(db, campaign, "北京乙制造有限公司")
    assert zeros.screened and not zeros.found_problem
    db.run(lambda s: set_result(s, entry.id, ResultData()), "测试员")
    assert not entry_of(db, campaign, "北京乙制造有限公司").screened


def test_clearing_a_result_withdraws_its_suggestion(db, ids):
    campaign = new_campaign(db)
    entry = entry_of(db, campaign, "北京乙制造有限公司")
    db.run(lambda s: set_result(s, entry.id, ResultData("0.5")), "测试员")
    outcome = db.run(lambda s: clear_result(s, entry.id), "测试员")[0]
    cleared = entry_of(db, campaign, "北京乙制造有限公司")
    assert (cleared.screened, cleared.arrears_months, cleared.screened_by) == (False, None, "")
    assert len(outcome.withdrawn) == 1


def test_a_stale_form_is_refused(db, ids):
    campaign = new_campaign(db)
    entry = entry_of(db, campaign, "北京乙制造有限公司")
    db.run(lambda s: set_result(s, entry.id, ResultData("0")), "测试员")
    with pytest.raises(ConcurrencyError):
        db.run(lambda s: set_result(s, entry.id, ResultData("1"), entry.version), "测试员")


@pytest.mark.parametrize(("data", "workers", "message"), [
    (ResultData(arrears_months="-1"), None, "欠薪月数“-1”不能为负数"),
    (ResultData(arrears_months="三个月"), None, "欠薪月数“三个月”不是数字"),
    (ResultData(arrears_months="120.01"), None, "应在0到120之间"),
    (ResultData(insurance_months="121"), None, "社保欠缴月数“121”不合理"),
    (ResultData(workers_affected="36"), 35, "涉及职工人数“36”多于该企业的职工人数35"),
    (ResultData(workers_affected="2.5"), None, "应为整数"),
    (ResultData(planned_layoffs="-3"), None, "拟裁减人数“-3”不能为负数"),
    (ResultData(amount_owed="-0.01"), None, "欠薪金额（元）“-0.01”不能为负数"),
    (ResultData(amount_owed="NaN"), None, "不是数字"),
])
def test_bad_numbers_are_refused_naming_the_field(data, workers, message):
    with pytest.raises(ValidationError, match=message) as caught:
        clean_result(data, workers)
    assert caught.value.field in ("arrears_months", "insurance_months", "workers_affected", "planned_layoffs",
                                  "amount_owed")


def test_numbers_are_read_as_offices_write_them():
    values = clean_result(ResultData("１.５个月", "35人", "1,234.567元", "0", " 0 ", ""), 35)
    assert (values.arrears_months, values.workers_affected, values.amount_owed, values.insurance_months,
            values.planned_layoffs) == (Decimal("1.50"), 35, Decimal("1234.57"), Decimal(0), 0)
    assert clean_result(ResultData(workers_affected="120"), None).workers_affected == 120   # workers unknown
    assert clean_result(ResultData(notes="  ")) is None


def test_progress_by_park_and_by_unit(db, ids):
    campaign = new_campaign(db)
    with db.reading() as s:
        entries = {e.enterprise: e for e in list_entries(s, campaign)}
    db.run(lambda s: assign(s, campaign, [entries["北京甲科技有限公司"].id, entries["北京丙物流有限公司"].id], "甲所"),
           "测试员")
    db.run(lambda s: set_result(s, entries["北京甲科技有限公司"].id, ResultData("1")), "测试员")
    db.run(lambda s: set_result(s, entries["北京乙制造有限公司"].id, ResultData("0", "0", "0", "0", "0")), "测试员")
    with db.reading() as s:
        progress = campaign_progress(s, campaign)
    assert (progress.total.entries, progress.total.screened, progress.total.unscreened, progress.total.found) == (
        6, 2, 4, 1)
    parks = {r.label: (r.entries, r.screened, r.unscreened, r.found) for r in progress.by_park}
    assert parks == {"马驹桥片区": (2, 2, 0, 1), "台湖片区": (2, 0, 2, 0), "瀛海片区": (2, 0, 2, 0)}
    units = [(r.label, r.entries, r.screened, r.found) for r in progress.by_unit]
    assert units == [("甲所", 2, 1, 1), ("", 4, 1, 0)]   # the unassigned last
