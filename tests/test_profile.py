"""Interviewee profiles: valid values pass, bad ones say what to use instead."""

import pytest

from infoview.errors import ProfileError
from infoview.profile import Profile


def test_defaults_are_a_mid_level_fifteen_minute_meeting():
    profile = Profile()
    assert (profile.seniority, profile.minutes, profile.display_name) == (
        "mid",
        15,
        "the interviewee",
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"seniority": "intern"},
            'Seniority "intern" is not one of junior, mid, senior, executive.',
        ),
        ({"specialty": "  "}, "Specialty is empty: pick one or type the person's field."),
        (
            {"minutes": 3},
            "Meeting length 3 min is out of range: use 5 to 120 minutes (15 is the norm).",
        ),
    ],
)
def test_bad_values_are_refused_with_a_message(changes, message):
    with pytest.raises(ProfileError) as caught:
        Profile(**changes)
    assert str(caught.value) == message


def test_the_title_is_placed_in_the_occupation_map_with_its_level():
    placement = Profile(title="Sr. Charge Nurse", specialty="healthcare").placement
    assert (placement.code, placement.title, placement.level) == (
        "29-1141",
        "Registered Nurses",
        "senior",
    )


def test_a_specialty_is_placed_when_the_title_names_no_work():
    assert Profile(title="Team 4", specialty="marine biology").placement.code == "19-1023"
    assert Profile(specialty="finance").placement.code == "13-2000"
    unknown = Profile(title="Team 4").placement
    assert (unknown.known, unknown.level) == (False, None)


def test_a_pinned_occupation_wins_over_the_title():
    placement = Profile(title="Lead Analyst", occupation="15-2041").placement
    assert (placement.code, placement.title, placement.level) == (
        "15-2041",
        "Statisticians",
        "lead",
    )


def test_a_pinned_occupation_must_be_a_soc_code():
    with pytest.raises(ProfileError) as caught:
        Profile(occupation="99-9999")
    assert str(caught.value) == (
        'Occupation "99-9999" is not a 2018 SOC code: use one like 15-2051 '
        "(python -m infoview occupation TITLE finds it)."
    )


def test_their_work_is_the_specialty_typed_else_the_occupation_placed():
    assert Profile(specialty="finance", title="Sr. FP&A Mgr").work == "finance"
    assert Profile(title="Charge Nurse").work == "Registered Nurses"
    assert Profile(title="Team 4").work == ""
