"""The 争议案件 page, driven as a user drives it: the stage filter and search, the 期限 column's
colours, 推进 to 达成协议, 延期 and its 撤销, 提出预警, and the page in the main window."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from desktop.models import ClockAdjustment, DisputeCase, EarlyWarning
from desktop.services.disputes import core, stages
from desktop.services.disputes.clocks import Clock
from desktop.services.disputes.query import CaseRow
from desktop.services.kernel.timeutil import today_local
from desktop.views.disputes.advance_dialog import AdvanceDialog
from desktop.views.disputes.clock_dialogs import ExtendClockDialog
from desktop.views.disputes.model import CLOCK_COLUMN, CaseTableModel, TimelineModel
from desktop.views.disputes.page import CasesPage
from tests.services.warning_support import add_enterprises
from tests.views.conftest import (
    click_ok,
    click_row,
    find_window,
    row_of,
    type_text,
    wait_loaded,
    write,
)

pytestmark = pytest.mark.gui
NUMBER, EMPLOYER, APPLICANT, STAGE = 0, 2, 3, 5
_W = [pow(2, 17 - i, 11) for i in range(17)]


def id_number(first17: str) -> str:
    """A valid GB 11643 number from its first 17 digits."""
    check = (12 - sum(int(d) * w for d, w in zip(first17, _W)) % 11) % 11
    return first17 + ("X" if check == 10 else str(check))


ID_A, ID_B = id_number("11011219850312001"), id_number("11011219900101002")
PHONE_A = "13812345678"


def seed(workspace) -> dict[str, int]:
    """Three enterprises and four cases: fresh, overdue, collective, and closed."""
    today = today_local()

    def work(s):
        a, b, c = add_enterprises(s)
        fresh = core.create_case(s, core.CaseDraft(
            a, today, "劳动报酬", (core.PartyInput("张三", ID_A, PHONE_A, "北京市通州区"),),
            (core.ClaimInput("支付拖欠工资", Decimal("12000")),), matter="拖欠三个月工资"), user="测试员")
        overdue = core.create_case(s, core.CaseDraft(
            b, today - timedelta(days=40), "dismissal", (core.PartyInput("李四", ID_B),)), user="测试员")
        collective = core.create_case(s, core.CaseDraft(
            c, today - timedelta(days=2), "remuneration",
            (core.PartyInput("王五", role="representative"), core.PartyInput("赵六", role="representative")),
            workers=25), user="测试员")
        closed = core.create_case(s, core.CaseDraft(a, today - timedelta(days=60), "contract",
                                                    (core.PartyInput("钱七"),)), user="测试员")
        stages.advance_case(s, closed, stages.Advance("failed", today - timedelta(days=50)))
        stages.advance_case(s, closed, stages.Advance("closed", today - timedelta(days=49)))
        return {"fresh": fresh, "overdue": overdue, "collective": collective, "closed": closed}
    return write(workspace, work)


@pytest.fixture
def ids(workspace):
    return seed(workspace)


@pytest.fixture
def page(qtbot, workspace, ids):
    widget = CasesPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def shown(page, column=EMPLOYER) -> list[str]:
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select(qtbot, page, employer: str) -> CaseRow:
    click_row(qtbot, page.table, row_of(page.table, EMPLOYER, employer))
    row = page.current_row()
    assert row.employer == employer
    wait_loaded(qtbot, page)
    return row


def stored(workspace, case_id: int) -> DisputeCase:
    with workspace.db.reading() as s:
        case = s.get(DisputeCase, case_id)
        s.expunge(case)
        return case


def _row(clocks: tuple[Clock, ...], stage: str = "received") -> CaseRow:
    return CaseRow(1, "（2026）经开工调字第1号", stage, date(2026, 1, 5), 1, "北京甲科技有限公司", "", "remuneration",
                   "window", 1, False, "张三", "", Decimal(0), None, None, 1, clocks)


def _clock(days_left: int | None, state: str, provisional: bool = False, paused: bool = False) -> Clock:
    due = None if days_left is None else date(2026, 1, 20)
    return Clock("mediation_15", "调解期限", date(2026, 1, 5), due, days_left, provisional, paused, 0, state)


def test_the_models_pass_the_model_tester(qtmodeltester, page, qtbot):
    qtmodeltester.check(page.model)
    qtmodeltester.check(CaseTableModel())
    qtmodeltester.check(TimelineModel())
    select(qtbot, page, "北京甲科技有限公司")
    qtmodeltester.check(page.detail.timeline_model)


def test_the_list_shows_open_cases_newest_first(page):
    assert shown(page) == ["北京甲科技有限公司", "北京丙物流有限公司", "北京乙制造有限公司"]
    assert shown(page, APPLICANT) == ["张三", "王五等25人", "李四"]
    assert shown(page, STAGE) == ["受理", "受理", "受理"]
    assert page.count_label.text() == "显示 3 件，共 4 件"


def test_the_stage_filter_shows_all_cases_or_one_stage(page):
    page.stage_combo.set_value("all")
    assert len(shown(page)) == 4 and page.count_label.text() == "共 4 件"
    page.stage_combo.set_value("closed")
    assert shown(page, STAGE) == ["结案"]


def test_the_search_finds_a_case_by_applicant(page, qtbot):
    type_text(qtbot, page.filter_edit, "李四")
    assert shown(page) == ["北京乙制造有限公司"]


def test_an_overdue_case_shows_its_clock_in_red(page):
    r = row_of(page.table, EMPLOYER, "北京乙制造有限公司")
    index = page.table.model().index(r, CLOCK_COLUMN)
    assert index.data().startswith("调解期限 已超期")
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c5221f"


def test_the_clock_column_says_days_left_amber_paused_and_provisional():
    model = CaseTableModel()
    model.set_rows([_row((_clock(3, "amber", provisional=True),)), _row((_clock(None, "paused", paused=True),)),
                    _row((_clock(0, "amber"),))])
    texts = [model.index(r, CLOCK_COLUMN).data() for r in range(3)]
    assert texts == ["调解期限 剩3日（暂定）", "调解期限 已中止", "调解期限 今日到期"]
    assert model.index(0, CLOCK_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b06000"


def test_advancing_to_an_agreement_records_its_terms(page, qtbot, workspace, ids):
    select(qtbot, page, "北京甲科技有限公司")
    page.actions["advance"].trigger()
    dialog = find_window(qtbot, AdvanceDialog)
    dialog.stage_combo.set_value("agreed")
    assert dialog.terms_edit.isVisible()
    type_text(qtbot, dialog.terms_edit, "企业于月底前一次性支付工资12000元")
    dialog.perform_edit.setDate(dialog.perform_edit.date().addDays(10))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    case = stored(workspace, ids["fresh"])
    assert case.stage == "agreed" and case.agreement_terms == "企业于月底前一次性支付工资12000元"
    wait_loaded(qtbot, page)
    assert page.current_row().stage == "agreed"


def test_an_agreement_records_the_amount_agreed_per_claim(page, qtbot, workspace, ids):
    from desktop.models import CaseClaim

    select(qtbot, page, "北京甲科技有限公司")
    page.actions["advance"].trigger()
    dialog = find_window(qtbot, AdvanceDialog)
    dialog.stage_combo.set_value("agreed")
    claims = workspace.read(lambda s: s.query(CaseClaim).filter_by(case_id=ids["fresh"]).count())
    assert len(dialog.agreed_edits) == claims >= 1 and dialog.agreed_edits[0].isVisible()
    type_text(qtbot, dialog.terms_edit, "企业分两期支付")
    dialog.agreed_edits[0].clear()
    type_text(qtbot, dialog.agreed_edits[0], "8000")
    dialog.perform_edit.setDate(dialog.perform_edit.date().addDays(10))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    agreed = workspace.read(lambda s: s.query(CaseClaim).filter_by(case_id=ids["fresh"]).order_by(CaseClaim.seq)
                            .first().agreed_amount)
    assert str(agreed) == "8000.00"


def test_an_agreement_without_terms_is_refused_in_the_form(page, qtbot, workspace, ids):
    select(qtbot, page, "北京甲科技有限公司")
    page.actions["advance"].trigger()
    dialog = find_window(qtbot, AdvanceDialog)
    dialog.stage_combo.set_value("agreed")
    click_ok(qtbot, dialog)
    assert "须写明协议内容" in dialog.error_message and dialog.isVisible()
    dialog.reject()
    assert stored(workspace, ids["fresh"]).stage == "received"


def test_an_extension_moves_the_clock_and_can_be_taken_back(page, qtbot, workspace, ids, boxes):
    select(qtbot, page, "北京甲科技有限公司")
    page.actions["extend"].trigger()
    dialog = find_window(qtbot, ExtendClockDialog)
    dialog.days_spin.setValue(5)
    type_text(qtbot, dialog.reason_edit, "双方同意延期")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot, page)
    detail = page.detail
    assert detail.adjustments_table.item(0, 2).text() == "5日" and detail.adjustments_table.item(0, 4).text() == "有效"
    detail.adjustments_table.selectRow(0)
    qtbot.mouseClick(detail.remove_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    with workspace.db.reading() as s:
        adjustment = s.scalars(sa.select(ClockAdjustment).where(ClockAdjustment.case_id == ids["fresh"])).one()
        assert adjustment.removed_at is not None
    assert detail.adjustments_table.item(0, 4).text() == "已撤销"


def test_a_collective_case_raises_a_warning_for_its_enterprise(page, qtbot, workspace, ids, boxes):
    select(qtbot, page, "北京乙制造有限公司")
    assert not page.actions["warning"].isEnabled()
    select(qtbot, page, "北京丙物流有限公司")
    page.actions["warning"].trigger()
    case = stored(workspace, ids["collective"])
    with workspace.db.reading() as s:
        warning = s.get(EarlyWarning, case.warning_id)
        assert warning.status == "suggested" and warning.workers_affected == 25
    wait_loaded(qtbot, page)
    assert not page.actions["warning"].isEnabled()


def test_the_main_window_shows_the_page_and_the_dispute_bodys_tab(qtbot, window, ids):
    from desktop.views.navigation import CASES

    assert window.show_page(CASES)
    wait_loaded(qtbot, window)
    assert isinstance(window.current_page(), CasesPage) and window.current_page().model.total == 4
    window.show_page("body:dispute")
    wait_loaded(qtbot, window)
    tabs = window.body_page.tabs
    assert tabs.tabText(tabs.count() - 1) == "争议案件"
    tabs.setCurrentIndex(tabs.count() - 1)
    assert isinstance(window.body_page.register("争议案件"), CasesPage)


def test_a_document_from_the_menu_is_written_and_its_full_numbers_audited(page, qtbot, workspace, monkeypatch,
                                                                          tmp_path):
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    from desktop.models import AuditEntry

    row = select(qtbot, page, "北京甲科技有限公司")
    page.documents_menu.aboutToShow.emit()
    titles = {a.text(): a for a in page.documents_menu.actions()}
    assert titles["受理通知书…"].isEnabled() and not titles["调解协议书…"].isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "notice"), ""))
    titles["受理通知书…"].trigger()
    text = "\n".join(p.text for p in Document(str(tmp_path / "notice.docx")).paragraphs)
    assert row.number in text
    with workspace.db.reading() as s:
        entities = s.scalars(sa.select(AuditEntry.entity).where(AuditEntry.action == "reveal")).all()
    assert f"dispute_case:{row.id}:notice" in entities


def test_a_step_can_name_its_mediation_hearing(page, qtbot, workspace, ids):
    from datetime import datetime, time

    from desktop.config import LOCAL_TZ
    from desktop.models import Body, CaseStep, Meeting

    def add_hearing(s):
        body = s.query(Body).filter_by(key="dispute").one()
        when = datetime.combine(today_local(), time(9), LOCAL_TZ)
        hearing = Meeting(uid="hearing@test", body_id=body.id, title="张三案调解会", start=when, end=when)
        s.add(hearing)
        s.flush()
        return hearing.id
    hearing = write(workspace, add_hearing)
    select(qtbot, page, "北京甲科技有限公司")
    page.actions["advance"].trigger()
    dialog = find_window(qtbot, AdvanceDialog)
    dialog.stage_combo.set_value("mediating")
    dialog.meeting_combo.set_value(hearing)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    step = workspace.read(lambda s: s.query(CaseStep).filter_by(case_id=ids["fresh"]).order_by(CaseStep.seq.desc())
                          .first().meeting_id)
    assert step == hearing
    wait_loaded(qtbot, page)
    assert page.detail.timeline_model.index(1, 4).data().endswith("张三案调解会")
