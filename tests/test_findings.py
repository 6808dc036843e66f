"""Findings come from every research table kind, with figure, sample size and source."""

from pathlib import Path

import pytest

from infoview.findings import contact_targets, guess_topic, propose_findings
from infoview.research import read_research_path

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_research.xlsx"


def findings_of(path):
    return propose_findings(read_research_path(path).tables)


def test_the_sample_workbook_gives_pay_trend_and_org_chart_findings():
    found = findings_of(SAMPLE)
    assert [(f.topic, f.statement, f.source) for f in found][::4] == [
        (
            "compensation",
            "Median pay for Financial Analyst in Detroit, MI is about $68,000 (3 data points)",
            "Job posting, Pay survey 2026",
        ),
        (
            "compensation",
            "Median pay for FP&A Manager in Detroit, MI is about $118,000 (1 data point)",
            "Pay survey 2026",
        ),
        (
            "trends",
            "Tariff changes push parts makers to re-source components (analysts spend more "
            "time on scenario planning)",
            "Business daily",
        ),
    ]
    assert [f.topic for f in found].count("organization") == 3
    assert found[0].figure == "$68,000"
    assert found[0].sample_size == 3


def test_finding_ids_are_stable():
    assert [f.id for f in findings_of(SAMPLE)] == [f.id for f in findings_of(SAMPLE)]
    assert findings_of(SAMPLE)[0].id == "com-e74463cf"


def test_pay_ranges_are_summarised_with_the_people_reported():
    found = findings_of(DATA / "salary_ranges_with_sample_size.csv")
    assert [(f.statement, f.figure, f.sample_size, f.source) for f in found] == [
        (
            "Pay for Data Analyst in Austin ranges from about $62,000 to $85,000 "
            "(2 data points, 200 people reported)",
            "$62,000 to $85,000",
            200,
            "Pay survey 2026, Salary site",
        ),
        (
            "Pay for Data Engineer in Remote ranges from about $95,000 to $130,000 "
            "(1 data point, 40 people reported)",
            "$95,000 to $130,000",
            40,
            "Pay survey 2026",
        ),
    ]


def test_each_note_is_a_finding_with_its_topic_given_or_guessed():
    found = findings_of(DATA / "notes_with_topics.csv")
    assert [(f.topic, f.statement, f.source) for f in found] == [
        ("lifestyle", "Analysts here often work weekends during the close", "my notes"),
        ("general", "Most new hires come through the graduate programme", "my notes"),
        ("compensation", "Bonuses are a small share of pay for junior staff", "my notes"),
    ]


@pytest.mark.parametrize(
    ("statement", "topic"),
    [
        ("Starting salaries rose 5% last year", "compensation"),
        ("Bonus pools are shrinking", "compensation"),
        ("Consultants travel four days a week", "lifestyle"),
        ("Juniors are on call most weekends", "lifestyle"),
        ("Remote care is growing fast", "general"),
        ("Regulation raises compliance costs", "general"),
        ("Analysts log long hours at quarter end", "lifestyle"),
        ("Rolling forecasts replace annual budgets", "general"),
    ],
)
def test_guess_topic(statement, topic):
    assert guess_topic(statement) == topic


def test_contact_targets_leave_out_the_interviewees_organization():
    tables = read_research_path(SAMPLE).tables
    assert contact_targets(tables, exclude="northwind motors") == [
        "Lakeshore Auto Parts",
        "Great Lakes Mobility",
        "Prairie Freight",
        "Midway Logistics",
    ]
