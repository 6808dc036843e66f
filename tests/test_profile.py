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
