"""推进阶段: the next stage (from ``labels.NEXT_STAGES``), its date and a note; reaching 达成协议
also takes the agreement's terms, its perform-by date and how and where it is performed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.models import CaseStage
from desktop.services.disputes.labels import NEXT_STAGES
from desktop.services.disputes.query import CaseRow, ClaimRow
from desktop.services.disputes.stages import Advance
from desktop.views.disputes.intake_dialog import date_edit, day_of, text_box
from desktop.views.disputes.model import stage_label
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo

AGREED = CaseStage.AGREED.value


class AdvanceDialog(FormDialog):
    """The step to record; the agreement's fields show only for 达成协议."""

    def __init__(self, submit: Callable[[Advance], object], row: CaseRow, today: date, handler: str,
                 parent=None, claims: Sequence[ClaimRow] = (), hearings: Sequence[tuple[int, str]] = ()) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("推进阶段：{number}").format(number=row.number))
        self.setMinimumWidth(520)
        self.add_field(self.tr("当前阶段："), QLabel(stage_label(row.stage)))
        self.stage_combo = self.add_field(self.tr("推进到(&S)："), ChoiceCombo(), "stage")
        self.stage_combo.set_choices([(stage_label(s), s) for s in NEXT_STAGES.get(row.stage, ())])
        self.on_edit = self.add_field(self.tr("日期(&D)："), date_edit(today), "on")
        self.handler_edit = self.add_field(self.tr("经办人："), QLineEdit(handler), "handler")
        self.note_edit = self.add_field(self.tr("说明(&N)："), text_box(), "note")
        self.meeting_combo = self.add_field(self.tr("调解会(&M)："), ChoiceCombo(), "meeting")
        self.meeting_combo.set_choices([(self.tr("（无）"), None), *((text, i) for i, text in hearings)])
        self.meeting_combo.setToolTip(self.tr("劳动争议三方调处机制前后60日内的会议；在会议日历中新建调解会后可在此选择"))
        self.terms_edit = self.add_field(self.tr("协议内容(&T)："), text_box("", 4), "terms")
        self.perform_edit = self.add_field(self.tr("履行期限(&B)："), date_edit(today), "perform_by")
        self.how_edit = self.add_field(self.tr("履行方式、地点："), text_box(), "perform_how")
        self.agreed_edits = [self._agreed_edit(claim) for claim in claims]
        self._agreement = (self.terms_edit, self.perform_edit, self.how_edit, *self.agreed_edits)
        self.stage_combo.currentIndexChanged.connect(self._on_stage_combo_changed)
        self._on_stage_combo_changed()

    def _agreed_edit(self, claim: ClaimRow) -> QLineEdit:
        """协议金额 for one claim, prefilled with the amount claimed."""
        text = claim.text if len(claim.text) <= 24 else claim.text[:23] + "…"
        edit = QLineEdit("" if claim.amount is None else f"{claim.amount:.2f}")
        edit.setPlaceholderText(self.tr("未达成金额的留空"))
        edit.setToolTip(claim.text)
        return self.add_field(self.tr("协议金额（元）：{claim}").format(claim=text), edit, "agreed_amounts")

    def _on_stage_combo_changed(self, *_args) -> None:
        agreed = self.stage_combo.value() == AGREED
        for widget in self._agreement:
            widget.setVisible(agreed)
            self.form.labelForField(widget).setVisible(agreed)
        self.adjustSize()

    def data(self) -> Advance:
        agreed = self.stage_combo.value() == AGREED
        return Advance(to=self.stage_combo.value() or "", on=day_of(self.on_edit), note=self.note_edit.toPlainText(),
                       meeting_id=self.meeting_combo.value(),
                       handler=self.handler_edit.text().strip(),
                       terms=self.terms_edit.toPlainText() if agreed else "",
                       perform_by=day_of(self.perform_edit) if agreed else None,
                       perform_how=self.how_edit.toPlainText() if agreed else "",
                       agreed_amounts=tuple(e.text().strip() or None for e in self.agreed_edits) if agreed else ())
