"""The boxes of an org chart, and which are unknown: one reading for charts and findings."""

from __future__ import annotations

from dataclasses import dataclass

from infoview.research.model import ResearchTable

UNKNOWN_WORDS = frozenset({"no", "n", "false", "0", "unknown", "?"})
UNNAMED_TITLE = "leader"


@dataclass(frozen=True)
class OrgBox:
    """One box of the chart: a role in a department, and whether the seeker knows who holds it."""

    row: int
    department: str
    title: str
    person: str
    reports_to: str
    unknown: bool


def org_boxes(table: ResearchTable) -> list[OrgBox]:
    """A box per row naming a department or a title; a blank title is the department's leader."""
    boxes = []
    for index, row in table.frame.iterrows():
        department, title = _cell(row, table, "department"), _cell(row, table, "title")
        if not department and not title:
            continue
        person = _cell(row, table, "person")
        known = _cell(row, table, "known").lower()
        boxes.append(
            OrgBox(
                row=index,
                department=department,
                title=title or UNNAMED_TITLE,
                person=person,
                reports_to=_cell(row, table, "reports_to"),
                unknown=is_unknown(person, known),
            )
        )
    return boxes


def is_unknown(person: str, known: str) -> bool:
    """Whether a box's holder is unknown: no name, a "?", or a "known" column saying no."""
    return person.strip().lower() in {"", "?", "unknown"} or known.strip().lower() in UNKNOWN_WORDS


def _cell(row, table: ResearchTable, role: str) -> str:
    source = table.columns.get(role)
    return "" if source is None else str(row[source]).strip()
