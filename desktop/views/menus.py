"""Every main-window action, made once, with standard shortcuts a user can override in settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from desktop.views.icons import themed_icon

CONTEXT = "MainActions"
Key = QKeySequence.StandardKey


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MainActions:
    """The actions of the menus; slots are connected by the main window."""

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        self._parent = parent
        self._all: dict[str, QAction] = {}
        self._defaults: dict[str, list[QKeySequence]] = {}
        self.import_people = self._make(
            "import_people", QT_TRANSLATE_NOOP("MainActions", "导入联系人(&I)…"), "import", (),
            QT_TRANSLATE_NOOP("MainActions", "从 Excel 或 CSV 文件导入联系人"))
        self.backup = self._make(
            "backup", QT_TRANSLATE_NOOP("MainActions", "备份数据库(&B)…"), "backup", (),
            QT_TRANSLATE_NOOP("MainActions", "把数据库完整复制到一个备份文件"))
        self.restore = self._make(
            "restore", QT_TRANSLATE_NOOP("MainActions", "恢复数据库(&R)…"), "restore", (),
            QT_TRANSLATE_NOOP("MainActions", "用备份文件替换当前数据库，原数据库另存一份"))
        self.purge_personal_data = self._make(
            "purge_personal_data", QT_TRANSLATE_NOOP("MainActions", "清除到期个人信息(&U)…"), "delete", (),
            QT_TRANSLATE_NOOP("MainActions", "保存期限届满的职工个人信息：清除或封存，并可打印清除证明"))
        self.purge_personal_data.triggered.connect(self._on_purge_personal_data_triggered)
        self.attachment_settings = self._make(
            "attachment_settings", QT_TRANSLATE_NOOP("MainActions", "附件设置(&L)…"), "attach", (),
            QT_TRANSLATE_NOOP("MainActions", "单个附件和一封邮件所带附件的大小上限"))
        self.settings = self._make(
            "settings", QT_TRANSLATE_NOOP("MainActions", "设置(&S)…"), "settings", (Key.Preferences, "Ctrl+,"),
            QT_TRANSLATE_NOOP("MainActions", "身份、组织者邮箱、邮件服务器、发布文件夹、附件上限、预警规则、保存期限和快捷键"))
        self.quit = self._make(
            "quit", QT_TRANSLATE_NOOP("MainActions", "退出(&X)"), "quit", (Key.Quit, "Ctrl+Q"),
            QT_TRANSLATE_NOOP("MainActions", "关闭程序"))
        self.new_meeting = self._make(
            "new_meeting", QT_TRANSLATE_NOOP("MainActions", "新建会议(&M)…"), "add", (Key.New,),
            QT_TRANSLATE_NOOP("MainActions", "在会议日历中新建一次会议"))
        self.new_organisation = self._make(
            "new_organisation", QT_TRANSLATE_NOOP("MainActions", "新建单位(&O)…"), "add", ("Ctrl+Alt+N",),
            QT_TRANSLATE_NOOP("MainActions", "添加一个单位"))
        self.new_person = self._make(
            "new_person", QT_TRANSLATE_NOOP("MainActions", "新建联系人(&P)…"), "add-person",
            ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("MainActions", "添加一位联系人"))
        self.edit = self._make(
            "edit", QT_TRANSLATE_NOOP("MainActions", "编辑(&E)…"), "edit", ("Ctrl+E",),
            QT_TRANSLATE_NOOP("MainActions", "编辑所选记录"))
        self.delete = self._make(
            "delete", QT_TRANSLATE_NOOP("MainActions", "删除(&D)"), "delete", (Key.Delete,),
            QT_TRANSLATE_NOOP("MainActions", "删除所选记录"))
        self.refresh = self._make(
            "refresh", QT_TRANSLATE_NOOP("MainActions", "刷新(&R)"), "refresh", (Key.Refresh, "F5"),
            QT_TRANSLATE_NOOP("MainActions", "重新读取数据库"))
        self.reveal_phones = self._make(
            "reveal_phones", QT_TRANSLATE_NOOP("MainActions", "显示完整电话号码(&P)"), "reveal", (),
            QT_TRANSLATE_NOOP("MainActions", "显示完整电话号码；此操作会记入审计日志"))
        self.reveal_phones.setCheckable(True)
        self.deadline_calculator = self._make(
            "deadline_calculator", QT_TRANSLATE_NOOP("MainActions", "期限计算器(&D)…"), "calendar", (),
            QT_TRANSLATE_NOOP("MainActions", "按民法典计算调解、司法确认、仲裁时效等期间的最后一日"))
        self.deadline_calculator.triggered.connect(self._on_deadline_calculator_triggered)
        self.about = self._make(
            "about", QT_TRANSLATE_NOOP("MainActions", "关于(&A)"), "about", (),
            QT_TRANSLATE_NOOP("MainActions", "版本、数据库位置和当前用户"))
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._apply_overrides(settings)

    def _make(self, name: str, text: str, icon: str, keys: tuple, tip: str) -> QAction:
        action = QAction(themed_icon(icon), _translate(text), self._parent)
        action.setObjectName(f"action_{name}")
        action.setShortcuts(_key_sequences(keys))
        action.setStatusTip(_translate(tip))
        self._all[name] = action
        self._defaults[name] = action.shortcuts()
        return action

    def _on_deadline_calculator_triggered(self) -> None:
        # The dialog is the disputes area's; the main window (the parent) holds the workspace
        # as ``_ws`` and exposes none, so it is read from there rather than wired in main_window.
        from desktop.views.disputes.calculator_dialog import DeadlineCalculatorDialog

        dialog = DeadlineCalculatorDialog(self._parent._ws, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_purge_personal_data_triggered(self) -> None:
        from desktop.views.retention.purge_dialog import PurgeDialog  # as the calculator above

        dialog = PurgeDialog(self._parent._ws, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def named(self) -> dict[str, QAction]:
        """Every action by its settings name (``shortcuts/NAME``), in menu order."""
        return dict(self._all)

    def default_shortcut(self, name: str) -> QKeySequence:
        defaults = self._defaults[name]
        return defaults[0] if defaults else QKeySequence()

    def set_shortcut(self, name: str, sequence: QKeySequence | None) -> None:
        """Give the action this shortcut; None puts its standard ones back."""
        action = self._all[name]
        if sequence is None:
            action.setShortcuts(self._defaults[name])
        else:
            action.setShortcut(sequence)

    def _apply_overrides(self, settings: QSettings) -> None:
        """``[shortcuts] edit=F2`` in the settings file replaces an action's shortcut."""
        for name, action in self._all.items():
            value = settings.value(f"shortcuts/{name}")
            if isinstance(value, str):
                action.setShortcut(QKeySequence(value))

    def build_menus(self, menu_bar: QMenuBar, add_to_file: Callable[[QMenu], object] | None = None) -> None:
        """The menus; ``add_to_file`` adds what other areas own (the 日历 submenu) to 文件."""
        file_menu = menu_bar.addMenu(_translate(QT_TRANSLATE_NOOP("MainActions", "文件(&F)")))
        file_menu.addAction(self.import_people)
        if add_to_file is not None:
            add_to_file(file_menu)
        file_menu.addAction(self.deadline_calculator)
        file_menu.addSeparator()
        file_menu.addActions([self.backup, self.restore, self.purge_personal_data])
        file_menu.addSeparator()
        file_menu.addActions([self.attachment_settings, self.settings])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = menu_bar.addMenu(_translate(QT_TRANSLATE_NOOP("MainActions", "编辑(&E)")))
        edit_menu.addActions([self.new_meeting, self.new_organisation, self.new_person])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit, self.delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.refresh)
        view_menu = menu_bar.addMenu(_translate(QT_TRANSLATE_NOOP("MainActions", "视图(&V)")))
        view_menu.addAction(self.reveal_phones)
        help_menu = menu_bar.addMenu(_translate(QT_TRANSLATE_NOOP("MainActions", "帮助(&H)")))
        help_menu.addAction(self.about)


def _key_sequences(keys: tuple) -> list[QKeySequence]:
    """Standard keys of the platform first, then the listed fallbacks, without repeats."""
    out: list[QKeySequence] = []
    for key in keys:
        candidates = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        out.extend(seq for seq in candidates if not seq.isEmpty() and seq not in out)
    return out
