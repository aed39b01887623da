"""Where things live and who is working: Qt-free, shared by the GUI and the command line."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import platformdirs

from desktop import APP_AUTHOR, APP_NAME

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
ENV_DATABASE = "TRIPARTITE_DATABASE_URL"
ENV_USER = "TRIPARTITE_USER"
ENV_DATA_DIR = "TRIPARTITE_DATA_DIR"
ENV_CONFIG_DIR = "TRIPARTITE_CONFIG_DIR"
DB_FILENAME = "tripartite.db"


def data_dir() -> Path:
    """The per-user data folder (``TRIPARTITE_DATA_DIR`` overrides, as tests do)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The per-user configuration folder."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def database_url_from(option: str | None) -> str:
    """The URL to open: the command-line option, else the environment, else the default file."""
    value = option or os.environ.get(ENV_DATABASE)
    if value:
        return value
    return str(default_database_path())


@dataclass(frozen=True)
class Identity:
    """The person working at this PC, recorded in the audit log."""

    name: str
    organisation: str = ""
    role: str | None = None   # the signed-in user's role (never saved); None: no sign-in

    @property
    def label(self) -> str:
        return f"{self.name}（{self.organisation}）" if self.organisation else self.name


def _identity_file() -> Path:
    return config_dir() / "identity.json"


def system_user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError or KeyError when no user name is known
        return ""


def load_identity() -> Identity | None:
    """``TRIPARTITE_USER`` wins; else the saved identity; None when nobody has said who they are."""
    env = os.environ.get(ENV_USER, "").strip()
    saved = _read_saved_identity()
    if env:
        org = saved.organisation if saved and saved.name == env else ""
        return Identity(env, org)
    return saved


def _read_saved_identity() -> Identity | None:
    path = _identity_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        name = str(data.get("name", "")).strip()
    except (OSError, ValueError, AttributeError):
        return None
    return Identity(name, str(data.get("organisation", "")).strip()) if name else None


def save_identity(identity: Identity) -> None:
    path = _identity_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"name": identity.name, "organisation": identity.organisation},
                              ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def command_line_user() -> str:
    """The name the command line records: the same identity as the GUI, else the system user."""
    identity = load_identity()
    if identity:
        return identity.name
    return system_user_name() or "unknown"
