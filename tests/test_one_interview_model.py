"""The log and outreach share one model: the same meeting gives the same follow-ups in both."""

from __future__ import annotations

from datetime import date

from infoview import log
from infoview.log import Interview, Referral, logged_follow_ups, planned_follow_ups
from infoview.outreach import Tracked, reminders_for
from infoview.outreach import reminders as outreach_reminders
from infoview.profile import Profile

MET = date(2026, 11, 20)
DANA = Profile(name="Dana Whitfield", organization="Northwind Motors")
PRIYA = Referral("Priya Raman", will_introduce=True, check_back_days=10)


def test_a_meeting_tracked_and_logged_gives_the_log_s_follow_ups_once():
    logged = Interview(DANA, MET, referrals=(PRIYA,))
    tracked = Tracked(
        "Dana Whitfield", met_on=MET, introduce_to="Priya Raman", check_back_on=date(2026, 11, 30)
    )
    reminders = reminders_for([tracked], MET, logged=logged_follow_ups([logged]))
    assert [(r.kind, r.due, r.action) for r in reminders] == [
        (f.kind, f.due_on, f.action) for f in planned_follow_ups(logged)
    ]


def test_outreach_keeps_no_interview_referral_or_check_back_window_of_its_own():
    from infoview.outreach import drafts

    kept = {"Interview", "Introduction"} & set(vars(outreach_reminders))
    assert (kept, hasattr(drafts, "Referral")) == (set(), False)
    assert outreach_reminders.CHECK_BACK_DAYS is log.CHECK_BACK_DAYS
    suggested = outreach_reminders.suggested_check_back(date(2026, 11, 18))  # a Wednesday
    assert suggested == date(2026, 11, 25)
