"""The boxes of an org chart, and which are unknown: one reading for charts and findings."""

from __future__ import annotations

import re
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


# What a title calls an org chart ("Org chart of X", "X leadership team", "Structure: X").
_CHART_WORDS = (
    r"(?:org(?:ani[sz]ation(?:al)?)?\.?\s*chart|organi[sz]ation(?:al)?\s+structure|structure"
    r"|leadership(?:\s+team)?|management\s+team|who'?s\s+who|staff\s+(?:list|directory)"
    r"|directory|people)"
)
_TITLE_NAMES = (
    re.compile(
        rf"^(?:the\s+)?{_CHART_WORDS}\s*(?:\bof\b|\bat\b|\bfor\b|[-–—:|])\s*(?P<org>.+)$", re.I
    ),
    re.compile(rf"^(?P<org>.+?)(?:'s)?\s*[-–—:|]?\s+{_CHART_WORDS}$", re.I),
)
# Asides a title carries that are not part of a name: "(fictional sample)", "2026", "as of May".
_TITLE_ASIDE = re.compile(r"\s*\([^()]*\)|\s*,?\s*(?:as of\s+)?(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
# One organization names a chart when it is on nearly every row of its organization column.
ONE_ORGANIZATION = 0.8
MAX_NAME_WORDS = 6


def chart_organization(table: ResearchTable) -> str:
    """The organization an org chart describes: the name the user gave it, else the one its
    organization column holds on nearly every row, else the one its title names; "" when the
    research does not say."""
    if table.organization:
        return table.organization
    column = table.column("company")
    if column is not None:
        named = column.astype(str).str.strip()
        named = named[named.ne("") & named.str.lower().ne("nan")]
        if len(named):
            counts = named.value_counts()
            if counts.iloc[0] >= ONE_ORGANIZATION * len(named):
                return str(counts.index[0])
    return organization_in_title(table.title)


def organization_in_title(title: str) -> str:
    """The organization a chart's title names ("Northwind Motors org chart (2026)"), or ""."""
    text = _TITLE_ASIDE.sub("", " ".join(title.split())).strip(" .,;:-–—")
    for pattern in _TITLE_NAMES:
        match = pattern.match(text)
        if match:
            name = match["org"].strip(" .,;:-–—'")
            words = name.split()
            if words and len(words) <= MAX_NAME_WORDS and any(w[:1].isupper() for w in words):
                return name
    return ""
