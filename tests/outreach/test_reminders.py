"""The follow-up list: the right due dates, across weekends, each with its status."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from infoview.log import check_back_due, thanks_due
from infoview.outreach import (
    Approach,
    Tracked,
    follow_ups,
    from_rows,
    reminders_for,
    suggested_check_back,
    to_rows,
)

FRIDAY = date(2026, 11, 20)
TODAY = date(2026, 11, 25)


def summary(reminders):
    return [(r.kind, r.contact, r.due, r.status) for r in reminders]


def test_every_rule_gives_its_due_date_and_status():
    reminders = follow_ups(
        approaches=[Approach("Lee Chen", FRIDAY), Approach("Sam Ortiz", date(2026, 11, 24))],
        after_meetings=[
            thanks_due("Dana Whitfield", date(2026, 11, 24)),
            check_back_due("Dana Whitfield", date(2026, 12, 3), "Kim Ito"),
        ],
        today=TODAY,
    )
    assert summary(reminders) == [
        ("thank-you", "Dana Whitfield", date(2026, 11, 25), "due today"),
        ("no-reply", "Lee Chen", date(2026, 11, 25), "due today"),
        ("no-reply", "Sam Ortiz", date(2026, 11, 27), "upcoming"),
        ("re-send", "Lee Chen", date(2026, 11, 27), "upcoming"),
        ("re-send", "Sam Ortiz", date(2026, 12, 1), "upcoming"),
        ("check-back", "Dana Whitfield", date(2026, 12, 3), "upcoming"),
    ]
    assert [r.action for r in reminders[:2]] + [reminders[-1].action] == [
        "Send Dana Whitfield a thank-you note (within a day of meeting)",
        "No reply from Lee Chen after 3 business days: approach someone else too",
        "Check back with Dana Whitfield about the introduction to Kim Ito, as agreed",
    ]


def test_a_saturday_re_send_moves_to_monday_and_holidays_push_the_no_reply_date():
    reminders = follow_ups(
        approaches=[Approach("Lee Chen", date(2026, 11, 21))],
        today=TODAY,
        holidays={date(2026, 11, 24)},
    )
    assert summary(reminders) == [
        ("no-reply", "Lee Chen", date(2026, 11, 26), "upcoming"),
        ("re-send", "Lee Chen", date(2026, 11, 30), "upcoming"),
    ]


def test_done_when_replied_thanked_checked_back_or_met():
    reminders = follow_ups(
        approaches=[
            Approach("Lee Chen", FRIDAY, replied=True),
            Approach("Dana", date(2026, 11, 2)),
        ],
        after_meetings=[
            thanks_due("dana ", date(2026, 11, 12), done=True),
            check_back_due("Dana", date(2026, 11, 19), done=True),
        ],
        today=TODAY,
    )
    assert {r.status for r in reminders} == {"done"}
    assert len(reminders) == 6


def test_overdue_when_the_date_has_passed():
    [thanks] = follow_ups(after_meetings=[thanks_due("Dana", date(2026, 11, 20))], today=TODAY)
    assert (thanks.due, thanks.status) == (date(2026, 11, 21), "overdue")
    assert thanks.to_dict() == {
        "kind": "thank-you",
        "contact": "Dana",
        "due": "2026-11-21",
        "action": "Send Dana a thank-you note (within a day of meeting)",
        "status": "overdue",
    }


def test_suggested_check_back_is_the_first_business_day_from_a_week_on():
    assert suggested_check_back(date(2026, 11, 24)) == date(2026, 12, 1)
    assert suggested_check_back(date(2026, 11, 21)) == date(2026, 11, 30)


def test_editor_rows_with_empty_cells_become_people():
    rows = [
        {
            "contact": " Dana  Whitfield ",
            "approached_on": pd.Timestamp("2026-11-16"),
            "replied": True,
            "met_on": pd.Timestamp("2026-11-20"),
            "thanked": float("nan"),
            "introduce_to": "Kim Ito",
            "check_back_on": pd.NaT,
            "checked_back": None,
        },
        {"contact": "Lee Chen", "approached_on": "2026-11-20", "met_on": None},
        {"contact": None, "approached_on": datetime(2026, 11, 20, 9, 30)},
        {"contact": "", "met_on": date(2026, 11, 20)},
    ]
    tracked = from_rows(rows)
    assert tracked == [
        Tracked(
            "Dana Whitfield",
            approached_on=date(2026, 11, 16),
            replied=True,
            met_on=date(2026, 11, 20),
            introduce_to="Kim Ito",
        ),
        Tracked("Lee Chen", approached_on=FRIDAY),
    ]
    assert from_rows(to_rows(tracked)) == tracked


def test_tracked_people_give_reminders_with_a_suggested_check_back():
    tracked = [
        Tracked("Dana", approached_on=date(2026, 11, 16), met_on=FRIDAY, introduce_to="Kim Ito"),
        Tracked("Lee", introduce_to="Kim Ito"),
    ]
    assert summary(reminders_for(tracked, today=TODAY)) == [
        ("no-reply", "Dana", date(2026, 11, 19), "done"),
        ("thank-you", "Dana", date(2026, 11, 21), "overdue"),
        ("re-send", "Dana", date(2026, 11, 23), "done"),
        ("check-back", "Dana", date(2026, 11, 27), "upcoming"),
    ]
