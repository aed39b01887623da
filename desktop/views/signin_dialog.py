"""Signing in before the main window: the name and password dialog, and on a shared server with no
user yet, the dialog that creates the first administrator.

``sign_in_for_window(db, identity)`` decides which (none on a SQLite file without sign-in, as
before), and returns the account signed in, ``NO_SIGN_IN``, or None when the person cancelled.
Every try is one transaction: a wrong password is committed (its count and audit entry) before
the refusal is shown under the fields, and the dialog stays open with the name typed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.config import ENV_USER, Identity
from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.accounts.signin import sign_in, sign_in_required
from desktop.services.accounts.users import Account, add_first_admin, user_count
from desktop.views.errors import error_text

NO_SIGN_IN = "no sign-in"   # the database does not ask for one: work as before, with every right
MISMATCH = QT_TRANSLATE_NOOP("Errors", "两次输入的密码不一致。")


def sign_in_for_window(db: Database, identity: Identity, parent: QWidget | None = None) -> Account | str | None:
    """The account to work as, ``NO_SIGN_IN``, or None (cancelled: the app quits)."""
    with db.reading() as session:
        required = sign_in_required(session)
        first = not db.is_sqlite and user_count(session) == 0
    if first:   # a shared server must not be used without users: make the first administrator
        dialog: _AccountDialog = FirstAdminDialog(db, identity, parent)
    elif required:
        dialog = SignInDialog(db, parent)
    else:
        return NO_SIGN_IN
    return dialog.account if dialog.exec() == QDialog.DialogCode.Accepted else None


class _AccountDialog(QDialog):
    """A form whose OK runs one transaction and keeps the dialog open on a refusal."""

    def __init__(self, db: Database, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db = db
        self.account: Account | None = None
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, intro: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro, wordWrap=True, objectName="signInIntro"))
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _password_edit() -> QLineEdit:
        return QLineEdit(echoMode=QLineEdit.EchoMode.Password)

    def show_refusal(self, exc: UserError, focus: QLineEdit | None) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        if focus is not None:
            focus.setFocus()
            focus.selectAll()

    @property
    def error_message(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _sign_in(self, name: str, password: str) -> Account | UserError:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)   # a slow hash by design
        try:
            return self._db.run(lambda session: sign_in(session, name, password), name)[0]
        except UserError as exc:   # the server went away between the dialog and OK
            return exc
        finally:
            QGuiApplication.restoreOverrideCursor()


class SignInDialog(_AccountDialog):
    """登录名 and 密码; five wrong tries lock the account (the service says until when)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("登录 — 三方联席秘书台"))
        self.name_edit = QLineEdit(os.environ.get(ENV_USER, "").strip())
        self.password_edit = self._password_edit()
        self.form.addRow(self.tr("登录名(&N)："), self.name_edit)
        self.form.addRow(self.tr("密码(&P)："), self.password_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self._lay_out(self.tr("该数据库（{where}）要求登录。请输入管理员为您设置的登录名和密码。").format(
            where=db.target.short))
        (self.password_edit if self.name_edit.text() else self.name_edit).setFocus()

    def accept(self) -> None:
        result = self._sign_in(self.name_edit.text(), self.password_edit.text())
        if isinstance(result, UserError):
            self.password_edit.clear()
            wrong_name = isinstance(result, ValidationError) and result.field == "name"
            self.show_refusal(result, self.name_edit if wrong_name else self.password_edit)
            return
        self.account = result
        super().accept()


class FirstAdminDialog(_AccountDialog):
    """The shared database has no user yet: whoever opens it first becomes its administrator."""

    def __init__(self, db: Database, identity: Identity, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("创建管理员 — 三方联席秘书台"))
        self.name_edit = QLineEdit(placeholderText=self.tr("如 wangmishu（不含空格）"))
        self.display_edit = QLineEdit(identity.name)
        self.organisation_edit = QLineEdit(identity.organisation)
        self.password_edit = self._password_edit()
        self.again_edit = self._password_edit()
        for label, edit in ((self.tr("登录名(&N)："), self.name_edit), (self.tr("显示姓名(&D)："), self.display_edit),
                            (self.tr("单位(&O)："), self.organisation_edit), (self.tr("密码(&P)："), self.password_edit),
                            (self.tr("再次输入密码(&A)："), self.again_edit)):
            self.form.addRow(label, edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建并登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self._lay_out(self.tr("共享数据库（{where}）还没有任何用户。请创建第一位管理员：由他添加其他秘书、领导和查看用户。"
                              "密码至少 8 个字符，只以加盐慢哈希保存。").format(where=db.target.short))
        self.name_edit.setFocus()

    def accept(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            self.show_refusal(ValidationError(MISMATCH, field="again"), self.password_edit)
            return
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        try:
            self._db.run(lambda session: add_first_admin(
                session, name, password, display=self.display_edit.text(),
                organisation=self.organisation_edit.text()), self.display_edit.text().strip() or name)
        except UserError as exc:
            field = exc.field if isinstance(exc, ValidationError) else None
            self.show_refusal(exc, self.password_edit if field == "password" else self.name_edit)
            return
        result = self._sign_in(name, password)
        if isinstance(result, UserError):
            self.show_refusal(result, self.password_edit)
            return
        self.account = result
        super().accept()
