"""Whom the seeker plans to approach next: named people first, then organizations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infoview.research.model import ResearchTable

_MET = {"y", "yes", "true", "1", "x", "✓", "met", "done"}


@dataclass(frozen=True)
class Targets:
    """People and organizations to contact next, and names of either kind (`unsorted`)."""

    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    unsorted: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name, people first."""
        return (*self.people, *self.unsorted, *self.organizations)

    def __bool__(self) -> bool:
        return bool(self.names)

    def without(self, *names: str) -> Targets:
        """The same targets less `names` (the interviewee and their organization)."""
        gone = {n.strip().lower() for n in names if n.strip()}
        return Targets(
            *(
                tuple(n for n in group if n.lower() not in gone)
                for group in (self.people, self.organizations, self.unsorted)
            )
        )


def as_targets(value: Targets | Sequence[str]) -> Targets:
    """`value` as Targets; plain names are kept in order with their kind unknown."""
    if isinstance(value, Targets):
        return value
    return Targets(unsorted=_unique([n.strip() for n in value if n and n.strip()]))


def referral_targets(tables: Iterable[ResearchTable], exclude: str = "") -> Targets:
    """People from contacts (not yet met) and known org-chart boxes, then organizations."""
    people: list[str] = []
    organizations: list[str] = []
    for table in tables:
        if table.kind == "contacts":
            met = table.column("met")
            for index, name in _cells(table, "name"):
                if met is None or str(met[index]).strip().lower() not in _MET:
                    people.append(name)
            organizations += [company for _, company in _cells(table, "company")]
        elif table.kind == "org_chart":
            known = table.column("known")
            for index, person in _cells(table, "person"):
                flag = "" if known is None else str(known[index]).strip().lower()
                if person != "?" and flag not in {"no", "n", "false", "0", "unknown"}:
                    people.append(person)
        elif table.kind == "salary":
            organizations += [company for _, company in _cells(table, "company")]
    return Targets(_unique(people), _unique(organizations)).without(exclude)


def _cells(table: ResearchTable, role: str) -> list[tuple[object, str]]:
    column = table.column(role)
    if column is None:
        return []
    return [(index, str(value).strip()) for index, value in column.items() if str(value).strip()]


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return tuple(seen.values())
