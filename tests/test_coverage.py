"""Coverage counts and figures for a planned sheet."""

from infoview.coverage import (
    compute_coverage,
    flagged_by_topic_figure,
    hypothesis_coverage_figure,
    left_out,
    org_gaps_figure,
    section_minutes_figure,
    topics_covered_figure,
)
from infoview.hypotheses import Hypothesis
from infoview.profile import Profile
from infoview.questions.model import PlannedQuestion, Reason, Section, Sheet

HIGH = Hypothesis("h1", "Pay is about $70k", "compensation", "high", True)
LOW = Hypothesis("h2", "Hiring is slow", "trends", "low", True)


def question(qid: str, section: str, minutes: float, hypothesis: str | None = None):
    return PlannedQuestion(
        qid, section, f"Question {qid}?", minutes, hypothesis, (Reason("general", "because"),)
    )


SHEET = Sheet(
    profile=Profile(minutes=15),
    sections=(
        Section("rapport", (question("r", "rapport", 1.5),)),
        Section("career", (question("c", "career", 1.5, "h1"),)),
    ),
    if_time_permits=(question("i", "industry", 1.5, "h2"),),
    hypotheses=(HIGH, LOW),
)


def test_counts_covered_hypotheses_and_minutes_per_section():
    coverage = compute_coverage(SHEET)
    assert coverage.to_dict() == {
        "hypotheses_flagged": 2,
        "hypotheses_covered": 1,
        "by_section_minutes": {"rapport": 1.5, "career": 1.5},
    }
    assert coverage.planned_ids == frozenset({"h2"})


def test_left_out_names_each_flagged_hypothesis_no_planned_question_tests():
    assert left_out(SHEET) == {"low": ("Hiring is slow",)}


def test_hypothesis_figure_stacks_covered_and_left_out_by_priority():
    figure = hypothesis_coverage_figure(SHEET)
    assert [list(bar.y) for bar in figure.data] == [[1, 0, 0], [0, 0, 1]]
    assert figure.layout.xaxis.title.text == "Priority"


def test_section_figure_titles_the_budget():
    figure = section_minutes_figure(SHEET)
    assert figure.layout.title.text == "Minutes per section (3 of 15 planned)"
    assert list(figure.data[0].y) == ["Their path", "Career & compensation"]


GAP = Hypothesis("o1", "I do not yet know who is the Controller in Finance", "organization")
OTHER_GAP = Hypothesis(
    "o2", "I do not yet know who is the CFO in Finance", "organization", flagged=True
)


def test_topics_figure_splits_each_topic_by_status():
    figure = topics_covered_figure(SHEET, [HIGH, LOW, GAP])
    assert [(bar.name, list(bar.y), list(bar.x)) for bar in figure.data] == [
        ("On the sheet", ["compensation", "organization", "trends"], [1, 0, 0]),
        ("Flagged, not on the sheet", ["compensation", "organization", "trends"], [0, 0, 1]),
        ("Not flagged", ["compensation", "organization", "trends"], [0, 1, 0]),
    ]


def test_org_gaps_figure_lists_each_unknown_box_with_its_status():
    figure = org_gaps_figure(SHEET, [HIGH, GAP, OTHER_GAP])
    assert list(figure.data[0].y) == ["Controller in Finance", "CFO in Finance"]
    assert list(figure.data[0].text) == ["Not flagged", "Flagged, not on the sheet"]
    assert figure.layout.title.text == (
        "Org-chart gaps the sheet targets: 0 of 2 (an outsider: ask about competitors instead)"
    )
    assert org_gaps_figure(SHEET, [HIGH]) is None


def test_flagged_by_topic_counts():
    figure = flagged_by_topic_figure([HIGH, LOW, GAP])
    assert [list(bar.x) for bar in figure.data] == [[1, 0, 1], [0, 1, 0]]
