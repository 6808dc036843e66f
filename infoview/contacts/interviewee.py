"""A contact made the interviewee: the profile the Interviewee page and the sheet start from."""

from __future__ import annotations

from collections.abc import Sequence

from infoview.contacts.fit import seniority_of
from infoview.contacts.model import Contact
from infoview.contacts.organizations import TargetOrganization, organization_key
from infoview.profile import Profile


def profile_from(contact: Contact, targets: Sequence[TargetOrganization] = ()) -> Profile:
    """Name, organization, title (placed in the occupation map as the profile does), the
    seniority it says, and the referrer from the contact; an insider when their organization
    is one the seeker starred or added."""
    wanted = {organization_key(t.name) for t in targets if t.interest or t.own}
    return Profile(
        name=contact.name,
        organization=contact.organization,
        title=contact.position,
        seniority=seniority_of(contact.position),
        insider=bool(contact.organization) and organization_key(contact.organization) in wanted,
        referred_by=contact.referred_by,
    )
