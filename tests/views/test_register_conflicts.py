"""Two PCs editing one register record: the case edit (修改), the warning's 签发 form and the
incident edit form. The second to save sees field by field what they typed and what is stored
(numbers masked), and may keep theirs, take the stored values or go back to the form; an open
form says who else has the record open. Every result is read back from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from sqlalchemy import select

from desktop.models import (
    CaseParty,
    DisputeCase,
    EarlyWarning,
    Incident,
    IncidentPerson,
    ScreeningEntry,
    utcnow,
)
from desktop.services.disputes import core as cases
from desktop.services.disputes.query import get_case
from desktop.services.incidents import core as incidents
from desktop.services.incidents.query import incident_row
from desktop.services.kernel.timeutil import today_local
from desktop.services.kernel.validation import mask_id_number, mask_phone
from desktop.services.screenings.core import CampaignData, create_campaign, set_result
from desktop.services.screenings.results import ResultData
from desktop.services.sync import presence
from desktop.services.warnings.query import get_warning
from desktop.views.conflict_dialog import Choice
from desktop.views.disputes.actions import edit_case
from desktop.views.disputes.page import CasesPage
from desktop.views.incidents.intake_dialog import edit_incident
from desktop.views.incidents.page import IncidentsPage
from desktop.views.warnings.actions import issue
from desktop.views.warnings.page import WarningsPage
from tests.services.warning_support import add_enterprises
from tests.views.conftest import click_ok, type_into, wait_loaded, write
from tests.views.test_disputes_page import ID_A, PHONE_A, id_number

pytestmark = pytest.mark.gui
ID_B, PHONE_B = id_number("11011219920202003"), "13987654321"
MINE, THEIRS, MERGED = "（本机）", "（他机）", "（合并）"
ZHANG = incidents.PersonInput("张三", ID_A, PHONE_A)


def _other_saves(other_pc, work):
    with other_pc.transaction("赵秘书") as s:
        return work(s)


@dataclass
class Register:
    """One register's edit form as these tests drive it."""

    table: str
    page_class: type
    field_label: str             # the conflict dialog's label of the text field typed into
    text: str                    # that field's stored text before anyone edits
    theirs: str                  # and after the other PC's save
    theirs_workers: str          # the workers the other PC's save leaves, as the dialog shows them

    def seed(self, workspace) -> int: ...
    def open(self, page, record_id: int): ...
    def other_saves(self, other_pc, record_id: int) -> None: ...
    def edit(self, form): ...
    def stored(self, db, record_id: int) -> dict: ...


class CaseRegister(Register):
    def seed(self, workspace) -> int:
        def work(s):
            employer = add_enterprises(s)[0]
            return cases.create_case(s, cases.CaseDraft(
                employer, today_local(), "remuneration", (cases.PartyInput("张三", ID_A, PHONE_A, "北京市通州区"),),
                (cases.ClaimInput("支付拖欠工资", Decimal("12000")),), matter=self.text), user="测试员")
        return write(workspace, work)

    def open(self, page, record_id):
        return edit_case(page, page.workspace.read(lambda s: get_case(s, record_id)))

    def other_saves(self, other_pc, record_id):
        """Another secretary adds a second applicant (李四) and rewrites the matter."""
        def work(s):
            case = s.get(DisputeCase, record_id)
            cases.update_case(s, record_id, cases.CaseDraft(
                case.enterprise_id, case.received, case.category,
                (cases.PartyInput("张三", ID_A, PHONE_A, "北京市通州区"), cases.PartyInput("李四", ID_B, PHONE_B)),
                (cases.ClaimInput("支付拖欠工资", Decimal("12000")),), workers=2, matter=self.text + THEIRS),
                version=case.version)
        _other_saves(other_pc, work)

    def edit(self, form):
        return form.matter_edit

    def stored(self, db, record_id):
        with db.reading() as s:
            case = s.get(DisputeCase, record_id)
            parties = s.scalars(select(CaseParty).where(CaseParty.case_id == record_id).order_by(CaseParty.seq))
            return {"text": case.matter, "version": case.version, "workers": case.workers,
                    "numbers": [(p.name, p.id_number, p.phone) for p in parties]}


class WarningRegister(Register):
    """A suggestion from a screening result (欠薪1.5个月, 25 workers); the other PC enters the
    result again (1.8 months, 40 workers): the same level, other reasons and workers."""

    def seed(self, workspace) -> int:
        def work(s):
            add_enterprises(s)
            campaign = create_campaign(s, CampaignData("2027年春节前欠薪排查", date(2027, 1, 4), date(2027, 2, 5)))
            entry = s.scalars(select(ScreeningEntry.id).where(ScreeningEntry.campaign_id == campaign)
                              .order_by(ScreeningEntry.id)).first()
            warning_id = set_result(s, entry, ResultData(arrears_months="1.5", workers_affected="25")).created[0]
            s.get(EarlyWarning, warning_id).measures = self.text
            return warning_id
        return write(workspace, work)

    def open(self, page, record_id):
        return issue(page, page.workspace.read(lambda s: get_warning(s, record_id)))

    def other_saves(self, other_pc, record_id):
        def work(s):
            entry = s.get(EarlyWarning, record_id).entry_id
            set_result(s, entry, ResultData(arrears_months="1.8", workers_affected="40"))
        _other_saves(other_pc, work)

    def edit(self, form):
        return form.measures_edit

    def stored(self, db, record_id):
        with db.reading() as s:
            w = s.get(EarlyWarning, record_id)
            return {"text": w.measures, "version": w.version, "workers": w.workers_affected, "status": w.status}


class IncidentRegister(Register):
    def seed(self, workspace) -> int:
        learned = utcnow() - timedelta(hours=1)

        def work(s):
            employer = add_enterprises(s)[0]
            return incidents.create_incident(s, self._draft(employer, learned, self.text), user="测试员")
        return write(workspace, work)

    @staticmethod
    def _draft(employer, learned, place, persons=(ZHANG,), workers=60):
        return incidents.IncidentDraft(
            enterprise_id=employer, title="甲公司欠薪聚集", level=3, began_at=learned - timedelta(minutes=15),
            learned_at=learned, workers=workers, place=place, happened="职工聚集讨要工资", persons=persons)

    def open(self, page, record_id):
        return edit_incident(page, page.workspace.read(lambda s: incident_row(s, record_id)))

    def other_saves(self, other_pc, record_id):
        """Another secretary adds 李四 and corrects the place and the workers (the persons are
        written afresh: 张三 gets a new id)."""
        def work(s):
            i = s.get(Incident, record_id)
            persons = (ZHANG, incidents.PersonInput("李四", ID_B, PHONE_B))
            incidents.update_incident(s, record_id, self._draft(i.enterprise_id, i.learned_at, self.text + THEIRS,
                                                                persons, workers=80), version=i.version)
        _other_saves(other_pc, work)

    def edit(self, form):
        return form.place_edit

    def stored(self, db, record_id):
        with db.reading() as s:
            i = s.get(Incident, record_id)
            persons = s.scalars(select(IncidentPerson).where(IncidentPerson.incident_id == record_id)
                                .order_by(IncidentPerson.seq))
            return {"text": i.place, "version": i.version, "workers": i.workers,
                    "numbers": [(p.name, p.id_number, p.phone) for p in persons]}


REGISTERS = {
    "case": CaseRegister("dispute_cases", CasesPage, "争议事项", "拖欠三个月工资", "拖欠三个月工资" + THEIRS, "2"),
    "warning": WarningRegister("warnings", WarningsPage, "措施", "约谈企业负责人", "约谈企业负责人", "40"),
    "incident": IncidentRegister("incidents", IncidentsPage, "地点", "厂区大门", "厂区大门" + THEIRS, "80"),
}


@pytest.fixture(params=list(REGISTERS))
def register(request) -> Register:
    return REGISTERS[request.param]


@pytest.fixture
def page(qtbot, workspace, register):
    widget = register.page_class(workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


@pytest.fixture
def record(workspace, register) -> int:
    return register.seed(workspace)


@pytest.fixture
def form(qtbot, page, register, record):
    """The register's edit form on ``record``, opened on this PC."""
    dialog = register.open(page, record)
    qtbot.waitExposed(dialog)
    yield dialog
    if isValid(dialog) and dialog.isVisible():   # a saved form closed and deleted itself
        dialog.reject()


def _conflict(qtbot, register, record, form, other_pc):
    """The other PC saves while the form is open; this PC types its own text and saves."""
    register.other_saves(other_pc, record)
    type_into(qtbot, register.edit(form), register.text + MINE)
    click_ok(qtbot, form)
    qtbot.waitUntil(lambda: form.conflict_source.dialog is not None and form.conflict_source.dialog.isVisible())
    return form.conflict_source.dialog


def _differing(dialog) -> dict[str, tuple[str, str]]:
    return {dialog.cell(r, 0): (dialog.cell(r, 1), dialog.cell(r, 2)) for r in dialog.differing_rows()}


def _all_cells(dialog) -> str:
    return "\n".join(dialog.cell(r, c) for r in range(dialog.table.rowCount()) for c in (1, 2))


def _text_of(edit) -> str:
    return edit.text() if hasattr(edit, "text") else edit.toPlainText()


def test_the_conflict_dialog_lists_the_differing_fields_with_both_values(qtbot, register, record, form,
                                                                         other_pc, db):
    dialog = _conflict(qtbot, register, record, form, other_pc)
    rows = _differing(dialog)
    assert rows[register.field_label] == (register.text + MINE, register.theirs)
    assert rows["涉及职工人数"][1] == register.theirs_workers
    assert "赵秘书" in dialog.intro_label.text()
    assert register.stored(db, record)["text"] == register.theirs   # nothing written yet


@pytest.mark.parametrize("register", ["case", "incident"], indirect=True)
def test_the_numbers_stay_masked_in_the_dialog_and_on_the_clipboard(qtbot, register, record, form, other_pc):
    dialog = _conflict(qtbot, register, record, form, other_pc)
    persons = next(v for k, v in _differing(dialog).items() if k in ("当事人", "涉及人员"))
    assert mask_id_number(ID_B) in persons[1] and mask_phone(PHONE_B) in persons[1]
    assert mask_id_number(ID_A) in persons[0]
    dialog.copy_button.click()
    for number in (ID_A, PHONE_A, ID_B, PHONE_B):
        assert number not in _all_cells(dialog)
        assert number not in QApplication.clipboard().text()


def test_keeping_mine_saves_it_over_the_stored_version(qtbot, register, record, form, other_pc, db):
    before = register.stored(db, record)
    dialog = _conflict(qtbot, register, record, form, other_pc)
    other_version = register.stored(db, record)["version"]
    assert other_version > before["version"]
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = register.stored(db, record)
    assert stored["text"] == register.text + MINE
    assert stored["version"] > other_version
    assert stored["workers"] == before["workers"]          # mine: the form still said so
    if "numbers" in stored:                                  # the numbers left masked are kept in full
        assert stored["numbers"] == [("张三", ID_A, PHONE_A)]
    if "status" in stored:
        assert stored["status"] == "active"


def test_taking_the_stored_values_refills_the_form_and_the_next_save_succeeds(qtbot, register, record, form,
                                                                               other_pc, db):
    dialog = _conflict(qtbot, register, record, form, other_pc)
    theirs = register.stored(db, record)
    dialog.take_button.click()
    assert form.isVisible()
    assert _text_of(register.edit(form)) == register.theirs
    type_into(qtbot, register.edit(form), register.text + MERGED)
    click_ok(qtbot, form)   # compares the version just read: saved
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = register.stored(db, record)
    assert stored["text"] == register.text + MERGED
    assert stored["workers"] == theirs["workers"]           # theirs, taken into the form
    assert stored["version"] > theirs["version"]
    if "numbers" in stored:                                  # 李四's numbers, shown masked, kept in full
        assert stored["numbers"] == [("张三", ID_A, PHONE_A), ("李四", ID_B, PHONE_B)]


def test_cancelling_writes_nothing_and_keeps_what_was_typed(qtbot, register, record, form, other_pc, db):
    dialog = _conflict(qtbot, register, record, form, other_pc)
    theirs = register.stored(db, record)
    dialog.cancel_button.click()
    assert dialog.choice is Choice.CANCEL
    assert form.isVisible() and _text_of(register.edit(form)) == register.text + MINE
    assert register.stored(db, record) == theirs


def test_an_open_form_says_who_else_is_editing_the_record(qtbot, register, record, page, other_pc):
    presence.touch(other_pc, other_pc.origin, "王秘书", register.table, record)
    form = register.open(page, record)
    hint = form.presence_hint
    assert (hint.entity, hint.entity_id) == (register.table, record)
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=5000)
    assert "王秘书 正在编辑（" in hint.text()
    assert _editors_seen_by(other_pc, register.table, record) == ["测试员"]
    form.reject()
    qtbot.waitUntil(lambda: _editors_seen_by(other_pc, register.table, record) == [])


def _editors_seen_by(pc, table: str, record: int) -> list[str]:
    with pc.reading() as s:
        return [e.user for e in presence.others(s, table, record, pc.origin)]
