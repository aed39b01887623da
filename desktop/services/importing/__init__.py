"""Importing the tables offices already keep (.xlsx, .csv): plan first, then apply in one go.

``plan_people_import`` reads a file and says, row by row, what would happen, writing nothing;
``apply_people_import`` writes a plan inside the caller's transaction and raises on any failure,
so the caller's rollback leaves nothing half-imported.
"""

from desktop.services.importing.people import (
    PEOPLE_COLUMNS,
    ensure_plan_current,
    load_people_table,
    plan_people_import,
)
from desktop.services.importing.plan import (
    ACTION_LABELS,
    Action,
    ImportCounts,
    ImportPlan,
    ImportRefused,
    ImportResult,
    ImportWriteError,
    Message,
    NewOrganisation,
    PlannedRow,
)
from desktop.services.importing.tables import ImportFileError, Table, read_table
from desktop.services.importing.writing import apply_people_import

__all__ = [
    "ACTION_LABELS", "PEOPLE_COLUMNS", "Action", "ImportCounts", "ImportFileError", "ImportPlan",
    "ImportRefused", "ImportResult", "ImportWriteError", "Message", "NewOrganisation", "PlannedRow",
    "Table", "apply_people_import", "ensure_plan_current", "load_people_table",
    "plan_people_import", "read_table",
]
