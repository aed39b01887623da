"""The enterprise register: GB 32100 codes, validated create/update and the list rows."""

from __future__ import annotations

import random

import pytest

from desktop.errors import ConcurrencyError, ValidationError
from desktop.services.enterprises.core import (
    EnterpriseData,
    create_enterprise,
    get_enterprise,
    list_enterprises,
    list_parks,
    update_enterprise,
)
from desktop.services.kernel.validation import USCC_ALPHABET, clean_uscc, uscc_is_valid
from tests.services.enterprise_support import codes

Y_CODE = "Y2440300MA5F00001H"


def independent_check_char(first17: str) -> str:
    """GB 32100 written again from the standard's table, not from the app's code."""
    value = {ch: i for i, ch in enumerate("0123456789ABCDEFGHJKLMNPQRTUWXY")}
    total, weight = 0, 1
    for ch in first17:
        total += value[ch] * weight
        weight = weight * 3 % 31
    check = 31 - total % 31
    return "0123456789ABCDEFGHJKLMNPQRTUWXY"[0 if check == 31 else check]


def test_the_check_agrees_with_an_independent_implementation_over_100000_codes():
    rng = random.Random(20261202)
    disagreements = []
    for _ in range(100_000):
        first17 = rng.choice("123456789ANY") + "".join(rng.choice(USCC_ALPHABET) for _ in range(16))
        last = rng.choice(USCC_ALPHABET) if rng.random() < 0.5 else independent_check_char(first17)
        code = first17 + last
        if uscc_is_valid(code) != (last == independent_check_char(first17)):
            disagreements.append(code)
    assert disagreements == []


@pytest.mark.parametrize("raw", [Y_CODE, Y_CODE.lower(), f"  {Y_CODE}\t",
                                 Y_CODE.translate({ord(c): ord(c) + 0xFEE0 for c in Y_CODE})])
def test_clean_uscc_accepts_y_codes_in_any_case_width_and_surrounding_space(raw):
    assert clean_uscc(raw) == Y_CODE


def test_clean_uscc_names_characters_outside_the_alphabet():
    with pytest.raises(ValidationError, match="不允许的字符“O”"):
        clean_uscc("91110000600O37341L")


def data(**kw) -> EnterpriseData:
    values = dict(name="北京测试科技有限公司", uscc=codes(1)[0], park="马驹桥片区", industry="软件",
                  workers=120, has_union=True, has_contract=False, contact_name="王强",
                  contact_phone="13812345678", address="北京市通州区马驹桥镇景盛南四街1号")
    values.update(kw)
    return EnterpriseData(**values)


def test_a_created_enterprise_reads_back_with_every_field(db):
    with db.transaction() as s:
        new_id = create_enterprise(s, data())
    with db.reading() as s:
        row = get_enterprise(s, new_id)
        parks = list_parks(s)
    assert (row.name, row.uscc, row.park, row.workers, row.has_union, row.has_contract, row.contact_phone) == (
        "北京测试科技有限公司", codes(1)[0], "马驹桥片区", 120, True, False, "13812345678")
    assert parks == ["马驹桥片区"]


@pytest.mark.parametrize(("change", "field"), [
    (dict(name="  "), "name"), (dict(uscc=codes(1)[0][:-1] + "0"), "uscc"), (dict(workers=-1), "workers"),
    (dict(workers=2_000_000), "workers"), (dict(contact_phone="12345"), "contact_phone"),
])
def test_an_invalid_enterprise_is_refused_naming_the_field(db, change, field):
    if change.get("uscc") == codes(1)[0]:
        pytest.skip("the changed code happens to be valid")
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        create_enterprise(s, data(**change))
    assert refused.value.field == field
    with db.reading() as s:
        assert list_enterprises(s) == []


def test_a_code_already_registered_is_refused(db):
    with db.transaction() as s:
        create_enterprise(s, data())
    with pytest.raises(ValidationError, match="已登记为企业“北京测试科技有限公司”"), db.transaction() as s:
        create_enterprise(s, data(name="另一家公司"))


def test_an_update_against_a_stale_version_is_refused(db):
    with db.transaction() as s:
        new_id = create_enterprise(s, data())
    with db.transaction() as s:
        update_enterprise(s, new_id, data(workers=130), version=1)
    with pytest.raises(ConcurrencyError), db.transaction() as s:
        update_enterprise(s, new_id, data(workers=140), version=1)
    with db.reading() as s:
        assert get_enterprise(s, new_id).workers == 130
