"""A dispute case's documents as .docx in the official layout (``OfficialDocument``, the template
the office may restyle): 调解申请书/口头申请笔录, 受理通知书, 调解笔录, 调解协议书 (人民调解法 Art. 29),
终止调解通知书, 司法确认申请书 with its checklist of attachments, 回访记录 and 案件情况摘要.

Every document carries the case number under its title. Those addressed to the parties carry ID
and phone numbers in full; reading their data writes the audit entry (``case_document``), so
``export_case_document`` does both in the caller's one transaction. The summary is masked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.exports.case_docs_parts import (
    BLANK_DATE,
    GAP,
    claim_lines,
    claims_table,
    day,
    employer_line,
    facts_table,
    heading,
    left_align,
    line,
    money,
    parties_block,
    plain,
    right,
    ruled_lines,
    seal_block,
    signature_grid,
)
from desktop.exports.official import OfficialDocument
from desktop.models import CaseCategory
from desktop.services.disputes.documents import CaseDocumentData, case_document
from desktop.services.disputes.labels import CATEGORY_LABELS, STAGE_LABELS

ARBITRATION = "劳动人事争议仲裁委员会"
COPIES = "本协议书一式三份，双方当事人各执一份，调解组织留存一份，具有同等效力。"
TAKES_EFFECT = "本协议自双方当事人签名（盖章）、调解员签名并加盖调解组织印章之日起生效。"
CONFIRMATION_ATTACHMENTS = (
    ("调解协议书", "1"), ("双方当事人的身份证明（居民身份证复印件；营业执照复印件、法定代表人身份证明书）", "各1"),
    ("授权委托书（委托代理人申请的）", ""), ("调解组织主持调解的证明", "1"),
    ("与争议有关的证明材料（劳动合同、工资支付记录等）", ""), ("双方当事人出具的承诺书", "1"),
)


def _begin(data: CaseDocumentData, template: Path | None) -> OfficialDocument:
    doc = OfficialDocument(template)
    doc.title(data.title)
    doc.paragraph(data.number, "发文字号")
    return doc


def _dispute(data: CaseDocumentData) -> str:
    return f"{data.first_applicant}与{data.employer.name}之间因{data.category}发生的劳动争议"


# ---------------------------------------------------------------- 调解申请书 / 口头申请笔录

def _application(doc: OfficialDocument, data: CaseDocumentData) -> None:
    if data.oral:
        doc.paragraph(f"申请人于{day(data.received)}到{data.organisation}口头申请调解，"
                      "根据《中华人民共和国劳动争议调解仲裁法》第十二条，记录如下：")
    parties_block(doc, data)
    n = heading(doc, 1, "请求事项")
    for text in claim_lines(data):
        line(doc, text)
    n = heading(doc, n, "争议事项")
    doc.paragraph(data.matter or f"{data.category}。")
    heading(doc, n, "事实和理由")
    doc.paragraph(data.reasons or "（申请人陈述）")
    ruled_lines(doc, 0 if data.reasons else 3)
    plain(doc, f"申请日期：{day(data.received)}")
    if not data.oral:
        plain(doc, "此致")
        plain(doc, data.organisation)
    else:
        doc.paragraph("以上记录已向申请人宣读（或由申请人阅看），申请人确认无误。")
    signature_grid(doc, [("申请人（签名或按印）：", "记录人（签名）："), (BLANK_DATE, BLANK_DATE)])


# ---------------------------------------------------------------- 受理通知书

def _notice(doc: OfficialDocument, data: CaseDocumentData) -> None:
    plain(doc, f"{data.first_applicant}、{data.employer.name}：")
    doc.paragraph(f"{data.first_applicant}于{day(data.received)}提出的与{data.employer.name}之间的劳动争议"
                  f"（{data.category}）调解申请，经审查，符合受理条件，本调解组织决定受理。")
    if data.mediator:
        doc.paragraph(f"本案由调解员{data.mediator}主持调解。当事人认为调解员与本案有利害关系、可能影响公正调解的，"
                      "可以申请更换。")
    due = f"（即{day(data.mediation_due)}）" if data.mediation_due else ""
    doc.paragraph("根据《中华人民共和国劳动争议调解仲裁法》第十四条，自本调解组织收到调解申请之日起十五日内"
                  f"{due}未达成调解协议的，当事人可以依法向{ARBITRATION}申请仲裁。")
    doc.paragraph("调解遵循自愿、平等原则。当事人有权自主表达意愿、要求公开或者不公开调解，有权终止调解；"
                  "应当如实陈述纠纷事实，遵守调解现场秩序，尊重对方当事人行使权利。")
    parties_block(doc, data, title="当事人基本情况")
    seal_block(doc, data.organisation, data.made_on)


# ---------------------------------------------------------------- 调解笔录

def _record(doc: OfficialDocument, data: CaseDocumentData) -> None:
    plain(doc, "时间：　　年　　月　　日　　时　　分至　　时　　分")
    plain(doc, "地点：")
    plain(doc, f"调解员：{data.mediator or ''}")
    plain(doc, "记录人：")
    plain(doc, f"案由：{_dispute(data)}")
    heading(doc, 1, "当事人及到场情况")
    for party in data.parties:
        plain(doc, f"{party.role}：{party.name}，公民身份号码：{party.id_number or '—'}，"
                   f"联系电话：{party.phone or '—'}（□到场　□未到场）")
    plain(doc, employer_line(data.employer).rstrip("。") + "（到场人员：　　　　）")
    doc.paragraph("调解员告知当事人的权利义务及调解纪律，当事人表示已知悉，对调解员无回避申请。")
    plain(doc, "调解记录：")
    ruled_lines(doc, 12)
    doc.paragraph("以上笔录经当事人阅看（或向其宣读），确认无误。")
    signature_grid(doc, [("申请人（签名）：", "被申请人（签名或盖章）："), ("调解员（签名）：", "记录人（签名）：")])


# ---------------------------------------------------------------- 调解协议书

def _agreement(doc: OfficialDocument, data: CaseDocumentData) -> None:
    heading(doc, 1, "当事人基本情况")
    parties_block(doc, data)
    n = heading(doc, 2, "纠纷的主要事实和争议事项")
    doc.paragraph(f"{_dispute(data)}，申请人于{day(data.received)}向{data.organisation}申请调解。"
                  + (data.matter or ""))
    if data.reasons:
        doc.paragraph(data.reasons)
    doc.paragraph("申请人的请求事项：" + "".join(claim_lines(data)).rstrip("；") + "。")
    n = heading(doc, n, "经调解，双方当事人自愿达成如下协议")
    doc.paragraph(data.agreement_terms)
    claims_table(doc, data)
    n = heading(doc, n, "履行方式、地点和期限")
    doc.paragraph(f"履行方式：{data.perform_how or '按本协议第三条约定的方式履行'}。")
    doc.paragraph(f"履行地点：{data.organisation}或双方当事人另行约定的地点。")
    doc.paragraph(f"履行期限：被申请人应于{day(data.perform_by)}前履行完毕。")
    heading(doc, n, "其他约定")
    doc.paragraph("双方当事人应当按照约定履行本协议。一方当事人在协议约定期限内不履行的，另一方当事人可以依法"
                  f"向{ARBITRATION}申请仲裁。双方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认"
                  + (f"（即{day(data.confirmation_due)}前）" if data.confirmation_due else "") + "。")
    if data.category == CATEGORY_LABELS[CaseCategory.REMUNERATION.value]:
        doc.paragraph("因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成协议，用人单位在协议约定期限内不履行的，"
                      "劳动者可以持本协议书依法向人民法院申请支付令（《中华人民共和国劳动争议调解仲裁法》第十六条）。")
    doc.paragraph(TAKES_EFFECT)
    doc.paragraph(COPIES)
    signature_grid(doc, [("申请人（签名）：", "被申请人（盖章）："),
                         ("", "法定代表人或代理人（签名）："), ("调解员（签名）：", "")])
    seal_block(doc, data.organisation, data.made_on)


# ---------------------------------------------------------------- 终止调解通知书

def _termination(doc: OfficialDocument, data: CaseDocumentData) -> None:
    plain(doc, f"{data.first_applicant}、{data.employer.name}：")
    doc.paragraph(f"{_dispute(data)}，本调解组织于{day(data.received)}受理。{data.ended_because}，"
                  "本调解组织决定终止调解。")
    doc.paragraph("根据《中华人民共和国劳动争议调解仲裁法》第十四条、第二十七条，当事人可以自收到本通知书之日起，"
                  f"依法向有管辖权的{ARBITRATION}申请仲裁。")
    doc.paragraph("劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算"
                  + (f"（本案申请人陈述知道权利被侵害之日为{day(data.knew_on)}）" if data.knew_on else "")
                  + "；劳动关系存续期间因拖欠劳动报酬发生争议的，不受该时效期间的限制，"
                    "但劳动关系终止的，应当自劳动关系终止之日起一年内提出。")
    parties_block(doc, data, title="当事人基本情况")
    seal_block(doc, data.organisation, data.made_on)
    plain(doc)
    signature_grid(doc, [("申请人签收：", "被申请人签收："), (BLANK_DATE, BLANK_DATE)])


# ---------------------------------------------------------------- 司法确认申请书

def _confirmation(doc: OfficialDocument, data: CaseDocumentData) -> None:
    parties_block(doc, data, employer_label="申请人")
    n = heading(doc, 1, "请求事项")
    doc.paragraph(f"请求人民法院依法确认申请人于{day(data.agreement_on)}在{data.organisation}主持下达成的调解协议"
                  f"（{data.number}）有效。")
    n = heading(doc, n, "事实和理由")
    doc.paragraph(f"{_dispute(data)}，经{data.organisation}主持调解，双方当事人于{day(data.agreement_on)}"
                  f"自愿达成调解协议，协议内容为：{data.agreement_terms}")
    doc.paragraph("双方当事人根据《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》的规定，"
                  "自调解协议生效之日起三十日内"
                  + (f"（{day(data.confirmation_due)}前）" if data.confirmation_due else "")
                  + "共同申请司法确认，并承诺：达成调解协议出于自愿，不存在恶意串通、规避法律的行为；"
                    "提交的材料真实、合法；如因虚假陈述造成他人合法权益受到损害的，愿意承担相应的法律责任。")
    heading(doc, n, "附件清单")
    rows = [[str(i), name, copies, "□"] for i, (name, copies) in enumerate(CONFIRMATION_ATTACHMENTS, 1)]
    doc.table(["序号", "材料名称", "份数", "已附"], rows, [15, 101, 20, 20], row_height_mm=8)
    left_align(doc, 1)
    line(doc, "此致")
    plain(doc, f"{GAP}人民法院")
    signature_grid(doc, [("申请人（签名）：", "申请人（盖章）："), ("", "法定代表人（签名）："),
                         (BLANK_DATE, BLANK_DATE)])


# ---------------------------------------------------------------- 回访记录

def _visit(doc: OfficialDocument, data: CaseDocumentData) -> None:
    visit = next((s for s in reversed(data.steps) if s.stage == "visit"), None)
    rows = [["案由", _dispute(data)],
            ["回访时间", day(visit.on) if visit else BLANK_DATE],
            ["回访方式", "□当面　□电话　□其他："],
            ["回访人", (visit.handler if visit and visit.handler else data.mediator) or ""],
            ["回访对象", "；".join(f"{p.name}（公民身份号码：{p.id_number or '—'}，联系电话：{p.phone or '—'}）"
                                  for p in data.parties)
             + f"；{data.employer.name}（联系人：{data.employer.contact or '—'}，"
               f"联系电话：{data.employer.phone or '—'}）"],
            ["协议内容", data.agreement_terms or "—"],
            ["履行期限", day(data.perform_by) if data.perform_by else "—"],
            ["履行情况", "□已全部履行　□部分履行　□未履行"],
            ["回访情况", (visit.note if visit else "") or ""],
            ["当事人意见", ""]]
    facts_table(doc, rows, row_height_mm=12)
    plain(doc)
    signature_grid(doc, [("回访人（签名）：", "被回访人（签名）："), (BLANK_DATE, BLANK_DATE)])


# ---------------------------------------------------------------- 案件情况摘要

def _outcome(data: CaseDocumentData) -> str:
    if data.agreement_on:
        text = f"{day(data.agreement_on)}达成调解协议：{data.agreement_terms.rstrip('。；')}"
        text += f"；履行期限{day(data.perform_by)}" if data.perform_by else ""
    elif data.ended_because:
        text = data.ended_because
    else:
        text = "调解进行中"
    return text + (f"；{day(data.closed_on)}结案" if data.closed_on else "") + "。"


def _clock_text(c) -> str:
    if c.due is None:
        return "中止中"
    left = f"剩余{c.days_left}日" if c.days_left >= 0 else f"已逾期{-c.days_left}日"
    return left + ("（暂定）" if c.provisional else "")


def _summary(doc: OfficialDocument, data: CaseDocumentData) -> None:
    applicants = "；".join(f"{p.name}（{p.id_number or '—'}，{p.phone or '—'}）" for p in data.parties)
    rows = [["案号", data.number], ["受理日期", day(data.received)], ["案件来源", data.source or "—"],
            ["争议类别", data.category], ["调解组织", f"{data.organisation}（{data.body}）"],
            ["调解员", data.mediator or "—"], ["申请人", applicants or "—"],
            ["被申请人", f"{data.employer.name}（{data.employer.uscc or '—'}）"],
            ["涉及职工人数", f"{data.workers}人" + ("（集体争议）" if data.collective else "")],
            ["请求金额合计", money(data.claimed_total)], ["当前阶段", STAGE_LABELS[data.stage]]]
    n = heading(doc, 1, "基本情况")
    facts_table(doc, rows, row_height_mm=8)
    n = heading(doc, n, "办理经过")
    doc.table(["序号", "阶段", "日期", "经办人", "说明"],
              [[str(s.seq), STAGE_LABELS[s.stage], s.on.isoformat(), s.handler or "—", s.note or "—"]
               for s in data.steps], [15, 26, 28, 26, 61], row_height_mm=8)
    left_align(doc, 4)
    n = heading(doc, n, "期限")
    if data.clocks:
        doc.table(["期限", "起算日", "届满日", "状态"],
                  [[c.name, c.start.isoformat() if c.start else "—", c.due.isoformat() if c.due else "—",
                    _clock_text(c)] for c in data.clocks], [44, 34, 34, 44], row_height_mm=8)
    else:
        doc.paragraph("当前阶段没有正在计算的期限。")
    heading(doc, n, "办理结果")
    doc.paragraph(_outcome(data))
    doc.paragraph("本摘要为内部报告，当事人的公民身份号码和电话号码已隐去中间位。")
    right(doc, data.organisation)
    right(doc, day(data.made_on))


WRITERS: dict[str, Callable[[OfficialDocument, CaseDocumentData], None]] = {
    "application": _application, "notice": _notice, "record": _record, "agreement": _agreement,
    "termination": _termination, "confirmation": _confirmation, "visit": _visit, "summary": _summary,
}


def write_case_document(data: CaseDocumentData, path: Path, template: Path | None = None) -> Path:
    """Write document ``data.kind`` to ``path`` (atomically) in the official layout."""
    doc = _begin(data, template)
    WRITERS[data.kind](doc, data)
    return doc.save(Path(path))


def export_case_document(session: Session, case_id: int, kind: str, path: Path, *,
                         template: Path | None = None, today: date | None = None) -> Path:
    """Read document ``kind`` of the case (writing the audit entry of a document addressed to
    the parties in ``session``'s transaction) and write it; nothing is written when refused."""
    return write_case_document(case_document(session, case_id, kind, today=today), path, template)


__all__ = ["WRITERS", "export_case_document", "write_case_document"]
