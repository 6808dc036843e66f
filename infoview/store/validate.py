"""A workspace file checked before anything of it is stored: its tables, columns, the type and
size of every value, and each record read back as what its table keeps. A crafted file (a
string where a record belongs, an array declared far larger than it is) is refused whole."""

from __future__ import annotations

import json
from collections.abc import Mapping

from infoview.errors import WorkspaceError
from infoview.hypotheses import Hypothesis
from infoview.log import FollowUp, Interview
from infoview.profile import Profile
from infoview.research import ResearchFile
from infoview.store import codec

MAX_ROWS = 10_000
MAX_TEXT = 64 * 1024 * 1024
MAX_FIELD = 10_000
# What each table's content column must read back as (None: JSON text of our own).
RECORDS: Mapping[str, type | None] = {
    "research_files": ResearchFile,
    "hypotheses": Hypothesis,
    "profiles": Profile,
    "sheets": None,
    "documents": None,
    "interviews": Interview,
    "follow_ups": FollowUp,
}


def check_tables(tables: object, columns_of: Mapping[str, tuple[str, ...]], source: str) -> None:
    """WorkspaceError naming the first table, row and column of `tables` that InfoView would
    not have written; nothing is stored before this passes."""
    if not isinstance(tables, dict):
        raise _refused(source, "its tables are not a list of tables")
    for table, part in tables.items():
        if table not in columns_of:
            raise _refused(source, f'it has a table "{table}" InfoView does not keep')
        columns = columns_of[table]
        if not isinstance(part, dict) or not isinstance(part.get("rows"), list):
            raise _refused(source, f'table "{table}" has no list of rows')
        if part["rows"] and part.get("columns") != list(columns):
            raise _refused(
                source,
                f'table "{table}" has columns {part.get("columns")!r}, expected {list(columns)}',
            )
        if len(part["rows"]) > MAX_ROWS:
            raise _refused(
                source,
                f'table "{table}" has {len(part["rows"]):,} rows, more '
                f"than the {MAX_ROWS:,} a workspace keeps",
            )
        for number, row in enumerate(part["rows"], start=1):
            where = f'row {number} of table "{table}"'
            if not isinstance(row, list) or len(row) != len(columns):
                raise _refused(source, f"{where} does not have {len(columns)} values")
            for column, value in zip(columns, row, strict=True):
                _check_value(table, column, value, f'{where}, column "{column}"', source)


def _check_value(table: str, column: str, value: object, where: str, source: str) -> None:
    if column == "content":
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise _refused(source, f"{where} is not a record InfoView wrote")
        expected = RECORDS.get(table)
        try:
            record = codec.loads(value) if expected else json.loads(value)
        except (WorkspaceError, ValueError) as exc:
            raise _refused(source, f"{where} cannot be read ({exc})") from None
        if expected is not None and not isinstance(record, expected):
            raise _refused(
                source, f"{where} holds {type(record).__name__}, not a {expected.__name__}"
            )
        return
    if isinstance(value, bool) or not isinstance(value, str | int | None):
        raise _refused(source, f"{where} holds {type(value).__name__}, not a text or number")
    if isinstance(value, str) and len(value) > MAX_FIELD:
        raise _refused(source, f"{where} is {len(value):,} characters long")


def _refused(source: str, what: str) -> WorkspaceError:
    return WorkspaceError(
        f"{source} was not loaded: {what}. Nothing was changed. Load a file downloaded from "
        "My workspace, unchanged."
    )
