"""Hypotheses as editor rows and back, and merging new findings into edited hypotheses."""

from infoview.findings import Finding
from infoview.hypotheses import custom_hypothesis, from_finding, from_rows, merge_findings, to_rows

PAY = Finding("com-1", "compensation", "Median pay for Analyst is about $70,000", "Survey", "t")
TREND = Finding("tre-1", "trends", "Rolling forecasts replace budgets", "News", "t", preflag=True)


def test_rows_round_trip_applies_flag_priority_and_wording():
    hypotheses = [from_finding(PAY), from_finding(TREND)]
    rows = to_rows(hypotheses)
    rows[0].update(flag=True, priority="high", statement="  Analysts earn about  $70k ")
    updated = from_rows(hypotheses, rows)
    assert [(h.id, h.flagged, h.priority, h.statement) for h in updated] == [
        ("com-1", True, "high", "Analysts earn about $70k"),
        ("tre-1", True, "high", "Rolling forecasts replace budgets"),
    ]


def test_rows_not_shown_keep_their_values():
    hypotheses = [from_finding(PAY), from_finding(TREND)]
    rows = [{**to_rows(hypotheses)[1], "flag": False}]
    assert [h.flagged for h in from_rows(hypotheses, rows)] == [False, False]
    assert from_rows(hypotheses, rows)[0] is hypotheses[0]


def test_an_invalid_priority_or_empty_wording_keeps_the_previous_value():
    hypotheses = [from_finding(PAY)]
    rows = to_rows(hypotheses)
    rows[0].update(priority=None, statement="")
    [updated] = from_rows(hypotheses, rows)
    assert (updated.priority, updated.statement) == ("medium", PAY.statement)


def test_merge_keeps_edits_and_own_hypotheses_and_drops_findings_that_left():
    edited = from_rows([from_finding(PAY)], [{**to_rows([from_finding(PAY)])[0], "flag": True}])
    own = custom_hypothesis("Hiring slows in the fourth quarter")
    merged = merge_findings([*edited, own], [TREND, PAY])
    assert [(h.id, h.flagged) for h in merged] == [("tre-1", True), ("com-1", True), (own.id, True)]
    assert merge_findings(merged, []) == [own]
