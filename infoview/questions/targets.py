"""The names a referral close gives: people first, then organizations (infoview.contacts
decides who they are)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


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


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return tuple(seen.values())
