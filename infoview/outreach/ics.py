"""The follow-up list as an iCalendar file: one all-day event per reminder still to do."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from infoview.outreach.reminders import Reminder

PRODUCT_ID = "-//InfoView//Outreach reminders//EN"


def reminders_calendar(reminders: Iterable[Reminder], stamp: datetime | None = None) -> bytes:
    """An .ics calendar of the reminders not done yet; with none, a valid empty calendar."""
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "InfoView follow-ups")
    for reminder in reminders:
        if reminder.done:
            continue
        event = Event()
        event.add("uid", _uid(reminder))
        event.add("dtstamp", stamp)
        event.add("dtstart", reminder.due)
        event.add("dtend", reminder.due + timedelta(days=1))
        event.add("summary", reminder.action)
        event.add("description", f"{reminder.kind} · {reminder.contact} · {reminder.status}")
        event.add("categories", [reminder.kind])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def _uid(reminder: Reminder) -> str:
    """Stable across exports, so re-importing updates events instead of duplicating them."""
    key = f"{reminder.kind}|{reminder.contact.lower()}|{reminder.due.isoformat()}"
    return f"{hashlib.sha1(key.encode()).hexdigest()[:16]}@infoview"
