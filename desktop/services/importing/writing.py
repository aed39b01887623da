"""Applying an import plan inside the caller's transaction: all of it, or an exception."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db import describe_db_error
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.directory.core import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    update_person,
)
from desktop.services.importing.plan import (
    Action,
    ImportPlan,
    ImportRefused,
    ImportResult,
    ImportWriteError,
    PlannedRow,
)

STEP_ROWS = 100  # report progress (and notice a cancel) every so many rows
WRITING = QT_TRANSLATE_NOOP("Progress", "正在导入第 {done}/{total} 行")


def apply_people_import(session: Session, plan: ImportPlan, *, allow_rejected: bool = False,
                        progress: Progress = NO_PROGRESS) -> ImportResult:
    """Write the plan in the caller's transaction, re-validating each row; raise on any failure.

    ``progress.step`` raises ``Cancelled`` when the person cancels: the caller's rollback then
    leaves nothing behind.
    """
    rejected = plan.counts.rejected
    if rejected and not allow_rejected:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "有 {n} 行被拒绝，未导入任何数据：请改正后重新导入，或选择跳过被拒绝的行。"),
            n=rejected,
        )
    writer = _Writer(session, plan)
    total = len(plan.rows)
    for done, row in enumerate(plan.rows):
        if done % STEP_ROWS == 0:
            progress.step(done, total, WRITING, dict(done=done, total=total))
        try:
            writer.write(row)
        except IntegrityError as exc:
            raise ImportWriteError(
                QT_TRANSLATE_NOOP("Errors", "第{row}行写入数据库失败，整个导入已取消：{reason}"),
                row=row.row, reason=describe_db_error(exc),
            ) from exc
        except UserError as exc:
            raise ImportWriteError(
                QT_TRANSLATE_NOOP("Errors", "第{row}行：{reason}整个导入已取消。"), row=row.row, reason=exc
            ) from exc
    progress.step(total, total, WRITING, dict(done=total, total=total))
    return writer.result()


class _Writer:
    """Applies rows in file order, creating each new organisation when a row first needs it."""

    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.session = session
        self._new_orgs = {o.name: o for o in plan.new_organisations}
        self._org_ids: dict[str, int] = {}
        self._person_ids: dict[int, int] = {}
        self._created: list[int] = []
        self._updated: set[int] = set()

    def write(self, row: PlannedRow) -> None:
        if row.action in (Action.REJECT, Action.UNCHANGED):
            return
        data = PersonData(row.name, self._organisation_id(row), row.title, row.phone, row.email, row.notes)
        if row.action is Action.NEW:
            person_id = create_person(self.session, data)
            self._person_ids[row.row] = person_id
            self._created.append(person_id)
            return
        person_id = row.person_id or self._person_ids[row.same_as]
        first_write = person_id not in self._updated and person_id not in self._created
        # The version read at planning time guards the first write of a stored record only.
        update_person(self.session, person_id, data, version=row.person_version if first_write else None)
        if person_id not in self._created:
            self._updated.add(person_id)

    def _organisation_id(self, row: PlannedRow) -> int | None:
        if not row.organisation_is_new:
            return row.organisation_id
        if row.organisation not in self._org_ids:
            org = self._new_orgs[row.organisation]
            self._org_ids[org.name] = create_organisation(
                self.session, OrganisationData(org.name, org.kind, uscc=org.uscc or "")
            )
        return self._org_ids[row.organisation]

    def result(self) -> ImportResult:
        return ImportResult(len(self._created), len(self._updated), len(self._org_ids),
                            tuple([*self._created, *sorted(self._updated)]))
