"""Calendar settings: the publish folder and whether its files are owner-only, the organiser
named in .ics files, the reminder and the most occurrences one series stores
(``max_occurrences``, see ``meetings.series``).

Kept in ``calendar.json`` in the per-user config folder (``config.config_dir()``), Qt-free, so
the command line and the GUI read the same values. A missing or damaged file gives the
defaults; saving writes the whole file atomically.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from desktop import config
from desktop.errors import ValidationError
from desktop.services.kernel.settings_file import write_json
from desktop.services.kernel.validation import clean_email
from desktop.services.meetings.series import MAX_OCCURRENCES

FILENAME = "calendar.json"
DEFAULT_ORGANIZER_NAME = "三方联席秘书台"
# RFC 2606 reserves .invalid: replies to the default address go nowhere, visibly so.
DEFAULT_ORGANIZER_EMAIL = "secretariat@tripartite.invalid"
DEFAULT_REMINDER_MINUTES = 30
MAX_REMINDER_MINUTES = 7 * 24 * 60
OCCURRENCE_LIMITS = (10, 5000)  # the range a saved max_occurrences is kept in


@dataclass(frozen=True)
class CalendarSettings:
    """``reminder_minutes`` 0 writes no VALARM; ``publish_folder`` "" means not publishing;
    ``max_occurrences`` caps the meetings one series stores (an .ics file's or a dialog's);
    ``publish_private`` makes the published files owner-only (0600) instead of readable by
    others (0644, the default: the folder is meant to be shared)."""

    publish_folder: str = ""
    organizer_name: str = DEFAULT_ORGANIZER_NAME
    organizer_email: str = DEFAULT_ORGANIZER_EMAIL
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES
    max_occurrences: int = MAX_OCCURRENCES
    publish_private: bool = False

    @property
    def folder(self) -> Path | None:
        return Path(self.publish_folder).expanduser() if self.publish_folder.strip() else None

    def with_folder(self, folder: Path | str | None) -> CalendarSettings:
        return replace(self, publish_folder=str(folder) if folder else "")


def settings_path() -> Path:
    return config.config_dir() / FILENAME


def load_calendar_settings() -> CalendarSettings:
    """The saved settings; defaults for anything missing or unreadable."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CalendarSettings()
    if not isinstance(data, dict):
        return CalendarSettings()
    return _sanitised(data)


def _sanitised(data: dict) -> CalendarSettings:
    default = CalendarSettings()
    name = str(data.get("organizer_name") or "").strip() or default.organizer_name
    email = str(data.get("organizer_email") or "").strip()
    try:
        email = clean_email(email) or default.organizer_email
    except ValidationError:
        email = default.organizer_email
    try:
        minutes = int(data.get("reminder_minutes", default.reminder_minutes))
    except (TypeError, ValueError):
        minutes = default.reminder_minutes
    minutes = min(max(minutes, 0), MAX_REMINDER_MINUTES)
    try:
        cap = int(data.get("max_occurrences", default.max_occurrences))
    except (TypeError, ValueError):
        cap = default.max_occurrences
    cap = min(max(cap, OCCURRENCE_LIMITS[0]), OCCURRENCE_LIMITS[1])
    private = data.get("publish_private", default.publish_private) is True
    return CalendarSettings(str(data.get("publish_folder") or ""), name, email, minutes, cap, private)


def save_calendar_settings(settings: CalendarSettings) -> CalendarSettings:
    """Check and save; raises ValidationError for a bad e-mail address. Returns what was saved."""
    email = clean_email(settings.organizer_email, field="organizer_email")
    cleaned = _sanitised({**asdict(settings), "organizer_email": email})
    write_json(settings_path(), asdict(cleaned))
    return cleaned
