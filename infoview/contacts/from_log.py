"""What the interview log adds to the research list: the person met, and whom they suggested."""

from __future__ import annotations

from infoview.contacts.importing import contact_details
from infoview.contacts.model import FROM_LOG, MET, Contact
from infoview.log import Interview


def met_in(interview: Interview) -> list[Contact]:
    """The interviewee, as a contact met on the interview's day."""
    profile = interview.profile
    if not profile.name.strip():
        return []
    return [
        Contact(
            name=profile.name.strip(),
            organization=profile.organization.strip(),
            position=profile.title.strip(),
            how_known=f"met on {interview.held_on.isoformat()}",
            status=MET,
            referred_by=profile.referred_by.strip(),
            source=FROM_LOG,
        )
    ]


def referred_in(interview: Interview) -> list[Contact]:
    """The people the interviewee suggested, each "referred by" them and still to contact."""
    who = interview.profile.name.strip() or "an interviewee"
    return [
        Contact(
            name=referral.name.strip(),
            organization=referral.organization.strip(),
            **contact_details(referral.contact),
            how_known=f"suggested by {who} on {interview.held_on.isoformat()}",
            referred_by=who,
            source=FROM_LOG,
        )
        for referral in interview.referrals
    ]
