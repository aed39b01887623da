"""The statutory holiday days of any year, for years whose published schedule is not loaded.

全国年节及纪念日放假办法 as amended in 2024 (in force from 2025): 元旦 1 day (January 1), 春节 4
days (除夕 to 正月初三), 清明 1 day (the solar term), 劳动节 2 days (May 1–2), 端午 1 day (the 5th
of the 5th lunar month), 中秋 1 day (the 15th of the 8th lunar month), 国庆 3 days (October 1–3).
The lunar dates and the solar term come from ``lunar_python`` (6tail's calendar, which also knows
the lunar years without a 30th day of the 12th month, so 除夕 is the day before 正月初一).

Only the holiday days themselves are known: the State Council's yearly schedule adds bridging
days off and 调休 working Saturdays that no rule predicts, so every date computed from these is
provisional until that year's schedule is entered.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

#: Years the 2024 rules are applied to; earlier years have their published schedules.
FIRST_YEAR = 2025


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> date:
    from lunar_python import Lunar

    # The table of the lunar year starting in ``year`` holds that year's 清明 (early April).
    solar = Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"]
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[date, str]:
    """Day → holiday name for the statutory days off of ``year`` (no bridging days, no 调休)."""
    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    new_year = _lunar_to_solar(year, 1, 1)
    for offset in range(-1, 3):   # 除夕, 初一, 初二, 初三
        days[new_year + timedelta(days=offset)] = "春节"
    days[_qingming(year)] = "清明节"
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = "劳动节"
    days[_lunar_to_solar(year, 5, 5)] = "端午节"
    days[_lunar_to_solar(year, 8, 15)] = "中秋节"
    for day in (1, 2, 3):
        days.setdefault(date(year, 10, day), "国庆节")   # 中秋 may fall on October 1–3
    return days
