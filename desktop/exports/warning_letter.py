"""预警提示函 to an enterprise, and the warning list for a meeting of the ``warning`` body, in
the official layout (python-docx through ``OfficialDocument``). A drill's letter says 演练 in
its title, in a line above it and in place of the number, so it cannot pass for a real one."""

from __future__ import annotations

from pathlib import Path

from desktop.exports.official import OfficialDocument
from desktop.services.kernel.cn_format import cn_date, cn_num
from desktop.services.kernel.timeutil import to_local
from desktop.services.warnings.documents import WarningLetter, WarningList
from desktop.services.warnings.labels import CATEGORY_LABELS, KIND_LABELS, level_text
from desktop.services.warnings.query import MessageRow, WarningRow

DRILL_BANNER = "【演练】本函为预警演练文书，不作为正式预警，不计入预警统计。"
DRILL_NUMBER = "演练文书　不编号"
COPY_TO = "抄送：经开区人力资源和社会保障局，经开区劳动保障监察大队，经开区管理委员会。"
REQUESTS = ("请你单位高度重视，落实主体责任，按上述措施抓紧整改，切实保障职工合法权益。",
            "请于收到本函之日起7日内将整改情况书面报送我办；情况发生变化的，请及时报告。",
            "预警解除前，预警机制成员单位将持续跟踪监测，必要时约谈企业负责人。")


def _facts(w: WarningRow) -> list[list[str]]:
    return [["企业名称", w.enterprise], ["统一社会信用代码", w.uscc or "—"],
            ["预警类别", CATEGORY_LABELS.get(w.category, w.category)], ["预警级别", level_text(w.level)],
            ["开始日期", cn_date(w.starts) if w.starts else "—"],
            ["有效期至", cn_date(w.expires) if w.expires else "—"],
            ["影响范围", w.scope or "—"],
            ["涉及职工人数", "—" if w.workers_affected is None else f"{w.workers_affected}人"]]


def _change_line(m: MessageRow) -> str:
    day = cn_date(to_local(m.sent_at).date())
    what = {"adjust": f"调整为{level_text(m.level)}预警",
            "extend": f"有效期延至{cn_date(m.expires)}" if m.expires else "延期",
            "lift": "解除预警"}.get(m.kind, KIND_LABELS.get(m.kind, m.kind))
    return f"{day}，{what}" + (f"，理由：{m.reason.rstrip('。')}" if m.reason else "") + "。"


def _heading_lines(doc: OfficialDocument, number: int, heading: str, lines: list[str]) -> int:
    if not lines:
        return number
    doc.heading(1, f"{cn_num(number)}、{heading}")
    for line in lines:
        doc.paragraph(line)
    return number + 1


def _no_indent(para):
    para.paragraph_format.first_line_indent = 0
    return para


def write_warning_letter(letter: WarningLetter, path: Path, template: Path | None = None) -> Path:
    """The letter: number, addressee, the warning's facts, what to watch, measures, requests."""
    w = letter.warning
    doc = OfficialDocument(template)
    if w.drill:
        doc.paragraph(DRILL_BANNER, "出席标签").alignment = 1
    doc.title("预警提示函（演练）" if w.drill else "预警提示函")
    doc.paragraph(DRILL_NUMBER if w.drill else w.letter_number, "发文字号")
    _no_indent(doc.paragraph(f"{w.enterprise}："))
    category = CATEGORY_LABELS.get(w.category, w.category)
    grounds = f"（{w.reason.rstrip('。')}）" if w.reason else ""
    doc.paragraph(f"经排查，你单位存在{category}方面的劳资矛盾风险{grounds}。根据《中华人民共和国突发事件应对法》"
                  f"和经开区劳资矛盾预警机制的有关规定，现对你单位发布{level_text(w.level)}预警。现将有关事项提示如下：")
    doc.heading(1, "一、预警信息")
    doc.table(["项目", "内容"], _facts(w), [40, 116], row_height_mm=8)
    number = _heading_lines(doc, 2, "需重点关注的情况", [w.watch] if w.watch else [])
    number = _heading_lines(doc, number, "应采取的措施", [w.measures] if w.measures else [])
    changes = [_change_line(m) for m in letter.messages if m.kind != "issue"]
    number = _heading_lines(doc, number, "预警变更情况", changes)
    _heading_lines(doc, number, "有关要求", [f"{i}. {text}" for i, text in enumerate(REQUESTS, 1)])
    doc.paragraph("")
    doc.paragraph(letter.issuer, "版记").alignment = 2
    doc.paragraph(cn_date(letter.issued_on), "版记").alignment = 2
    doc.paragraph("")
    doc.paragraph(COPY_TO, "版记")
    return doc.save(path)


LIST_HEADERS = ["序号", "企业名称", "园区/街道", "类别", "级别", "涉及人数", "有效期至", "提示函编号"]
LIST_WIDTHS = [10, 42, 22, 16, 14, 14, 18, 20]


def _list_row(i: int, w: WarningRow) -> list[str]:
    level = level_text(w.level).replace("（", "\n（")
    return [str(i), w.enterprise + ("（演练）" if w.drill else ""), w.park or "—",
            CATEGORY_LABELS.get(w.category, w.category), level,
            "—" if w.workers_affected is None else str(w.workers_affected),
            w.expires.isoformat() if w.expires else "—", w.letter_number or "—"]


def write_warning_list(data: WarningList, path: Path, template: Path | None = None) -> Path:
    """劳资矛盾预警清单 for a meeting: the figures (drills not counted), then one row per warning."""
    real = [w for w in data.rows if not w.drill]
    counts = "、".join(f"{level_text(lv)}{n}项" for lv in ("red", "orange", "yellow", "blue")
                       if (n := sum(1 for w in real if w.level == lv)))
    doc = OfficialDocument(template)
    doc.title("劳资矛盾预警清单")
    summary = f"截至{cn_date(data.made_on)}，列入本清单的预警共{len(real)}项" + (f"，其中{counts}" if counts else "")
    drills = len(data.rows) - len(real)
    doc.paragraph(summary + (f"；另有演练预警{drills}项，不计入统计。" if drills else "。"))
    doc.table(LIST_HEADERS, [_list_row(i, w) for i, w in enumerate(data.rows, 1)], LIST_WIDTHS, row_height_mm=8)
    for w in data.rows:
        if w.measures or w.watch:
            _no_indent(doc.paragraph(f"{w.enterprise}：", "出席标签"))
            doc.paragraph("；".join(x for x in (w.watch and f"关注：{w.watch}", w.measures and f"措施：{w.measures}") if x))
    doc.paragraph("")
    doc.paragraph(data.issuer, "版记").alignment = 2
    doc.paragraph(cn_date(data.made_on), "版记").alignment = 2
    return doc.save(path)
