"""Pages follow the change hub: a page on screen reloads after a write, a hidden one only when
shown; F5 reloads the page on screen and leaves the others for when they are shown."""

from __future__ import annotations

import pytest

from desktop.services.directory import core as directory
from desktop.views.directory.dialogs import OrganisationDialog, PersonDialog
from desktop.views.navigation import ORGANISATIONS, PEOPLE, body_page_key
from tests.views.conftest import (
    click_ok,
    click_row,
    find_window,
    row_of,
    type_into,
    type_text,
    wait_loaded,
)

pytestmark = pytest.mark.gui
PEOPLE_COLUMN = 6  # 联系人数 on the organisations page


def _people_count(window, organisation: str) -> int:
    table = window.organisations_page.table
    return table.model().index(row_of(table, 0, organisation), PEOPLE_COLUMN).data()


def test_a_hidden_page_is_marked_stale_and_reloads_when_shown(qtbot, window):
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    assert _people_count(window, "经开区司法局") == 1
    window.show_page(PEOPLE)
    wait_loaded(qtbot)
    window.people_page.add_button.click()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, PersonDialog)
    wait_loaded(qtbot)
    type_text(qtbot, dialog.name_edit, "钱多多")
    dialog.organisation_combo.setCurrentIndex(dialog.organisation_combo.findText("经开区司法局"))
    wait_loaded(qtbot)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)

    organisations = window.organisations_page
    assert row_of(window.people_page.table, 0, "钱多多") >= 0   # on screen: reloaded at once
    assert organisations.subscription.stale                     # hidden: only marked
    assert _people_count(window, "经开区司法局") == 1
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    assert not organisations.subscription.stale
    assert _people_count(window, "经开区司法局") == 2


def test_an_organisation_renamed_on_its_page_shows_renamed_on_the_body_page(qtbot, window):
    window.show_page(body_page_key("dispute"))
    wait_loaded(qtbot)
    members = window.body_page.members.table
    assert row_of(members, 1, "经开区人民法院") >= 0
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    table = window.organisations_page.table
    click_row(qtbot, table, row_of(table, 0, "经开区人民法院"), double=True)
    dialog = find_window(qtbot, OrganisationDialog)
    wait_loaded(qtbot)
    type_into(qtbot, dialog.name_edit, "经开区人民法院（改名）")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)

    assert window.body_page.subscription.stale
    window.show_page(body_page_key("dispute"))
    wait_loaded(qtbot)
    assert row_of(members, 1, "经开区人民法院（改名）") >= 0 and row_of(members, 1, "经开区人民法院") == -1
    assert not window.body_page.subscription.stale


def test_f5_reloads_only_the_page_on_screen(qtbot, window, workspace):
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    window.show_page(PEOPLE)
    wait_loaded(qtbot)
    loads = {"organisations": 0, "people": 0}
    for name, page in (("organisations", window.organisations_page), ("people", window.people_page)):
        page.table.source_model.modelReset.connect(lambda n=name: loads.__setitem__(n, loads[n] + 1))
        wait_loaded(qtbot)
    # another user's change: committed without this window's hub knowing
    org_id = workspace.db.run(lambda s: directory.create_organisation(
        s, directory.OrganisationData("别处新建的单位")))[0]
    workspace.db.run(lambda s: directory.create_person(s, directory.PersonData("别处新建的人", org_id)))
    wait_loaded(qtbot)
    assert row_of(window.people_page.table, 0, "别处新建的人") == -1

    window.actions.refresh.trigger()
    wait_loaded(qtbot)

    assert row_of(window.people_page.table, 0, "别处新建的人") >= 0
    assert loads == {"organisations": 0, "people": 1}
    assert window.organisations_page.subscription.stale
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    assert loads == {"organisations": 1, "people": 1}
    assert row_of(window.organisations_page.table, 0, "别处新建的单位") >= 0


def test_f5_also_reloads_the_navigation(qtbot, window, workspace):
    from desktop.services.bodies import core as bodies

    body = workspace.read(lambda s: bodies.get_body(s, "warning"))
    wait_loaded(qtbot)
    data = bodies.BodyData(body.name + "（改）", body.short_name, body.description, body.doc_code,
                           body.quorum_rule, body.rhythm)
    wait_loaded(qtbot)
    workspace.db.run(lambda s: bodies.update_body(s, "warning", data))
    wait_loaded(qtbot)
    nav = window.navigation
    line = nav.nav_model.index(nav.nav_model.row_of_key("body:warning"))
    wait_loaded(qtbot)
    assert line.data() == body.name
    window.actions.refresh.trigger()
    wait_loaded(qtbot)
    assert nav.nav_model.index(nav.nav_model.row_of_key("body:warning")).data() == body.name + "（改）"
