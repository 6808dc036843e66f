"""Hypotheses: priority and status order, own hypotheses with a guessed topic."""

from infoview.hypotheses import (
    Hypothesis,
    by_priority,
    custom_hypothesis,
    left_behind,
    occupation_groups,
    shown_hypotheses,
)


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


def placed_hypotheses() -> list[Hypothesis]:
    """Findings about nurses (two kinds), a nursing assistant, a data scientist and none."""
    return [
        Hypothesis("rn1", "Pay for Registered Nurse", "compensation", occupation="29-1141"),
        Hypothesis("rn2", "Registered nurses work nights", "work", occupation="29-1141"),
        Hypothesis("lpn", "Pay for Licensed Practical Nurse", "compensation", occupation="29-2061"),
        Hypothesis("cna", "Pay for Nursing Assistant", "compensation", occupation="31-1131"),
        Hypothesis("ds", "Pay for Data Scientist", "compensation", occupation="15-2051"),
        Hypothesis("field", "Health care is growing", "trends", occupation="29-0000"),
        custom_hypothesis("Hospitals hire analysts from nursing"),
    ]


def test_occupation_groups_name_major_then_minor_groups_with_counts():
    assert [g.label for g in occupation_groups(placed_hypotheses())] == [
        "Healthcare Practitioners and Technical (4)",
        "· Healthcare Diagnosing or Treating Practitioners (2)",
        "· Health Technologists and Technicians (1)",
        "Computer and Mathematical (1)",
        "· Mathematical Science (1)",
        "Healthcare Support (1)",
        "· Home Health and Personal Care Aides; and Nursing Assistants, Orderlies, and "
        "Psychiatric Aides (1)",
        "Not about one occupation (1)",
    ]


def test_the_group_filter_keeps_findings_in_any_chosen_group():
    hypotheses = placed_hypotheses()

    def shown(*groups: str) -> list[str]:
        return [h.id for h in shown_hypotheses(hypotheses, {}, groups=groups)]

    assert shown("29-0000") == ["rn1", "rn2", "lpn", "field"]
    assert shown("29-1000", "31-0000") == ["rn1", "rn2", "cna"]
    assert shown("") == [hypotheses[-1].id]
    assert shown() == [hypotheses[-1].id, "rn1", "rn2", "lpn", "cna", "ds", "field"]
