"""What the builders share: the scale, the clock, random streams, the directory and the writer."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop.services.demo.clock import add_months, local
from desktop.services.demo.writer import BulkWriter


@dataclass(frozen=True)
class Scale:
    """How much to generate; ``years_back`` of history and ``months_ahead`` of plans."""

    name: str
    years_back: int
    months_ahead: int
    enterprises: int
    staff_per_org: tuple[int, int]
    adhoc_per_year: dict[str, int]      # track kind -> meetings a year
    parks: int                          # park-level series (large zones only)
    decisions: tuple[int, int]          # per minutes
    fanout: tuple[int, int]             # enterprises per "each enterprise" decision
    min_actions: int = 0                # top the fan-out decisions up to this many actions
    minutes_chars: tuple[int, int] = (2600, 3400)


SCALES = {
    "small": Scale(
        name="small", years_back=1, months_ahead=12, enterprises=300, staff_per_org=(2, 3),
        adhoc_per_year={"adhoc": 3, "case": 8, "incident": 3},
        parks=0, decisions=(3, 6), fanout=(2, 5),
    ),
    "large": Scale(
        name="large", years_back=10, months_ahead=12, enterprises=15_550, staff_per_org=(8, 14),
        adhoc_per_year={"adhoc": 16, "case": 260, "incident": 36},
        parks=12, decisions=(4, 7), fanout=(3, 10), min_actions=102_000,
    ),
}


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    org_id: int
    title: str
    email: str = ""


@dataclass
class MemberInfo:
    membership_id: int
    org_id: int
    org_name: str
    short: str
    kind: str
    side: str
    role: str
    seats: int
    reps: list[PersonInfo] = field(default_factory=list)


@dataclass
class BodyInfo:
    id: int
    key: str
    name: str
    short: str
    doc_code: str
    members: list[MemberInfo] = field(default_factory=list)

    def member(self, short: str) -> MemberInfo | None:
        return next((m for m in self.members if m.short == short), None)


@dataclass(frozen=True)
class EnterpriseInfo:
    id: int
    name: str
    employees: int
    park: str
    has_union: bool = False


@dataclass
class Ctx:
    """Everything a builder needs; built once per run by ``generate``."""

    scale: Scale
    seed: int
    today: date
    user: str
    writer: BulkWriter
    bodies: list[BodyInfo] = field(default_factory=list)
    staff: dict[int, list[PersonInfo]] = field(default_factory=dict)   # org id -> people
    org_short: dict[str, int] = field(default_factory=dict)            # short name -> org id
    org_names: dict[int, str] = field(default_factory=dict)            # org id -> short name
    clerks: list[PersonInfo] = field(default_factory=list)             # the secretariat
    rooms: dict[str, int] = field(default_factory=dict)                # room key -> id
    enterprises: list[EnterpriseInfo] = field(default_factory=list)
    by_park: dict[str, list[EnterpriseInfo]] = field(default_factory=dict)

    @property
    def first(self) -> date:
        return add_months(self.today, -12 * self.scale.years_back)

    @property
    def last(self) -> date:
        return add_months(self.today, self.scale.months_ahead)

    @property
    def stamp(self) -> datetime:
        """The generator's "now": rows are never created after it."""
        return local(self.today, time(8, 0))

    def rng(self, *parts: object) -> random.Random:
        """An independent, reproducible stream per purpose (str seeds hash stably)."""
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def created(self, value: datetime) -> datetime:
        """A creation time no later than the generator's now."""
        return min(value, self.stamp - timedelta(minutes=1))


def uid(rng: random.Random) -> str:
    """A stable iCalendar UID from the stream."""
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@tripartite"
