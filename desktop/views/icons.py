"""Theme icons with bundled fallbacks (resources/icons/*.svg)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.paths import resource

# our name -> freedesktop theme name; the bundled SVG of our name is the fallback
THEME_NAMES = {
    "organisation": "",
    "person": "avatar-default",
    "add": "document-new",
    "add-person": "contact-new",
    "edit": "document-properties",
    "delete": "edit-delete",
    "refresh": "view-refresh",
    "import": "document-import",
    "backup": "document-save-as",
    "restore": "document-revert",
    "quit": "application-exit",
    "about": "help-about",
    "reveal": "",
    "search": "edit-find",
    "attach": "mail-attachment",
    "warning": "dialog-warning",
    "screening": "",
}


def bundled_icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def themed_icon(name: str) -> QIcon:
    """The desktop theme's icon when it has one, else ours."""
    theme = THEME_NAMES.get(name, "")
    fallback = bundled_icon(name)
    return QIcon.fromTheme(theme, fallback) if theme else fallback
