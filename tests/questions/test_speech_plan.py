"""The planned sheet as speech: pay kept to its share of the time, the seeker's own line, and
nothing put back to the person who said it (issue 21)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from infoview.anonymize import Secrets
from infoview.findings import propose_findings
from infoview.hypotheses import Hypothesis, from_finding
from infoview.learning import learned_sheet
from infoview.log import Interview, Outcome, finding_hypotheses
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research_path
from tests.conftest import DATA

BANK = load_bank()
CFO = Profile(
    name="Mara Lind",
    organization="Fabrikam",
    title="Chief Financial Officer",
    seniority="executive",
    specialty="finance",
    minutes=30,
)
FINANCE_PAY = tuple(
    Hypothesis(
        f"p{n}",
        f"Pay for {role} across all places is about ${pay:,} a year across 12 responses",
        "compensation",
        "medium",
        True,
        "Ask a Manager responses 2023",
    )
    for n, (role, pay) in enumerate(
        [
            ("Finance Director", 107_200),
            ("Director of Finance", 130_000),
            ("Finance Manager", 108_000),
            ("Senior Financial Analyst", 100_000),
            ("Financial Analyst", 83_900),
            ("Controller", 120_500),
        ]
    )
)


def test_a_cfo_at_30_minutes_gets_at_most_two_pay_questions_and_an_industry_question():
    sheet = plan_sheet(CFO, FINANCE_PAY, BANK)
    pay = [q for q in sheet.questions if "compensation" in q.tags]
    assert len(pay) == 2
    assert any(q.section == "industry" for q in sheet.questions)
    quarter = plan_sheet(replace(CFO, minutes=15), FINANCE_PAY, BANK)
    assert sum("compensation" in q.tags for q in quarter.questions) == 1


def test_pay_for_another_occupation_goes_to_someone_in_it():
    marketing = Hypothesis(
        "m",
        "Pay for Marketing Manager in MA is about $98,300 a year across 9 postings",
        "compensation",
        "medium",
        True,
        "Glassdoor postings",
    )
    sheet = plan_sheet(CFO, (marketing,), BANK)
    assert [(d.hypothesis, d.who) for d in sheet.for_someone_else] == [
        ("m", "someone in marketing")
    ]


def test_an_empty_about_me_prints_a_line_to_write_on_never_brackets():
    opening = plan_sheet(CFO, (), BANK).questions[0].text
    assert "I am ____." in opening and "[" not in opening


def test_the_candid_read_says_the_seekers_own_background():
    asker = "Ana Ruiz, a financial analyst in banking"
    sheet = plan_sheet(CFO, (), BANK, asker=asker)
    candid = [q.text for q in sheet.questions if "feedback" in q.tags]
    assert candid == [
        "For a financial analyst in banking, how competitive would a move into a role in your "
        "area be, and what would make it stronger?"
    ]


def test_what_a_person_said_is_never_put_back_to_them():
    held = Interview(
        CFO,
        date(2026, 11, 2),
        (Outcome("p0", FINANCE_PAY[0].statement, "supported"),),
        new_findings=("Controllers here now own the rolling forecast",),
    )
    secrets = Secrets(people=(CFO.name,), organizations=())
    theirs = finding_hypotheses(held, secrets.scrub)
    flagged = [*theirs, FINANCE_PAY[0]]
    sheet = learned_sheet(lambda hs: plan_sheet(CFO, hs, BANK), flagged, [held], secrets)
    assert [h.id for h in sheet.hypotheses] == ["p0"]
    assert sheet.talking_points == ()
    other = Profile(name="Dana Whitfield", seniority="senior", specialty="finance")
    elsewhere = learned_sheet(lambda hs: plan_sheet(other, hs, BANK), flagged, [held], secrets)
    assert {h.id for h in elsewhere.hypotheses} == {theirs[0].id, "p0"}
    assert len(elsewhere.talking_points) == 1


def test_a_person_placed_by_title_alone_gets_no_question_missing_its_field():
    manager = Profile(title="Sr. FP&A Mgr", seniority="senior", minutes=60)
    sheet = plan_sheet(manager, (), BANK)
    texts = [q.text for q in (*sheet.questions, *sheet.if_time_permits)]
    assert texts and not [t for t in texts if "  " in t or " in from " in t or " to, " in t]
    assert not any(q.id in ("gm-02", "rap-02", "org-06") for q in sheet.questions)


def test_a_coordinator_in_emergency_management_is_not_asked_about_leading_people():
    coordinator = Profile(title="Emergency Management Coordinator", seniority="senior", minutes=60)
    sheet = plan_sheet(coordinator, (), BANK)
    assert not [q.id for q in (*sheet.questions, *sheet.if_time_permits) if "manages" in q.tags]


def test_a_startup_headline_goes_to_someone_in_technology_not_a_space_agency_leader():
    headline = Hypothesis(
        "ipo",
        "A payments company's CEO explains why startups should not try to time the IPO market",
        "trends",
        "medium",
        True,
        "TechCrunch",
    )
    leader = Profile(title="Associate Administrator", seniority="executive", industry="government")
    sheet = plan_sheet(leader, (headline,), BANK)
    assert [(d.hypothesis, d.who) for d in sheet.for_someone_else] == [
        ("ipo", "someone in the technology industry")
    ]


def test_pay_for_their_own_title_is_put_to_them_before_another_title_of_their_occupation():
    tables = read_research_path(DATA / "survey_pay_of_marketing_and_product_managers.csv").tables
    flagged = [from_finding(f, flagged=True) for f in propose_findings(tables)]
    sheet = plan_sheet(Profile(title="Marketing Manager", seniority="mid"), flagged, BANK)
    assert [q.text for q in sheet.questions if q.hypothesis] == [
        "Here is a figure from my research. Pay for Marketing Manager in Ohio is around $86,000 "
        "a year. Does that fit what you see, and what puts someone above or below it?"
    ]
    # a product manager is asked about their own title's figure, though thinner, the same way
    sheet = plan_sheet(Profile(title="Sr. Product Manager", seniority="mid"), flagged, BANK)
    assert [q.hypothesis for q in sheet.questions if q.hypothesis] == [flagged[0].id]
