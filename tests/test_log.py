"""The interview log: outcome aggregation, statuses, follow-ups and building an entry."""

from __future__ import annotations

from datetime import date

import pytest

from infoview.errors import LogError
from infoview.hypotheses import by_priority, custom_hypothesis
from infoview.log import (
    Interview,
    LogTarget,
    Outcome,
    Referral,
    Status,
    aggregate,
    build_interview,
    done_changes,
    finding_hypotheses,
    planned_follow_ups,
    statuses,
    with_statuses,
)
from infoview.profile import Profile

DANA = Profile(name="Dana Whitfield", organization="Northwind Motors", seniority="senior")
HELD = date(2026, 11, 20)


def said(*results: str, hypothesis: str = "h1") -> list[Outcome]:
    return [Outcome(hypothesis, "statement", result) for result in results]


@pytest.mark.parametrize(
    ("results", "label", "tested", "name"),
    [
        ((), "untested", 0, "untested"),
        (("not discussed",), "untested, 1 not discussed", 0, "untested"),
        (("supported", "supported", "refuted"), "2 supported, 1 refuted", 3, "contested"),
        (("supported", "nuanced", "refuted"), "1 supported, 1 refuted, 1 nuanced", 3, "contested"),
        (("supported", "supported"), "2 supported", 2, "supported"),
        (("refuted", "not discussed"), "1 refuted, 1 not discussed", 1, "refuted"),
        (("nuanced", "supported"), "1 supported, 1 nuanced", 2, "nuanced"),
    ],
)
def test_a_status_counts_outcomes_and_names_them(results, label, tested, name):
    status = aggregate(said(*results)).get("h1", Status())
    assert (status.label, status.tested, status.name) == (label, tested, name)
    assert status.contested == (name == "contested")


def test_aggregate_groups_outcomes_by_hypothesis_across_interviews():
    first = Interview(DANA, HELD, tuple(said("supported") + said("refuted", hypothesis="h2")))
    second = Interview(DANA, HELD, tuple(said("refuted") + said("refuted", hypothesis="h2")))
    assert statuses([first, second]) == {
        "h1": Status(supported=1, refuted=1),
        "h2": Status(refuted=2),
    }


def test_later_sheets_prefer_untested_and_contested_hypotheses():
    settled, contested, untested, refuted = (
        custom_hypothesis(text) for text in ("Settled", "Contested", "Untested", "Refuted")
    )
    known = {
        settled.id: Status(supported=2),
        contested.id: Status(supported=1, refuted=1),
        refuted.id: Status(refuted=1),
    }
    marked = with_statuses([settled, contested, untested, refuted], known)
    assert [h.status for h in marked] == ["supported", "contested", "untested", "refuted"]
    assert [h.statement for h in by_priority(marked)] == [
        "Contested",
        "Untested",
        "Settled",
        "Refuted",
    ]


def test_follow_ups_thank_you_next_day_and_check_back_on_the_agreed_day():
    interview = Interview(
        DANA,
        HELD,
        referrals=(
            Referral("Priya Raman", will_introduce=True, check_back_days=10),
            Referral("Omar Haddad", may_use_my_name=True),
        ),
    )
    assert [(f.due_on, f.action) for f in planned_follow_ups(interview)] == [
        (date(2026, 11, 21), "Send Dana Whitfield a thank-you note (within a day of meeting)"),
        (
            date(2026, 11, 30),
            "Check back with Dana Whitfield about the introduction to Priya Raman, as agreed",
        ),
    ]
    sent = Interview(DANA, HELD, thank_you_sent=True)
    assert planned_follow_ups(sent) == ()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": " "}, "A referral needs a name: type who they suggested you contact."),
        (
            {"name": "Priya", "check_back_days": 3},
            "Check back after 3 days is out of range: agree on 7 to 10 days after the interview.",
        ),
    ],
)
def test_a_bad_referral_says_what_to_do(kwargs, message):
    with pytest.raises(LogError) as caught:
        Referral(**kwargs)
    assert str(caught.value) == message


def test_only_follow_ups_whose_tick_changed_are_reported():
    rows = [
        {"due": "2026-11-21", "action": "Thank", "done": False, "id": 1},
        {"due": "2026-11-28", "action": "Check", "done": True, "id": 2},
    ]
    edited = [{**rows[0], "done": True}, {**rows[1]}]
    assert done_changes(rows, edited) == {1: True}
    assert done_changes(rows, rows) == {}


def test_an_unknown_outcome_names_the_hypothesis():
    with pytest.raises(LogError) as caught:
        Outcome("h1", "Pay is rising", "maybe")
    assert str(caught.value) == (
        'Outcome "maybe" for "Pay is rising" is not one of supported, refuted, nuanced, '
        "not discussed; pick one of those."
    )


def test_build_interview_pairs_outcomes_with_the_target_hypotheses():
    target = LogTarget("Sheet #1", DANA, (("h1", "Pay is rising"), ("h2", "Teams are small")), 1)
    interview = build_interview(
        target,
        HELD,
        [("supported", " Saw it too "), ("not discussed", "")],
        findings="Plants hire from audit firms\n\n  Bonuses are rare  \n",
        org_type="  a large   automaker ",
        today=HELD,
    )
    assert interview.outcomes == (
        Outcome("h1", "Pay is rising", "supported", "Saw it too"),
        Outcome("h2", "Teams are small", "not discussed", ""),
    )
    assert interview.new_findings == ("Plants hire from audit firms", "Bonuses are rare")
    assert (interview.org_type, interview.sheet_id) == ("a large automaker", 1)
    with pytest.raises(LogError, match="2026-11-21 is in the future"):
        build_interview(target, date(2026, 11, 21), [], today=HELD)


def test_new_findings_become_flagged_hypotheses_from_that_interview():
    interview = Interview(DANA, HELD, new_findings=("Dana Whitfield says bonuses are rare",))
    (hypothesis,) = finding_hypotheses(interview, lambda text: text.replace("Dana Whitfield", "X"))
    assert (hypothesis.statement, hypothesis.source, hypothesis.flagged, hypothesis.custom) == (
        "X says bonuses are rare",
        "interview on 2026-11-20",
        True,
        True,
    )
