"""A form dialog whose OK hands the form's data to a service call and stays open on a refusal.

The submit callable usually wraps its write in ``run_or_raise``: an ``Operation`` whose refusal
comes back as the exception, so the form shows it under its fields instead of in a box.

A form that edits one record takes a ``FormConflicts`` (``edits``): a save refused because
someone else saved first opens the conflict dialog instead of the message, and the presence
hint shows at the top who else has the record open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConcurrencyError, UserError, ValidationError
from desktop.views.conflict_dialog import ConflictSource, settle
from desktop.views.errors import error_text
from desktop.views.operations import Operation
from desktop.views.presence_hint import PresenceHint
from desktop.views.workspace import Workspace

T = TypeVar("T")


def run_or_raise(parent: QWidget, workspace: Workspace, work: Callable[..., T], *, title: str) -> T:
    """``work(session)`` as an ``Operation`` (one transaction, announced on the hub); a refusal
    is raised to the caller instead of shown in a box titled ``title``."""
    refusals: list[BaseException] = []
    result = Operation(parent, workspace, work, title=title, on_failure=refusals.append).run()
    if refusals:
        raise refusals[0]
    return result


class FormDialog(QDialog):
    """Subclasses add fields with ``add_field`` and build the data in ``data()``."""

    def __init__(self, submit: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._fields: dict[str, QWidget] = {}
        self.result_value: object = None
        self.conflict_source: FormConflicts | None = None
        self.presence_hint: PresenceHint | None = None
        self.form = QFormLayout()
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # A word-wrapped note in the form needs the height for the width the dialog opens with;
        # the size hint takes it for a narrower one and cut the note's last lines.
        super().showEvent(event)
        layout = self.layout()
        if layout.hasHeightForWidth() and (need := layout.heightForWidth(self.width())) > self.height():
            self.resize(self.width(), need)

    def add_field(self, label: str, widget: QWidget, name: str | None = None) -> QWidget:
        """Add a labelled row; ``name`` is the service's field name, used to focus a refusal."""
        self.form.addRow(label, widget)
        if name:
            self._fields[name] = widget
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def data(self) -> Any:
        raise NotImplementedError

    def edits(self, source: FormConflicts) -> None:
        """The form edits ``source``'s record: conflicts are settled through it, and the presence
        hint for the record goes at the top."""
        self.conflict_source = source
        source.form = self
        self.presence_hint = PresenceHint(source.workspace, self, source.entity, source.entity_id)
        self.layout().insertWidget(0, self.presence_hint)

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.data())
        except ConcurrencyError as exc:
            if self.conflict_source is None:
                self.show_refusal(exc, None)
            else:
                self.error_label.hide()
                settle(self, self.conflict_source, lambda refusal: self.show_refusal(refusal, None))
            return
        except ValidationError as exc:
            self.show_refusal(exc, exc.field)
            return
        except UserError as exc:
            self.show_refusal(exc, None)
            return
        super().accept()

    def show_refusal(self, exc: UserError, field: str | None) -> None:
        """Show the service's message under the form and put the cursor in the offending field."""
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self._make_room_for_error()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _make_room_for_error(self) -> None:
        # A word-wrapped label's height depends on its width, which the dialog's minimum size
        # ignores: without this, a long message is drawn over itself in the old height.
        width = self.error_label.width() or self.width()
        self.error_label.setMinimumHeight(self.error_label.heightForWidth(width))
        self.layout().activate()
        if self.height() < self.minimumSizeHint().height():
            self.resize(self.width(), self.minimumSizeHint().height())

    @property
    def error_message(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""


class FormConflicts(ConflictSource):
    """The conflict source of a ``FormDialog``: saving again is pressing OK again (the submit
    callable compares ``version``, which the conflict dialog updates)."""

    def __init__(self, workspace: Workspace, entity_id: int, version: int) -> None:
        super().__init__(workspace, entity_id, version)
        self.form: FormDialog | None = None

    def title(self) -> str:
        return self.form.windowTitle() if self.form is not None else ""

    def resubmit(self, version: int) -> None:
        self.version = version
        self.form.accept()


def open_form(dialog: FormDialog, on_saved: Callable[[object], None] | None = None) -> None:
    """Show ``dialog`` window-modally; once accepted, call ``on_saved`` with what submit returned."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.open()
