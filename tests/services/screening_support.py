"""A small register for the screening tests, and a returned sheet filled in with openpyxl."""

from __future__ import annotations

from datetime import date

import openpyxl

from desktop.services.enterprises.core import EnterpriseData, create_enterprise
from desktop.services.screenings.core import CampaignData, create_campaign
from tests.services.enterprise_support import codes

C = codes(12, seed=23)
# name, code, park, workers, union
ENTERPRISES = [
    ("北京甲科技有限公司", C[0], "马驹桥片区", 120, True),
    ("北京乙制造有限公司", C[1], "马驹桥片区", 35, False),
    ("北京丙物流有限公司", C[2], "台湖片区", 8, False),
    ("北京丁食品有限公司", C[3], "台湖片区", None, False),
    ("北京戊电子有限公司", C[4], "瀛海片区", 300, True),
    ("北京己无码商店", "", "瀛海片区", 5, False),
]
FIRST, LAST = date(2027, 1, 4), date(2027, 2, 5)


def seed_register(db) -> dict[str, int]:
    """The six enterprises above; their ids by name."""
    def work(s):
        return {name: create_enterprise(s, EnterpriseData(name, code, park=park, workers=workers,
                                                          has_union=union))
                for name, code, park, workers, union in ENTERPRISES}
    return db.run(work, "测试员")[0]


def new_campaign(db, name="2027年春节前欠薪排查", **filters) -> int:
    data = CampaignData(name, FIRST, LAST, **filters)
    return db.run(lambda s: create_campaign(s, data), "测试员")[0]


def fill_sheet(source, target, results: dict[str, list], extra_rows: list[list] = ()):
    """Fill the exported sheet's result cells by code (or by name when the row has no code)."""
    book = openpyxl.load_workbook(source)
    sheet = book.active
    for row in sheet.iter_rows(min_row=2):
        key = row[0].value or row[1].value
        for offset, value in enumerate(results.get(key, [])):
            row[2 + offset].value = value
    for extra in extra_rows:
        sheet.append(extra)
    book.save(target)
    return target
