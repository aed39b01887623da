"""Signing in before the main window, the first administrator of a shared server, and controls
the signed-in role may not use disabled with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.config import Identity
from desktop.errors import ValidationError
from desktop.models import AuditEntry, User
from desktop.services.accounts import signin, users
from desktop.views.main_window import MainWindow
from desktop.views.navigation import CASES, FOLLOWUP, INCIDENTS, ORGANISATIONS, SCREENINGS, WARNINGS
from desktop.views.settings import open_settings
from desktop.views.signin_dialog import (
    NO_SIGN_IN,
    FirstAdminDialog,
    SignInDialog,
    sign_in_for_window,
)
from desktop.views.workspace import Workspace
from tests.views.conftest import wait_loaded

PASSWORD = "正确的密码123"
IDENTITY = Identity("王秘书", "经开区总工会")


def _office(db, *, sign_in_on: bool = True) -> None:
    with db.transaction("测试员") as s:
        users.add_user(s, "admin", "admin", PASSWORD, display="王主任")
        users.add_user(s, "li", "leader", PASSWORD, display="李领导")
        if sign_in_on and db.is_sqlite:
            signin.set_sign_in_required(s, True)


def _answer(monkeypatch, cls, fill):
    """``exec()`` of the dialog ``cls`` fills it with ``fill(dialog)`` and presses OK once."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() or QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", run)
    return seen


def test_a_sqlite_file_without_sign_in_opens_as_before(qtbot, db):
    if not db.is_sqlite:
        pytest.skip("a PostgreSQL database without users gets the first-administrator dialog")
    assert sign_in_for_window(db, IDENTITY) == NO_SIGN_IN


def test_a_right_password_signs_in_with_the_role(qtbot, db, monkeypatch):
    _office(db)

    def fill(dialog):
        dialog.name_edit.setText("li")
        dialog.password_edit.setText(PASSWORD)

    _answer(monkeypatch, SignInDialog, fill)
    account = sign_in_for_window(db, IDENTITY)
    assert (account.name, account.role, account.label) == ("li", "leader", "李领导")


def test_a_wrong_password_is_shown_under_the_fields_and_the_dialog_stays_open(qtbot, db):
    _office(db)
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("li")
    dialog.password_edit.setText("不对的密码")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.account is None
    assert "登录名或密码不正确" in dialog.error_message and "再输错4次" in dialog.error_message
    assert dialog.name_edit.text() == "li" and dialog.password_edit.text() == ""
    with db.reading() as s:   # the failed try was committed, with its audit entry
        assert s.scalar(select(User.failed_attempts).where(User.name == "li")) == 1
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "sign_in_failed"


def test_a_disabled_user_is_refused(qtbot, db):
    _office(db)
    with db.transaction("王主任", role="admin") as s:
        users.disable_user(s, "li")
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("li")
    dialog.password_edit.setText(PASSWORD)
    dialog.accept()
    assert dialog.account is None and "已停用" in dialog.error_message


def test_cancelling_the_sign_in_quits(qtbot, db, monkeypatch):
    _office(db)
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert sign_in_for_window(db, IDENTITY) is None


def test_a_shared_server_without_users_creates_its_first_administrator(qtbot, db, monkeypatch):
    if db.is_sqlite:
        pytest.skip("only a shared PostgreSQL database asks for its first administrator")

    def fill(dialog):
        assert dialog.display_edit.text() == "王秘书"   # from the identity
        dialog.name_edit.setText("wang")
        dialog.password_edit.setText(PASSWORD)
        dialog.again_edit.setText(PASSWORD)

    _answer(monkeypatch, FirstAdminDialog, fill)
    account = sign_in_for_window(db, IDENTITY)
    assert (account.name, account.role, account.label, account.organisation) == ("wang", "admin", "王秘书", "经开区总工会")
    with db.reading() as s:
        assert signin.sign_in_required(s)


def test_the_first_administrator_needs_the_password_twice(qtbot, db):
    dialog = FirstAdminDialog(db, IDENTITY)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("wang")
    dialog.password_edit.setText(PASSWORD)
    dialog.again_edit.setText(PASSWORD + "x")
    dialog.accept()
    assert dialog.account is None and dialog.error_message == "两次输入的密码不一致。"
    with db.reading() as s:
        assert users.user_count(s) == 0


def test_a_second_first_administrator_is_refused(db):
    _office(db, sign_in_on=False)
    with pytest.raises(ValidationError, match="已经有用户"), db.transaction("某人") as s:
        users.add_first_admin(s, "zhang", PASSWORD)


def _window(qtbot, db, role: str) -> MainWindow:
    db.role = role
    main = MainWindow(Workspace(db, Identity("李领导", "", role)), open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_loaded(qtbot, main)
    return main


def test_a_leaders_window_disables_adding_and_says_why(qtbot, db):
    main = _window(qtbot, db, "leader")
    assert not main.actions.new_meeting.isEnabled()
    assert "“领导”" in main.actions.new_meeting.toolTip()
    assert not main.actions.purge_personal_data.isEnabled() and main.actions.reveal_phones.isEnabled()
    page = main.page(ORGANISATIONS)
    wait_loaded(qtbot, page)
    page.table.selectRow(0)   # selecting a row enables edit for a secretary, not here
    assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
    assert "无权新增或修改记录" in page.add_button.toolTip()
    assert "李领导 · 领导" in main.user_label.text()


def test_a_secretarys_window_keeps_editing_but_not_purging(qtbot, db):
    main = _window(qtbot, db, "secretary")
    assert main.actions.new_meeting.isEnabled() and not main.actions.purge_personal_data.isEnabled()
    assert not main.actions.reveal_phones.isEnabled()
    assert main.page(ORGANISATIONS).add_button.isEnabled()


def test_without_sign_in_nothing_is_disabled(qtbot, db):
    db.role = None
    main = MainWindow(Workspace(db, IDENTITY), open_settings())
    qtbot.addWidget(main)
    assert main.actions.new_meeting.isEnabled() and main.actions.purge_personal_data.isEnabled()




def _controls(main):
    warnings, cases, incidents = main.page(WARNINGS), main.page(CASES), main.page(INCIDENTS)
    followup = main.page(FOLLOWUP)
    return {"issue warning": warnings.issue_button, "lift warning": warnings.lift_button,
            "warning to case": warnings.case_button, "warning rules": warnings.rules_button,
            "new case": cases.actions["new"], "case rules": cases.actions["rules"],
            "new incident": incidents.actions["new"], "sign off": followup.tool_actions["sign_off"],
            "new action": followup.tool_actions["new"], "new screening": main.page(SCREENINGS).new_button}


@pytest.mark.parametrize("role, usable", [
    ("leader", {"issue warning", "lift warning", "sign off"}),
    ("secretary", {"warning to case", "new case", "new incident", "new action", "new screening"}),
    ("viewer", set()),
    ("admin", {"issue warning", "lift warning", "warning to case", "warning rules", "new case", "case rules",
               "new incident", "sign off", "new action", "new screening"}),
])
def test_each_register_locks_what_the_role_may_not_do(qtbot, db, role, usable):
    main = _window(qtbot, db, role)
    locked = {name for name, control in _controls(main).items() if control.property("tripartiteLocked")}
    assert locked == set(_controls(main)) - usable
    for name in locked:
        assert "当前用户的角色是" in _controls(main)[name].toolTip()
