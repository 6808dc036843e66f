"""Hypotheses: priority and status order, own hypotheses with a guessed topic."""

from infoview.hypotheses import Hypothesis, by_priority, custom_hypothesis, left_behind


def test_by_priority_puts_high_first_and_open_before_settled():
    hypotheses = [
        Hypothesis("a", "A", "trends", "low", True),
        Hypothesis("b", "B", "trends", "high", True, status="supported"),
        Hypothesis("c", "C", "trends", "high", True, status="contested"),
        Hypothesis("d", "D", "trends", "medium", False),
        Hypothesis("e", "E", "trends", "high", True),
    ]
    assert [h.id for h in by_priority(hypotheses)] == ["c", "e", "b", "a"]


def test_own_hypotheses_are_flagged_high_with_a_guessed_topic():
    pay = custom_hypothesis("  Entry   salaries here are about $60k ")
    assert (pay.statement, pay.topic, pay.priority, pay.flagged, pay.custom) == (
        "Entry salaries here are about $60k",
        "compensation",
        "high",
        True,
        True,
    )
    assert custom_hypothesis("Finance is moving to rolling forecasts").topic == "general"
    assert custom_hypothesis("Org gaps", topic="organization").topic == "organization"
    assert pay.id == custom_hypothesis("entry salaries here are about $60k").id


def test_left_behind_keeps_gone_findings_that_carry_the_seekers_work():
    flagged = Hypothesis("f", "Flagged", "trends", flagged=True)
    tested = Hypothesis("t", "Tested", "trends")
    untouched = Hypothesis("u", "Untouched", "trends")
    remaining = Hypothesis("r", "Still there", "trends", flagged=True)
    own = custom_hypothesis("My own idea")
    before = [flagged, tested, untouched, remaining, own]
    assert left_behind(before, [remaining, own], logged={"t"}) == [flagged, tested]
