"""Identifiers and contact details: GB 32100, GB 11643, phone and e-mail checks, masking."""

from __future__ import annotations

import pytest

from desktop.errors import ValidationError
from desktop.services.kernel.validation import (
    clean_email,
    clean_phone,
    clean_uscc,
    id_number_is_valid,
    mask_id_number,
    mask_phone,
    uscc_is_valid,
)

VALID_USCC = "91110000600037341L"  # the example DOMAIN.md gives
# Computed by hand from GB 32100's weights (3^(i-1) mod 31); python-stdnum wrongly rejects "Y…".
VALID_Y_USCC = "Y2440300MA5F00001H"
VALID_ID = "11010519491231002X"  # the worked example of GB 11643, check character X
VALID_ID_DIGIT = "440524188001010014"


def test_uscc_example_is_valid():
    assert uscc_is_valid(VALID_USCC)


@pytest.mark.parametrize("position", range(18))
def test_uscc_with_any_one_character_changed_is_invalid(position):
    original = VALID_USCC[position]
    replacement = "3" if original != "3" else "4"
    changed = VALID_USCC[:position] + replacement + VALID_USCC[position + 1:]
    assert not uscc_is_valid(changed)


def test_uscc_starting_with_y_is_valid_when_its_check_character_is_right():
    assert uscc_is_valid(VALID_Y_USCC)
    assert not uscc_is_valid(VALID_Y_USCC[:-1] + "J")


@pytest.mark.parametrize("code", [
    "91110000600037341",      # 17 characters
    "91110000600037341LL",    # 19 characters
    "9111000060003734IL",     # I is not in the GB 32100 alphabet
    "91110000600037341l",     # lower case is not a code (clean_uscc upper-cases input first)
])
def test_uscc_of_wrong_length_or_alphabet_is_invalid(code):
    assert not uscc_is_valid(code)


def test_clean_uscc_upper_cases_and_accepts_empty():
    assert clean_uscc(" 91110000600037341l ") == VALID_USCC
    assert clean_uscc("") is None


def test_clean_uscc_names_the_length_or_the_check_character():
    with pytest.raises(ValidationError, match="应为18位，现为17位") as short:
        clean_uscc(VALID_USCC[:-1])
    assert short.value.field == "uscc"
    with pytest.raises(ValidationError, match="校验位不正确"):
        clean_uscc(VALID_USCC[:-1] + "M")


@pytest.mark.parametrize("number", [VALID_ID, VALID_ID_DIGIT])
def test_id_number_with_right_check_character_is_valid(number):
    assert id_number_is_valid(number)


@pytest.mark.parametrize("number", [
    "110105194912310021",   # check character should be X
    "440524188001010015",   # last digit changed
    "44052418800101001",    # 17 characters
    "11010519491231002x",   # lower-case x is not the standard's X
    "A40524188001010014",
])
def test_id_number_with_wrong_check_length_or_characters_is_invalid(number):
    assert not id_number_is_valid(number)


@pytest.mark.parametrize(("given", "stored"), [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("010-67881234", "010-67881234"),
    ("0755-8888888-123", "0755-8888888-123"),
    ("400-810-8888", "400-810-8888"),
    ("", ""),
])
def test_phone_numbers_offices_write_are_accepted(given, stored):
    assert clean_phone(given) == stored


@pytest.mark.parametrize("bad", ["123", "12812345678", "1381234567", "138123456789", "电话", "010-12"])
def test_malformed_phone_is_refused_with_a_clear_message(bad):
    with pytest.raises(ValidationError, match="电话号码.*格式不正确") as caught:
        clean_phone(bad)
    assert caught.value.field == "phone"


@pytest.mark.parametrize("good", ["name@example.cn", "li.fang+union@mail.zone.gov.cn", ""])
def test_email_is_accepted(good):
    assert clean_email(good) == good


@pytest.mark.parametrize("bad", ["no-at.example.cn", "a@b", "a b@example.cn", "@example.cn", "a@-x.cn"])
def test_malformed_email_is_refused_with_a_clear_message(bad):
    with pytest.raises(ValidationError, match="电子邮箱.*格式不正确") as caught:
        clean_email(bad)
    assert caught.value.field == "email"


def test_mobile_number_is_masked_keeping_first_three_and_last_four():
    assert mask_phone("13812345678") == "138****5678"


def test_landline_is_masked_keeping_last_four():
    assert mask_phone("010-67881234") == "010-****1234"
    assert mask_phone("") == ""


def test_id_number_is_masked_keeping_first_six_and_last_four():
    assert mask_id_number(VALID_ID) == "110105********002X"
    assert len(mask_id_number(VALID_ID)) == 18
