"""Where the GUI keeps window geometry, the last page and shortcut overrides."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop import APP_NAME, config


def open_settings() -> QSettings:
    """An INI file in the per-user config folder (``TRIPARTITE_CONFIG_DIR`` moves it, as in tests).

    The folder is platformdirs' config dir for organisation ``TripartiteSecretariat`` and app
    ``tripartite``, next to identity.json; an INI file there rather than the Windows registry
    keeps one place to back up or reset.
    """
    folder = config.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / f"{APP_NAME}.ini"), QSettings.Format.IniFormat)
