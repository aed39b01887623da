"""Hostile pieces shared by the suites: text with controls and bidi overrides, mutations of
valid files (truncation, binary junk, a megabyte line)."""

from __future__ import annotations

from hypothesis import strategies as st

CONTROLS = ["\x00", "\x1b[31m", "\x1b]0;title\x07", "\u202e", "\u2066", "\x7f", "\x08", "\ufeff",
            "\r", "\n", "\t", "\ufffe", "\x85", "\u2028"]
WORDS = ["劳资", "协商", "会议", "工资", "企业", "调解", "园区", "工会", "A", "b", "1", " ", "　",
         ",", ";", ":", '"', "\\", "=", "'", "<", "&", "%s", "{}", "{name}", "𠀀", "é", "\u0301"]
CJK_NAME = st.text(st.sampled_from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗建国秀梅志强丽华"), min_size=1, max_size=4)


@st.composite
def hostile_text(draw, max_pieces: int = 12) -> str:
    """Text a person or another program might put in a cell or a property."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(CONTROLS),
                                     st.text(max_size=6)), max_size=max_pieces))
    return "".join(pieces)


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """``data`` truncated, with junk bytes spliced in, or a span deleted or doubled."""
    kind = draw(st.sampled_from(["truncate", "junk", "delete", "double", "flip", "same"]))
    if not data or kind == "same":
        return data
    at = draw(st.integers(0, len(data) - 1))
    if kind == "truncate":
        return data[:at]
    if kind == "junk":
        return data[:at] + draw(st.binary(min_size=1, max_size=32)) + data[at:]
    end = draw(st.integers(at, min(len(data), at + 64)))
    if kind == "delete":
        return data[:at] + data[end:]
    if kind == "double":
        return data[:end] + data[at:]
    return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
