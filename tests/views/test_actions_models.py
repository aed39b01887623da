"""Every follow-up and dashboard model passes Qt's model tester through its changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.actions import core as actions
from desktop.services.actions.dashboard import dashboard
from desktop.services.actions.detail import get_action
from desktop.services.actions.query import ActionFilter, ActionList, load_actions, load_names
from desktop.services.actions.timing import DayCounter, day_counter
from desktop.views.actions.detail import HistoryModel
from desktop.views.actions.import_dialog import ImportRowsModel
from desktop.views.actions.list_model import LATE_COLUMN, ROW_ROLE, ActionTableModel
from desktop.views.dashboard.parts import GroupModel, OldestModel
from tests.services.action_support import TODAY, fill_demo, new_action

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(db):
    fill_demo(db)
    return db


def test_action_table_model_through_load_sort_filter_and_counting_mode(qapp, qtmodeltester, demo):
    model = ActionTableModel()
    qtmodeltester.check(model)
    with demo.reading() as s:
        listing = ActionList(load_actions(s, ActionFilter(), TODAY), load_names(s), DayCounter(TODAY))
        working = day_counter(s, TODAY, working_days=True, first_due=min(r.due for r in listing.rows))
    model.set_listing(listing)
    qtmodeltester.check(model)
    assert model.rowCount() == len(listing.rows) > 0 and model.rowCount(model.index(0, 0)) == 0
    assert model.data(model.index(0, 0), ROW_ROLE) is model.rows()[0]
    model.sort(LATE_COLUMN, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_rows(listing.matching("工资"))
    qtmodeltester.check(model)
    calendar_late = model.data(model.index(0, LATE_COLUMN))
    model.set_counter(working)
    assert model.data(model.index(0, LATE_COLUMN)) <= calendar_late
    model.set_rows([])
    qtmodeltester.check(model)


def test_dashboard_models(qapp, qtmodeltester, demo):
    with demo.reading() as s:
        board = dashboard(s, TODAY)
    for model, rows in ((GroupModel(), board.by_body), (GroupModel(), board.by_lead), (OldestModel(), board.oldest)):
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows) > 0


def test_history_and_import_preview_models(qapp, qtmodeltester, db, tmp_path):
    action_id = new_action(db)
    with db.transaction("测试员") as s:
        actions.report_progress(s, action_id, "已部署", 30)
        actions.record_chase(s, action_id, "电话催办")
    with db.reading() as s:
        history = get_action(s, action_id).history
    model = HistoryModel()
    model.set_rows(history)
    qtmodeltester.check(model)
    assert model.rowCount() == 2

    import openpyxl

    from desktop.services.actions.importing import plan_action_import

    book = openpyxl.Workbook()
    book.active.append(["督办事项", "机制", "牵头单位"])
    book.active.append(["事项甲", "tripartite", "总工会"])
    book.active.append(["事项乙", "tripartite", "不存在"])
    book.save(tmp_path / "t.xlsx")
    with db.reading() as s:
        plan = plan_action_import(s, tmp_path / "t.xlsx")
    preview = ImportRowsModel()
    preview.set_rows(plan.rows)
    qtmodeltester.check(preview)
    assert [preview.data(preview.index(r, 1)) for r in range(2)] == ["导入", "拒绝"]
