"""A dispute case's documents, read back with python-docx (and one rendered by LibreOffice)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from docx import Document
from docx.oxml.ns import qn
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.exports.case_docs import export_case_document
from desktop.exports.docx_pdf import docx_to_pdf, find_soffice
from desktop.models import AuditEntry, CaseClaim, Enterprise
from desktop.services.disputes import core
from desktop.services.disputes.documents import ADDRESSED, case_document, documents_for
from desktop.services.disputes.stages import Advance, advance_case
from desktop.services.kernel.validation import mask_id_number
from tests.services.warning_support import C, add_enterprises
from tests.support import need

ID_MAN, ID_WOMAN = "110112199003071232", "110112198805122041"   # valid GB 11643 numbers
PHONE = "13812345678"
NUMBER = "（2026）经开工调字第1号"
TODAY = date(2026, 3, 30)


def run(db, work):
    return db.run(work, "秘书")[0]


def new_case(db, *, oral: bool = False, workers: int | None = None, received: date = date(2026, 3, 2)) -> int:
    def work(s):
        enterprise = s.scalar(select(Enterprise.id).order_by(Enterprise.id)) or add_enterprises(s)[0]
        mediator = core.add_mediator(s, "李调解", "经开区总工会")
        parties = (core.PartyInput("张三", ID_MAN, PHONE, "北京市通州区景盛南一街1号"),
                   core.PartyInput("李四", ID_WOMAN, "13900001111", "北京市大兴区亦庄镇2号"))
        claims = (core.ClaimInput("支付2026年1月至2月拖欠工资", Decimal("12000")),
                  core.ClaimInput("支付解除劳动合同经济补偿", Decimal("8000")))
        draft = core.CaseDraft(enterprise_id=enterprise, received=received, category="劳动报酬",
                               parties=parties, claims=claims, workers=workers, mediator_id=mediator,
                               matter="企业拖欠两名职工2026年1月至2月工资。", reasons="申请人多次催要未果。",
                               oral=oral)
        return core.create_case(s, draft, user="秘书")
    return run(db, work)


def advance(db, case_id: int, to: str, on: date, **kwargs) -> None:
    run(db, lambda s: advance_case(s, case_id, Advance(to, on, **kwargs), user="秘书"))


def agreed_case(db) -> int:
    case_id = new_case(db)
    advance(db, case_id, "调解中", date(2026, 3, 3))
    advance(db, case_id, "达成协议", date(2026, 3, 10), terms="被申请人分两期支付申请人工资及经济补偿共计18000元。",
            perform_by=date(2026, 3, 31), perform_how="银行转账至申请人本人工资账户")

    def agreed_amounts(s):
        for claim, amount in zip(s.scalars(select(CaseClaim).where(CaseClaim.case_id == case_id)
                                           .order_by(CaseClaim.seq)), ("12000", "6000")):
            claim.agreed_amount = Decimal(amount)
    run(db, agreed_amounts)
    return case_id


def export(db, case_id: int, kind: str, tmp_path, **kwargs):
    return run(db, lambda s: export_case_document(s, case_id, kind, tmp_path / f"{kind}.docx",
                                                  today=TODAY, **kwargs))


def texts(path) -> list[str]:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


def whole(path) -> str:
    return "\n".join(texts(path))


def reveals(db) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "reveal")))


# ---------------------------------------------------------------- 调解协议书 (人民调解法 Art. 29)

def test_the_agreement_has_its_title_and_the_case_number_at_the_top(db, tmp_path):
    doc = Document(str(export(db, agreed_case(db), "agreement", tmp_path)))
    assert doc.paragraphs[0].text == "调解协议书" and doc.paragraphs[0].style.name == "公文标题"
    assert doc.paragraphs[1].text == NUMBER and doc.paragraphs[1].style.name == "发文字号"


def test_the_agreement_names_both_parties_with_their_details_in_full(db, tmp_path):
    text = whole(export(db, agreed_case(db), "agreement", tmp_path))
    assert f"申请人：张三，男，公民身份号码：{ID_MAN}，住址：北京市通州区景盛南一街1号，联系电话：{PHONE}。" in text
    assert f"申请人：李四，女，公民身份号码：{ID_WOMAN}" in text
    assert f"被申请人：北京甲科技有限公司，统一社会信用代码：{C[0]}，住所：景盛南1街" in text
    assert "法定代表人（主要负责人）或联系人：" in text


def test_the_agreement_states_the_facts_and_the_matter_in_dispute(db, tmp_path):
    text = whole(export(db, agreed_case(db), "agreement", tmp_path))
    assert "纠纷的主要事实和争议事项" in text
    assert "企业拖欠两名职工2026年1月至2月工资。" in text and "申请人多次催要未果。" in text
    assert "劳动报酬、工伤医疗费、经济补偿或者赔偿金" in text


def test_the_agreement_states_the_terms_and_the_agreed_amount_of_each_claim(db, tmp_path):
    path = export(db, agreed_case(db), "agreement", tmp_path)
    assert "被申请人分两期支付申请人工资及经济补偿共计18000元。" in whole(path)
    rows = [[c.text for c in row.cells] for row in Document(str(path)).tables[0].rows]
    assert rows[0] == ["序号", "请求事项", "请求金额", "协议金额"]
    assert rows[1][1:] == ["支付2026年1月至2月拖欠工资", "12,000.00元", "12,000.00元"]
    assert rows[2][2:] == ["8,000.00元", "6,000.00元"]
    assert rows[3][1:] == ["合计", "20,000.00元", "18,000.00元"]


def test_the_agreement_says_how_where_and_by_when_it_is_performed(db, tmp_path):
    text = whole(export(db, agreed_case(db), "agreement", tmp_path))
    assert "履行方式、地点和期限" in text
    assert "履行方式：银行转账至申请人本人工资账户。" in text
    assert "履行地点：" in text and "履行期限：被申请人应于2026年3月31日前履行完毕。" in text


def test_the_agreement_has_the_signature_and_seal_block_and_three_copies(db, tmp_path):
    text = whole(export(db, agreed_case(db), "agreement", tmp_path))
    for line in ("申请人（签名）：", "被申请人（盖章）：", "调解员（签名）：", "（调解组织印章）",
                 "经开区工会劳动争议调解中心", "2026年3月10日"):
        assert line in text
    assert "本协议书一式三份，双方当事人各执一份，调解组织留存一份" in text


def test_the_agreement_gives_the_last_day_to_apply_for_judicial_confirmation(db, tmp_path):
    # 30 days from 2026-03-10 end on Thursday 2026-04-09 (no rest day to shift over)
    assert "2026年4月9日前" in whole(export(db, agreed_case(db), "agreement", tmp_path))


def test_a_provisional_last_day_is_left_out_of_the_agreement(db, tmp_path):
    # 30 days from 2026-12-02 end in 2027, whose holiday schedule is not in the data
    case_id = new_case(db, received=date(2026, 11, 20))
    advance(db, case_id, "达成协议", date(2026, 12, 2), terms="支付工资。", perform_by=date(2026, 12, 31))
    text = whole(export(db, case_id, "agreement", tmp_path))
    assert "自本协议生效之日起三十日内共同向人民法院申请司法确认。" in text and "2027年" not in text


def test_every_run_names_its_east_asian_font(db, tmp_path):
    doc = Document(str(export(db, agreed_case(db), "agreement", tmp_path)))
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    assert all(r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in paragraphs for r in p.runs)


# ---------------------------------------------------------------- full numbers, masking and the audit

@pytest.mark.parametrize("kind", sorted(ADDRESSED - {"termination"}))
def test_a_document_addressed_to_the_parties_carries_the_number_and_full_id(db, tmp_path, kind):
    case_id = agreed_case(db)
    advance(db, case_id, "回访", date(2026, 3, 31), note="已全部履行")
    text = whole(export(db, case_id, kind, tmp_path))
    assert NUMBER in text and ID_MAN in text


def test_exporting_a_document_addressed_to_the_parties_is_written_to_the_audit_log(db, tmp_path):
    case_id = agreed_case(db)
    export(db, case_id, "agreement", tmp_path)
    assert reveals(db) == [f"dispute_case:{case_id}:agreement"]


def test_the_summary_shows_no_full_id_or_phone_number_and_writes_no_audit_entry(db, tmp_path):
    case_id = agreed_case(db)
    text = whole(export(db, case_id, "summary", tmp_path))
    assert NUMBER in text and mask_id_number(ID_MAN) in text and "138****5678" in text
    assert ID_MAN not in text and ID_WOMAN not in text and PHONE not in text
    assert reveals(db) == []


def test_the_summary_lists_the_stages_with_dates_the_clocks_and_the_outcome(db, tmp_path):
    path = export(db, agreed_case(db), "summary", tmp_path)
    tables = Document(str(path)).tables
    assert [(r.cells[1].text, r.cells[2].text) for r in tables[1].rows[1:]] == [
        ("受理", "2026-03-02"), ("调解中", "2026-03-03"), ("达成协议", "2026-03-10")]
    clocks = {r.cells[0].text: r.cells[2].text for r in tables[2].rows[1:]}
    assert clocks["司法确认申请期限"] == "2026-04-09"
    assert "2026年3月10日达成调解协议" in whole(path)


# ---------------------------------------------------------------- documents that do not fit

def test_an_agreement_is_refused_for_a_case_without_one_and_nothing_is_written(db, tmp_path):
    case_id = new_case(db)
    with pytest.raises(ValidationError, match="尚未达成调解协议"):
        export(db, case_id, "agreement", tmp_path)
    assert not (tmp_path / "agreement.docx").exists() and reveals(db) == []


def test_a_termination_is_refused_for_a_case_that_did_not_fail(db, tmp_path):
    with pytest.raises(ValidationError, match="没有终止调解通知书"):
        export(db, agreed_case(db), "termination", tmp_path)


def test_the_termination_tells_the_parties_they_may_apply_for_arbitration(db, tmp_path):
    case_id = new_case(db)
    advance(db, case_id, "调解不成", date(2026, 3, 12))
    text = whole(export(db, case_id, "termination", tmp_path))
    assert "经调解，双方当事人未能达成调解协议，本调解组织决定终止调解。" in text
    assert "劳动人事争议仲裁委员会申请仲裁" in text and "2026年3月12日" in text


def test_a_termination_fits_once_the_15_days_have_passed_without_an_agreement(db):
    case_id = new_case(db)
    with db.reading() as s:
        assert "termination" not in documents_for(s, case_id, today=date(2026, 3, 10))
        assert "termination" in documents_for(s, case_id, today=date(2026, 3, 17))


# ---------------------------------------------------------------- the other documents

def test_an_oral_application_is_recorded_for_signature_by_applicant_and_recorder(db, tmp_path):
    path = export(db, new_case(db, oral=True), "application", tmp_path)
    text = whole(path)
    assert Document(str(path)).paragraphs[0].text == "口头申请笔录"
    assert "申请人于2026年3月2日到经开区工会劳动争议调解中心口头申请调解" in text
    assert "请求事项" in text and "事实和理由" in text and "申请人多次催要未果。" in text
    assert "申请人（签名或按印）：" in text and "记录人（签名）：" in text


def test_the_notice_of_acceptance_names_the_mediator_and_the_15th_day(db, tmp_path):
    text = whole(export(db, new_case(db), "notice", tmp_path))
    assert "本调解组织决定受理" in text and "调解员李调解" in text
    assert "（即2026年3月17日）" in text


def test_the_record_leaves_ruled_lines_and_signature_lines(db, tmp_path):
    path = export(db, new_case(db), "record", tmp_path)
    doc = Document(str(path))
    ruled = [p for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
    assert len(ruled) >= 10
    text = whole(path)
    assert "调解员：李调解" in text and "记录人（签名）：" in text and "被申请人（签名或盖章）：" in text


def test_the_confirmation_application_lists_its_attachments(db, tmp_path):
    path = export(db, agreed_case(db), "confirmation", tmp_path)
    names = [r.cells[1].text for r in Document(str(path)).tables[0].rows[1:]]
    assert names[0] == "调解协议书"
    assert any("身份证明" in n for n in names) and any("与争议有关的证明材料" in n for n in names)
    assert "请求人民法院依法确认" in whole(path)


def test_the_visit_record_takes_the_date_and_note_of_the_visit(db, tmp_path):
    case_id = agreed_case(db)
    advance(db, case_id, "回访", date(2026, 3, 31), note="已全部履行")
    rows = {r.cells[0].text: r.cells[1].text for r in Document(str(export(db, case_id, "visit", tmp_path))).tables[0].rows}
    assert rows["回访时间"] == "2026年3月31日" and rows["回访情况"] == "已全部履行"


def test_a_restyled_template_keeps_its_styles(db, tmp_path):
    from desktop.exports.official import default_template, style_east_asian_font

    template = Document(str(default_template()))
    template.styles["公文正文"].element.rPr.rFonts.set(qn("w:eastAsia"), "楷体")
    template.save(str(tmp_path / "mine.docx"))
    doc = Document(str(export(db, agreed_case(db), "agreement", tmp_path, template=tmp_path / "mine.docx")))
    assert style_east_asian_font(doc, "公文正文") == "楷体"


def test_case_document_of_a_collective_case_says_how_many_workers(db):
    case_id = new_case(db, workers=12)
    with db.reading() as s:
        data = case_document(s, case_id, "summary", today=TODAY)
    assert data.first_applicant == "张三等12人" and data.collective


# ---------------------------------------------------------------- rendered

@pytest.mark.slow
def test_libreoffice_renders_the_agreement_to_pdf_and_png(db, tmp_path):
    need(find_soffice() is not None, "LibreOffice (soffice) is not installed")
    need(shutil.which("pdftoppm") is not None and shutil.which("pdftotext") is not None,
         "poppler-utils (pdftoppm, pdftotext) are not installed")
    pdf = docx_to_pdf(export(db, agreed_case(db), "agreement", tmp_path), tmp_path / "agreement.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout.replace(" ", "")
    assert "调解协议书" in text and NUMBER in text and ID_MAN in text and "一式三份" in text
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page-*.png"))
