"""Contacts and their organisations from a table: a plan that writes nothing, then one apply.

A person is the same person when the name and the organisation match, whether the earlier
record is in the database or higher up in the file. An update only fills in: a non-empty
title, phone or e-mail in the file replaces the stored one, notes are written only where there
were none, and an empty cell never erases anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Organisation, OrgKind, Person
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.directory.core import (
    ORG_KIND_LABELS,
    OrganisationData,
    PersonData,
    clean_organisation,
    clean_person,
    find_organisation_id,
)
from desktop.services.importing.phones import clean_import_phone, mobile_columns, phone_column
from desktop.services.importing.plan import (
    Action,
    ImportPlan,
    ImportRefused,
    Message,
    NewOrganisation,
    PlannedRow,
)
from desktop.services.importing.tables import (
    READING,
    Header,
    ImportFileError,
    Table,
    find_header,
    first_labels,
    read_table,
    stepped,
)
from desktop.services.kernel.validation import (
    clean_email,
    clean_required,
    clean_uscc,
)

PEOPLE_COLUMNS = {
    "name": ("姓名", "名字", "联系人", "联系人姓名", "name", "full name"),
    "organisation": ("单位", "单位名称", "工作单位", "所在单位", "单位全称", "组织",
                     "organisation", "organization", "company"),
    "title": ("职务", "职位", "title", "job title", "position"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "办公电话", "电话号码", "移动电话",
              "phone", "mobile", "tel", "telephone"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail"),
    "notes": ("备注", "说明", "notes", "note", "remarks"),
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码", "uscc"),
    "kind": ("单位类别", "类别", "单位类型", "kind"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Labels", "职务"),
    "phone": QT_TRANSLATE_NOOP("Labels", "电话"),
    "email": QT_TRANSLATE_NOOP("Labels", "邮箱"),
    "notes": QT_TRANSLATE_NOOP("Labels", "备注"),
}
_REPLACED = ("title", "phone", "email")
_KINDS = {**{label: kind for kind, label in ORG_KIND_LABELS.items()}, **{k: k for k in ORG_KIND_LABELS}}
_SPACE_IN_CJK_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def load_people_table(path: str | Path) -> Table:
    """Read the file and check it has a 姓名 column; raises ImportFileError with the reason."""
    table = read_table(path)
    _people_header(table)
    return table


def plan_people_import(session: Session, source: str | Path | Table,
                       progress: Progress = NO_PROGRESS) -> ImportPlan:
    """What importing ``source`` would do, row by row; writes nothing."""
    progress.step(text=READING)
    table = source if isinstance(source, Table) else read_table(source)
    header = _people_header(table)
    planner = _Planner(session)
    mobiles = mobile_columns(table, header)
    rows = tuple(
        planner.plan(number, {f: _cell(cells, idx) for f, idx in header.columns.items()},
                     mobile_only=phone_column(cells, header) in mobiles)
        for number, cells in stepped(table.rows, progress)
        if number > header.row
    )
    return ImportPlan(
        source=table.path, sheet=table.sheet, header_row=header.row, columns=header.labels,
        ignored_columns=header.ignored, rows=rows, new_organisations=planner.new_organisations(),
    )


def ensure_plan_current(session: Session, plan: ImportPlan, progress: Progress = NO_PROGRESS) -> None:
    """Refuse a preview that no longer matches the file and the database."""
    fresh = plan_people_import(session, plan.source, progress)
    if fresh.rows != plan.rows or fresh.new_organisations != plan.new_organisations:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "文件或数据库在预览之后有变化，请重新预览后再导入。"))


def _people_header(table: Table) -> Header:
    header = find_header(table, PEOPLE_COLUMNS)
    if header is None or "name" not in header.columns:
        found = header.labels if header else first_labels(table)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "文件“{name}”的前10行中没有“姓名”列（也可写作 名字、联系人、name），"
                                      "无法导入。找到的列：{found}"),
            name=table.name, found="、".join(found) or "（无）",
        )
    return header


def _cell(cells: tuple[str, ...], indexes: tuple[int, ...]) -> str:
    """The first non-empty cell among the columns that hold one field (手机, then 办公电话…)."""
    return next((cells[i] for i in indexes if i < len(cells) and cells[i]), "")


def _kind(text: str) -> str | None:
    text = " ".join(text.split())
    if not text:
        return None
    kind = _KINDS.get(text) or _KINDS.get(text.lower())
    if kind is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "未知的单位类别“{value}”：可填 {choices}。"),
            field="kind", value=text, choices="、".join(ORG_KIND_LABELS.values()),
        )
    return kind


def _name_variants(name: str) -> list[str]:
    full = name.replace("(", "（").replace(")", "）")
    half = name.replace("（", "(").replace("）", ")")
    return list(dict.fromkeys((name, full, half)))


class _Problems(ValidationError):
    """Several problems of one row at once."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors[0].template, errors[0].field, **errors[0].params)
        self.errors = errors


def _collect(errors: list[ValidationError], check):
    """``check()``'s value, or None with its problems added to ``errors``."""
    try:
        return check()
    except _Problems as exc:
        errors.extend(exc.errors)
    except ValidationError as exc:
        errors.append(exc)
    return None


@dataclass(frozen=True)
class _OrgRef:
    key: tuple | None
    id: int | None
    name: str
    proposal: NewOrganisation | None = None


@dataclass
class _Seen:
    row: int
    values: dict
    person_id: int | None
    version: int | None


class _Planner:
    """Decides each row in file order, remembering organisations and people met so far."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._orgs: dict[str, tuple[int, str] | None] = {}
        self._new: dict[str, NewOrganisation] = {}
        self._given_kind: set[str] = set()
        self._seen: dict[tuple, _Seen] = {}

    def new_organisations(self) -> tuple[NewOrganisation, ...]:
        return tuple(self._new.values())

    def plan(self, number: int, raw: dict[str, str], *, mobile_only: bool = False) -> PlannedRow:
        """The row's action; a rejected row names every problem it has, in column order."""
        errors: list[ValidationError] = []
        values = _collect(errors, lambda: self._person_values(raw, mobile_only))
        org = _collect(errors, lambda: self._organisation(number, raw))
        row = _collect(errors, lambda: self._decide(number, values, org)) if not errors else None
        if errors:
            return PlannedRow(
                number, Action.REJECT, raw.get("name", ""), raw.get("organisation", ""),
                raw.get("title", ""), raw.get("phone", ""), raw.get("email", ""),
                raw.get("notes", ""), reason=Message.of_all(errors),
            )
        if org.proposal is not None:
            self._accept_organisation(org.proposal, bool(raw.get("kind")))
        return row

    def _person_values(self, raw: dict[str, str], mobile_only: bool) -> dict:
        errors: list[ValidationError] = []
        name = _SPACE_IN_CJK_NAME.sub("", raw.get("name", ""))
        _collect(errors, lambda: clean_required(name, QT_TRANSLATE_NOOP("Labels", "姓名"), "name", 100))
        phone = _collect(errors, lambda: clean_import_phone(raw.get("phone", ""), mobile_only))
        _collect(errors, lambda: clean_email(raw.get("email", "")))
        if errors:
            raise _Problems(errors)
        data = PersonData(name=name, title=raw.get("title", ""), phone=phone,
                          email=raw.get("email", ""), notes=raw.get("notes", ""))
        values = clean_person(self.session, data)
        del values["organisation_id"]
        return values

    def _organisation(self, number: int, raw: dict[str, str]) -> _OrgRef:
        name = " ".join(raw.get("organisation", "").split())
        if not name:
            return _OrgRef(None, None, "")
        existing = self._existing(name)
        if existing is not None:
            return _OrgRef(("id", existing[0]), existing[0], existing[1])
        name = next((v for v in _name_variants(name) if v in self._new), name)
        errors: list[ValidationError] = []
        uscc = _collect(errors, lambda: clean_uscc(raw.get("uscc", "")))
        kind = _collect(errors, lambda: _kind(raw.get("kind", "")))
        if errors:
            raise _Problems(errors)
        if uscc:
            owner = self.session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.uscc == uscc)
            ).first()
            if owner is not None:
                return _OrgRef(("id", owner.id), owner.id, owner.name)
        proposal = self._merge_organisation(NewOrganisation(name, kind or OrgKind.OTHER.value, uscc, number),
                                            kind_given=kind is not None)
        clean_organisation(OrganisationData(proposal.name, proposal.kind, uscc=proposal.uscc or ""))
        return _OrgRef(("new", name), None, name, proposal)

    def _existing(self, name: str) -> tuple[int, str] | None:
        if name not in self._orgs:
            found = None
            for variant in _name_variants(name):
                org_id = find_organisation_id(self.session, variant)
                if org_id is not None:
                    found = (org_id, self.session.get(Organisation, org_id).name)
                    break
            self._orgs[name] = found
        return self._orgs[name]

    def _merge_organisation(self, new: NewOrganisation, *, kind_given: bool) -> NewOrganisation:
        """The new organisation with what earlier rows said of it; conflicts reject the row."""
        if new.uscc:
            other = next((o for o in self._new.values() if o.uscc == new.uscc and o.name != new.name), None)
            if other is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "统一社会信用代码“{value}”已用于第{row}行的单位“{other}”。"),
                    field="uscc", value=new.uscc, row=other.row, other=other.name,
                )
        earlier = self._new.get(new.name)
        if earlier is None:
            return new
        if kind_given and new.name in self._given_kind and earlier.kind != new.kind:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "单位“{name}”的类别与第{row}行填写的不一致。"),
                field="kind", name=new.name, row=earlier.row,
            )
        if new.uscc and earlier.uscc and earlier.uscc != new.uscc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "单位“{name}”的统一社会信用代码与第{row}行填写的不一致。"),
                field="uscc", name=new.name, row=earlier.row,
            )
        kind = new.kind if kind_given and new.name not in self._given_kind else earlier.kind
        return replace(earlier, kind=kind, uscc=earlier.uscc or new.uscc)

    def _accept_organisation(self, proposal: NewOrganisation, kind_given: bool) -> None:
        self._new[proposal.name] = proposal
        if kind_given:
            self._given_kind.add(proposal.name)

    def _decide(self, number: int, values: dict, org: _OrgRef) -> PlannedRow:
        key = (org.key, values["name"])
        seen = self._seen.get(key) or self._from_database(values["name"], org)
        base = PlannedRow(number, Action.NEW, organisation=org.name, organisation_id=org.id,
                          organisation_is_new=org.proposal is not None, **values)
        if seen is None:
            self._seen[key] = _Seen(number, values, None, None)
            return base
        merged, changes = _merge(seen.values, values)
        same_as = seen.row or None
        if seen.row == 0:  # first meeting of a database record
            self._seen[key] = seen = _Seen(number, seen.values, seen.person_id, seen.version)
        seen.values = merged
        return replace(
            base, action=Action.UPDATE if changes else Action.UNCHANGED, person_id=seen.person_id,
            person_version=seen.version, same_as=same_as, changes=changes,
            reason=_explain(changes, same_as), **merged,
        )

    def _from_database(self, name: str, org: _OrgRef) -> _Seen | None:
        if org.proposal is not None:
            return None
        where = Person.organisation_id == org.id if org.id is not None else Person.organisation_id.is_(None)
        found = self.session.execute(
            select(Person.id, Person.version, Person.title, Person.phone, Person.email, Person.notes)
            .where(Person.name == name, where)
        ).all()
        if len(found) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "数据库中“{org}”已有 {n} 位名为“{name}”的联系人，无法确定更新哪一位，"
                                          "请先在通讯录中处理重名。"),
                field="name", org=org.name or "（无单位）", n=len(found), name=name,
            )
        if not found:
            return None
        p = found[0]
        values = {"name": name, "title": p.title, "phone": p.phone, "email": p.email, "notes": p.notes}
        return _Seen(0, values, p.id, p.version)


def _merge(before: dict, incoming: dict) -> tuple[dict, tuple[str, ...]]:
    merged = dict(before)
    for field in _REPLACED:
        if incoming[field]:
            merged[field] = incoming[field]
    if incoming["notes"] and not before["notes"]:
        merged["notes"] = incoming["notes"]
    changes = tuple(f for f in (*_REPLACED, "notes") if merged[f] != before[f])
    return merged, changes


def _explain(changes: tuple[str, ...], same_as: int | None) -> Message:
    fields = "、".join(FIELD_LABELS[f] for f in changes)
    if same_as is None:
        if changes:
            return Message.label(QT_TRANSLATE_NOOP("Labels", "已在通讯录中，将更新：{fields}"), fields=fields)
        return Message.label(QT_TRANSLATE_NOOP("Labels", "已在通讯录中，没有新信息"))
    if changes:
        return Message.label(QT_TRANSLATE_NOOP("Labels", "与第{row}行为同一人，将更新：{fields}"),
                             row=same_as, fields=fields)
    return Message.label(QT_TRANSLATE_NOOP("Labels", "与第{row}行为同一人，没有新信息"), row=same_as)
