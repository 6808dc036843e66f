"""Findings from HR exports: team sizes and who reports to whom at the top of the chart."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from infoview.findings.model import Finding, content_key, make_finding
from infoview.findings.notes import org_findings, role_texts
from infoview.findings.wording import clean_texts
from infoview.research.model import ResearchTable
from infoview.research.org import chart_organization

TEAMS = 5  # departments named, the largest first
MANAGERS = 3  # managers at the top of the chart whose direct reports are named
NAMED_REPORTS = 4  # direct reports named per manager; the rest are counted
NAMED_SHARE = 0.8  # an HR export names the holder of (nearly) every box
MIN_TEAM = 2  # one person is a post, not a team
REPORTS_STRENGTH = 0.5
_CODE = re.compile(r"^\d+$")


class _Person(NamedTuple):
    """One row of an HR export: who, in which job and department, and whom they report to.

    A named tuple rather than a frozen dataclass: a payroll makes one per row, and a tuple is
    made several times faster.
    """

    key: str
    name: str
    title: str
    department: str
    manager: str
    occupation: str = ""  # where their title was placed on import


def org_chart_findings(table: ResearchTable) -> list[Finding]:
    """The unknown boxes, then team sizes and the top of the chart of an HR export."""
    columns = role_texts(table)
    people = _people(table, columns)
    found = (
        org_findings(table, columns)
        + team_findings(table, people)
        + reporting_findings(table, people)
    )
    organization = chart_organization(table)
    return [replace(finding, organization=organization) for finding in found]


def team_findings(table: ResearchTable, people: list[_Person]) -> list[Finding]:
    """The largest departments: "Finance has 12 people reporting to 2 managers"."""
    sizes = Counter(p.department for p in people if p.department)
    managers_of: dict[str, set[str]] = {}
    for person in people:
        if person.department and person.manager:
            managers_of.setdefault(person.department, set()).add(person.manager)
    found = []
    for department, size in sizes.most_common(TEAMS):
        if size < MIN_TEAM:
            break
        managers = managers_of.get(department, set())
        name = f"Department {department}" if _CODE.match(department) else department
        statement = f"{name} has {_count(size, 'person', 'people')}"
        if managers:
            statement += f" reporting to {_count(len(managers), 'manager', 'managers')}"
        found.append(
            make_finding(
                table,
                "organization",
                content_key("team", department),
                statement,
                "my org chart",
                sample_size=size,
                strength=size / (size + 4),
            )
        )
    return found


def reporting_findings(table: ResearchTable, people: list[_Person]) -> list[Finding]:
    """Who reports to the people at the top of the chart, the top first, a few managers."""
    by_key = {p.key: p for p in people}
    reports: dict[str, list[_Person]] = {}
    for person in people:
        boss = _resolve(person.manager, by_key, people)
        if boss is not None and boss.key != person.key:
            reports.setdefault(boss.key, []).append(person)
    tops = [p for p in people if p.key in reports and _resolve(p.manager, by_key, people) is None]
    order, seen = [], set()
    while tops and len(order) < MANAGERS:
        manager = tops.pop(0)
        if manager.key in seen:
            continue
        seen.add(manager.key)
        order.append(manager)
        tops.extend(r for r in reports[manager.key] if r.key in reports)
    found = []
    for manager in order:
        team = reports[manager.key]
        named = [_who(p) for p in team[:NAMED_REPORTS]]
        rest = len(team) - len(named)
        if rest:
            named.append(_count(rest, "other", "others"))
        listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
        statement = f"{_who(manager)} has {_count(len(team), 'direct report', 'direct reports')}"
        found.append(
            make_finding(
                table,
                "organization",
                content_key("reports", manager.name, manager.title),
                f"{statement}: {listed}",
                "my org chart",
                sample_size=len(team),
                strength=REPORTS_STRENGTH,
                occupation=manager.occupation,
            )
        )
    return found


def _people(table: ResearchTable, columns: dict[str, list[str]]) -> list[_Person]:
    """The named people of an HR export; none when the chart names few holders (a plan).
    `columns` are the table's cleaned text (`role_texts`)."""
    if "person" not in table.columns or table.frame.empty:
        return []
    frame = table.frame

    def cells(role: str):
        return columns.get(role, [""] * len(frame))

    # the full name as read on import: a first-name column joined with its last-name column;
    # where that is the person column as cleaned already, its 34,000 names are not cleaned twice
    names = columns.get("person", [])
    if table.values["person"].tolist() != names:
        names = clean_texts(table.values["person"])
    if sum(1 for name in names if name and name != "?") < NAMED_SHARE * len(names):
        return []
    keys = cells("id")
    placed = columns["occupation"]
    return [
        _Person(key or name, name, title, department, manager, occupation)
        for key, name, title, department, manager, occupation in zip(
            keys,
            names,
            cells("title"),
            cells("department"),
            cells("reports_to"),
            placed,
            strict=True,
        )
        if name
    ]


def _resolve(manager: str, by_key: dict[str, _Person], people: list[_Person]) -> _Person | None:
    """The person `manager` names, by id, then name, then job title; None when none."""
    if not manager:
        return None
    if manager in by_key:
        return by_key[manager]
    wanted = manager.casefold()
    for field in ("name", "title"):
        matches = [p for p in people if getattr(p, field).casefold() == wanted]
        if len(matches) == 1:
            return matches[0]
    return None


def _who(person: _Person) -> str:
    return f"{person.name} ({person.title})" if person.title else person.name


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"
