"""A widget property the style sheets colour by (``[warn="true"]``), set so that it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

WARN = "warn"


def set_warning(widget: QWidget, warn: bool) -> None:
    """Mark ``widget`` for the warning colour (or not); the style is polished again to show it."""
    if widget.property(WARN) != warn:
        widget.setProperty(WARN, warn)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def warns(widget: QWidget) -> bool:
    return bool(widget.property(WARN))
