"""Whom to meet next: the people on the list, best first, and the names the close gives."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infoview.contacts.model import (
    CONTACTED,
    FROM_LOG,
    MET,
    TO_CONTACT,
    TYPED,
    Contact,
    folded,
)
from infoview.contacts.organizations import Fit, TargetOrganization, by_key, organization_key
from infoview.questions.targets import Targets

# The groups of the list, best first.
AT_TARGET_IN_FIELD, AT_TARGET, SECOND_STEP, IN_FIELD, OTHER = range(5)
GROUP_WORDS = {
    AT_TARGET_IN_FIELD: "at a target organization, in or near your field",
    AT_TARGET: "at a target organization",
    SECOND_STEP: "second step",
    IN_FIELD: "in or near your field elsewhere",
    OTHER: "on your list",
}


@dataclass(frozen=True)
class Suggestion:
    """One person to contact, the group they are in, how close their work is to the target
    occupation (2 in it, 1 near it) and their organization's place on the targets."""

    contact: Contact
    group: int
    closeness: int = 0
    target: TargetOrganization | None = None
    rank: int | None = None

    @property
    def reason(self) -> str:
        """Why they are on the list where they are, in words."""
        return _reason(self.contact, self.group, self.closeness, self.rank, self.target)

    def to_dict(self) -> dict:
        return {
            **self.contact.to_dict(),
            "group": GROUP_WORDS[self.group],
            "reason": self.reason,
        }


def whom_next(
    contacts: Sequence[Contact],
    targets: Sequence[TargetOrganization],
    fit: Fit | None = None,
    met: Iterable[str] = (),
) -> list[Suggestion]:
    """People still to contact (or contacted and not yet met), best first: at target
    organizations in or near the seeker's occupation, at target organizations, people an
    interviewee suggested, people in or near the occupation elsewhere, then everyone else.
    `met` names people interviewed already (left out)."""
    place = by_key(targets)
    gone = {folded(n) for n in met}
    fits: dict[str, int] = {}
    ranked = []
    for order, contact in enumerate(contacts):
        if contact.status == MET or (gone and folded(contact.name) in gone):
            continue
        if contact.position not in fits:
            fits[contact.position] = fit(contact.position) if fit and contact.position else 0
        closeness = fits[contact.position]
        rank = place.get(organization_key(contact.organization)) if contact.organization else None
        if rank is not None and closeness:
            group = AT_TARGET_IN_FIELD
        elif rank is not None:
            group = AT_TARGET
        elif contact.referred_by:
            group = SECOND_STEP
        elif closeness:
            group = IN_FIELD
        else:
            group = OTHER
        key = (
            group,
            contact.status == CONTACTED,
            -closeness,
            rank if rank is not None else len(place),
            order,
        )
        ranked.append((key, contact, group, closeness, rank))
    ranked.sort(key=lambda item: item[0])
    return [
        Suggestion(contact, group, closeness, None if rank is None else targets[rank], rank)
        for _, contact, group, closeness, rank in ranked
    ]


def _reason(
    contact: Contact,
    group: int,
    closeness: int,
    rank: int | None,
    target: TargetOrganization | None,
) -> str:
    head = []
    if target is not None and rank is not None:
        stars = f", {target.interest} of 3 stars" if target.interest else ""
        head.append(f"Works at {target.name} (number {rank + 1} on your targets{stars})")
    elif contact.organization:
        head.append(f"Works at {contact.organization}")
    if contact.position:
        field = {2: ", your target occupation", 1: ", close to your target occupation"}
        head.append(f"{'as' if head else 'Works as'} {contact.position}{field.get(closeness, '')}")
    parts = [" ".join(head)] if head else []
    if contact.referred_by:
        parts.append(f"{contact.referred_by} suggested them")
    if group == IN_FIELD:
        parts.append("could point you to people at your target organizations")
    if contact.status == CONTACTED:
        parts.append("already contacted: wait for a reply or check back")
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:] + "." if sentence else ""


def close_targets(
    suggestions: Sequence[Suggestion],
    targets: Sequence[TargetOrganization],
    leave_out: Iterable[str] = (),
    everyone: bool = False,
) -> Targets:
    """What the referral close names: people still to contact, best first, then target
    organizations where the seeker knows no one to contact. The interviewee, the referrer and
    their organization (`leave_out`) are never named.

    Someone with no tie to the targets is named only when the seeker typed them, an interview
    gave them, or `everyone` (a list kept by hand with the research): an address book of
    thousands is not a plan to contact each."""
    gone = {folded(n) for n in leave_out if n.strip()}
    gone_orgs = {organization_key(n) for n in leave_out if n.strip()}
    people = [
        s.contact
        for s in suggestions
        if s.contact.status == TO_CONTACT
        and folded(s.contact.name) not in gone
        and (s.group != OTHER or everyone or s.contact.source in (TYPED, FROM_LOG))
    ]
    covered = {organization_key(p.organization) for p in people if p.organization}
    chosen = [t for t in targets if t.interest or t.own] or [t for t in targets if t.postings]
    organizations = [
        t.name
        for t in chosen
        if organization_key(t.name) not in covered and organization_key(t.name) not in gone_orgs
    ]
    # two people of one name are one name to say
    names = {folded(p.name): p.name for p in reversed(people)}
    return Targets(
        tuple(dict.fromkeys(names[folded(p.name)] for p in people)), tuple(organizations)
    )
