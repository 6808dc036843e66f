"""Outreach: drafts of the approach, thanks and check-back messages, and follow-up reminders."""

from infoview.outreach.business_days import add_business_days, is_business_day, on_or_after
from infoview.outreach.drafts import (
    APPROACH_WORD_LIMIT,
    DRAFT_KINDS,
    DraftKind,
    DraftRequest,
    guard_warnings,
    write_draft,
)
from infoview.outreach.ics import reminders_calendar
from infoview.outreach.logged import (
    Prefill,
    addressee,
    interviewee,
    learned_from,
    prefill,
)
from infoview.outreach.model import Contact, Draft, Seeker, count_words, mailto_url
from infoview.outreach.reminders import (
    Approach,
    Reminder,
    follow_ups,
    suggested_check_back,
)
from infoview.outreach.tracker import Tracked, from_rows, reminders_for, to_rows

__all__ = [
    "APPROACH_WORD_LIMIT",
    "DRAFT_KINDS",
    "Approach",
    "Contact",
    "Draft",
    "DraftKind",
    "DraftRequest",
    "Prefill",
    "Reminder",
    "Seeker",
    "Tracked",
    "add_business_days",
    "count_words",
    "follow_ups",
    "from_rows",
    "guard_warnings",
    "addressee",
    "interviewee",
    "is_business_day",
    "learned_from",
    "mailto_url",
    "on_or_after",
    "prefill",
    "reminders_calendar",
    "reminders_for",
    "suggested_check_back",
    "to_rows",
    "write_draft",
]
