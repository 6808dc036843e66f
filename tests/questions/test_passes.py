"""Each pass of the planner on its own, and the words the sheet is filled with."""

from dataclasses import replace
from pathlib import Path

import pytest

from infoview.export.text import build_handout
from infoview.hypotheses import Hypothesis, custom_hypothesis
from infoview.profile import Profile
from infoview.questions import alternatives, load_bank, plan_sheet
from infoview.questions.model import PlannedQuestion, Reason
from infoview.questions.placeholders import fill
from infoview.questions.planner import (
    Budgeted,
    Candidate,
    Fitted,
    fit_time_budget,
    fit_to_person,
    gather,
    make_context,
    one_per_family,
    order_sheet,
)
from infoview.questions.targets import Targets, as_targets

ROOT = Path(__file__).resolve().parents[2]
BANK = load_bank()
BY_ID = {q.id: q for q in BANK}
ANALYST = Profile(
    name="Sam Rivera",
    organization="Acme Motors",
    title="Controller",
    seniority="junior",
    specialty="marketing",
    industry="healthcare",
)
TREND = Hypothesis("t", "Hospitals move marketing budgets to search", "trends", "high", True, "X")
FINANCE_TREND = Hypothesis(
    "f", "Finance teams adopt rolling forecasts", "trends", "high", True, "Y"
)
# a gap of the chart of the organization the interviewee works at
GAP = Hypothesis(
    "o",
    "I do not yet know who is the Head of Tax in Finance",
    "organization",
    "high",
    True,
    "Z",
    organization="Acme Motors",
)


def planned(question_id, section="career", tags=()):
    return PlannedQuestion(question_id, section, question_id, 1.5, None, (Reason("r", "r"),), tags)


def test_the_context_leaves_the_interviewee_out_of_the_targets_and_fills_the_industry():
    targets = Targets(people=("Sam Rivera", "Dana Lee"), organizations=("Acme Motors", "Ford"))
    context = make_context(replace(ANALYST, industry="aerospace"), targets, "Ana Ruiz, a nurse")
    assert context.targets == Targets(people=("Dana Lee",), organizations=("Ford",))
    assert context.values["industry"] == "the aerospace industry"
    assert context.values["about_me"] == "Ana Ruiz, a nurse"
    assert context.values["my_background"] == "a nurse"
    plain = make_context(replace(ANALYST, industry=""))
    assert "industry" not in plain.fillable
    assert plain.values["about_me"] == "____"  # a line to write on, never brackets
    assert plain.values["my_background"] == "someone with my background"
    assert plain.values["field"] == "marketing"


def test_gather_drops_removed_ids_and_refuses_job_requests_with_a_warning():
    job = custom_hypothesis("Could you hire me next spring")
    gathered = gather(
        BANK,
        (TREND, job, replace(GAP, flagged=False)),
        pinned=("rap-01", "rap-02"),
        removed=("rap-02", "hyp-t"),
        custom=(("career", "Can I send you my CV?"), ("career", "What do you read?")),
    )
    assert "rap-02" not in {q.id for q in gathered.bank}
    assert [h.id for h in gathered.flagged] == ["t"]
    assert gathered.hypotheses == ()
    assert gathered.pinned == ("rap-01",)
    assert [q.text for q in gathered.own] == ["What do you read?"]
    assert [w.code for w in gathered.warnings] == ["job-request", "resume"]


def test_fit_defers_findings_this_person_cannot_speak_to_and_says_who_could():
    gathered = gather(BANK, (TREND, FINANCE_TREND, GAP))
    context = make_context(ANALYST, hypotheses=gathered.hypotheses)  # judged once, here
    fitted = fit_to_person(gathered, context)
    asked = [c.question.hypothesis for c in fitted.body if c.question.hypothesis]
    assert asked == ["t"]
    assert [(d.hypothesis, d.who) for d in fitted.deferred] == [
        ("o", "someone who works at Acme Motors"),
        ("f", "someone in finance"),
    ]
    candid = [c.bank.id for c in fitted.body if c.candid_read]
    assert candid == ["car-15"]  # the field-level version for a junior
    assert not any("compensation" in q.tags for q in fitted.frame)


def test_an_insider_is_never_asked_about_their_own_box_or_their_own_team():
    own_box = Hypothesis(
        "b",
        "I do not yet know who is the Controller in Finance",
        "organization",
        "high",
        True,
        organization="Acme Motors",
    )
    own_team = Hypothesis(
        "r",
        "I do not yet know who is the Tax Lead in Finance, reporting to Controller",
        "organization",
        "high",
        True,
        organization="Acme Motors",
    )
    insider = replace(ANALYST, seniority="senior", insider=True)
    sheet = plan_sheet(insider, (own_box, own_team, GAP), BANK)
    assert [q.hypothesis for q in sheet.questions if q.hypothesis] == ["o"]
    assert {d.hypothesis: d.who for d in sheet.for_someone_else} == {
        "b": "a colleague of theirs at Acme Motors: it is their own role",
        "r": "a colleague of theirs at Acme Motors: it is about their own team",
    }


def test_one_per_family_keeps_the_first_of_each_family_and_every_must_have():
    first, second, mine = planned("a"), planned("b"), planned("c")
    fitted = Fitted(
        frame=(),
        frame_families=frozenset({"close"}),
        body=(
            Candidate(first, "typical-week"),
            Candidate(second, "typical-week"),
            Candidate(mine, "typical-week", must=True),
            Candidate(planned("d"), "close"),
        ),
        deferred=(),
    )
    assert [c.question.id for c in one_per_family(fitted).body] == ["a", "c"]


def test_the_time_budget_holds_seven_questions_a_quarter_hour_and_one_pay_question_per_15_min():
    body = tuple(Candidate(planned(f"q{n}"), f"f{n}") for n in range(9))
    fitted = Fitted(frame=(), frame_families=frozenset(), body=body, deferred=())
    budgeted = fit_time_budget(fitted, replace(ANALYST, minutes=15))
    assert [c.question.id for c in budgeted.chosen] == [f"q{n}" for n in range(7)]
    assert [q.id for q in budgeted.spare] == ["q7", "q8"]  # no referral close in this frame
    pay = tuple(Candidate(planned(f"p{n}", tags=("compensation",)), f"p{n}") for n in range(3))
    fitted = replace(fitted, body=pay)
    assert [c.question.id for c in fit_time_budget(fitted, ANALYST).chosen] == ["p0"]
    senior = replace(ANALYST, seniority="senior")
    assert [c.question.id for c in fit_time_budget(fitted, senior).chosen] == ["p0"]
    cfo = replace(ANALYST, seniority="executive", minutes=30)  # two pay questions in 30 minutes
    assert [c.question.id for c in fit_time_budget(fitted, cfo).chosen] == ["p0", "p1"]
    junior_half_hour = replace(ANALYST, minutes=30)
    assert [c.question.id for c in fit_time_budget(fitted, junior_half_hour).chosen] == ["p0"]


def test_the_order_never_puts_the_candid_read_straight_after_a_pay_question():
    pay = Candidate(planned("pay", tags=("compensation",)), "pay")
    candid = Candidate(planned("candid", tags=("feedback",)), "candid-read")
    growth = Candidate(planned("growth"), "growth")
    context = make_context(ANALYST)
    gathered = gather(BANK, ())
    for chosen, expected in (
        ((candid, pay, growth), ["pay", "growth", "candid"]),
        ((pay, candid), ["candid", "pay"]),
    ):
        sheet = order_sheet(Budgeted((), chosen, (), ()), gathered, context)
        assert [q.id for q in sheet.questions] == expected


def test_a_name_ending_in_a_period_is_not_doubled_at_the_end_of_a_sentence():
    assert fill("Next I contact {targets}.", {"targets": "Ford Motor Co."}) == (
        "Next I contact Ford Motor Co."
    )
    assert fill("Wait... {x}.", {"x": "y"}) == "Wait... y."


def test_swap_alternatives_are_filled_in_like_the_plan():
    profile = replace(ANALYST, seniority="senior", specialty="finance", industry="automotive")
    sheet = plan_sheet(profile, (), BANK, Targets(organizations=("Ford Motor Co.",)))
    industry = next(q for q in sheet.questions if q.section == "industry")
    options = alternatives(sheet, industry.id, BANK, profile, len(BANK))
    assert options and not any("{" in q.text for q in options)
    texts = {q.id: q.text for q in options}
    assert texts["ind-06"] == (
        "Which parts of the automotive industry are growing fastest, and what is driving that "
        "growth?"
    )
    close = sheet.sections[-2].questions[-1].text
    assert close.startswith("I would also like to speak with people at Ford Motor Co. Whom")


def test_plain_names_are_targets_of_unknown_kind():
    assert as_targets(["Dana Lee", " ", "Acme"]) == Targets(unsorted=("Dana Lee", "Acme"))


@pytest.mark.parametrize(
    ("typed", "nearest"),
    [
        ("software engineering", "technology"),
        ("ux design", "technology"),
        ("Finance", "finance"),
        ("markting", "marketing"),
        ("program management", "general management"),
        # work the bank has no specialty for is not bent into one: its general questions
        ("aerospace", ""),
        ("zoology", ""),
        ("teaching", ""),
        ("electrician", ""),
    ],
)
def test_a_typed_specialty_is_planned_as_the_bank_specialty_holding_its_occupation(typed, nearest):
    assert Profile(specialty=typed).known_specialty == nearest


def test_a_title_that_names_no_work_is_a_note_on_the_sheet():
    sheet = plan_sheet(replace(ANALYST, title="Team 4", specialty=""), (), BANK)
    assert sheet.notes == (
        'We could not place "Team 4": pick the closest occupation. The sheet is planned from '
        "their seniority (junior) alone.",
    )
    assert plan_sheet(ANALYST, (), BANK).notes == ()
    assert plan_sheet(replace(ANALYST, specialty="aerospace"), (), BANK).notes == ()


def test_the_printed_sheet_lists_findings_for_someone_else_with_who_could_answer():
    sheet = plan_sheet(ANALYST, (TREND, FINANCE_TREND), BANK)
    research = {p.text: p.source for p in build_handout(sheet).research}
    assert research[FINANCE_TREND.statement] == "Y; for someone else: ask someone in finance"
    assert research[TREND.statement] == "X"


def test_a_finding_about_another_industry_is_left_for_someone_in_it():
    automakers = Hypothesis("a", "Automakers move to rolling forecasts", "trends", "high", True)
    hospitals = Hypothesis("h", "Hospitals cut agency nursing", "trends", "high", True)
    executive = replace(ANALYST, seniority="executive", specialty="finance")
    sheet = plan_sheet(executive, (automakers, hospitals), BANK)
    assert [q.hypothesis for q in sheet.questions if q.hypothesis] == ["h"]
    assert [(d.hypothesis, d.who) for d in sheet.for_someone_else] == [
        ("a", "someone in the automotive industry")
    ]
    anywhere = plan_sheet(replace(executive, industry=""), (automakers, hospitals), BANK)
    assert anywhere.for_someone_else == ()


def test_the_same_finding_read_from_two_tables_is_asked_once():
    copy = replace(GAP, id="o2", source="the same chart, second sheet")
    gathered = gather(BANK, [GAP, copy, TREND])
    assert [h.id for h in gathered.hypotheses] == ["o", "t"]
    assert [h.id for h in gathered.flagged] == ["o", "o2", "t"]
