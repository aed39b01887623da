"""The organisations page and the people page."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.changes import Topic
from desktop.services.directory import core as directory
from desktop.services.directory.core import OrganisationRow, PersonRow
from desktop.views.directory.dialogs import OrganisationDialog, PersonDialog
from desktop.views.directory.models import OrganisationTableModel, PersonTableModel
from desktop.views.record_page import RecordPage
from desktop.views.workspace import Workspace


class OrganisationsPage(RecordPage):
    """Every organisation: member units of the bodies and the contacts' employers."""

    TOPICS = (Topic.DIRECTORY,)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(workspace, OrganisationTableModel(), self.tr("单位"),
                         self.tr("按名称、简称、类别、代码或邮箱筛选"), parent)

    def _load(self, session: Session) -> list[OrganisationRow]:
        return directory.list_organisations(session)

    def _make_dialog(self, row: OrganisationRow | None) -> OrganisationDialog:
        if row is None:
            return OrganisationDialog(self._create, None, self)
        return OrganisationDialog(lambda data: self._update(row, data), row, self)

    def _create(self, data: directory.OrganisationData) -> int:
        return self._submit(lambda s: directory.create_organisation(s, data))

    def _update(self, row: OrganisationRow, data: directory.OrganisationData) -> None:
        self._submit(lambda s: directory.update_organisation(s, row.id, data, row.version))

    def _delete(self, session: Session, row: OrganisationRow) -> None:
        directory.delete_organisation(session, row.id)

    def _delete_question(self, row: OrganisationRow) -> str:
        return self.tr("确定删除单位“{name}”吗？").format(name=row.name)

    def _count_text(self, count: int) -> str:
        return self.tr("共 {n} 个单位").format(n=count)


class PeoplePage(RecordPage):
    """Every contact person, with the organisation each works for."""

    TOPICS = (Topic.DIRECTORY,)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(workspace, PersonTableModel(), self.tr("联系人"),
                         self.tr("按姓名、单位、职务或邮箱筛选"), parent)

    def _load(self, session: Session) -> list[PersonRow]:
        return directory.list_people(session)

    def _organisation_choices(self) -> list[tuple[int, str]]:
        rows = self._ws.read(directory.list_organisations)
        return [(row.id, row.name) for row in rows]

    def _make_dialog(self, row: PersonRow | None) -> PersonDialog:
        choices = self._organisation_choices()
        if row is None:
            return PersonDialog(self._create, choices, None, self)
        return PersonDialog(lambda data: self._update(row, data), choices, row, self)

    def _create(self, data: directory.PersonData) -> int:
        return self._submit(lambda s: directory.create_person(s, data))

    def _update(self, row: PersonRow, data: directory.PersonData) -> None:
        self._submit(lambda s: directory.update_person(s, row.id, data, row.version))

    def _delete(self, session: Session, row: PersonRow) -> None:
        directory.delete_person(session, row.id)

    def _delete_question(self, row: PersonRow) -> str:
        return self.tr("确定删除联系人“{name}”吗？").format(name=row.name)

    def _count_text(self, count: int) -> str:
        return self.tr("共 {n} 位联系人").format(n=count)
