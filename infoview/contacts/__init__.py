"""The research list: the people the seeker may meet next and the organizations they target.

Contacts come from address-book exports, typing, and the interview log (`importing`,
`from_log`); target organizations from the research plus the seeker's own (`organizations`);
`next` ranks the people and gives the referral close its names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infoview.contacts.importing import (
    ContactImport,
    contacts_from_research,
    contacts_from_tables,
    read_contacts_path,
)
from infoview.contacts.model import STATUSES, Contact, ContactError, unique
from infoview.contacts.next import Suggestion, close_targets, whom_next
from infoview.contacts.organizations import (
    Fit,
    Interest,
    TargetOrganization,
    interests_from,
    interests_to,
    target_organizations,
    with_interest,
)
from infoview.questions.targets import Targets
from infoview.research import ResearchTable

INTERESTS = "target_organizations"  # the workspace document of stars and own organizations


@dataclass(frozen=True)
class ResearchList:
    """The ranked target organizations and people to contact, from one set of inputs."""

    organizations: tuple[TargetOrganization, ...]
    suggestions: tuple[Suggestion, ...]

    def close(self, *leave_out: str, everyone: bool = False) -> Targets:
        """The names the referral close gives (never those in `leave_out`)."""
        return close_targets(self.suggestions, self.organizations, leave_out, everyone)


def research_list(
    tables: Iterable[ResearchTable],
    contacts: Sequence[Contact] = (),
    interests: Sequence[Interest] = (),
    fit: Fit | None = None,
    met: Iterable[str] = (),
) -> ResearchList:
    """Targets ranked by interest, postings in the target occupation and people known there;
    the people to contact ranked against them."""
    organizations = target_organizations(tables, interests, contacts, fit)
    return ResearchList(tuple(organizations), tuple(whom_next(contacts, organizations, fit, met)))


def research_close(
    tables: Sequence[ResearchTable], *leave_out: str, fit: Fit | None = None
) -> Targets:
    """The close's names from research files alone (no workspace): the people of their
    contacts tables, a list kept by hand (in or near the seeker's occupation first, by `fit`),
    then the organizations the research names."""
    tables = list(tables)
    listed = research_list(tables, contacts_from_tables(tables), fit=fit)
    return listed.close(*leave_out, everyone=True)


__all__ = [
    "INTERESTS",
    "STATUSES",
    "Contact",
    "ContactError",
    "ContactImport",
    "Fit",
    "Interest",
    "ResearchList",
    "Suggestion",
    "TargetOrganization",
    "contacts_from_research",
    "contacts_from_tables",
    "interests_from",
    "interests_to",
    "read_contacts_path",
    "research_close",
    "research_list",
    "target_organizations",
    "unique",
    "whom_next",
    "with_interest",
]
