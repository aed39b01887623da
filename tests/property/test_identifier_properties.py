"""Identifiers and dates (issue 15): every checker takes any text and answers with a clean value
or a Chinese ValidationError; never another exception, never a value it should have refused."""

from __future__ import annotations

import argparse
import string
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.cli.common import iso_date, record_id
from desktop.errors import ValidationError
from desktop.services.kernel import validation as v
from desktop.services.kernel.timeutil import check_supported, in_supported_range, parse_local
from desktop.text import has_controls
from tests.property.strategies import hostile_text
from tests.property.support import assert_clear, examples, within

ANY_TEXT = st.one_of(st.text(max_size=40), hostile_text(), st.text(string.digits + "-+() Xx", max_size=25))
MANY = settings(max_examples=examples(100))


def checked(clean, value):
    """``clean(value)``, or None after checking the refusal is clear."""
    try:
        return clean(value)
    except ValidationError as exc:
        assert_clear(exc)
        return None


@st.composite
def valid_uscc(draw) -> str:
    first17 = "".join(draw(st.lists(st.sampled_from(v.USCC_ALPHABET), min_size=17, max_size=17)))
    return first17 + v.uscc_check_char(first17)


@st.composite
def valid_id_number(draw) -> str:
    first17 = "".join(draw(st.lists(st.sampled_from(string.digits), min_size=17, max_size=17)))
    total = sum(int(d) * w for d, w in zip(first17, v._ID_WEIGHTS))
    check = (12 - total % 11) % 11
    return first17 + ("X" if check == 10 else str(check))


@MANY
@given(ANY_TEXT)
@example("９１１１０１０８ＭＡ０１ＡＢＣＤ２Ｅ")
@example("\x1b[31m9111\u202e")  # echoed raw in the refusal before printable()
def test_a_credit_code_is_clean_and_valid_or_refused(text):
    code = checked(v.clean_uscc, text)
    if code is not None:
        assert code.isascii() and len(code) == 18 and v.uscc_is_valid(code)


@MANY
@given(valid_uscc(), st.integers(0, 17), st.sampled_from(v.USCC_ALPHABET))
def test_a_credit_code_with_one_character_changed_is_refused(code, at, ch):
    changed = code[:at] + ch + code[at + 1:]
    assert v.uscc_is_valid(changed) == (changed == code)
    assert v.clean_uscc(code.lower()) == code


@MANY
@given(valid_id_number(), st.integers(0, 17), st.sampled_from(string.digits + "X"))
def test_an_id_number_with_one_character_changed_is_refused(number, at, ch):
    changed = number[:at] + ch + number[at + 1:]
    assert v.id_number_is_valid(changed) == (changed == number)
    masked = v.mask_id_number(number)
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:] and "*" * 8 in masked


@MANY
@given(ANY_TEXT)
@example("１１０１０１１９９００３０７６６７Ｘ")
@example("11010119900307٦٦٧X")
def test_an_id_number_is_valid_only_in_ascii_digits(text):
    if v.id_number_is_valid(text):
        assert text.isascii() and len(text) == 18


@MANY
@given(ANY_TEXT)
@example("13٨12345678")
@example("１３８１２３４５６７８")
@example("13812345678\n")
def test_a_phone_is_ascii_digits_or_refused_and_masks_without_leaking(text):
    phone = checked(v.clean_phone, text)
    if phone:
        assert phone.isascii() and not any(ch.isspace() for ch in phone)
        masked = v.mask_phone(phone)
        assert len(masked) == len(phone) and sum(ch.isdigit() for ch in masked) <= 7
    assert isinstance(v.mask_phone(text), str)


@MANY
@given(st.one_of(ANY_TEXT, st.emails().map(str)))
@example("wang@例子.中国")
@example("a@b.cn\n")
@example("\x1b]0;x\x07@b.cn")  # echoed raw in the refusal before printable()
def test_an_email_is_plain_ascii_or_refused(text):
    email = checked(v.clean_email, text)
    if email:
        assert email.isascii() and len(email) <= 200 and email == email.strip() and "@" in email


@pytest.mark.parametrize("text", ["a" * 100_000 + "@", "a@" + "a." * 50_000, "a@" + "a-" * 50_000 + "!"])
def test_a_long_hostile_email_is_refused_at_once(text):
    with within(0.5, "a hostile e-mail"):
        assert checked(v.clean_email, text) is None


@MANY
@given(st.one_of(ANY_TEXT, st.dates().map(date.isoformat)))
@example("9999-12-31")
@example("２０２６-０３-０１")
def test_a_date_argument_is_in_range_or_a_usage_error(text):
    try:
        day = iso_date(text)
    except argparse.ArgumentTypeError as exc:
        assert "日期" in str(exc)
        return
    assert in_supported_range(day)


@MANY
@given(st.one_of(ANY_TEXT, st.integers().map(str)))
@example(str(10**30))
@example(str(2**31))  # PostgreSQL's INTEGER ends at 2^31-1: a larger id was an internal DataError
@example("١٢")
def test_an_id_argument_is_a_database_integer_or_a_usage_error(text):
    try:
        value = record_id(text)
    except argparse.ArgumentTypeError as exc:
        assert "编号应为" in str(exc)
        return
    assert 1 <= value <= 2**31 - 1


@MANY
@given(st.datetimes(timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=14)),
                                               timezone(timedelta(hours=-12))])) | st.dates())
def test_any_date_or_moment_is_checked_against_the_range_without_overflow(value):
    inside = in_supported_range(value)
    if not inside:
        with pytest.raises(ValidationError) as caught:
            check_supported(value)
        assert "1990-01-01 至 2100-12-31" in str(caught.value)


@MANY
@given(ANY_TEXT)
def test_a_local_time_is_parsed_or_a_value_error(text):
    try:
        moment = parse_local(text)
    except ValueError:
        return
    assert isinstance(moment, datetime) and moment.tzinfo is not None


@MANY
@given(st.one_of(ANY_TEXT, st.text(alphabet="\x00\x1b[\u202e\u2028abc", max_size=30)))
def test_printable_text_is_one_line_without_controls(text):
    shown = v.printable(text)
    assert not has_controls(shown) and "\n" not in shown and "\u2028" not in shown
    assert v.printable(shown) == shown
