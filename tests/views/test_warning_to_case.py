"""转为案件 on the 预警信息 page: the intake form prefilled from the warning, the case saved with
the link both ways, the linked cases in the warning's detail, and drills and dismissed warnings
that cannot be turned into a case."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.models import DisputeCase
from desktop.services.disputes import core as cases
from desktop.services.warnings import core
from desktop.views.disputes.intake_dialog import CaseIntakeDialog
from desktop.views.warnings.page import WarningsPage
from tests.services.warning_support import add_enterprises, add_suggestion
from tests.views.conftest import click_ok, click_row, find_window, row_of, wait_loaded, write

pytestmark = pytest.mark.gui
NAME = 0
ACTIVE, DRILL, DISMISSED = "北京甲科技有限公司", "北京乙制造有限公司", "北京丙物流有限公司"


@pytest.fixture
def ids(workspace) -> dict[str, int]:
    def work(s):
        a, b, c = add_enterprises(s)
        found = {"active": add_suggestion(s, a, "orange", workers=25),
                 "drill": add_suggestion(s, b, "yellow", drill=True),
                 "dismissed": add_suggestion(s, c, "blue", category="social_insurance")}
        core.issue_suggestion(s, found["active"])
        core.dismiss_suggestion(s, found["dismissed"], "已补缴")
        return found
    return write(workspace, work)


@pytest.fixture
def page(qtbot, workspace, ids):
    widget = WarningsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    widget.status_combo.set_value("all")
    return widget


def choose(qtbot, page, name: str) -> None:
    click_row(qtbot, page.table, row_of(page.table, NAME, name))
    assert page.current_row().enterprise == name


def open_intake(qtbot, page) -> CaseIntakeDialog:
    choose(qtbot, page, ACTIVE)
    assert page.case_button.isEnabled()
    page.case_button.click()
    return find_window(qtbot, CaseIntakeDialog)


def linked(workspace, warning_id: int) -> list[tuple]:
    with workspace.db.reading() as s:
        return [(c.warning_id, c.source, c.enterprise_id, c.workers, c.category, c.matter)
                for c in s.scalars(select(DisputeCase).where(DisputeCase.warning_id == warning_id))]


def test_the_intake_form_is_prefilled_from_the_warning(qtbot, page, workspace, ids):
    dialog = open_intake(qtbot, page)
    assert dialog.employer.combo.currentText().startswith(ACTIVE)
    assert dialog.category_combo.value() == "remuneration"
    assert dialog.source_combo.value() == "warning"
    assert dialog.workers_spin.value() == 25
    assert dialog.matter_edit.toPlainText() == "欠薪1.5个月，在1至2个月之间。"
    dialog.close()


def test_saving_creates_a_case_linked_to_the_warning_and_the_detail_lists_it(qtbot, page, workspace, ids):
    dialog = open_intake(qtbot, page)
    dialog.parties.table.item(0, 0).setText("王五")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_message
    enterprise_id = page.current_row().enterprise_id
    assert linked(workspace, ids["active"]) == [
        (ids["active"], "warning", enterprise_id, 25, "remuneration", "欠薪1.5个月，在1至2个月之间。")]
    numbers = workspace.read(lambda s: [n for _id, n in cases.cases_of_warning(s, ids["active"])])
    wait_loaded(qtbot, page)
    choose(qtbot, page, ACTIVE)
    assert f"关联案件：{numbers[0]}" in page.detail_label.text()
    assert numbers[0] in page.status_bar_label.text()


def test_a_refused_intake_stays_open_and_creates_no_case(qtbot, page, workspace, ids):
    dialog = open_intake(qtbot, page)   # no applicant typed
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_message
    assert linked(workspace, ids["active"]) == []
    dialog.close()


def test_a_case_linked_elsewhere_shows_in_the_warnings_detail(qtbot, page, workspace, ids):
    def work(s):
        draft = cases.draft_from_warning(s, ids["active"])
        return cases.create_case(s, replace(draft, parties=(cases.PartyInput("赵六"),)))
    write(workspace, work)
    wait_loaded(qtbot, page)
    choose(qtbot, page, ACTIVE)
    assert "关联案件：（" in page.detail_label.text()


def test_drills_and_dismissed_warnings_cannot_become_cases(qtbot, page):
    choose(qtbot, page, DRILL)
    assert not page.case_button.isEnabled()
    choose(qtbot, page, DISMISSED)
    assert not page.case_button.isEnabled()
