"""预警规则: the suggestion rule's thresholds, and suggestions made again under the new ones.

The thresholds live in ``warning_rules.json`` (``services.warnings.settings``), shared with the
command line. After saving, the secretary may have the pending suggestions of every screened
enterprise made again under the new rule; that runs in the background (15,550 entries on a
large zone). Warnings already issued or dismissed are not touched: someone decided on them.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QMessageBox, QSpinBox, QWidget
from sqlalchemy import select

from desktop.models import ScreeningEntry
from desktop.services.warnings.settings import RuleSettings, check_rule_settings, save_rule_settings
from desktop.services.warnings.suggest import SuggestOutcome, suggest_for_entries
from desktop.views.form_dialog import FormDialog
from desktop.views.operations import Job, Operation


def _months(value: Decimal) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(decimals=2, minimum=0.01, maximum=120, singleStep=0.5)
    spin.setSuffix(QCoreApplication.translate("RuleSettingsDialog", " 个月"))
    spin.setValue(float(value))
    return spin


def _count(value: int, maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(minimum=1, maximum=maximum, suffix=suffix)
    spin.setValue(value)
    return spin


class RuleSettingsDialog(FormDialog):
    """The six thresholds with what each means; OK checks them (orange may not exceed red)."""

    def __init__(self, settings: RuleSettings, parent: QWidget | None = None) -> None:
        super().__init__(lambda s: save_rule_settings(check_rule_settings(s)), parent)
        self.setWindowTitle(self.tr("预警规则"))
        self.setMinimumWidth(460)
        self.red_spin = self.add_field(self.tr("欠薪超过（红色）"), _months(settings.red_over_months), "red_over_months")
        self.orange_spin = self.add_field(self.tr("欠薪达到（橙色）"), _months(settings.orange_from_months),
                                          "orange_from_months")
        self.workers_spin = self.add_field(self.tr("涉及职工达到（至少黄色）"),
                                           _count(settings.workers_yellow, 1_000_000, self.tr(" 人")), "workers_yellow")
        self.layoffs_spin = self.add_field(self.tr("拟裁减人数达到（至少黄色）"),
                                           _count(settings.layoffs_yellow, 1_000_000, self.tr(" 人")), "layoffs_yellow")
        self.percent_spin = self.add_field(self.tr("或占职工总数达到（至少黄色）"), QDoubleSpinBox(
            decimals=1, minimum=0.1, maximum=100, suffix=" %", value=float(settings.layoffs_percent)), "layoffs_percent")
        self.expiry_spin = self.add_field(self.tr("预警有效期"), _count(settings.expiry_days, 3650, self.tr(" 天")),
                                          "expiry_days")
        self.add_field("", QLabel(self.tr(
            "欠薪不足橙色界限但多于 0 个月为黄色；仅有社保欠缴为蓝色。裁员界限依据劳动合同法第四十一条"
            "（20 人以上或占职工总数 10% 以上）。规则保存在本机当前用户的配置文件夹中，命令行同样适用。"), wordWrap=True))

    def data(self) -> RuleSettings:
        return RuleSettings(
            red_over_months=Decimal(str(round(self.red_spin.value(), 2))),
            orange_from_months=Decimal(str(round(self.orange_spin.value(), 2))),
            workers_yellow=self.workers_spin.value(), layoffs_yellow=self.layoffs_spin.value(),
            layoffs_percent=Decimal(str(round(self.percent_spin.value(), 1))), expiry_days=self.expiry_spin.value())


def _suggest_again(job: Job) -> SuggestOutcome:
    job.progress.step(text=QCoreApplication.translate("RuleSettingsDialog", "正在按新规则重新生成预警建议…"))
    ids = job.read(lambda s: list(s.scalars(select(ScreeningEntry.id).where(ScreeningEntry.screened_at.is_not(None)))))
    return job.write(lambda s: suggest_for_entries(s, ids))


def suggest_again(parent: QWidget, workspace) -> Operation:
    """Make the pending suggestions again in the background; the outcome in a message box."""
    def done(outcome: SuggestOutcome) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("RuleSettingsDialog", "预警规则"),
                                QCoreApplication.translate(
                                    "RuleSettingsDialog", "新增建议 {created} 条，更新 {updated} 条，撤回 {withdrawn} 条。")
                                .format(created=len(outcome.created), updated=len(outcome.updated),
                                        withdrawn=len(outcome.withdrawn)))
    operation = Operation(parent, workspace, _suggest_again, key="suggest_again", on_success=done,
                          title=QCoreApplication.translate("RuleSettingsDialog", "无法重新生成预警建议"))
    operation.run_in_background(QCoreApplication.translate("RuleSettingsDialog", "正在重新生成预警建议…"))
    return operation
