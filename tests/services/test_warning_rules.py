"""The default suggestion rule at every boundary, its reasons in words, and its settings file."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop.errors import ValidationError
from desktop.models import WarningCategory, WarningLevel
from desktop.services.warnings.rules import Result, suggest
from desktop.services.warnings.settings import (
    RuleSettings,
    load_rule_settings,
    save_rule_settings,
    settings_path,
)

RED, ORANGE, YELLOW, BLUE = WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE


def level(**result) -> WarningLevel | None:
    found = suggest(Result(**result))
    return found.level if found else None


@pytest.mark.parametrize(("months", "expected"), [
    ("0", None), ("0.01", YELLOW), ("0.99", YELLOW), ("1.0", ORANGE), ("1.5", ORANGE), ("2.0", ORANGE),
    ("2.01", RED), ("6", RED),
])
def test_arrears_months_grade_the_warning(months, expected):
    assert level(arrears_months=Decimal(months)) == expected


@pytest.mark.parametrize(("affected", "expected"), [(0, None), (9, None), (10, YELLOW), (300, YELLOW)])
def test_ten_or_more_workers_affected_is_at_least_yellow(affected, expected):
    assert level(workers_affected=affected) == expected


def test_workers_affected_do_not_lower_a_red_or_orange():
    assert level(arrears_months=Decimal(3), workers_affected=50) == RED
    assert level(arrears_months=Decimal(1), workers_affected=50) == ORANGE


@pytest.mark.parametrize(("layoffs", "workers", "expected"), [
    (19, None, None), (20, None, YELLOW), (19, 1000, None), (20, 1000, YELLOW),
    (9, 100, None), (10, 100, YELLOW), (10, 101, None), (5, 40, YELLOW),
])
def test_layoffs_of_twenty_or_of_ten_percent_are_at_least_yellow(layoffs, workers, expected):
    assert level(planned_layoffs=layoffs, workers=workers) == expected


def test_social_insurance_arrears_alone_are_blue_and_never_lower_another_level():
    assert level(insurance_months=Decimal("0.5")) == BLUE
    assert level(insurance_months=Decimal(0)) is None
    assert level(insurance_months=Decimal(4), arrears_months=Decimal("0.5")) == YELLOW


def test_nothing_found_suggests_nothing():
    assert suggest(Result(arrears_months=Decimal(0), workers_affected=0, insurance_months=Decimal(0),
                          planned_layoffs=0, workers=200)) is None
    assert suggest(Result()) is None


def test_the_reason_says_every_trigger_in_words_and_the_category_follows_the_gravest():
    found = suggest(Result(arrears_months=Decimal("2.5"), workers_affected=36, insurance_months=Decimal(3),
                           planned_layoffs=25, workers=120))
    assert found.level is RED and found.category is WarningCategory.ARREARS
    assert found.reason == ("欠薪2.5个月，超过2个月；拟裁减25人，达到20人（劳动合同法第四十一条）；"
                            "涉及职工36人，达到10人；社保欠缴3个月。")
    share = suggest(Result(planned_layoffs=12, workers=100))
    assert share.category is WarningCategory.LAYOFFS
    assert "占职工总数100人的12%，达到10%" in share.reason
    assert suggest(Result(insurance_months=Decimal(2))).category is WarningCategory.INSURANCE


def test_changed_thresholds_change_the_grades():
    rules = RuleSettings(red_over_months=Decimal(3), orange_from_months=Decimal("0.5"), workers_yellow=30)
    assert suggest(Result(arrears_months=Decimal("2.5")), rules).level is ORANGE
    assert suggest(Result(arrears_months=Decimal("0.5")), rules).level is ORANGE
    assert suggest(Result(workers_affected=29), rules) is None


def test_the_settings_are_saved_and_read_back(tmp_path):
    assert load_rule_settings() == RuleSettings()
    saved = save_rule_settings(RuleSettings(red_over_months=Decimal("2.5"), workers_yellow=20, expiry_days=60))
    assert load_rule_settings() == saved
    assert json.loads(settings_path().read_text(encoding="utf-8"))["red_over_months"] == "2.5"


def test_bad_thresholds_are_refused_and_a_damaged_file_gives_the_defaults():
    with pytest.raises(ValidationError) as caught:
        save_rule_settings(RuleSettings(orange_from_months=Decimal(3)))
    assert caught.value.field == "orange_from_months"
    with pytest.raises(ValidationError):
        save_rule_settings(RuleSettings(workers_yellow=0))
    assert not settings_path().exists()
    settings_path().write_text('{"red_over_months": "abc", "workers_yellow": -4, "layoffs_yellow": 15}',
                               encoding="utf-8")
    assert load_rule_settings() == RuleSettings(layoffs_yellow=15)
    settings_path().write_text("[not json", encoding="utf-8")
    assert load_rule_settings() == RuleSettings()
