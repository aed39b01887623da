"""The case view: parties masked until the audited 显示完整号码, claims, clocks with their note,
the timeline, and the linked warning opening the warnings page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget
from sqlalchemy import func, select

from desktop.models import AuditEntry
from desktop.services.disputes import core
from desktop.views.disputes.page import CasesPage
from tests.views import test_disputes_page as cases
from tests.views.conftest import wait_loaded, write
from tests.views.test_disputes_page import ID_A, PHONE_A
from tests.views.test_disputes_page import select as select_case

pytestmark = pytest.mark.gui
ids, page = cases.ids, cases.page   # the page's fixtures: its seeded cases, the page on them


def all_text(widget) -> str:
    """Every text the case view shows: labels and table cells."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    for table in widget.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) is not None]
    return "\n".join(texts)


def reveals(workspace) -> int:
    with workspace.db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "reveal"))


def test_the_parties_are_masked_and_no_full_number_is_shown(page, qtbot):
    select_case(qtbot, page, "北京甲科技有限公司")
    table = page.detail.parties_table
    assert table.item(0, 0).text() == "张三" and table.item(0, 2).text() == ID_A[:6] + "********" + ID_A[-4:]
    assert table.item(0, 3).text() == "138****5678"
    assert ID_A not in all_text(page.detail) and PHONE_A not in all_text(page.detail)


def test_showing_the_full_numbers_is_written_to_the_audit_log(page, qtbot, workspace):
    select_case(qtbot, page, "北京甲科技有限公司")
    before = reveals(workspace)
    page.detail.unmask_button.click()
    assert page.detail.parties_table.item(0, 2).text() == ID_A
    assert page.detail.parties_table.item(0, 3).text() == PHONE_A
    assert reveals(workspace) == before + 1 and not page.detail.unmask_button.isEnabled()


def test_the_claims_show_their_amounts_and_the_total(page, qtbot):
    select_case(qtbot, page, "北京甲科技有限公司")
    table = page.detail.claims_table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["12,000.00", "12,000.00"]
    assert table.item(1, 0).text() == "合计"


def test_a_clock_past_its_day_says_the_parties_may_apply_for_arbitration(page, qtbot):
    select_case(qtbot, page, "北京乙制造有限公司")
    table = page.detail.clocks_table
    assert table.item(0, 0).text() == "调解期限" and table.item(0, 3).text().startswith("已超期")
    assert table.item(0, 4).text() == "调解期限已满，当事人可以依法申请仲裁。"
    assert table.item(0, 0).foreground().color().name() == "#c5221f"


def test_the_timeline_lists_the_steps_with_date_stage_and_handler(page, qtbot):
    page.stage_combo.set_value("closed")
    select_case(qtbot, page, "北京甲科技有限公司")
    model = page.detail.timeline_model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["受理", "调解不成", "结案"]
    assert model.index(0, 2).data() == "测试员"


def test_the_linked_warning_opens_the_warnings_page(qtbot, window, workspace, ids):
    from desktop.views.navigation import CASES, WARNINGS

    warning_id = write(workspace, lambda s: core.raise_warning_for_case(s, ids["collective"]))
    window.show_page(CASES)
    wait_loaded(qtbot, window)
    page = window.current_page()
    assert isinstance(page, CasesPage)
    select_case(qtbot, page, "北京丙物流有限公司")
    assert page.detail.warning_label.isVisibleTo(page.detail)
    page.detail.warning_label.linkActivated.emit(f"warning:{warning_id}")
    wait_loaded(qtbot, window)
    assert window.navigation.current_key() == WARNINGS
    assert window.current_page().current_row().id == warning_id
