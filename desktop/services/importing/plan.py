"""What an import will do, row by row: plain frozen values a preview or a report can show."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from desktop.errors import UserError
from desktop.i18n import ERRORS, LABELS, QT_TRANSLATE_NOOP


class ImportRefused(UserError):
    """An import refused as a whole: rejected rows without consent, or a stale preview."""


class ImportWriteError(UserError):
    """A row failed while writing; the caller's transaction must roll back."""


class Action(str, Enum):
    """What happens to one row of the file."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECT = "reject"


ACTION_LABELS = {
    Action.NEW: QT_TRANSLATE_NOOP("Labels", "新增"),
    Action.UPDATE: QT_TRANSLATE_NOOP("Labels", "更新"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("Labels", "跳过（无变化）"),
    Action.REJECT: QT_TRANSLATE_NOOP("Labels", "拒绝"),
}


def join_sentences(sentences) -> str:
    """Sentences one after the other: none between Chinese ones (each ends with 。), else a space."""
    out = ""
    for sentence in sentences:
        out += sentence if not out or out.endswith(("。", "；", "！")) else " " + sentence
    return out


@dataclass(frozen=True)
class Message:
    """A translatable message: the Chinese template, its parameters and its Qt context."""

    template: str
    params: tuple[tuple[str, object], ...] = ()
    context: str = ERRORS
    also: tuple[Message, ...] = ()   # further problems of the same row, each translated alone

    @classmethod
    def of(cls, exc: UserError) -> Message:
        return cls(exc.template, tuple(exc.params.items()), exc.context)

    @classmethod
    def of_all(cls, errors: list[UserError]) -> Message:
        """One message naming every problem, in order."""
        first, *rest = errors
        return replace(cls.of(first), also=tuple(cls.of(e) for e in rest))

    @property
    def parts(self) -> tuple[Message, ...]:
        return (replace(self, also=()), *self.also)

    @classmethod
    def label(cls, template: str, **params: object) -> Message:
        return cls(template, tuple(params.items()), LABELS)

    @property
    def text(self) -> str:
        return join_sentences(p.template.format(**dict(p.params)) if p.params else p.template for p in self.parts)


class RowReport:
    """What every planned import row says of itself; the row has ``row`` and ``reason``."""

    row: int
    reason: Message | None

    @property
    def reason_text(self) -> str:
        return self.reason.text if self.reason else ""

    @property
    def report(self) -> str:
        """'第5行：电话号码“123”格式不正确…': the row number and the reason."""
        return QT_TRANSLATE_NOOP("Errors", "第{row}行：{reason}").format(row=self.row, reason=self.reason_text)


@dataclass(frozen=True)
class PlannedRow(RowReport):
    """One row of the file: the action, the values as they will be stored, and why.

    For an update the values are the whole record after the update; for a rejected row they
    are the cells as written in the file.
    """

    row: int
    action: Action
    name: str
    organisation: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    organisation_id: int | None = None
    organisation_is_new: bool = False
    person_id: int | None = None
    person_version: int | None = None
    same_as: int | None = None
    changes: tuple[str, ...] = ()
    reason: Message | None = None



@dataclass(frozen=True)
class NewOrganisation:
    """An organisation the file names that the database does not have yet."""

    name: str
    kind: str
    uscc: str | None
    row: int


@dataclass(frozen=True)
class ImportCounts:
    new: int
    updated: int
    unchanged: int
    rejected: int
    new_organisations: int

    @property
    def summary(self) -> Message:
        return Message.label(
            QT_TRANSLATE_NOOP("Labels", "新增 {new} 人、更新 {updated} 人、无变化 {unchanged} 人、"
                                      "新增单位 {orgs} 个、拒绝 {rejected} 行"),
            new=self.new, updated=self.updated, unchanged=self.unchanged,
            orgs=self.new_organisations, rejected=self.rejected,
        )


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import: nothing has been written when you hold one."""

    source: str
    sheet: str
    header_row: int
    columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    rows: tuple[PlannedRow, ...]
    new_organisations: tuple[NewOrganisation, ...]

    @property
    def counts(self) -> ImportCounts:
        by_action = {a: sum(1 for r in self.rows if r.action is a) for a in Action}
        return ImportCounts(
            by_action[Action.NEW], by_action[Action.UPDATE], by_action[Action.UNCHANGED],
            by_action[Action.REJECT], len(self.new_organisations),
        )

    @property
    def rejected(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is Action.REJECT)

    def can_apply(self, *, allow_rejected: bool = False) -> bool:
        """True when there is something to write and no reject stands in the way."""
        counts = self.counts
        return counts.new + counts.updated > 0 and (allow_rejected or counts.rejected == 0)


@dataclass(frozen=True)
class ImportResult:
    """What an applied import wrote."""

    created: int
    updated: int
    organisations: int
    person_ids: tuple[int, ...]
