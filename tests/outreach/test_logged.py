"""Drafts and reminders built on the interview log: what each kind takes, one follow-up list."""

from __future__ import annotations

from datetime import date

import pytest

from infoview.anonymize import secrets_of
from infoview.log import (
    check_back_due,
    conversations_with,
    logged_follow_ups,
    promised_introductions,
    thanks_due,
)
from infoview.outreach import (
    Contact,
    Prefill,
    Tracked,
    addressee,
    follow_ups,
    interviewee,
    learned_from,
    prefill,
    reminders_for,
)
from infoview.profile import Profile
from tests.outreach.logged_workspace import FIRST_TALK, OMAR_TALK, logged_workspace
from tests.test_learning import DANA, OMAR

DANA_CONTACT = Contact("Dana Whitfield", "Northwind Motors", "", "", "Grace Liu")


@pytest.fixture
def workspace(tmp_path):
    return logged_workspace(tmp_path / "ws.sqlite")


def suggest(workspace, kind: str, profile: Profile = DANA, referral: str = "") -> Prefill:
    interviews = workspace.interviews()
    secrets = secrets_of(interviews, [p.profile for p in workspace.profiles()])
    return prefill(kind, profile, interviews, secrets, referral)


def test_conversations_with_a_person_are_theirs_latest_first(workspace):
    interviews = workspace.interviews()
    assert [i.held_on for i in conversations_with(DANA, interviews)] == [
        date(2026, 11, 20),
        date(2026, 11, 2),
    ]
    renamed = Profile(name="dana whitfield", organization="NORTHWIND MOTORS", minutes=30)
    assert len(conversations_with(renamed, interviews)) == 2
    assert conversations_with(Profile(name="Dana Whitfield"), interviews) == []


def test_thanks_takes_the_latest_interview_and_how_a_finding_fared(workspace):
    assert suggest(workspace, "thanks") == Prefill(
        DANA_CONTACT,
        date(2026, 11, 20),
        learned="what I had read, that Analyst pay in Detroit is around $72,000, does not match "
        "what you see",
        source="your interview on 2026-11-20",
    )


def test_a_note_is_offered_beside_the_thing_learned_never_pasted_in(workspace):
    secrets = secrets_of(workspace.interviews(), [DANA, OMAR]).excluding(DANA)
    assert learned_from(FIRST_TALK, secrets) == (
        "you confirmed that finance teams are moving to rolling forecasts"
    )
    only_first = [i for i in workspace.interviews() if i.held_on == FIRST_TALK.held_on]
    first = prefill("thanks", DANA, only_first, secrets_of(only_first, [DANA, OMAR]))
    assert first.note == "Budgets are now reforecast every quarter, as someone also found"
    assert "Budgets" not in first.learned
    assert learned_from(OMAR_TALK, secrets) == (
        "it depends on the situation whether finance teams are moving to rolling forecasts"
    )


def test_check_back_takes_the_promised_introduction_and_its_agreed_date(workspace):
    assert suggest(workspace, "check-back") == Prefill(
        DANA_CONTACT,
        date(2026, 11, 10),
        introduce_to="Priya Raman",
        source="the introduction to Priya Raman in the interview log",
    )
    first = next(i for i in workspace.interviews() if i.held_on == date(2026, 11, 2))
    [promise] = promised_introductions(first)
    workspace.set_follow_up_done(promise.follow_up.id, True)
    assert suggest(workspace, "check-back").introduce_to == "Priya Raman"


def test_referral_takes_the_suggested_person_and_the_recorded_permission(workspace):
    assert suggest(workspace, "referral") == Prefill(
        Contact(
            "Priya Raman", "Lakeshore Bank", "", "priya.raman@lakeshore.example", "Dana Whitfield"
        ),
        permission=True,
        source="the referral to Priya Raman in the interview log",
        instead="Dana Whitfield offered to introduce you to Priya Raman: wait for that "
        "introduction rather than writing cold. If it has not come by the agreed date, send a "
        "check-back on an introduction.",
    )
    kim = suggest(workspace, "referral", referral="kim ito")
    assert (kim.contact, kim.permission) == (
        Contact("Kim Ito", referred_by="Dana Whitfield"),
        False,
    )
    assert suggest(workspace, "referral", referral="Lee Chen") == Prefill(
        Contact(referred_by="Dana Whitfield")
    )


@pytest.mark.parametrize("kind", ["approach", "phone", "letter", "follow-up"])
def test_approaches_take_only_the_interviewee(workspace, kind):
    assert suggest(workspace, kind) == Prefill(DANA_CONTACT)


def test_without_a_logged_interview_no_thank_you_is_drafted(workspace):
    stranger = Profile(name="Lee Chen", organization="Contoso", title="CFO")
    assert suggest(workspace, "thanks", stranger) == Prefill(
        Contact("Lee Chen", "Contoso", "CFO"),
        instead="No interview with Lee Chen is logged: thank-yous and check-backs go to people "
        "you met. Type the name of someone you met in To, or log the interview on the Interview "
        "log.",
    )
    assert suggest(workspace, "approach", stranger) == Prefill(
        Contact("Lee Chen", "Contoso", "CFO")
    )


def test_the_addressee_is_the_person_typed_else_someone_met_for_a_thank_you(workspace):
    interviews = workspace.interviews()
    stranger = Profile(name="Priya Nair")
    assert addressee("thanks", stranger, [DANA, OMAR], interviews) == DANA  # met last
    assert addressee("approach", stranger, [DANA, OMAR], interviews) == stranger
    assert addressee("thanks", DANA, [], interviews, " omar haddad") == OMAR
    assert addressee("thanks", DANA, [], interviews, "Lee Chen") == Profile(name="Lee Chen")


def test_interviewee_is_the_named_saved_profile_else_the_current_one():
    assert interviewee(DANA, [OMAR, DANA]) == DANA
    assert interviewee(None, [OMAR]) == Profile()
    assert interviewee(DANA, [OMAR, DANA], " omar haddad ") == OMAR
    assert interviewee(DANA, [OMAR], "Lee Chen") == Profile(name="Lee Chen")


def test_logged_follow_ups_are_thanks_and_check_backs_as_recorded(workspace):
    assert logged_follow_ups(workspace.interviews()) == (
        thanks_due("Dana Whitfield", date(2026, 11, 2)),
        check_back_due("Dana Whitfield", date(2026, 11, 10), "Priya Raman"),
        thanks_due("Omar Haddad", date(2026, 11, 9), done=True),
        thanks_due("Dana Whitfield", date(2026, 11, 20)),
    )


def test_tracker_and_log_make_one_list_without_doubles(workspace):
    """The log is the one source of truth for a meeting it holds: the tracker's own record of
    meeting Dana (another check-back date, a thank-you ticked there) adds nothing."""
    tracked = [
        Tracked("Lee Chen", approached_on=date(2026, 11, 16)),
        Tracked(
            "dana whitfield",
            met_on=date(2026, 11, 2),
            thanked=True,
            introduce_to="Priya Raman",
            check_back_on=date(2026, 11, 12),
        ),
    ]
    logged = logged_follow_ups(workspace.interviews())
    rows = [
        (r.due.isoformat(), r.status, r.action)
        for r in reminders_for(tracked, date(2026, 11, 19), logged=logged)
    ]
    assert rows == [
        (
            "2026-11-03",
            "overdue",
            "Send Dana Whitfield a thank-you note (within a day of meeting)",
        ),
        ("2026-11-10", "done", "Send Omar Haddad a thank-you note (within a day of meeting)"),
        (
            "2026-11-10",
            "overdue",
            "Check back with Dana Whitfield about the introduction to Priya Raman, as agreed",
        ),
        (
            "2026-11-19",
            "due today",
            "No reply from Lee Chen after 3 business days: approach someone else too",
        ),
        (
            "2026-11-21",
            "upcoming",
            "Send Dana Whitfield a thank-you note (within a day of meeting)",
        ),
        ("2026-11-23", "upcoming", "Still no reply from Lee Chen: re-send your note"),
    ]


def test_the_same_step_twice_is_one_reminder_done_when_either_says_so():
    reminders = follow_ups(
        after_meetings=[
            thanks_due("Dana", date(2026, 11, 2)),
            thanks_due("DANA", date(2026, 11, 2), done=True),
        ],
        today=date(2026, 11, 5),
    )
    assert [(r.contact, r.status) for r in reminders] == [("DANA", "done")]
