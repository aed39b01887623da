"""企业档案 shows the enterprise's screening results over time and its warnings with their chains."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desktop.models import EarlyWarning, ScreeningCampaign, ScreeningEntry, WarningMessage
from desktop.services.enterprises.core import EnterpriseData, create_enterprise
from desktop.services.enterprises.dossier import enterprise_dossier
from desktop.services.kernel.timeutil import today_local
from desktop.views.enterprises.dialogs import EnterpriseProfileDialog
from desktop.views.enterprises.page import EnterprisesPage
from tests.services.enterprise_support import codes
from tests.views.conftest import click_row, find_window, wait_loaded, write

pytestmark = pytest.mark.gui
AT = datetime(2027, 1, 12, 2, 30, tzinfo=timezone.utc)


def seed(s) -> int:
    enterprise = create_enterprise(s, EnterpriseData("北京甲科技有限公司", codes(1, seed=9)[0], workers=120))
    old = ScreeningCampaign(name="2026年中秋欠薪排查", first_day=date(2026, 9, 1), last_day=date(2026, 9, 20))
    new = ScreeningCampaign(name="2027年春节前欠薪排查", first_day=date(2027, 1, 4), last_day=date(2027, 1, 29))
    s.add_all([old, new])
    s.flush()
    s.add(ScreeningEntry(campaign_id=old.id, enterprise_id=enterprise, responsible="马驹桥镇总工会",
                         arrears_months=Decimal(0), screened_at=AT - timedelta(days=120), screened_by="张敏"))
    entry = ScreeningEntry(campaign_id=new.id, enterprise_id=enterprise, responsible="马驹桥镇总工会",
                           arrears_months=Decimal("2.5"), workers_affected=36, screened_at=AT, screened_by="张敏")
    s.add(entry)
    s.flush()
    warning = EarlyWarning(enterprise_id=enterprise, entry_id=entry.id, status="active", level="orange",
                           category="arrears", reason="欠薪2.5个月，超过2个月。", starts=date(2027, 1, 12),
                           expires=today_local() - timedelta(days=1))
    s.add(warning)
    s.flush()
    issue = WarningMessage(warning_id=warning.id, seq=1, kind="issue", level="red", reason="", sent_by="李主任",
                           sent_at=AT)
    s.add(issue)
    s.flush()
    s.add(WarningMessage(warning_id=warning.id, seq=2, kind="adjust", level="orange", replaces_id=issue.id,
                         reason="企业已支付一个月工资", sent_by="李主任", sent_at=AT + timedelta(days=3)))
    return enterprise


def texts(tree, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_the_dossier_reads_newest_campaign_first_and_each_chain_in_order(db):
    with db.transaction() as s:
        enterprise = seed(s)
    with db.reading() as s:
        dossier = enterprise_dossier(s, enterprise)
    assert [line.campaign for line in dossier.screenings] == ["2027年春节前欠薪排查", "2026年中秋欠薪排查"]
    [warning] = dossier.warnings
    assert [(m.seq, m.kind, m.level) for m in warning.messages] == [(1, "issue", "red"), (2, "adjust", "orange")]


def test_the_profile_shows_results_and_the_warning_chain(qtbot, workspace):
    write(workspace, seed)
    page = EnterprisesPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_loaded(qtbot, page)
    click_row(qtbot, page.table, 0, double=True)
    profile = find_window(qtbot, EnterpriseProfileDialog)
    assert texts(profile.screenings, 0) == ["2027年春节前欠薪排查", "2026年中秋欠薪排查"]
    assert texts(profile.screenings, 3) == ["有问题", "未发现问题"]
    assert texts(profile.screenings, 4) == ["2.5", "0"]
    warning = profile.warnings.topLevelItem(0)
    assert warning.text(0) == "橙色（II）" and warning.text(1) == "已过期"   # active, past its expiry
    chain = [(warning.child(i).text(0), warning.child(i).text(4)) for i in range(warning.childCount())]
    assert chain == [("1. 签发", ""), ("2. 调整级别", "企业已支付一个月工资")]
    profile.close()


def test_an_enterprise_never_screened_says_so(qtbot, workspace):
    row_id = write(workspace, lambda s: create_enterprise(s, EnterpriseData("北京乙制造有限公司")))
    with workspace.db.reading() as s:
        dossier = enterprise_dossier(s, row_id)
    from desktop.services.enterprises.core import list_enterprises
    with workspace.db.reading() as s:
        row = list_enterprises(s)[0]
    dialog = EnterpriseProfileDialog(row, dossier)
    qtbot.addWidget(dialog)
    assert texts(dialog.screenings, 0) == ["尚未参加排查"] and texts(dialog.warnings, 0) == ["没有预警记录"]
