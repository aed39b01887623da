"""Valid credit codes and enterprise files for the register's tests."""

from __future__ import annotations

import csv
import random

import openpyxl

from desktop.services.kernel.validation import USCC_ALPHABET, uscc_check_char

HEADER = ["企业名称", "统一社会信用代码", "注册地址", "所属园区/街道", "行业", "职工人数", "是否建会",
          "是否签订集体合同", "联系人", "联系电话"]


def make_uscc(rng: random.Random, first: str = "9") -> str:
    body = first + "1" + "110302" + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    return body + uscc_check_char(body)


def codes(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        code = make_uscc(rng)
        if code not in out:
            out.append(code)
    return out


def wrong_check(code: str) -> str:
    other = next(ch for ch in "0123456789" if ch != code[-1])
    return code[:-1] + other


def write_xlsx(path, rows, header=HEADER):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("企业名录")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path, rows, encoding="utf-8-sig", header=HEADER):
    with open(path, "w", newline="", encoding=encoding) as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path
