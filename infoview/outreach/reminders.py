"""When to act after an approach or an interview: the follow-up list, each with a status.

The rules follow the method: no reply after 3 business days means approaching someone else
too; re-send after 7 days. The thank-you by the next day and the check-back on the agreed date
(7 to 10 days after an interviewee offered an introduction) are the interview log's follow-ups
(`infoview.log.FollowUp`), shared with the log. Business days skip weekends and the holidays given.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from infoview.log import CHECK_BACK_DAYS, FollowUp
from infoview.outreach.business_days import add_business_days, on_or_after

NO_REPLY_BUSINESS_DAYS = 3
RESEND_DAYS = 7
KINDS = ("thank-you", "no-reply", "re-send", "check-back")
STATUSES = ("overdue", "due today", "upcoming", "done")


@dataclass(frozen=True)
class Approach:
    """A first message sent to `contact` on `sent_on`."""

    contact: str
    sent_on: date
    replied: bool = False


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
    after_meetings: Iterable[FollowUp] = (),
    today: date | None = None,
    holidays: Collection[date] = (),
) -> list[Reminder]:
    """Every reminder, soonest first: the no-reply and re-send of each approach (answered once
    its contact was met), and the thank-yous and check-backs `after_meetings` (see
    `infoview.log.thanks_due` and `check_back_due`)."""
    today = today or date.today()
    after_meetings = list(after_meetings)
    met = {f.contact.strip().lower() for f in after_meetings if f.kind == "thank-you"}
    reminders = [
        Reminder(f.kind, f.contact, f.due_on, f.action, _status(f.due_on, f.done, today))
        for f in after_meetings
    ]
    for sent in approaches:
        answered = sent.replied or sent.contact.strip().lower() in met
        no_reply = add_business_days(sent.sent_on, NO_REPLY_BUSINESS_DAYS, holidays)
        resend = on_or_after(sent.sent_on + timedelta(days=RESEND_DAYS), holidays)
        reminders += [
            Reminder(
                "no-reply",
                sent.contact,
                no_reply,
                f"No reply from {sent.contact} after {NO_REPLY_BUSINESS_DAYS} business days: "
                "approach someone else too",
                _status(no_reply, answered, today),
            ),
            Reminder(
                "re-send",
                sent.contact,
                resend,
                f"Still no reply from {sent.contact}: re-send your note",
                _status(resend, answered, today),
            ),
        ]
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
