"""Dates and numbers written the way Chinese official documents write them (GB/T 9704)."""

from __future__ import annotations

from datetime import date

CN_DIGITS = "一二三四五六七八九"


def cn_date(day: date) -> str:
    """``2026年11月24日``: Arabic numerals without leading zeros."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_num(n: int) -> str:
    """1..99 in Chinese numerals (一, 十, 十二, 二十三), for headings such as 一、 and （二）."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens - 1] + "十")
    return head + (CN_DIGITS[ones - 1] if ones else "")
