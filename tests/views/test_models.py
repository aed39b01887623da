"""Every item model passes Qt's model tester, and hands its rows out through the row role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.services.bodies import core as bodies
from desktop.services.directory import core as directory
from desktop.views.bodies.models import ContactTableModel, MembershipTableModel, contact_rows
from desktop.views.directory.models import OrganisationTableModel, PersonTableModel
from desktop.views.navigation import ITEM_ROLE, NavigationModel
from desktop.views.table_model import ROW_ROLE

pytestmark = pytest.mark.gui


def _table_models(session):
    memberships = bodies.list_memberships(session, "tripartite")
    return [
        (OrganisationTableModel(), directory.list_organisations(session)),
        (PersonTableModel(), directory.list_people(session)),
        (MembershipTableModel(), memberships),
        (ContactTableModel(), contact_rows(memberships)),
    ]


@pytest.mark.parametrize("number", range(4))
def test_table_model_passes_the_model_tester(qtmodeltester, db, number):
    with db.reading() as s:
        model, rows = _table_models(s)[number]
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_phones_revealed(True)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0
    assert model.index(0, 0).data(ROW_ROLE) == rows[0]
    assert model.rowCount(model.index(0, 0)) == 0
    model.set_rows([])
    qtmodeltester.check(model)


def test_navigation_model_passes_the_model_tester(qtmodeltester, db):
    model = NavigationModel()
    qtmodeltester.check(model)
    with db.reading() as s:
        model.set_bodies(bodies.list_bodies(s))
    qtmodeltester.check(model)
    items = [model.index(r).data(ITEM_ROLE) for r in range(model.rowCount())]
    assert [i.key for i in items] == ["", "body:tripartite", "body:dispute", "body:warning",
                                      "body:linkage", "body:bimonthly", "", "calendar", "minutes_search", "", "dashboard",
                                      "followup", "", "warnings", "cases", "incidents", "screenings", "", "organisations", "people", "enterprises", "", "audit"]
    assert model.rowCount(model.index(1)) == 0
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1).data(Qt.ItemDataRole.DecorationRole) is not None


def test_phone_column_is_masked_until_revealed(db):
    with db.reading() as s:
        rows = directory.list_people(s)
    model = PersonTableModel()
    model.set_rows(rows)
    phone = model.index(0, 3)
    assert phone.data() == rows[0].phone[:4] + "****" + rows[0].phone[-4:]
    model.set_phones_revealed(True)
    assert phone.data() == rows[0].phone
    assert model.rowCount(QModelIndex()) == len(rows)
