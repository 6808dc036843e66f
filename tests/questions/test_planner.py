"""The planner follows the method's rules for every kind of interviewee."""

import itertools
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from infoview.errors import PlanError
from infoview.hypotheses import Hypothesis, custom_hypothesis
from infoview.profile import INDUSTRIES, SENIORITIES, SPECIALTIES, Profile
from infoview.questions import alternatives, load_bank, own_question_id, plan_sheet
from infoview.questions.fields import in_field
from infoview.questions.matching import suits
from infoview.questions.model import SECTIONS
from infoview.questions.springboards import ranked
from infoview.questions.targets import Targets
from infoview.say import say_source
from tests.questions.test_fields import ONE_PER_MAJOR_GROUP

DATA = Path(__file__).resolve().parents[1] / "data"
BANK = load_bank()
BY_ID = {q.id: q for q in BANK}
TARGETS = ("Dana Lee", "Northwind Motors", "Lakeshore Auto Parts", "Great Lakes Mobility")
HYPOTHESES = (
    Hypothesis(
        "t1",
        "Finance teams are moving to rolling forecasts",
        "trends",
        "high",
        True,
        "Journal of Accountancy",
    ),
    Hypothesis(
        "t2", "Tariffs push parts makers to re-source components", "trends", "high", True, "Daily"
    ),
    Hypothesis(
        "p1",
        "Median pay for Analyst in Detroit is about $68,000 (3 data points)",
        "compensation",
        "medium",
        True,
        "Pay survey 2026",
        "$68,000",
    ),
    Hypothesis(
        "p2",
        "Median pay for Analyst in Chicago is about $73,500 (2 data points)",
        "compensation",
        "medium",
        True,
        "research.xlsx › Salaries",
        "$73,500",
    ),
    Hypothesis(
        "l1", "Analysts work long hours at quarter end", "lifestyle", "medium", True, "Forum"
    ),
    Hypothesis(
        "o1",
        "I do not yet know who is the VP FP&A in Finance, reporting to Chief Financial Officer",
        "organization",
        "medium",
        True,
        "research.xlsx › Org chart",
        organization="Acme Motors",  # the chart the interviewee works at
    ),
    Hypothesis(
        "o2",
        "I do not yet know who is the Cost Accounting Lead in Finance, reporting to Controller",
        "organization",
        "low",
        True,
        "research.xlsx › Org chart",
        organization="Acme Motors",  # the chart the interviewee works at
    ),
    Hypothesis("g1", "Shared services will absorb routine work", "general", "low", True, "Report"),
    Hypothesis("n1", "Not flagged, so never asked", "trends", "high", False, "Report"),
)
PRIORITY = {h.id: h.priority for h in HYPOTHESES}
ASKER = "Ana Ruiz, a financial analyst moving into industry"
INDUSTRY_GRID = ("", "automotive", "healthcare", "education", "aerospace")
PROFILES = list(itertools.product(SENIORITIES, SPECIALTIES, INDUSTRY_GRID, (False, True), (15, 30)))
PEOPLE_AND_ORGANIZATIONS = Targets(
    people=("Dana Lee", "Priya Nair"), organizations=("Northwind Motors", "Ford Motor Co.")
)


def make_profile(seniority, specialty, insider, minutes, **extra):
    return Profile(
        name="Sam Rivera",
        organization="Acme Motors",
        title=extra.pop("title", "Controller"),
        seniority=seniority,
        specialty=specialty,
        insider=insider,
        referred_by="Jo Park",
        minutes=minutes,
        **extra,
    )


def bank_of(question):
    return BY_ID[question.bank_id]


def family_of(question):
    if question.hypothesis:
        return question.id
    source = bank_of(question)
    return "candid-read" if "feedback" in source.tags else source.family


@pytest.mark.parametrize(("seniority", "specialty", "industry", "insider", "minutes"), PROFILES)
def test_the_sheet_follows_the_method(seniority, specialty, industry, insider, minutes):
    profile = make_profile(seniority, specialty, insider, minutes, industry=industry)
    sheet = plan_sheet(profile, HYPOTHESES, BANK, PEOPLE_AND_ORGANIZATIONS, asker=ASKER)
    questions = sheet.questions
    body = [q for q in questions if q.section not in ("opening", "close")][:-1]
    bank_questions = [bank_of(q) for q in questions if q.hypothesis is None]
    springboards = [q for q in questions if q.hypothesis]
    texts = [q.text for q in (*questions, *sheet.if_time_permits)]

    # fits the minutes: about six questions between the opening and the close per 15 minutes
    assert sheet.minutes_planned <= minutes
    assert 5 * minutes / 15 <= len(body) + 1 <= 7 * minutes / 15
    names = [s.name for s in sheet.sections]
    assert names == [n for n in SECTIONS if n in names]
    assert (names[0], names[-2], names[-1]) == ("opening", "referrals", "close")

    # the opening introduces the asker and the purpose, and mentions the reading
    opening = questions[0].text
    assert opening.startswith("Jo Park suggested we talk")
    assert f"thank you for agreeing. I am {ASKER}." in opening
    assert "check a few findings" in opening
    # the referral close names people first, then organizations; how to reach; permission
    referral_close = sheet.sections[-2].questions[-1]
    assert referral_close.text == (
        "Next I plan to contact Dana Lee and Priya Nair, and someone at Northwind Motors and "
        "Ford Motor Co. Whom would you add, and how could I reach them? May I mention your "
        "name when I write?"
    )
    assert [r.code for r in referral_close.why] == ["referrals", "permission"]

    # nothing twice, no family twice; every flagged finding is asked, spare or for someone else
    ids = [q.id for q in (*questions, *sheet.if_time_permits)]
    assert len(ids) == len(set(ids))
    families = [family_of(q) for q in questions]
    assert len(families) == len(set(families))
    deferred = {d.hypothesis for d in sheet.for_someone_else}
    placed = {q.hypothesis for q in (*questions, *sheet.if_time_permits) if q.hypothesis}
    assert placed | deferred == {h.id for h in HYPOTHESES if h.flagged}
    assert not placed & deferred
    assert len(springboards) >= 2

    # springboards read as speech; placeholders are filled; the industry never from specialty
    assert not any(
        re.search(r"data points?\)|›|\.xlsx|[{}]|\.\.|the \w+ field\b", t) for t in texts
    )
    assert any("the Journal of Accountancy" in t for t in texts) or "t1" not in placed

    # one candid read, in the career section, fitted to the level, never straight after pay
    candid = [q for q in questions if "feedback" in q.tags]
    assert len(candid) == 1
    assert candid[0].section == "career"
    assert ("competitive for entry roles" in candid[0].text) == (seniority == "junior")
    before = questions[questions.index(candid[0]) - 1]
    assert "compensation" not in before.tags

    # pay: an executive's pay springboard is the executive template; one pay question a junior
    pay = [q for q in questions if "compensation" in q.tags]
    if seniority == "executive":
        assert all(bank_of(q).seniority == {"executive"} for q in pay if q.hypothesis)
    if seniority == "junior":
        assert len(pay) <= 1

    # seniority
    if seniority in ("senior", "executive"):
        assert any("strategy" in q.tags for q in bank_questions)
    if seniority == "junior":
        assert sum(q.section == "organization" for q in questions) <= 1
        assert any("day-to-day" in q.tags for q in bank_questions)
        assert any("entry-path" in q.tags for q in bank_questions)
        assert not any("strategy" in q.tags for q in bank_questions)
    # their work (the title, else the specialty, placed in the SOC) and industry
    code = profile.placement.code
    assert any(q.occupations and in_field(q.occupations, code) for q in bank_questions)
    assert all(in_field(q.occupations, code) for q in bank_questions)
    if industry in INDUSTRIES:
        assert any(industry in q.industries for q in bank_questions)
    assert all(not q.industries or industry in q.industries for q in bank_questions)
    # insiders: org-chart gaps from what the chart shows, never their own team; outsiders:
    # nothing insider-only, the gaps left for someone who works there
    org_springboards = [q for q in springboards if q.section == "organization"]
    assert "o2" in deferred  # the Controller's own direct report
    runs_finance = specialty == "finance" and seniority in ("senior", "executive")
    if insider and runs_finance:
        assert "o1" in deferred  # a finance leader is never asked to place their own team
    elif insider:
        assert [q.hypothesis for q in org_springboards][:1] == ["o1"]
        assert org_springboards[0].text == (
            "I am filling in my chart of Acme Motors. I have Finance reporting to the Chief "
            "Financial Officer, but not who the VP FP&A is. Who holds that role? If you are not "
            "sure, who would know?"
        )
    else:
        assert org_springboards == []
        assert not any(q.insider_only for q in bank_questions)
        assert {"o1", "o2"} <= deferred
    who = {d.hypothesis: d.who for d in sheet.for_someone_else}
    assert who["o2"] == (
        "a colleague of theirs at Acme Motors: it is about their own team"
        if insider
        else "someone who works at Acme Motors"
    )


@pytest.mark.parametrize("seniority", SENIORITIES)
def test_the_seeker_can_leave_the_candid_read_out(seniority):
    profile = make_profile(seniority, "finance", False, 30, candid_read=False)
    sheet = plan_sheet(profile, HYPOTHESES, BANK, TARGETS)
    planned = (*sheet.questions, *sheet.if_time_permits)
    assert not any("feedback" in q.tags for q in planned)
    sheet = plan_sheet(replace(profile, candid_read=True), HYPOTHESES, BANK, TARGETS)
    assert sum("feedback" in q.tags for q in sheet.questions) == 1


@pytest.mark.parametrize("seniority", SENIORITIES)
def test_a_five_minute_meeting_keeps_the_opening_and_the_close(seniority):
    sheet = plan_sheet(make_profile(seniority, "finance", True, 5), HYPOTHESES, BANK, TARGETS)
    assert [s.name for s in sheet.sections][0] == "opening"
    assert [s.name for s in sheet.sections][-2:] == ["referrals", "close"]
    assert sheet.minutes_planned <= 5


def test_without_targets_or_referrer_the_close_still_asks_for_names_and_permission():
    profile = Profile(seniority="mid", specialty="data")
    sheet = plan_sheet(profile, (), BANK)
    assert [q.id for q in sheet.sections[0].questions] == ["open-01"]
    assert [(q.id, q.text) for q in sheet.sections[-2].questions][-1] == (
        "ref-03",
        "Who are two or three people I should speak with next, and how could I reach them? "
        "May I tell them you suggested it?",
    )
    assert not any("{" in q.text for q in (*sheet.questions, *sheet.if_time_permits))


def test_the_same_inputs_give_the_same_sheet():
    profile = make_profile("senior", "finance", True, 15)
    first = plan_sheet(profile, HYPOTHESES, BANK, TARGETS)
    assert plan_sheet(profile, HYPOTHESES, BANK, TARGETS) == first


def test_the_sheet_does_not_depend_on_hash_seeds(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"sheet-{seed}.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "infoview",
                "sheet",
                str(DATA.parents[1] / "data" / "sample_research.xlsx"),
                "--seniority",
                "mid",
                "--specialty",
                "finance",
                "--org",
                "Acme",
                "--insider",
                "--flag-all",
                "--format",
                "json",
                "-o",
                str(out),
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append(json.loads(out.read_text()))
    assert outputs[0] == outputs[1]


def test_springboards_state_the_finding_with_figure_sample_and_source_research_first():
    profile = make_profile("mid", "finance", False, 30)
    sheet = plan_sheet(profile, HYPOTHESES, BANK, TARGETS)
    by_hypothesis = {q.hypothesis: q for q in (*sheet.questions, *sheet.if_time_permits)}
    pay = by_hypothesis["p1"]
    assert pay.text == (
        "Here is a figure from my research. According to a pay survey, median pay for Analyst "
        "in Detroit is around $68,000. Does that fit what you see, and what puts someone above "
        "or below it?"
    )
    assert [r.code for r in pay.why] == ["tests-hypothesis", "specialty", "research-first"]
    assert "research-first" in [r.code for r in by_hypothesis["l1"].why]
    assert by_hypothesis["t1"].text == (
        "One thing my reading turned up. According to the Journal of Accountancy, finance teams "
        "are moving to rolling forecasts. How does that match what you see, and what does it "
        "mean for someone entering the field?"
    )
    assert [r.code for r in by_hypothesis["t1"].why] == ["tests-hypothesis", "specialty"]


def test_a_hypothesis_asking_for_a_job_never_reaches_the_sheet():
    request = custom_hypothesis("Could you hire me onto the analyst team")
    sheet = plan_sheet(make_profile("mid", "finance", False, 30), (request,), BANK, TARGETS)
    texts = [q.text for q in (*sheet.questions, *sheet.if_time_permits)]
    assert not any("hire me" in t for t in texts)
    assert [(w.code, w.text) for w in sheet.warnings] == [("job-request", request.statement)]
    assert [h.id for h in sheet.hypotheses] == []


def test_open_hypotheses_come_before_settled_ones_of_the_same_priority():
    settled = Hypothesis(
        "s", "Buyers take longer to decide", "trends", "high", True, "A", status="supported"
    )
    open_one = Hypothesis("u", "Buyers decide faster", "trends", "high", True, "B")
    sheet = plan_sheet(make_profile("mid", "sales", False, 15), (settled, open_one), BANK)
    assert [q.hypothesis for q in sheet.questions if q.hypothesis] == ["u", "s"]


def test_pinned_questions_are_kept_even_when_they_would_not_be_chosen():
    profile = make_profile("junior", "finance", False, 15)
    sheet = plan_sheet(profile, HYPOTHESES, BANK, TARGETS, pinned=("org-17", "hyp-g1"))
    pinned = [q for q in sheet.questions if q.why[0].code == "pinned"]
    assert [(q.section, q.id) for q in pinned] == [
        ("industry", "hyp-g1"),
        ("organization", "org-17"),
    ]


def test_removed_ids_are_never_used():
    profile = make_profile("mid", "finance", True, 30)
    sheet = plan_sheet(profile, HYPOTHESES, BANK, TARGETS, removed=("open-02", "hyp-t1", "ref-01"))
    ids = [q.id for q in (*sheet.questions, *sheet.if_time_permits)]
    assert not {"open-02", "hyp-t1", "ref-01"} & set(ids)
    assert sheet.questions[0].id == "open-04"
    assert sheet.sections[-2].questions[-1].id == "ref-04"


def test_own_questions_go_on_the_sheet_unless_they_ask_for_a_job():
    mine = ("career", "Which newsletters do people on your team actually read?")
    bad = ("career", "Can I send you my resume afterwards?")
    sheet = plan_sheet(make_profile("mid", "data", False, 15), (), BANK, custom=(mine, bad))
    own = [q for q in sheet.questions if q.id.startswith("own-q-")]
    assert [(q.id, q.section, q.text) for q in own] == [
        (own_question_id(mine[1]), "career", mine[1])
    ]
    assert [w.code for w in sheet.warnings] == ["resume"]


def test_an_own_question_in_an_unknown_section_is_a_clear_error():
    with pytest.raises(PlanError, match='section "gossip"; use one of opening, rapport'):
        plan_sheet(Profile(), (), BANK, custom=(("gossip", "Who is leaving?"),))


def test_alternatives_offer_other_questions_of_the_same_section_that_suit():
    profile = make_profile("senior", "marketing", False, 15)
    sheet = plan_sheet(profile, HYPOTHESES, BANK, TARGETS)
    rapport = sheet.sections[1].questions[0]
    options = alternatives(sheet, rapport.id, BANK, profile)
    on_sheet = {q.id for q in sheet.questions}
    assert len(options) == 3
    assert all(q.section == "rapport" and q.id not in on_sheet for q in options)
    assert all("senior" in BY_ID[q.id].seniority and not BY_ID[q.id].insider_only for q in options)
    assert not any("{" in q.text for q in options)
    assert alternatives(sheet, "no-such-id", BANK, profile) == []
    swapped = plan_sheet(
        profile, HYPOTHESES, BANK, TARGETS, pinned=(options[0].id,), removed=(rapport.id,)
    )
    assert options[0].id in {q.id for q in swapped.questions}
    assert rapport.id not in {q.id for q in (*swapped.questions, *swapped.if_time_permits)}


def test_a_user_bank_without_springboards_borrows_the_bundled_ones():
    bank = load_bank(DATA / "bank_without_springboards.csv")
    sheet = plan_sheet(make_profile("mid", "general management", False, 15), HYPOTHESES, bank)
    assert [q.id for q in sheet.sections[0].questions] == ["my-open"]
    assert {q.bank_id for q in sheet.questions if q.hypothesis} <= {
        q.id for q in BANK if q.needs_topic
    }


def _offered(profile, hypotheses, targets=PEOPLE_AND_ORGANIZATIONS, background=None):
    """Bank ids on the sheet, if time permits, or offered as alternatives to swap in.

    `background` is the seeker's own occupation, when given.
    """
    sheet = plan_sheet(profile, hypotheses, BANK, targets, background=background)
    planned = (*sheet.questions, *sheet.if_time_permits)
    offered = {q.bank_id for q in planned}
    first_per_section = {q.section: q.id for q in reversed(planned)}
    for question_id in first_per_section.values():
        offered.update(q.id for q in alternatives(sheet, question_id, BANK, profile, len(BANK)))
    return offered


def _profiles_of_every_shape():
    """(profile, targets, background) for every kind of interviewee the planner tells apart."""
    # each line of work at each level, inside and outside; then each industry at each level (the
    # industry's questions do not depend on the line of work)
    shapes = [
        *(
            (s, specialty, i, "")
            for s, specialty, i in itertools.product(SENIORITIES, SPECIALTIES, (False, True))
        ),
        *(
            (s, SPECIALTIES[0], i, industry)
            for s, i, industry in itertools.product(SENIORITIES, (False, True), INDUSTRIES)
        ),
    ]
    for seniority, specialty, insider, industry in shapes:
        # no title, so the specialty places their work
        profile = make_profile(seniority, specialty, insider, 15, industry=industry, title="")
        yield profile, PEOPLE_AND_ORGANIZATIONS, None
        yield replace(profile, referred_by=""), PEOPLE_AND_ORGANIZATIONS, None
    for targets in (TARGETS, Targets(people=("Dana Lee",)), Targets(organizations=("Acme",))):
        yield make_profile("mid", "finance", False, 15), targets, None
    for occupation, seniority, insider in itertools.product(
        ONE_PER_MAJOR_GROUP.values(), SENIORITIES, (False, True)
    ):
        profile = make_profile(seniority, "", insider, 15, occupation=occupation)
        yield profile, PEOPLE_AND_ORGANIZATIONS, None
    for occupation, background in (("13-1151", "25-2031"), ("15-1255", "25-2031")):
        profile = make_profile("mid", "", False, 15, occupation=occupation)
        yield profile, PEOPLE_AND_ORGANIZATIONS, background


def test_every_bank_question_is_reachable_by_some_profile():
    many = tuple(
        # "for analysts": pay is asked only of people in that line of work (finance here)
        Hypothesis(
            f"{topic}-{n}",
            f"Finding {n} on {topic} for analysts",
            topic,
            "high",
            True,
            "Survey",
            organization="Acme Motors",  # an org chart of the place the insider works at
        )
        for topic in ("compensation", "lifestyle", "trends", "general", "organization")
        for n in range(3)
    ) + tuple(
        custom_hypothesis(f"My own idea {n} on {topic}", topic)
        for topic in ("compensation", "lifestyle", "trends", "general")
        for n in range(3)
    )
    offered = set()
    every = {q.id for q in BANK}
    for profile, targets, background in _profiles_of_every_shape():
        offered |= _offered(profile, many, targets, background)
        if offered >= every:
            break  # each question has been reached: planning the remaining shapes adds nothing
    assert sorted({q.id for q in BANK} - offered) == []


def test_topics_take_turns_within_a_priority_best_fit_first():
    pay = [
        Hypothesis(f"p{n}", f"Starting pay is about ${n}0,000", "compensation", "high", True, "S")
        for n in range(3)
    ]
    trend = Hypothesis("t", "Hiring moves to skills tests", "trends", "high", True, "S")
    order = ranked([*pay, trend], make_profile("junior", "sales", False, 30))
    assert [h.id for h in order] == ["p0", "t", "p1", "p2"]


@pytest.mark.parametrize("seniority", SENIORITIES)
def test_without_research_the_sheet_still_asks_for_a_candid_read(seniority):
    sheet = plan_sheet(make_profile(seniority, "legal", False, 15), (), BANK)
    candid = [q for q in sheet.questions if "candid-read" in [r.code for r in q.why]]
    assert len(candid) == 1
    assert candid[0].section == "career"


def test_a_long_meeting_asks_every_flagged_hypothesis():
    sheet = plan_sheet(make_profile("mid", "finance", True, 60), HYPOTHESES, BANK, TARGETS)
    asked = sorted(q.hypothesis for q in sheet.questions if q.hypothesis)
    assert asked == ["g1", "l1", "o1", "p1", "p2", "t1"]
    assert [(d.hypothesis, d.who) for d in sheet.for_someone_else] == [
        ("t2", "someone in operations"),
        ("o2", "a colleague of theirs at Acme Motors: it is about their own team"),
    ]
    assert sheet.minutes_planned <= 60


def test_springboards_name_the_source_when_the_finding_has_one_and_never_for_own_ideas():
    own = custom_hypothesis("Entry analysts earn about $60,000 here")
    sheet = plan_sheet(make_profile("mid", "finance", False, 60), (*HYPOTHESES, own), BANK)
    springboards = {q.hypothesis: q.text for q in sheet.questions if q.hypothesis}
    sources = {h.id: say_source(h.source) for h in HYPOTHESES if h.topic != "organization"}
    assert all(sources[i] in text for i, text in springboards.items() if i in sources)
    assert springboards[own.id] == (
        "I have a rough idea of pay that I would like to check with you. Entry analysts earn "
        "about $60,000 here. How close is that, and what changes it most?"
    )


def test_leading_others_is_asked_only_when_the_title_or_level_says_so():
    """A senior analyst who manages no one is not asked how they came to lead others."""
    bank = load_bank()
    leading = [q for q in bank if "manages" in q.tags]
    assert sorted(q.id for q in leading) == ["ops-10", "rap-06"]
    analyst = Profile(name="Sam", seniority="senior", specialty="operations", title="Analyst")
    for profile, expected in (
        (analyst, False),
        (replace(analyst, title="Senior data analyst"), False),
        (replace(analyst, title="Operations Manager"), True),
        # ops-10 is for operations work, and their title places them in health informatics
        (replace(analyst, title="Head of Clinical Informatics"), (True, False)),
        (replace(analyst, seniority="executive", title=""), True),
    ):
        wanted = list(expected) if isinstance(expected, tuple) else [expected] * 2
        assert [suits(q, profile, q.placeholders) for q in leading] == wanted, profile
