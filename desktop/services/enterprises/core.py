"""Enterprises: validated create/update, plain frozen rows out (phones are masked by the views)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Enterprise
from desktop.services.kernel.records import check_version, get_or_refuse
from desktop.services.kernel.validation import (
    clean_phone,
    clean_required,
    clean_uscc,
    normalise_uscc,
    printable,
)

MAX_WORKERS = 1_000_000   # more than any enterprise of a zone: a larger count is a typing slip


@dataclass(frozen=True)
class EnterpriseData:
    """What a form or an import row says of an enterprise (text as typed)."""

    name: str
    uscc: str = ""
    address: str = ""
    park: str = ""
    industry: str = ""
    workers: int | None = None
    has_union: bool = False
    has_contract: bool = False
    contact_name: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class EnterpriseRow:
    """One enterprise as the register shows it; ``contact_phone`` is the full number."""

    id: int
    name: str
    uscc: str
    address: str
    park: str
    industry: str
    workers: int | None
    has_union: bool
    has_contract: bool
    contact_name: str
    contact_phone: str
    version: int


def clean_workers(value: int | None, field: str = "workers") -> int | None:
    """A head count from 0 to ``MAX_WORKERS``; None when not known."""
    if value is None:
        return None
    if not 0 <= value <= MAX_WORKERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "职工人数“{value}”不合理：应为0到{max}之间的整数。"),
            field=field, value=value, max=MAX_WORKERS,
        )
    return value


def clean_enterprise(data: EnterpriseData) -> dict:
    """Validated column values; raises ValidationError naming the field."""
    return {
        "name": clean_required(data.name, QT_TRANSLATE_NOOP("Labels", "企业名称"), "name"),
        "uscc": clean_uscc(data.uscc),
        "address": " ".join(data.address.split())[:300],
        "park": " ".join(data.park.split())[:100],
        "industry": " ".join(data.industry.split())[:100],
        "employees": clean_workers(data.workers),
        "has_union": bool(data.has_union),
        "has_contract": bool(data.has_contract),
        "contact_name": " ".join(data.contact_name.split())[:100],
        "contact_phone": clean_phone(data.contact_phone, "contact_phone"),
    }


def _check_unique(session: Session, uscc: str | None, exclude_id: int | None = None) -> None:
    if uscc is None:
        return
    query = select(Enterprise.id, Enterprise.name).where(Enterprise.uscc == uscc)
    if exclude_id is not None:
        query = query.where(Enterprise.id != exclude_id)
    other = session.execute(query).first()
    if other is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”已登记为企业“{name}”。"),
            field="uscc", value=uscc, name=other.name,
        )


def create_enterprise(session: Session, data: EnterpriseData) -> int:
    values = clean_enterprise(data)
    _check_unique(session, values["uscc"])
    enterprise = Enterprise(**values)
    session.add(enterprise)
    session.flush()
    return enterprise.id


def update_enterprise(session: Session, enterprise_id: int, data: EnterpriseData,
                      version: int | None = None) -> None:
    enterprise = get_or_refuse(session, Enterprise, enterprise_id)
    check_version(enterprise, version)
    values = clean_enterprise(data)
    _check_unique(session, values["uscc"], exclude_id=enterprise_id)
    for key, value in values.items():
        setattr(enterprise, key, value)
    session.flush()


_COLUMNS = (Enterprise.id, Enterprise.name, Enterprise.uscc, Enterprise.address, Enterprise.park,
            Enterprise.industry, Enterprise.employees, Enterprise.has_union, Enterprise.has_contract,
            Enterprise.contact_name, Enterprise.contact_phone, Enterprise.version)


def _row(r) -> EnterpriseRow:
    return EnterpriseRow(r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], bool(r[7]), bool(r[8]),
                         r[9], r[10], r[11])


def list_enterprises(session: Session, *, park: str | None = None) -> list[EnterpriseRow]:
    """Every enterprise (or those of one park) by name; plain columns, no ORM objects."""
    query = select(*_COLUMNS).order_by(Enterprise.name, Enterprise.id)
    if park is not None:
        query = query.where(Enterprise.park == park)
    return [_row(r) for r in session.execute(query)]


def get_enterprise(session: Session, enterprise_id: int) -> EnterpriseRow:
    """One enterprise (企业档案); NotFoundError when it is gone."""
    get_or_refuse(session, Enterprise, enterprise_id)
    return _row(session.execute(select(*_COLUMNS).where(Enterprise.id == enterprise_id)).one())


def list_parks(session: Session) -> list[str]:
    """The parks or streets the register names, in order."""
    query = select(Enterprise.park).where(Enterprise.park != "").distinct().order_by(Enterprise.park)
    return list(session.scalars(query))


def enterprise_id_by_uscc(session: Session, uscc: str) -> int:
    """The id of the enterprise with this 统一社会信用代码; refused when none is registered."""
    code = normalise_uscc(uscc)
    found = session.scalar(select(Enterprise.id).where(Enterprise.uscc == code))
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "企业名录中没有统一社会信用代码为“{value}”的企业，请先登记该企业。"),
            field="uscc", value=printable(code, 30))
    return found
