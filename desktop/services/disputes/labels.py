"""Chinese names of the case register's codes (translated in the views through ``Labels``)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import CaseCategory, CaseSource, CaseStage, MediationBody

C, S, B, G = CaseCategory, CaseSource, MediationBody, CaseStage

CATEGORY_LABELS = {
    C.RELATION.value: QT_TRANSLATE_NOOP("Labels", "确认劳动关系"),
    C.CONTRACT.value: QT_TRANSLATE_NOOP("Labels", "订立、履行、变更、解除和终止劳动合同"),
    C.DISMISSAL.value: QT_TRANSLATE_NOOP("Labels", "除名、辞退和辞职、离职"),
    C.CONDITIONS.value: QT_TRANSLATE_NOOP("Labels", "工作时间、休息休假、社会保险、福利、培训以及劳动保护"),
    C.REMUNERATION.value: QT_TRANSLATE_NOOP("Labels", "劳动报酬、工伤医疗费、经济补偿或者赔偿金"),
    C.OTHER.value: QT_TRANSLATE_NOOP("Labels", "法律、法规规定的其他劳动争议"),
}
SOURCE_LABELS = {
    S.WINDOW.value: QT_TRANSLATE_NOOP("Labels", "当事人申请"),
    S.ONLINE.value: QT_TRANSLATE_NOOP("Labels", "线上申请"),
    S.ARBITRATION.value: QT_TRANSLATE_NOOP("Labels", "仲裁委托"),
    S.COURT.value: QT_TRANSLATE_NOOP("Labels", "法院委派"),
    S.PROACTIVE.value: QT_TRANSLATE_NOOP("Labels", "主动调解"),
    S.WARNING.value: QT_TRANSLATE_NOOP("Labels", "预警转入"),
}
BODY_LABELS = {
    B.ENTERPRISE.value: QT_TRANSLATE_NOOP("Labels", "企业劳动争议调解委员会"),
    B.PEOPLES.value: QT_TRANSLATE_NOOP("Labels", "基层人民调解组织"),
    B.TOWNSHIP.value: QT_TRANSLATE_NOOP("Labels", "乡镇、街道劳动争议调解组织"),
}
STAGE_LABELS = {
    G.RECEIVED.value: QT_TRANSLATE_NOOP("Labels", "受理"),
    G.MEDIATING.value: QT_TRANSLATE_NOOP("Labels", "调解中"),
    G.AGREED.value: QT_TRANSLATE_NOOP("Labels", "达成协议"),
    G.FAILED.value: QT_TRANSLATE_NOOP("Labels", "调解不成"),
    G.CONFIRMATION.value: QT_TRANSLATE_NOOP("Labels", "申请司法确认"),
    G.ARBITRATION.value: QT_TRANSLATE_NOOP("Labels", "转仲裁"),
    G.LITIGATION.value: QT_TRANSLATE_NOOP("Labels", "诉讼"),
    G.VISIT.value: QT_TRANSLATE_NOOP("Labels", "回访"),
    G.CLOSED.value: QT_TRANSLATE_NOOP("Labels", "结案"),
    G.ARCHIVED.value: QT_TRANSLATE_NOOP("Labels", "归档"),
}
STAGE_BY_NAME = {name: key for key, name in STAGE_LABELS.items()}

#: Stage → the stages a case may move on to.
NEXT_STAGES = {
    G.RECEIVED.value: (G.MEDIATING.value, G.AGREED.value, G.FAILED.value),
    G.MEDIATING.value: (G.AGREED.value, G.FAILED.value),
    G.AGREED.value: (G.CONFIRMATION.value, G.VISIT.value, G.ARBITRATION.value, G.LITIGATION.value),
    G.FAILED.value: (G.ARBITRATION.value, G.LITIGATION.value, G.CLOSED.value),
    G.CONFIRMATION.value: (G.VISIT.value, G.LITIGATION.value),
    G.ARBITRATION.value: (G.VISIT.value, G.CLOSED.value),
    G.LITIGATION.value: (G.VISIT.value, G.CLOSED.value),
    G.VISIT.value: (G.CLOSED.value,),
    G.CLOSED.value: (G.ARCHIVED.value,),
    G.ARCHIVED.value: (),
}
