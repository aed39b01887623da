"""Errors the user sees: a Chinese message template plus parameters, translatable later."""

from __future__ import annotations

from desktop.i18n import ERRORS


class UserError(Exception):
    """A refusal the user can act on; ``str()`` gives the Chinese message."""

    context = ERRORS

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(UserError):
    """Input that breaks a rule; ``field`` names the offending field when known."""

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(UserError):
    """A record named by id or key does not exist."""


class ReferencedError(UserError):
    """A delete refused because other records still point at the target."""


class ConcurrencyError(UserError):
    """Someone else changed the record since it was read."""


class PermissionDeniedError(UserError):
    """The signed-in user's role does not allow the action."""


class DatabaseError(UserError):
    """The database cannot be opened, migrated, or is of a newer version."""
