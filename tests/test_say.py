"""Findings as speech: each failure quoted in issue 21, now said the way a student would say it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infoview.anonymize import Secrets
from infoview.findings import propose_findings
from infoview.findings.notes import is_finding_headline
from infoview.outreach.drafts import salutation
from infoview.research import read_research_path
from infoview.say import (
    parse_source,
    plain_title,
    round_amount,
    say_finding,
    say_source,
    say_statement,
)

DATA = Path(__file__).parent / "data"
LAST_YEAR = str(date.today().year - 1)


@pytest.mark.parametrize(
    ("source", "spoken"),
    [
        # "according to an ask a Manager responses"
        ("Ask a Manager responses 2023", "Ask a Manager's 2023 salary survey"),
        ("Glassdoor postings 2021", "Glassdoor job postings from 2021"),
        ("the Bureau of Labor Statistics", "the Bureau of Labor Statistics"),
        ("Journal of Accountancy", "the Journal of Accountancy"),
        ("Industry newsletter", "an industry newsletter"),
        # "I read this in Paul Sawers": a writer is named only with their publication
        ("Paul Sawers", ""),
        # "My research, mainly my research": the seeker's own tables are not a source to cite
        ("my research", ""),
        ("research.xlsx › Trends", ""),
    ],
)
def test_sources_are_named_as_people_name_them(source, spoken):
    assert say_source(source, about_pay=True) == spoken


def test_a_survey_a_government_table_and_a_news_story_are_each_said_their_own_way():
    assert say_finding(
        "Pay for Finance Director across all places is about $107,200 a year across 13 "
        "responses, the middle half between $84,400 and $145,000",
        "Ask a Manager responses 2023",
        "compensation",
    ) == (
        "In Ask a Manager's 2023 salary survey, pay for Finance Director is around $107,000 a year."
    )
    assert say_finding(
        "Employment of data scientists is projected to grow 35% from 2022 to 2032",
        "the Bureau of Labor Statistics",
        "trends",
    ) == (
        "The Bureau of Labor Statistics reports that employment of data scientists is projected "
        "to grow 35% from 2022 to 2032."
    )
    assert say_finding(
        "Chipmakers cut hiring of new graduates as orders slow",
        "Anthony Reyes in TechCrunch (September 2024)",
        "trends",
    ) == (
        "Anthony Reyes, writing in TechCrunch, reported in September 2024: Chipmakers cut hiring "
        "of new graduates as orders slow."
    )


def test_an_old_figure_says_its_year_and_never_passes_for_this_year():
    said = say_finding(
        "The published median pay for Emergency Management Directors is $79,180 a year "
        "($38.07 an hour), from 9,800 people",
        f"the Bureau of Labor Statistics {LAST_YEAR}",
        "compensation",
    )
    assert said == (
        f"In its {LAST_YEAR} figures, the Bureau of Labor Statistics reports that the median pay "
        "for Emergency Management Directors is around $79,000 a year."
    )
    said = say_finding("Employment in retail rose 18% from 2014 to 2016", "my research 2014")
    assert said == "In 2014 figures, jobs in retail rose 18% from 2014 to 2016."


def test_pay_in_capitals_without_a_currency_is_said_in_normal_case_and_honestly():
    # "Pay for SENIOR EMERGENCY MANAGEMENT COORD is about 87,000 a year ... (20% of all 10)"
    said = say_statement(
        "Pay for SENIOR EMERGENCY MANAGEMENT COORD is about 87,000 a year across two employee "
        "records (20% of all 10)",
        "compensation",
    )
    assert said == (
        "Pay for Senior Emergency Management Coordinator is around 87,000 a year, though my source "
        "does not say in which currency."
    )


def test_an_alias_list_and_an_occupation_code_leave_one_plain_title():
    assert plain_title("Chief Executives; CEO; Managing Director; President; Chair") == (
        "Chief Executives"
    )
    assert plain_title("Software Developers (15-1252)") == "Software Developers"
    assert plain_title("15-1252 Software Developers") == "Software Developers"
    assert plain_title("Software Developers, Applications") == "Software Developers, Applications"
    assert plain_title("VP OF FINANCE AND HR") == "VP of Finance and HR"
    assert plain_title("IT DIRECTOR (DoIT)") == "IT Director (DoIT)"  # mixed case kept as written
    assert plain_title("Sales/Marketing Manager") == "Sales/Marketing Manager"
    assert plain_title("Accountants and auditors * Account Auditor* Auditor") == (
        "Accountants and auditors"
    )
    assert plain_title("CHIEF EXECUTIVES*", sentence_case=True) == "Chief executives"


@pytest.mark.parametrize(
    ("amount", "spoken"),
    [(98_300, "98,000"), (4_213_000, "4.2 million"), (1_248, "1,200"), (640, "640")],
)
def test_numbers_are_rounded_as_people_say_them(amount, spoken):
    assert round_amount(amount) == spoken


def test_pesos_keep_their_own_code_and_other_currencies_their_mark():
    assert say_statement("Pay for Analista in Monterrey is about 52,300 MXN a year") == (
        "Pay for Analista in Monterrey is around 52,000 MXN a year."
    )
    assert say_statement("Pay for Analista in Sao Paulo is about R$52,300 a year") == (
        "Pay for Analista in Sao Paulo is around R$52,000 a year."
    )
    assert say_statement("Pay for Analyst in Madrid is about €38,400 a year") == (
        "Pay for Analyst in Madrid is around €38,000 a year."
    )


def test_an_org_chart_finding_is_a_real_question_from_what_the_seeker_knows():
    team = say_finding("Production has 209 people reporting to 10 managers", "", "organization")
    assert team == (
        "My notes show about 209 people in Production under 10 managers. How is that work "
        "divided between the teams?"
    )
    gap = say_finding(
        "I do not yet know who is the leader in Aeronautics Research Mission Directorate",
        "my org chart",
        "organization",
    )
    assert gap == (
        "I have Aeronautics Research Mission Directorate on my chart, but not who the leader is. "
        "Who holds that role?"
    )


def test_a_recruitment_channel_is_never_the_source_of_a_figure():
    # "according to CareerBuilder and Diversity Job Fair": two shapes of HR export
    for name in ("hr_export_salary_recruitment_source.csv", "payroll_source_of_hire_usd.csv"):
        tables = read_research_path(DATA / name).tables
        sources = {f.source for f in propose_findings(tables) if f.topic == "compensation"}
        assert sources == {"my research"}, name


def test_glossaries_guides_listicles_and_event_notices_are_not_findings():
    # Two sources of different shapes: a news export and a hand-kept reading list.
    news = read_research_path(DATA / "news_headlines_reference_and_events.csv").tables
    assert [(f.statement, f.source) for f in propose_findings(news)] == [
        (
            "Amazon tells corporate staff to return to the office five days a week",
            "Cody Marsh in TechCrunch (September 2024)",
        ),
        (
            "Chipmakers cut hiring of new graduates as orders slow",
            "Anthony Reyes in TechCrunch (September 2024)",
        ),
    ]
    reading = read_research_path(DATA / "trade_press_reading_list.csv").tables
    assert [f.statement for f in propose_findings(reading)] == [
        "Mid-size manufacturers move FP&A teams into shared service centers (entry roles shift "
        "toward analysis)"
    ]
    assert not is_finding_headline("The TechCrunch Cyber Glossary")
    assert is_finding_headline("Ibotta's CEO says startups should not time the IPO market")


def test_the_source_keeps_its_date_for_speech():
    assert parse_source("Paul Sawers in TechCrunch (September 2024)").date == "September 2024"
    assert parse_source("Ask a Manager responses 2023").kind == "survey"


def test_salutations_use_a_title_with_the_surname():
    assert salutation("Dr. Alan Chu") == "Dr. Chu"
    assert salutation("Prof Maria de la Cruz, PhD") == "Prof. Cruz"
    assert salutation("Dr. Chu, Alan") == "Dr. Chu"
    assert salutation("Lee Chen") == "Lee Chen"


def test_a_name_nobody_logged_becomes_someone_in_what_an_interview_said():
    # "<name> (contact details withheld) runs it"
    secrets = Secrets(people=("Dana Whitfield",), organizations=())
    assert secrets.scrub("Alan Chu (alan.chu@example.com) runs it") == (
        "Someone (contact details withheld) runs it"
    )
    assert secrets.scrub("Ask Priya K. about the Chief Financial Officer role") == (
        "Ask someone about the Chief Financial Officer role"
    )
    assert secrets.scrub("Dr. Chu says New York teams hire in March") == (
        "Someone says New York teams hire in March"
    )
    kept = Secrets(people=(), organizations=(), allowed=("Ravi Patel",))
    assert kept.scrub("Ravi Patel runs treasury") == "Ravi Patel runs treasury"


def test_an_alias_list_inside_a_pay_statement_keeps_the_first_title_and_the_place():
    # "a 27-title alias list inside a pay question", in two shapes of listing
    listed = (
        "The published median pay for Computer and information systems managers * Application "
        "Development Director* Chief Technology Officer* Computer Operations Manager is "
        "$159,010 a year"
    )
    assert say_statement(listed) == (
        "The median pay for Computer and information systems managers is around $159,000 a year."
    )
    semicolons = "Pay for Chief Executives; CEO; Managing Director in Boston, MA is about $200,500"
    assert say_statement(f"{semicolons} a year") == (
        "Pay for Chief Executives in Boston, MA is around $200,000 a year."
    )


def test_questions_collected_as_notes_are_not_findings():
    from infoview.findings.notes import _sayable

    assert not _sayable("When would you use linear regression instead of logistic regression", 2)
    assert not _sayable("How many hours do you work on excel. How much time for reports", 2)
    assert _sayable("Most difficult questions were related to SQL", 2)


def test_a_title_in_capitals_is_said_in_normal_case_wherever_it_stands():
    said = say_statement(
        "Pay for Sr Project Mgr - Mayor's Office is about 43% more than for PROJECT MGR - "
        "MAYOR'S OFFICE: $122,000 vs $85,000"
    )
    assert said == (
        "Pay for Senior Project Manager - Mayor's Office is about 43% more than for Project "
        "Manager - Mayor's Office: $122,000 vs $85,000."
    )


def test_a_slashed_list_of_postings_says_the_job_the_map_knows():
    assert plain_title("Walk-In Any Fresher's/Expr-MIS Executive/Reporting/Ops/Data Analyst") == (
        "Data Analyst"
    )


def test_title_abbreviations_and_two_word_capitals_are_said_in_full():
    assert plain_title("SENIOR EMERGENCY MANAGEMENT COORD") == (
        "Senior Emergency Management Coordinator"
    )
    assert plain_title("Sr. Mgr, FP&A") == "Senior Manager, FP&A"
    assert say_statement(
        "Pay for SENIOR PERFORMANCE ANALYST is about 12% more than for PERFORMANCE ANALYST: "
        "$75,000 vs $68,000",
        "compensation",
    ) == (
        "Pay for Senior Performance Analyst is about 12% more than for Performance Analyst: "
        "$75,000 vs $68,000."
    )


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        # a comma list inside one published name is not an alias list
        (
            "The published median pay for Life, physical, and social science occupations is "
            "$62,200 a year",
            "The median pay for Life, physical, and social science occupations is around "
            "$62,000 a year.",
        ),
        # a residual group of a statistical agency
        (
            "The published median pay for Data scientists and mathematical science occupations, "
            "all other is $98,000 a year",
            "The median pay for other data scientists and mathematical science occupations is "
            "around $98,000 a year.",
        ),
        # a country code is said as people say it; a city's state stays as written
        (
            "Pay for Data Scientist in US is about $152,000 a year across 40 responses",
            "Pay for Data Scientist in the US is around $152,000 a year.",
        ),
        (
            "Pay for Data Analyst in Boston, MA is about $52,000 a year",
            "Pay for Data Analyst in Boston, MA is around $52,000 a year.",
        ),
    ],
)
def test_published_names_and_places_said_as_people_say_them(statement, said):
    assert say_statement(statement, "compensation") == said


def test_a_group_said_without_what_it_leaves_out_and_one_manager_said_as_one():
    assert (
        say_statement(
            "The published median pay for Health and safety engineers, except mining safety "
            "engineers and inspectors is $94,000 a year",
            "compensation",
        )
        == "The median pay for Health and safety engineers is around $94,000 a year."
    )
    assert say_statement("Department 7 has 3 people reporting to 1 managers", "organization") == (
        "My notes show about 3 people in Department 7 under one manager. How is that work "
        "divided between the teams?"
    )


def test_a_residual_group_in_title_case_keeps_its_capitals():
    assert plain_title("Data Scientists and Mathematical Science Occupations, All Other") == (
        "other Data Scientists and Mathematical Science Occupations"
    )
    assert plain_title("Managers, all other") == "other managers"


@pytest.mark.parametrize(
    ("headline", "finding"),
    [
        # reviews and try-outs: what a thing is like to buy or use
        ("Pedal Co's cargo bike: sporty, stylish and powerful for $3,500", False),
        ("Hands-on with the Tidal smart ring", False),
        ("We tried the new Vela standing desk for a month", False),
        ("The Halo earbuds are 30% off this weekend", False),
        # products introduced by what they are
        ("Moona, the sleep-tracking device, makes bedtime a game", False),
        ("Stacks is a social network based on the books you read", False),
        # news about work, a field or an organization stays, prices of deals included
        ("Northwind buys a battery maker for $525M", True),
        ("Managers rethink the annual performance review", True),
        ("Acme, the parts maker, cuts 300 jobs", True),
        ("A startup raises $4M to build tools for accountants", True),
    ],
)
def test_reviews_and_product_pieces_are_not_findings(headline, finding):
    assert is_finding_headline(headline) is finding


def test_a_news_file_of_reviews_and_launches_gives_only_its_news_about_work():
    news = read_research_path(DATA / "tech_news_reviews_and_product_launches.csv").tables
    assert [f.statement for f in propose_findings(news)] == [
        "Regional banks move loan officers into shared underwriting hubs"
    ]


def test_a_count_series_named_by_the_thing_counted_is_said_as_their_number():
    series = read_research_path(DATA / "apprenticeships_started_by_sector.csv").tables
    assert [say_finding(f.statement, f.source, f.topic) for f in propose_findings(series)] == [
        "The number of apprenticeships of other kinds rose 133% from 2016 to 2022.",
        "The number of apprenticeships in health care rose 56% from 2016 to 2022.",
        "The number of apprenticeships in construction rose 23% from 2016 to 2022.",
    ]
    # a published series of another shape: a category after a dash, a note in brackets
    assert (
        say_statement(
            "Master's degree - other (new degree classification) rose 88% from 2010 to 2020: "
            "1,204 to 2,263",
            "trends",
        )
        == "The number of master's degrees of other kinds rose 88% from 2010 to 2020."
    )
    # a measure that is not a count of things keeps its name
    assert (
        say_statement(
            "Median pay for degree holders rose 4% from 2019 to 2023: 51,000 to 53,000", "trends"
        )
        == "Median pay for degree holders rose 4% from 2019 to 2023."
    )


def test_an_event_trackers_category_is_said_as_the_sector_of_its_companies():
    assert (
        say_statement("In 2022, Consumer had 19,756 people laid off across 37 companies", "trends")
        == "In 2022, companies in the consumer sector laid off about 19,800 people."
    )
    assert (
        say_statement("In 2021, Real Estate had 881 people laid off across two companies", "trends")
        == "In 2021, companies in the real estate sector laid off about 880 people."
    )


@pytest.mark.parametrize(
    ("headline", "spoken"),
    [
        (
            "Automakers are racing to hire battery engineers",
            "According to an industry newsletter, automakers are racing to hire battery engineers.",
        ),
        (
            "Recruiters report fewer openings for graduates",
            "According to an industry newsletter, recruiters report fewer openings for graduates.",
        ),
        (
            "Qualcomm plans a second design centre",
            "According to an industry newsletter, Qualcomm plans a second design centre.",
        ),
    ],
)
def test_a_headline_after_its_source_starts_in_lower_case_unless_it_starts_with_a_name(
    headline, spoken
):
    assert say_finding(headline, "an industry newsletter", "trends") == spoken


@pytest.mark.parametrize(
    ("headline", "finding"),
    [
        ("Elon Musk threatened with SEC sanctions for failing to appear in court", False),
        ("Priya Raman sentenced to two years for wire fraud", False),
        ("Amazon sued by FTC over Prime cancellations", True),
        ("Meta faces trial over hiring practices", True),
        ("Sundar Pichai announces a fund for AI education", True),
    ],
)
def test_a_persons_legal_trouble_is_no_finding_and_an_organizations_is(headline, finding):
    assert is_finding_headline(headline) is finding


def test_a_headlines_chatty_opening_is_not_said():
    assert say_statement("Yup, Jony Ive is working on an AI device startup with OpenAI") == (
        "Jony Ive is working on an AI device startup with OpenAI."
    )
    assert say_statement("So, what now for remote hiring?").startswith("What now")


@pytest.mark.parametrize(
    ("place", "said"),
    [
        ("United States of America", "the US"),
        ("United Kingdom of Great Britain and Northern Ireland", "the UK"),
        ("Netherlands", "the Netherlands"),
        ("Germany", "Germany"),
    ],
)
def test_a_countrys_formal_name_is_said_as_people_say_it(place, said):
    assert say_statement(f"Pay for Data analyst in {place} is about $74,000 a year") == (
        f"Pay for Data analyst in {said} is around $74,000 a year."
    )


def test_a_field_named_alone_as_the_role_is_said_as_roles_in_it():
    assert say_statement(
        "One response puts pay for Blockchain in India at about $4,800 a year", "compensation"
    ) == ("One response puts pay for blockchain roles in India at around $4,800 a year.")
    assert say_statement("Pay for Marketing is about $52,000 a year", "compensation") == (
        "Pay for marketing roles is around $52,000 a year."
    )
    assert say_statement("Pay for Nurse is about $52,000 a year", "compensation") == (
        "Pay for Nurse is around $52,000 a year."
    )


def test_an_abbreviation_run_into_the_next_word_is_said_as_two_words():
    assert plain_title("Sr.Software Developer") == "Senior Software Developer"
    assert plain_title("Sr. Data Analyst") == "Senior Data Analyst"


def test_a_field_of_two_words_is_said_as_roles_in_it_too():
    assert (
        say_statement(
            "Pay for Human Resources in San Francisco, CA is about $200,000 a year", "compensation"
        )
        == "Pay for human resources roles in San Francisco, CA is around $200,000 a year."
    )
