"""The .ics export parses back with the right dates, and is valid even when empty."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from infoview.log import thanks_due
from infoview.outreach import Approach, follow_ups, reminders_calendar

STAMP = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def events(payload: bytes) -> list[tuple[str, date, date]]:
    calendar = Calendar.from_ical(payload)
    return [(str(e["SUMMARY"]), e.start, e.end) for e in calendar.events]


def test_pending_reminders_become_all_day_events_on_their_due_dates():
    reminders = follow_ups(
        approaches=[Approach("Lee Chen", date(2026, 11, 20))],
        after_meetings=[thanks_due("Dana", date(2026, 11, 12), done=True)],
        today=date(2026, 11, 23),
    )
    payload = reminders_calendar(reminders, STAMP)
    assert events(payload) == [
        (
            "No reply from Lee Chen after 3 business days: approach someone else too",
            date(2026, 11, 25),
            date(2026, 11, 26),
        ),
        ("Still no reply from Lee Chen: re-send your note", date(2026, 11, 27), date(2026, 11, 28)),
    ]
    calendar = Calendar.from_ical(payload)
    assert str(calendar["VERSION"]) == "2.0"
    first = calendar.events[0]
    assert first["DTSTART"].params["VALUE"] == "DATE"
    assert first.decoded("DTSTAMP") == STAMP
    assert len({str(e["UID"]) for e in calendar.events}) == 2


def test_uids_are_stable_across_exports():
    reminders = follow_ups(approaches=[Approach("Lee Chen", date(2026, 11, 20))])
    later = STAMP + timedelta(days=2)
    first = Calendar.from_ical(reminders_calendar(reminders, STAMP))
    second = Calendar.from_ical(reminders_calendar(reminders, later))
    assert [str(e["UID"]) for e in first.events] == [str(e["UID"]) for e in second.events]


def test_an_empty_list_is_still_a_valid_calendar():
    payload = reminders_calendar([], STAMP)
    assert payload.startswith(b"BEGIN:VCALENDAR\r\n")
    assert payload.endswith(b"END:VCALENDAR\r\n")
    calendar = Calendar.from_ical(payload)
    assert (str(calendar["VERSION"]), str(calendar["PRODID"])) == (
        "2.0",
        "-//InfoView//Outreach reminders//EN",
    )
    assert calendar.events == []
