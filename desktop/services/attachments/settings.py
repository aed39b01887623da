"""Attachment settings: the largest file accepted, and how much an e-mail may carry.

Kept in ``attachments.json`` in the per-user config folder, like ``calendar.json``, so the
command line and the GUI share them; a missing or damaged file gives the defaults.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from desktop import config
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.settings_file import read_json_object, write_json

FILENAME = "attachments.json"
MB = 1024 * 1024
DEFAULT_FILE_LIMIT = 50 * MB
# Many mail servers refuse messages over 20-25 MB (after base64, a third larger than the files).
DEFAULT_MAIL_LIMIT = 20 * MB
MAX_FILE_LIMIT = 1024 * MB


@dataclass(frozen=True)
class AttachmentSettings:
    """``file_limit``: bytes a file may have; ``mail_limit``: bytes of files one e-mail carries
    (over it, messages list the files by name instead)."""

    file_limit: int = DEFAULT_FILE_LIMIT
    mail_limit: int = DEFAULT_MAIL_LIMIT


def settings_path() -> Path:
    return config.config_dir() / FILENAME


def load_attachment_settings() -> AttachmentSettings:
    """The saved settings; defaults for anything missing or unreadable."""
    data = read_json_object(settings_path())
    if data is None:
        return AttachmentSettings()
    default = AttachmentSettings()
    values = {}
    for key in ("file_limit", "mail_limit"):
        try:
            value = int(data.get(key, getattr(default, key)))
        except (TypeError, ValueError):
            value = getattr(default, key)
        values[key] = value if 0 < value <= MAX_FILE_LIMIT else getattr(default, key)
    return AttachmentSettings(**values)


def save_attachment_settings(settings: AttachmentSettings) -> AttachmentSettings:
    """Check and save atomically; ValidationError for a limit out of range."""
    for key in ("file_limit", "mail_limit"):
        value = getattr(settings, key)
        if not isinstance(value, int) or not 0 < value <= MAX_FILE_LIMIT:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "大小上限应在 1 字节到 {max} MB 之间。"),
                                  field=key, max=MAX_FILE_LIMIT // MB)
    write_json(settings_path(), asdict(settings))
    return settings
