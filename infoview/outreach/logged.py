"""What the interview log gives outreach drafts: whom a draft is about and what it can say."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infoview import log
from infoview.anonymize import EMAIL, Secrets
from infoview.learning import VERBS
from infoview.outreach.model import Contact
from infoview.profile import Profile
from infoview.say import lower_first, say_statement

AFTER_MEETING = ("thanks", "check-back")
# How a tested finding fared, as a plain sentence the seeker would write ("you confirmed that
# pay for data analysts is around $89,000 a year").
_WITHOUT_NOTE = {
    "supported": "you confirmed that {}",
    "refuted": "what I had read, that {}, does not match what you see",
    "nuanced": "it depends on the situation whether {}",
}


@dataclass(frozen=True)
class Prefill:
    """What the log suggests for one draft; every flag or form field may override it."""

    contact: Contact
    on: date | None = None
    learned: str = ""
    introduce_to: str = ""
    permission: bool = False
    source: str = ""
    note: str = ""
    instead: str = ""


def addressee(
    kind: str,
    current: Profile | None,
    saved: Sequence[Profile],
    interviews: Sequence[log.Interview],
    typed: str = "",
) -> Profile:
    """Whom a `kind` draft is to: the person typed in To (a saved or interviewed profile), else
    the current interviewee; a thank-you or check-back goes to someone met, the latest one when
    the current interviewee was not met."""
    met = [i.profile for i in sorted(interviews, key=lambda i: i.held_on, reverse=True)]
    if typed.strip() and kind != "referral":  # a referral's To is whom they suggested
        return interviewee(current, [*saved, *met], typed)
    chosen = current or Profile()
    if kind in AFTER_MEETING and met and not log.conversations_with(chosen, interviews):
        return met[0]
    return chosen


def interviewee(current: Profile | None, saved: Sequence[Profile], name: str = "") -> Profile:
    """Whom a draft is about: the saved profile called `name` when given, else the current one."""
    wanted = name.strip().lower()
    if not wanted:
        return current or Profile()
    candidates = [p for p in (current, *saved) if p is not None]
    return next(
        (p for p in candidates if p.name.strip().lower() == wanted), Profile(name=name.strip())
    )


def prefill(
    kind: str,
    profile: Profile,
    interviews: Sequence[log.Interview],
    secrets: Secrets,
    referral_name: str = "",
) -> Prefill:
    """The inputs of a `kind` draft about `profile` that the logged interviews with them supply.

    Thanks: the latest interview's date and one thing learned, with other people's names
    removed; check-back: the first introduction not yet checked on, with its agreed date;
    referral: the person they suggested (`referral_name`, else the first) and whether they
    agreed to be named.
    """
    contact = Contact.for_draft(kind, profile)
    held = log.conversations_with(profile, interviews)
    if not held:
        if kind in AFTER_MEETING:
            return Prefill(contact, instead=_not_met(profile))
        return Prefill(contact)
    latest = held[0]
    source = f"your interview on {latest.held_on.isoformat()}"
    if kind == "thanks":
        scrub = secrets.excluding(profile)
        learned = learned_from(latest, scrub)
        tested = (o for o in latest.outcomes if o.result in VERBS and o.note.strip())
        note = next((o.note for o in tested), "")
        note = scrub.scrub(" ".join(note.split())) if note else ""
        return Prefill(contact, latest.held_on, learned=learned, source=source, note=note)
    if kind == "check-back":
        promises = [p for interview in held for p in log.promised_introductions(interview)]
        if not promises:
            return Prefill(contact)
        promise = next((p for p in promises if not p.follow_up.done), promises[0])
        return Prefill(
            contact,
            promise.follow_up.due_on,
            introduce_to=promise.referral.name,
            source=f"the introduction to {promise.referral.name} in the interview log",
        )
    if kind == "referral":
        referral = _suggested(held, referral_name)
        if referral is None:
            return Prefill(contact)
        instead = (
            f"{profile.display_name} offered to introduce you to {referral.name}: wait for "
            "that introduction rather than writing cold. If it has not come by the agreed "
            "date, send a check-back on an introduction."
        )
        return Prefill(
            Contact(
                referral.name,
                referral.organization,
                email=referral.contact if EMAIL.fullmatch(referral.contact) else "",
                referred_by=contact.referred_by,
            ),
            permission=referral.may_use_my_name,
            source=f"the referral to {referral.name} in the interview log",
            instead=instead if referral.will_introduce else "",
        )
    return Prefill(contact)


def learned_from(interview: log.Interview, secrets: Secrets) -> str:
    """One specific thing the interview taught, in a thank-you's words: how the first tested
    finding fared (a note is written for oneself, never pasted in); scrubbed of `secrets`."""
    tested = [o for o in interview.outcomes if o.result in VERBS]
    if not tested:
        return ""
    first = tested[0]
    claim = lower_first(say_statement(first.statement)).rstrip(".")
    return secrets.scrub(_WITHOUT_NOTE[first.result].format(claim))


def _not_met(profile: Profile) -> str:
    who = profile.name.strip() or "this person"
    return (
        f"No interview with {who} is logged: thank-yous and check-backs go to people you met. "
        "Type the name of someone you met in To, or log the interview on the Interview log."
    )


def _suggested(held: Sequence[log.Interview], name: str) -> log.Referral | None:
    referrals = [r for interview in held for r in interview.referrals]
    wanted = name.strip().lower()
    if not wanted:
        return referrals[0] if referrals else None
    return next((r for r in referrals if r.name.strip().lower() == wanted), None)
