"""GB/T 9704-2012 numbers and the named styles an official-layout template must define."""

from __future__ import annotations

from dataclasses import dataclass

# Page: A4, text block 156 x 225 mm, top 37 mm, left 28 mm.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 37, 35, 28, 26
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
LINE_PITCH_TWIPS = 579          # 225 mm / 22 lines = 28.99 pt
BODY_PT = 16                    # 3号
TITLE_PT = 22                   # 2号
NOTE_PT = 14                    # 4号: page numbers and the closing block
# Word counts charSpace in 1/4096 pt against the font size: 156 mm / 28 = 15.79 pt, 16 pt font.
CHAR_SPACE = round((156 / 25.4 * 72 / CHARS_PER_LINE - BODY_PT) * 4096)
# LibreOffice puts a 16 pt character into two cells of a character grid narrower than it, so a
# "linesAndChars" grid with the negative charSpace above gives 14 characters a line there
# (rendered and counted). The template therefore uses a line grid (22 lines) and condenses every
# character by 0.25 pt in the base style: 28 x 15.75 pt fits the 156 mm line in Word, WPS and
# LibreOffice alike. charSpace stays in the grid for whoever switches the grid type in Word.
GRID_TYPE = "lines"
CONDENSE_TWENTIETHS = -5

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_HEI = "黑体"
FONT_KAI = "楷体_GB2312"
FONT_SONG = "宋体"
FONT_LATIN = "Times New Roman"


@dataclass(frozen=True)
class StyleSpec:
    name: str
    east_asia: str
    size_pt: float
    bold: bool = False
    align: str = "justify"     # left | center | right | justify
    first_line_chars: float = 0
    space_before_lines: float = 0
    space_after_lines: float = 0


# The names a template must define; a secretary may restyle them in Word or WPS.
STYLES = (
    StyleSpec("公文标题", FONT_TITLE, TITLE_PT, align="center", space_after_lines=1),
    StyleSpec("发文字号", FONT_BODY, BODY_PT, align="center", space_after_lines=0.5),
    StyleSpec("公文正文", FONT_BODY, BODY_PT, first_line_chars=2),
    StyleSpec("一级标题", FONT_HEI, BODY_PT, first_line_chars=2),
    StyleSpec("二级标题", FONT_KAI, BODY_PT, first_line_chars=2),
    StyleSpec("三级标题", FONT_BODY, BODY_PT, first_line_chars=2),
    StyleSpec("出席标签", FONT_HEI, BODY_PT, align="left"),
    StyleSpec("表格文字", FONT_BODY, 12, align="center"),
    StyleSpec("版记", FONT_BODY, NOTE_PT, align="left"),
    StyleSpec("页码", FONT_SONG, NOTE_PT, align="right"),
)
STYLE_NAMES = tuple(s.name for s in STYLES)
STYLES_BY_NAME = {s.name: s for s in STYLES}
# The minutes template adds this paragraph style for the 出席/请假/列席 lines (hanging indent).
MINUTES_ATTENDANCE_STYLE = "出席名单"
