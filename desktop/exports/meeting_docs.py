"""会议通知 with its 回执, and the 签到表, in the official layout."""

from __future__ import annotations

from pathlib import Path, PurePath

from desktop.exports.official import OfficialDocument
from desktop.services.kernel.cn_format import cn_date
from desktop.services.meetings.documents import MeetingDocData

WEEKDAYS = "一二三四五六日"
NUMERALS = "一二三四五六七八九十"


def cn_when(data: MeetingDocData) -> str:
    day = f"{cn_date(data.start)}（星期{WEEKDAYS[data.start.weekday()]}）"
    if data.all_day:
        return f"{day}全天"
    return f"{day}{data.start:%H:%M}—{data.end:%H:%M}"


def write_notice(data: MeetingDocData, path: Path, template: Path | None = None) -> Path:
    doc = OfficialDocument(template)
    doc.title(f"关于召开{data.title}的通知")
    doc.paragraph("各成员单位：").paragraph_format.first_line_indent = 0
    doc.paragraph(f"经研究，定于{cn_when(data)}召开{data.title}。现将有关事项通知如下：")
    sections = [("会议时间", [cn_when(data)]),
                ("会议地点", [data.place or "另行通知"] + ([f"线上参会：{data.online_url}"] if data.online_url else [])),
                ("参会人员", ["、".join(data.organisations) + "有关负责同志。" if data.organisations else "各成员单位有关负责同志。"])]
    if data.agenda:
        sections.append(("会议议程", [
            f"{i}. {a.title}" + (f"（{a.presenter}）" if a.presenter else "")
            for i, a in enumerate(data.agenda, 1)]))
    if data.materials:
        sections.append(("会议材料", [f"{i}. {PurePath(name).stem or name}"
                                      for i, name in enumerate(data.materials, 1)]))
    reply = f"请各单位于{cn_date(data.reply_by)}前" if data.reply_by else "请各单位于会前"
    requests = [f"{reply}将参会回执（见附件）报送{data.issuer}。", "请参会人员提前10分钟到场签到，因故不能参会的请提前请假并说明委托参会人员。"]
    if data.notes:
        requests.append(data.notes)
    sections.append(("有关要求", requests))
    for i, (heading, lines) in enumerate(sections):
        doc.heading(1, f"{NUMERALS[i]}、{heading}")
        for line in lines:
            doc.paragraph(line)
    doc.paragraph("")
    doc.paragraph("附件：参会回执")
    doc.paragraph("")
    doc.paragraph(data.issuer, "版记").alignment = 2
    doc.paragraph(cn_date(data.issued_on), "版记").alignment = 2
    doc.page_break()
    doc.paragraph("附件", "一级标题").paragraph_format.first_line_indent = 0
    doc.title("参会回执")
    doc.paragraph(f"会议：{data.title}　　时间：{cn_when(data)}").paragraph_format.first_line_indent = 0
    rows = [[org, "", "", "", "□参会　□请假"] for org in data.organisations] or [["", "", "", "", "□参会　□请假"]] * 5
    doc.table(["单位", "姓名", "职务", "联系电话", "是否参会"], rows, [42, 20, 26, 30, 38])
    return doc.save(path)


def write_sign_in_sheet(data: MeetingDocData, path: Path, template: Path | None = None) -> Path:
    doc = OfficialDocument(template)
    doc.title(f"{data.title}签到表")
    line = f"时间：{cn_when(data)}　　地点：{data.place or '—'}"
    doc.paragraph(line).paragraph_format.first_line_indent = 0
    rows = [[str(i), a.organisation, a.name, a.title, a.role, ""]
            for i, a in enumerate(data.attendees, 1)]
    rows += [[str(len(rows) + k), "", "", "", "", ""] for k in range(1, 4)]  # walk-ins
    doc.table(["序号", "单位", "姓名", "职务", "身份", "签到"], rows, [14, 52, 20, 30, 14, 26])
    return doc.save(path)
