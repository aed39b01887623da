"""Test data for the warning register: enterprises and SUGGESTED rows made directly."""

from __future__ import annotations

from desktop.models import EarlyWarning
from desktop.services.enterprises.core import EnterpriseData, create_enterprise
from tests.services.enterprise_support import codes

C = codes(10, seed=23)
ENTERPRISES = (("北京甲科技有限公司", "马驹桥片区", 120), ("北京乙制造有限公司", "台湖片区", 35),
               ("北京丙物流有限公司", "马驹桥片区", 8))


def add_enterprises(session) -> list[int]:
    return [create_enterprise(session, EnterpriseData(name, C[i], f"景盛南{i + 1}街", park, workers=w))
            for i, (name, park, w) in enumerate(ENTERPRISES)]


def add_suggestion(session, enterprise_id: int, level: str = "orange", category: str = "arrears",
                   reason: str = "欠薪1.5个月，在1至2个月之间。", workers: int | None = 25,
                   drill: bool = False) -> int:
    warning = EarlyWarning(enterprise_id=enterprise_id, category=category, status="suggested",
                           level=level, suggested_level=level, reason=reason, workers_affected=workers,
                           scope="全体一线职工", watch="工资发放情况", measures="约谈企业负责人", drill=drill)
    session.add(warning)
    session.flush()
    return warning.id


def suggested(db, level: str = "orange", enterprise: int = 0, **kwargs) -> int:
    """A fresh enterprise set (first call) and one suggestion; returns the warning's id."""
    def work(s):
        from desktop.models import Enterprise

        ids = [e.id for e in s.query(Enterprise).order_by(Enterprise.id)] or add_enterprises(s)
        return add_suggestion(s, ids[enterprise], level, **kwargs)
    return db.run(work, "测试员")[0]
