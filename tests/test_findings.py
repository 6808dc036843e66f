"""Findings come from every research table kind, with figure, sample size and source."""

from pathlib import Path

import pytest

from infoview.findings import guess_topic, propose_findings
from infoview.research import read_research_path
from infoview.research.table import retype_table

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_research.xlsx"


def findings_of(path):
    return propose_findings(read_research_path(path).tables)


def test_the_sample_workbook_gives_pay_trend_and_org_chart_findings():
    found = findings_of(SAMPLE)
    assert [(f.topic, f.statement, f.source) for f in found][::4] == [
        (
            "compensation",
            "Pay for Financial Analyst in Detroit, MI is about $68,000 a year across three "
            "salary reports, from $64,000 to $71,500",
            "Job posting, Pay survey 2026",
        ),
        (
            "compensation",
            "One salary report puts pay for FP&A Manager in Detroit, MI at about $118,000 a year",
            "Pay survey 2026",
        ),
        (
            "trends",
            "Shared-service centres take over routine accounting work (entry roles shift toward "
            "analysis and business partnering)",
            "Consulting report (June 2026)",  # its date cell gives the month
        ),
        (
            "organization",
            "I do not yet know who is the Head of Supplier Finance in Procurement, reporting to "
            "Chief Financial Officer",
            "my org chart",
        ),
    ]
    assert [f.topic for f in found].count("organization") == 3
    assert found[0].figure == "$68,000"
    assert found[0].sample_size == 3


def test_finding_ids_are_stable():
    assert [f.id for f in findings_of(SAMPLE)] == [f.id for f in findings_of(SAMPLE)]
    assert findings_of(SAMPLE)[0].id == "com-1ea6ad73"


POSTINGS = DATA / "job_postings_two_cities_sentinels_euros.csv"


def test_pay_findings_give_evidence_in_words_comparisons_and_shares():
    # Delta's two equal Austin rows are two postings: nothing (an id, a link, a description)
    # says one posting was scraped twice
    found = findings_of(POSTINGS)
    assert [(f.statement, f.figure, f.sample_size) for f in found] == [
        (
            "Pay for Data Analyst in Austin, TX is about $66,000 a year across five postings, "
            "the middle half between $64,000 and $66,000",
            "$66,000",
            5,
        ),
        (
            "Pay for Data Analyst in San Francisco, CA is about $85,000 a year across four "
            "postings, the middle half between $83,000 and $87,000",
            "$85,000",
            4,
        ),
        (
            "Pay for Senior Data Analyst in Austin, TX is about $92,000 a year across three "
            "postings (23% of all 13), from $88,000 to $95,000",
            "$92,000",
            3,
        ),
        ("One posting puts pay for Data Analyst in Berlin at about €58,000 a year", "€58,000", 1),
        (
            "Pay for Data Analyst across all places is about $70,000 a year across nine "
            "postings (77% of all 13), the middle half between $66,000 and $84,000",
            "$70,000",
            9,
        ),
        (
            "Pay for Data Analyst is about 29% more in San Francisco, CA than in Austin, TX: "
            "$85,000 vs $66,000, from 4 and 5 postings",
            "$85,000",
            9,
        ),
        (
            "Pay for Senior Data Analyst in Austin, TX is about 39% more than for Data Analyst: "
            "$92,000 vs $66,000, from 3 and 5 postings",
            "$92,000",
            8,
        ),
    ]


def test_pay_strength_grows_with_evidence_and_topics_name_the_field():
    strengths = {f.statement.split(" a year")[0]: f.strength for f in findings_of(POSTINGS)}
    assert strengths["One posting puts pay for Data Analyst in Berlin at about €58,000"] == 0.2
    assert strengths["Pay for Data Analyst in Austin, TX is about $66,000"] == 0.539
    assert {f.topics for f in findings_of(POSTINGS)} == {("compensation", "data")}


def test_published_figures_say_so_and_hourly_pay_shows_its_rate(tmp_path):
    path = tmp_path / "ons_ashe_hourly.csv"
    path.write_text(
        "Occupation,Median hourly pay (GBP)\nProfessional Occupations,20.44\n"
        "All occupations,15.00\nCarers,11.50\n",
        encoding="utf-8",
    )
    assert [(f.statement, f.source) for f in findings_of(path)] == [
        (
            "The published median pay for Professional Occupations is £42,500 a year (£20.44 an "
            "hour)",
            "the Office for National Statistics",
        ),
        (
            "The published median pay for Carers is £23,900 a year (£11.50 an hour)",
            "the Office for National Statistics",
        ),
    ]


def test_amounts_nothing_gives_a_currency_are_dollars_with_a_note_saying_so(tmp_path):
    path = tmp_path / "offers.csv"
    path.write_text("Role,Base\nAnalyst,52000\nAnalyst,56000\n", encoding="utf-8")
    assert [f.statement for f in findings_of(path)] == [
        "Pay for Analyst is about $54,000 a year across two offer letters, from $52,000 to $56,000"
    ]
    (table,) = read_research_path(path).tables
    assert [i.code for i in table.issues] == ["currency-assumed"]
    assert "pick it on the Research page" in table.issues[0].message


def test_ids_survive_inserting_a_row_and_editing_another(tmp_path):
    before, after = tmp_path / "before" / "news.csv", tmp_path / "after" / "news.csv"
    before.parent.mkdir()
    after.parent.mkdir()
    before.write_text(
        "Headline,Source\nBanks move forecasting to the cloud,Trade daily\n"
        "Plants hire more cost accountants,Business weekly\n",
        encoding="utf-8",
    )
    after.write_text(
        "Headline,Source\nA new headline added on top of the list,Blog\n"
        "Banks move forecasting to the cloud,Trade daily\n"
        "Plants hire more cost accountants,Business weekly\n",
        encoding="utf-8",
    )
    old = {f.statement: f.id for f in findings_of(before)}
    new = {f.statement: f.id for f in findings_of(after)}
    assert len(new) == 3
    assert all(new[statement] == old[statement] for statement in old)


def test_a_pay_finding_keeps_its_id_when_its_figure_changes(tmp_path):
    first, second = tmp_path / "a" / "pay.csv", tmp_path / "b" / "pay.csv"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text("Role,City,Base\nAnalyst,Austin,$50000\n", encoding="utf-8")
    second.write_text(
        "Role,City,Base\nCook,Austin,$30000\nAnalyst,Austin,$50000\nanalyst ,Austin,$54000\n",
        encoding="utf-8",
    )
    (old,) = findings_of(first)
    new = {f.id: f.statement for f in findings_of(second)}
    assert new[old.id].startswith("Pay for Analyst in Austin is about $52,000 a year")


def test_repeated_headlines_give_one_finding_and_labels_give_none(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "Headline,Source\nBanks move forecasting to the cloud,https://www.techcrunch.com/x\n"
        "Banks move  forecasting to the cloud.,https://www.techcrunch.com/x\n"
        "Fintech,Blog\nCall our referral service on 1300 135 070 today,Blog\n",
        encoding="utf-8",
    )
    assert [(f.statement, f.source) for f in findings_of(path)] == [
        ("Banks move forecasting to the cloud", "TechCrunch")
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


def test_row_labels_of_a_statistics_table_are_not_notes(tmp_path):
    path = tmp_path / "projections.csv"
    path.write_text(
        "Note,Employment 2014,Employment 2024\nSoftware developers,1114.0,1250.3\n"
        "Registered nurses,2751.0,3190.3\n",
        encoding="utf-8",
    )
    (table,) = read_research_path(path).tables
    assert propose_findings([retype_table(table, "notes", {"note": "Note"})]) == []


def test_an_event_tracker_gives_totals_per_category_and_year(tmp_path):
    path = tmp_path / "layoffs.csv"
    path.write_text(
        "company,total_laid_off,date,industry\nAcme Stores,400,2022-03-01,Retail\n"
        "Birch Mart,600,2022-07-15,Retail\nAcme Stores,100,2022-11-02,Retail\n"
        "Cobalt Bank,250,2023-01-10,Finance\nDelta Co,90,2023-02-01,Other\n",
        encoding="utf-8",
    )
    assert [f.statement for f in findings_of(path)] == [
        "In 2022, Retail had 1,100 people laid off across two companies",
        "In 2023, Finance had 250 people laid off across one company",
    ]


COLLECTED_QUESTIONS = (
    "Company,Interview question,Type\n"
    "Acme,Tell me about a time you disagreed with a manager.,behavioral\n"
    "Globex,Write a query that finds repeat buyers.,technical\n"
    "Initech,How would you size the market for bike locks?,case\n"
    "Umbrella,Describe a project you are proud of.,behavioral\n"
    "Hooli,What is a left join?,technical\n"
    "Vandelay,Why do you want to work here?,behavioral\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("interview_questions_by_type.csv", COLLECTED_QUESTIONS),
        (
            "study_guide.tsv",
            COLLECTED_QUESTIONS.replace(",", "\t")
            .replace("Interview question", "Questions asked")
            .replace("Type", "Category"),
        ),
    ],
)
def test_collected_interview_questions_give_the_kinds_that_come_up_most(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    (finding,) = propose_findings(read_research_path(path).tables)
    assert (finding.topic, finding.statement, finding.sample_size) == (
        "general",
        "In the interview questions people reported, behavioral questions come up most, "
        "ahead of technical and case ones",
        6,
    )


def test_collected_interview_questions_without_kinds_give_no_finding(tmp_path):
    path = tmp_path / "questions.csv"
    path.write_text("Company,Interview question\nAcme,What is a left join?\nHooli,Why us?\n")
    assert propose_findings(read_research_path(path).tables) == []
