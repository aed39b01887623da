"""Issued (or older, or in-review) minutes as the official page reads: title, 文号, body,
attendance, 抄送/印发 laid out as the printed 纪要 (the same HTML the Qt printer draws), with
打印 and 导出 at hand and the decisions beside it for 转为督办事项."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QTextFrameFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exports import official_style as S
from desktop.rendering.pdf import minutes_html
from desktop.services.minutes.actions import DecisionActionRow
from desktop.services.minutes.content import MinutesContent
from desktop.views.minutes.editor import DECISION_ID_ROLE, DecisionsEditor
from desktop.views.minutes.rich_editor import GrowingTextEdit

MM_PER_INCH = 25.4
DONE_COLOUR = QColor("#6b7280")


class OfficialPage(GrowingTextEdit):
    """One A4-wide sheet, as tall as the minutes, with the 纪要 margins and type sizes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("officialPage")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFixedWidth(self._px(S.PAGE_WIDTH_MM))

    def _px(self, mm: float) -> int:
        return round(mm / MM_PER_INCH * self.logicalDpiX())

    def show_content(self, content: MinutesContent) -> None:
        self.setHtml(minutes_html(content, self.logicalDpiY()))
        frame = self.document().rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        fmt.setLeftMargin(self._px(S.MARGIN_LEFT_MM))
        fmt.setRightMargin(self._px(S.MARGIN_RIGHT_MM))
        fmt.setTopMargin(self._px(S.MARGIN_TOP_MM) * 0.6)      # a screen page needs less air
        fmt.setBottomMargin(self._px(S.MARGIN_BOTTOM_MM) * 0.6)
        frame.setFrameFormat(fmt)
        self.scroll_to_start()


class MinutesReadView(QWidget):
    """The page in a grey surround (the only scroll), a bar with 打印/导出, the decisions panel."""

    def __init__(self, actions: Sequence[QAction], parent=None) -> None:
        super().__init__(parent)
        self.state_label = QLabel(objectName="readState")
        self.page = OfficialPage()
        self.decisions = DecisionsEditor()
        self.decisions.set_editable(False)
        self.actions_label = QLabel(wordWrap=True, objectName="readActions")
        self.buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
            self.buttons.append(button)
        self.scroll = QScrollArea(widgetResizable=True, objectName="readScroll")
        self.scroll.setStyleSheet("QScrollArea#readScroll > QWidget > QWidget { background: #e5e7eb; }")
        surround = QWidget()
        centre = QHBoxLayout(surround)
        centre.setContentsMargins(16, 16, 16, 16)
        centre.addStretch(1)
        centre.addWidget(self.page, 0, Qt.AlignmentFlag.AlignTop)
        centre.addStretch(1)
        self.scroll.setWidget(surround)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.decisions)
        side_layout.addWidget(self.actions_label)
        side_layout.addStretch(1)
        side_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(side_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([860, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def show_minutes(self, content: MinutesContent, state: str,
                     actions: Iterable[DecisionActionRow]) -> None:
        """The page of ``content``, the state line, and the decisions marked with their actions."""
        self.state_label.setText(state)
        self.page.show_content(content)
        self.decisions.set_decisions(content.decisions)
        self.mark_actions(actions)
        self.scroll.verticalScrollBar().setValue(0)

    def mark_actions(self, actions: Iterable[DecisionActionRow]) -> None:
        """Grey the decisions already made action items (which ones: in the tooltip)."""
        by_decision: dict[int, list[DecisionActionRow]] = {}
        for row in actions:
            by_decision.setdefault(row.decision_id, []).append(row)
        items = [self.decisions.list.item(i) for i in range(self.decisions.list.count())]
        pending = 0
        for item in items:
            made = by_decision.get(item.data(DECISION_ID_ROLE), [])
            if made:
                item.setForeground(DONE_COLOUR)
                item.setToolTip("\n".join(self.tr("已转为督办事项 {id}：{title}（{lead}）").format(
                    id=r.id, title=r.title, lead=r.lead or self.tr("未定牵头单位")) for r in made))
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                item.setToolTip("")
                pending += 1
        self.actions_label.setText(self.tr("已转为督办事项 {done} 项，尚未转的 {pending} 项。").format(
            done=len(items) - pending, pending=pending) if items else self.tr("这份纪要没有议定事项。"))
