"""When to act after an approach or an interview: the follow-up list, each with a status.

The rules follow the method: a thank-you by the next day; no reply after 3 business days means
approaching someone else too; re-send after 7 days; check back on the agreed date (7 to 10 days
after an interviewee offered an introduction). Business days skip weekends and listed holidays.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from infoview.outreach.business_days import add_business_days, on_or_after

NO_REPLY_BUSINESS_DAYS = 3
RESEND_DAYS = 7
CHECK_BACK_DAYS = (7, 10)
KINDS = ("thank-you", "no-reply", "re-send", "check-back")
STATUSES = ("overdue", "due today", "upcoming", "done")


@dataclass(frozen=True)
class Approach:
    """A first message sent to `contact` on `sent_on`."""

    contact: str
    sent_on: date
    replied: bool = False


@dataclass(frozen=True)
class Interview:
    """A conversation held with `contact` on `met_on`."""

    contact: str
    met_on: date
    thanked: bool = False


@dataclass(frozen=True)
class Introduction:
    """An interviewee's offer to introduce the seeker, with the agreed date to check back."""

    interviewee: str
    check_back_on: date
    introduce_to: str = ""
    checked_back: bool = False


@dataclass(frozen=True)
class Reminder:
    """One thing to do by `due`; `status` is relative to the day the list was made."""

    kind: str
    contact: str
    due: date
    action: str
    status: str

    @property
    def done(self) -> bool:
        return self.status == "done"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "contact": self.contact,
            "due": self.due.isoformat(),
            "action": self.action,
            "status": self.status,
        }


def suggested_check_back(met_on: date, holidays: Collection[date] = ()) -> date:
    """The earliest business day in the 7-to-10-day window after the interview."""
    return on_or_after(met_on + timedelta(days=CHECK_BACK_DAYS[0]), holidays)


def follow_ups(
    approaches: Iterable[Approach] = (),
    interviews: Iterable[Interview] = (),
    introductions: Iterable[Introduction] = (),
    today: date | None = None,
    holidays: Collection[date] = (),
) -> list[Reminder]:
    """Every reminder, soonest first; an approach is answered once its contact was met."""
    today = today or date.today()
    interviews = list(interviews)
    met = {i.contact.strip().lower() for i in interviews}
    reminders: list[Reminder] = []

    def add(kind: str, contact: str, due: date, action: str, done: bool) -> None:
        reminders.append(Reminder(kind, contact, due, action, _status(due, done, today)))

    for sent in approaches:
        answered = sent.replied or sent.contact.strip().lower() in met
        add(
            "no-reply",
            sent.contact,
            add_business_days(sent.sent_on, NO_REPLY_BUSINESS_DAYS, holidays),
            f"No reply from {sent.contact} after {NO_REPLY_BUSINESS_DAYS} business days: "
            "approach someone else too",
            answered,
        )
        add(
            "re-send",
            sent.contact,
            on_or_after(sent.sent_on + timedelta(days=RESEND_DAYS), holidays),
            f"Still no reply from {sent.contact}: re-send your note",
            answered,
        )
    for held in interviews:
        add(
            "thank-you",
            held.contact,
            held.met_on + timedelta(days=1),
            f"Send {held.contact} a thank-you note (within a day of meeting)",
            held.thanked,
        )
    for offer in introductions:
        about = f" about the introduction to {offer.introduce_to}" if offer.introduce_to else ""
        add(
            "check-back",
            offer.interviewee,
            offer.check_back_on,
            f"Check back with {offer.interviewee}{about}, as agreed",
            offer.checked_back,
        )
    return sorted(_merged(reminders), key=lambda r: (r.due, KINDS.index(r.kind), r.contact.lower()))


def _merged(reminders: Iterable[Reminder]) -> list[Reminder]:
    """One reminder per step, done when any copy is: the same step may come from the tracker,
    the command line and the interview log."""
    kept: dict[tuple[str, str, date], Reminder] = {}
    for reminder in reminders:
        key = (reminder.kind, reminder.contact.strip().lower(), reminder.due)
        if key not in kept or (reminder.done and not kept[key].done):
            kept[key] = reminder
    return list(kept.values())


def _status(due: date, done: bool, today: date) -> str:
    if done:
        return "done"
    if due < today:
        return "overdue"
    return "due today" if due == today else "upcoming"
