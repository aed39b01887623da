"""The calendar dialog: export, publish-folder settings, import; and the menu that opens it.

The menu is cheap to build: the tabs (and the .ics machinery behind them) are imported when the
dialog first opens. An import announces its meetings through the change hub, so the pages and
the published feeds follow it without being told here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from desktop.exports.publish import Publisher

EXPORT, PUBLISH, IMPORT = "export", "publish", "import"
CONTEXT = "CalendarMenu"


class CalendarDialog(QDialog):
    """Three tabs; opened at one of them. ``meetings_imported`` after an import committed."""

    meetings_imported = Signal(object)  # IcsImportResult

    def __init__(self, workspace: Workspace, publisher: Publisher | None = None, *,
                 tab: str = EXPORT, meeting_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.exports.publish import Publisher
        from desktop.views.calendar.export_tab import ExportTab
        from desktop.views.calendar.import_tab import ImportTab
        from desktop.views.calendar.publish_tab import PublishTab

        self.setWindowTitle(self.tr("日历（.ics）"))
        self.resize(880, 560)
        self.publisher = publisher or Publisher(workspace.read)
        self.export_tab = ExportTab(workspace, meeting_id)
        self.publish_tab = PublishTab(workspace, self.publisher)
        self.import_tab = ImportTab(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.export_tab, self.tr("导出"))
        self.tabs.addTab(self.publish_tab, self.tr("发布文件夹"))
        self.tabs.addTab(self.import_tab, self.tr("导入"))
        self.tabs.setCurrentIndex((EXPORT, PUBLISH, IMPORT).index(tab))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.import_tab.imported.connect(self.meetings_imported)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


MENU_ITEMS = (
    (EXPORT, QT_TRANSLATE_NOOP("CalendarMenu", "导出日历(&E)…"),
     QT_TRANSLATE_NOOP("CalendarMenu", "把全部、某一机制、某人或某段日期的会议导出为 .ics 文件")),
    (IMPORT, QT_TRANSLATE_NOOP("CalendarMenu", "导入日历(&I)…"),
     QT_TRANSLATE_NOOP("CalendarMenu", "从 Outlook、WPS、Thunderbird 或手机日历的 .ics 文件导入会议")),
    (PUBLISH, QT_TRANSLATE_NOOP("CalendarMenu", "日历发布设置(&P)…"),
     QT_TRANSLATE_NOOP("CalendarMenu", "选择共享文件夹，程序在会议变化时自动更新其中的 .ics 文件")),
)


def add_calendar_menu(menu: QMenu, workspace: Workspace, parent: QWidget,
                      publisher: Callable[[], Publisher] | None = None) -> dict[str, QAction]:
    """Add a 日历 submenu to ``menu``; returns its actions by name (export, import, publish).

    ``publisher`` returns the app's publisher (so the dialog shares its cache), asked for when
    the dialog opens.
    """
    submenu = menu.addMenu(_tr(QT_TRANSLATE_NOOP("CalendarMenu", "日历(&C)")))
    actions = {}
    for tab, text, tip in MENU_ITEMS:
        action = QAction(_tr(text), parent)
        action.setObjectName(f"action_calendar_{tab}")
        action.setStatusTip(_tr(tip))
        action.triggered.connect(lambda _checked=False, t=tab: open_calendar_dialog(
            workspace, parent, publisher() if publisher else None, tab=t))
        submenu.addAction(action)
        actions[tab] = action
    return actions


def open_calendar_dialog(workspace: Workspace, parent: QWidget, publisher: Publisher | None = None, *,
                         tab: str = EXPORT, meeting_id: int | None = None) -> CalendarDialog:
    """Open the dialog (window-modal, deleted on close) and return it.

    With ``meeting_id`` (a meeting's context menu) the export tab offers 本次会议, chosen.
    """
    dialog = CalendarDialog(workspace, publisher, tab=tab, meeting_id=meeting_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
