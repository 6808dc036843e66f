"""Drafts of every outreach message, built from what the seeker already entered.

The approach follows the method: a referral is named first, the seeker says who they are in a
sentence, why this person, offers one research finding as a teaser, and asks for 15 minutes.
Nothing here asks for a job or attaches a résumé; `guard_warnings` checks drafts and edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from infoview.errors import OutreachError
from infoview.outreach.model import Contact, Draft, Seeker
from infoview.outreach.reminders import RESEND_DAYS
from infoview.questions import IN_MESSAGE, GuardWarning, find_job_request
from infoview.say import lower_first, say_statement
from infoview.spelling import spelled

APPROACH_WORD_LIMIT = 120
_VERB = {"email": "writing to", "letter": "writing to", "phone": "calling"}


@dataclass(frozen=True)
class DraftKind:
    """A kind of draft: its label, what its date means (empty when unused), its extra inputs."""

    key: str
    label: str
    date_label: str = ""
    inputs: tuple[str, ...] = ()
    days_back: int = 0

    def default_date(self, today: date) -> date:
        """The date a form should start from, e.g. a week ago for an unanswered approach."""
        return today - timedelta(days=self.days_back)


DRAFT_KINDS = {
    kind.key: kind
    for kind in (
        DraftKind("approach", "Approach e-mail", inputs=("finding",)),
        DraftKind("phone", "Phone script", inputs=("finding",)),
        DraftKind("letter", "Approach letter", "Date of the letter", ("finding",)),
        DraftKind(
            "follow-up",
            "Follow-up (no reply yet)",
            "Date you sent the approach",
            ("finding",),
            days_back=RESEND_DAYS,
        ),
        DraftKind("referral", "Referral approach", inputs=("finding", "permission")),
        DraftKind("thanks", "Thank-you note", "Date you met", ("learned", "next_step")),
        DraftKind("check-back", "Check-back on an introduction", "Agreed date", ("introduce_to",)),
    )
}


@dataclass(frozen=True)
class DraftRequest:
    """Everything a draft may draw on; each kind uses the parts it needs."""

    kind: str
    seeker: Seeker
    contact: Contact
    finding: str = ""
    learned: str = ""
    next_step: str = ""
    on: date | None = None
    introduce_to: str = ""
    permission: bool = False


def write_draft(request: DraftRequest) -> Draft:
    """The draft of `request.kind`, in the seeker's English; an OutreachError says what is
    missing."""
    draft = _draft_of(request)
    english = request.seeker.english
    return replace(
        draft, subject=spelled(draft.subject, english), body=spelled(draft.body, english)
    )


def _draft_of(request: DraftRequest) -> Draft:
    seeker, contact, finding = request.seeker, request.contact, request.finding
    match request.kind:
        case "approach":
            return approach_email(seeker, contact, finding)
        case "phone":
            return phone_script(seeker, contact, finding)
        case "letter":
            return approach_letter(seeker, contact, finding, request.on)
        case "follow-up":
            if request.on is None:
                raise OutreachError("Give the date you sent the approach.", "--date YYYY-MM-DD")
            return follow_up(seeker, contact, request.on, finding)
        case "referral":
            return referral_approach(seeker, contact, request.permission, finding)
        case "thanks":
            return thank_you(seeker, contact, request.learned, request.next_step, request.on)
        case "check-back":
            return check_back(seeker, contact, request.introduce_to, request.on)
    raise OutreachError(
        f'There is no "{request.kind}" draft; choose one of {", ".join(DRAFT_KINDS)}.'
    )


def approach_email(seeker: Seeker, contact: Contact, finding: str = "") -> Draft:
    """The first e-mail to someone the seeker would like to interview."""
    return _approach("approach", seeker, contact, finding, "email")


def approach_letter(
    seeker: Seeker, contact: Contact, finding: str = "", on: date | None = None
) -> Draft:
    """The approach as a posted letter, dated `on`."""
    draft = _approach("letter", seeker, contact, finding, "letter")
    dated = f"{long_date(on or date.today())}\n\n{draft.body}"
    return Draft("letter", draft.subject, dated)


def phone_script(seeker: Seeker, contact: Contact, finding: str = "") -> Draft:
    """What to say when calling, with a shorter message for voicemail."""
    return _approach("phone", seeker, contact, finding, "phone")


def referral_approach(
    seeker: Seeker, contact: Contact, permission: bool, finding: str = ""
) -> Draft:
    """The approach to someone an interviewee suggested (`contact.referred_by`), naming that
    interviewee first; `permission` is their recorded OK to be named (`Referral.may_use_my_name`
    in the log)."""
    by = contact.referred_by.strip()
    if not by:
        raise OutreachError("Say who suggested this contact (Referred by).", "--referred-by NAME")
    if not permission:
        raise OutreachError(
            f"You have not recorded that {by} agreed to be named. Ask them first, then "
            "tick the permission box; without it, send a plain approach.",
            "--permission",
        )
    opening = (
        f"{by}, whom I spoke with recently, suggested I write to you and was happy "
        "for me to mention their name."
    )
    subject = _referred_subject(by)
    return _approach("referral", seeker, contact, finding, "email", opening, subject)


def follow_up(seeker: Seeker, contact: Contact, sent_on: date, finding: str = "") -> Draft:
    """A short re-send to someone who has not replied to the approach."""
    where = f" at {contact.organization}" if contact.organization else ""
    opening = (
        f"I wrote on {long_date(sent_on)} about your work{where}; inboxes fill up, so here "
        "is a short reminder."
    )
    subject = f"Following up: {_approach_subject(contact)}"
    return _approach("follow-up", seeker, contact, finding, "email", opening, subject)


def thank_you(
    seeker: Seeker, contact: Contact, learned: str, next_step: str, met_on: date | None = None
) -> Draft:
    """The thank-you note to send within a day: one thing learned and what comes next."""
    _require(seeker)
    if not learned.strip():
        raise OutreachError("Add one specific thing you learned.", "--learned TEXT")
    if not next_step.strip():
        raise OutreachError(
            "Add what you will do next, e.g. who you will contact.", "--next-step TEXT"
        )
    when = f" on {long_date(met_on)}" if met_on else ""
    paragraphs = [
        f"Thank you for taking the time to talk with me{when}. One thing I learned that will "
        f"stay with me: {_clause(learned)}.",
        f"As a next step, I will {_clause(next_step)}. I will let you know how it goes.",
    ]
    return _letter("thanks", "Thank you for our conversation", seeker, contact, paragraphs)


def check_back(
    seeker: Seeker, contact: Contact, introduce_to: str, agreed_on: date | None = None
) -> Draft:
    """A note, on the agreed date, to an interviewee who offered to introduce someone."""
    _require(seeker)
    if not introduce_to.strip():
        raise OutreachError("Say whom they offered to introduce you to.", "--introduce NAME")
    when = f"on {long_date(agreed_on)}" if agreed_on else "about now"
    paragraphs = [
        f"When we spoke, you kindly offered to introduce me to {introduce_to}, and we agreed I "
        f"would check back {when}. Have you had a chance to get in touch? If it saves you "
        f"time, I am glad to write to {introduce_to} myself and mention that you suggested it.",
        "Thank you again for your help.",
    ]
    return _letter("check-back", f"Checking back about {introduce_to}", seeker, contact, paragraphs)


def guard_warnings(subject: str, body: str) -> list[GuardWarning]:
    """One warning per line of the subject or body that asks for a job or pushes a résumé."""
    lines = [subject, *body.splitlines()]
    found = (find_job_request(line, IN_MESSAGE) for line in lines if line.strip())
    return [warning for warning in found if warning]


def long_date(day: date) -> str:
    """A date as written in a message, e.g. Friday 20 November 2026."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _approach(
    kind: str,
    seeker: Seeker,
    contact: Contact,
    finding: str,
    channel: str,
    opening: str = "",
    subject: str = "",
) -> Draft:
    _require(seeker)
    if not seeker.background.strip():
        raise OutreachError(
            "Add a one-line background (About me, or --background TEXT): it completes "
            '"I am <your name>, …", e.g. "a financial analyst moving into corporate finance".'
        )
    opening = opening or _opening(contact.referred_by, channel)
    subject = subject or _approach_subject(contact)
    limit = APPROACH_WORD_LIMIT if channel == "email" else None
    draft = _compose(kind, seeker, contact, finding, channel, opening, subject, limit)
    if draft.within_limit or not finding:
        return draft
    # A finding is never cut mid-sentence: one too long for the e-mail is left for the meeting.
    return _compose(kind, seeker, contact, "", channel, opening, subject, limit)


def _compose(
    kind: str,
    seeker: Seeker,
    contact: Contact,
    finding: str,
    channel: str,
    opening: str,
    subject: str,
    limit: int | None,
) -> Draft:
    who = f"I am {seeker.name}, {_clause(seeker.background)}."
    why = f"{_their_work(contact)} is close to where I am heading."
    share = "I would be glad to share the rest and hear whether it matches your experience."
    if finding:
        teaser = f"My research suggests that {lower_first(say_statement(finding))} {share}"
    else:
        teaser = "I have researched the field and would be glad to share what I found."
    if channel == "phone":
        return _phone(kind, seeker, contact, opening, f"{who} {why} {teaser}")
    ask = "Could you spare 15 minutes at a time that suits you? "
    if channel == "letter":
        ask += "I will call your office next week to ask; phone or video is fine too."
    else:
        ask += "Phone or video is fine if you prefer."
    paragraphs = [f"{opening} {who}", f"{why} {teaser}", f"{ask} Thank you for considering it."]
    return _letter(kind, subject, seeker, contact, paragraphs, limit)


def _phone(kind: str, seeker: Seeker, contact: Contact, opening: str, rest: str) -> Draft:
    hello = f"Hello, is this {salutation(contact.name)}?" if contact.name else "Hello."
    referred = f"{opening} " if contact.referred_by.strip() else ""
    ask = (
        "Could you spare 15 minutes, now or at a time that suits you? Phone or video, "
        "whichever you prefer."
    )
    voicemail = (
        f"If you reach voicemail: this is {seeker.name}. {referred}I would value 15 "
        "minutes to learn about your work and will follow up by e-mail. Thank you."
    )
    body = "\n\n".join([f"{hello} {opening} {rest}", ask, voicemail])
    subject = f"Phone call to {contact.name}" if contact.name else "Phone call"
    return Draft(kind, subject, body)


def _letter(
    kind: str,
    subject: str,
    seeker: Seeker,
    contact: Contact,
    paragraphs: list[str],
    limit: int | None = None,
) -> Draft:
    _require(seeker)
    greeting = f"Dear {salutation(contact.name)}," if contact.name.strip() else "Hello,"
    signature = "\n".join(p for p in ("Best regards,", seeker.name, seeker.profile_link) if p)
    return Draft(kind, subject, "\n\n".join([greeting, *paragraphs, signature]), limit)


def _opening(referrer: str, channel: str) -> str:
    if referrer.strip():
        return f"{referrer.strip()} suggested I {'call' if channel == 'phone' else 'write to'} you."
    return f"I am {_VERB[channel]} you to ask for a short conversation about your work."


def _approach_subject(contact: Contact) -> str:
    if contact.referred_by.strip():
        return _referred_subject(contact.referred_by)
    where = f" at {contact.organization}" if contact.organization else ""
    return f"15 minutes to learn about your work{where}?"


def _referred_subject(referrer: str) -> str:
    return f"{referrer.strip()} suggested I get in touch"


def _their_work(contact: Contact) -> str:
    if contact.title and contact.organization:
        return f"Your work as {contact.title} at {contact.organization}"
    if contact.title:
        return f"Your work as {contact.title}"
    if contact.organization:
        return f"Your work at {contact.organization}"
    return "Your experience in the field"


def _clause(text: str) -> str:
    """Text to embed mid-sentence: spaces collapsed, trailing full stop dropped."""
    return " ".join(text.split()).rstrip(".")


_TITLE = re.compile(r"^(?P<title>Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+(?P<rest>.+)$", re.I)
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV|PhD|MD|MBA|CPA)\.?$", re.I)


def salutation(name: str) -> str:
    """Whom a letter greets: a title with the surname ("Dr. Chu"), else the name as given."""
    text = _SUFFIX.sub("", " ".join(name.split()))
    titled = _TITLE.match(text)
    if not titled:
        return text
    title = titled["title"].capitalize()
    title = {"Professor": "Prof"}.get(title, title)
    rest = titled["rest"]
    surname = rest.split(",")[0].strip() if "," in rest else rest.split()[-1]
    return f"{title}. {surname}"


def _require(seeker: Seeker) -> None:
    if not seeker.name.strip():
        raise OutreachError("Add your name: every draft is signed with it.", "--me NAME")
