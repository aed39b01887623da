"""The minutes template (issue 15): a .docx that is damaged, lacks placeholders, splits them over
runs, hides them in tables or unpacks to a zip bomb ends in the filled minutes or a Chinese
refusal naming what is wrong; hostile text in the minutes never breaks the .docx."""

from __future__ import annotations

import io
import itertools
import zipfile

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.errors import UserError
from desktop.exports.minutes_docx import PLACEHOLDERS, default_template, render_minutes_docx
from tests.exports.test_minutes_docx import content
from tests.property.strategies import hostile_text, mutated
from tests.property.support import assert_clear, examples, outcome, within
from tests.property.table_strategies import xml_safe, zip_bomb

_files = itertools.count()
TEMPLATE = default_template().read_bytes()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("templates")


def save(folder, raw: bytes):
    path = folder / f"t{next(_files)}.docx"
    path.write_bytes(raw)
    return path


def render(path, minutes=None):
    """The filled .docx read back by python-docx, or the clear refusal."""
    result, refusal = outcome(lambda: render_minutes_docx(minutes or content(), path))
    if result is not None:
        Document(io.BytesIO(result))
    return refusal


@st.composite
def template(draw) -> tuple[bytes, set[str]]:
    """The shipped template's styles with a body of our own: some placeholders (maybe split over
    runs, maybe in a table cell), unknown ones, stray braces; and the names left out."""
    doc = Document(io.BytesIO(TEMPLATE))
    body = doc.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    names = draw(st.lists(st.sampled_from(PLACEHOLDERS), unique=True, max_size=len(PLACEHOLDERS)))
    if draw(st.booleans()):
        names = list(PLACEHOLDERS)
    table = doc.add_table(rows=1, cols=1) if draw(st.booleans()) else None
    strays = draw(st.lists(st.sampled_from(["未知", "{{", "}}", "{正文}", "{{}}"]), max_size=2))
    for name in names + strays:
        pad = " " if draw(st.booleans()) else ""  # {{ 标题 }} counts as {{标题}}
        text = f"{{{{{pad}{name}{pad}}}}}" if name in PLACEHOLDERS else name
        para = (table.cell(0, 0).add_paragraph() if table is not None and name not in ("正文",)
                and draw(st.booleans()) else doc.add_paragraph())
        cut = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
        for a, b in zip([0, *cut], [*cut, len(text)]):
            para.add_run(text[a:b])
        if draw(st.booleans()):
            para.add_run(xml_safe(draw(hostile_text(3))))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), set(PLACEHOLDERS) - set(names)


@settings(max_examples=examples(60))
@given(data=st.data())
def test_a_damaged_template_fills_or_is_refused_clearly(folder, data):
    render(save(folder, data.draw(mutated(TEMPLATE))))


@settings(max_examples=examples(40))
@given(made=template())
def test_a_template_fills_exactly_when_it_has_every_placeholder(folder, made):
    raw, missing = made
    refusal = render(save(folder, raw))
    if missing:
        assert refusal is not None and all(f"{{{{{n}}}}}" in str(refusal) for n in missing), refusal
    else:
        assert refusal is None


@settings(max_examples=examples(30))
@given(title=hostile_text(), intro=hostile_text(), cc=hostile_text())
def test_hostile_text_in_the_minutes_never_breaks_the_docx(title, intro, cc):
    assert render(default_template(), content(title=title or "纪要", intro=intro, cc=cc)) is None


def test_a_template_that_is_a_zip_bomb_is_refused_unread(folder):
    bomb = zip_bomb(folder / "bomb.docx", unpacked_mb=120, base=TEMPLATE, member="word/document.xml")
    with within(2, "refusing a zip bomb template"), pytest.raises(UserError) as caught:
        render_minutes_docx(content(), bomb)
    assert_clear(caught.value)
    assert "超过 100 MB 的上限" in str(caught.value)


def test_a_text_file_named_docx_is_refused_naming_the_template(folder):
    path = save(folder, "{{标题}}\n".encode())
    with pytest.raises(UserError) as caught:
        render_minutes_docx(content(), path)
    assert "无法打开纪要模板" in str(caught.value)


def test_a_template_zip_without_a_document_is_refused(folder):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert render(save(folder, out.getvalue())) is not None


def test_a_nul_or_escape_in_the_minutes_text_is_left_out_of_the_docx():
    data = render_minutes_docx(content(title="纪要\x00标题", intro="会议\x1b[31m认为"), default_template())
    texts = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert "纪要标题" in texts and any("会议认为" in t for t in texts)
