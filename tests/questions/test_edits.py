"""The seeker's edits to a sheet, applied by the planner."""

from infoview.hypotheses import Hypothesis
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.questions.edits import SheetEdits
from infoview.questions.planner import own_question_id

PROFILE = Profile(seniority="mid", specialty="finance", organization="Acme", insider=True)
HYPOTHESIS = Hypothesis(
    "tre-1", "Rolling forecasts replace annual budgets", "trends", "high", True, "Newsletter"
)


def plan(edits: SheetEdits):
    return plan_sheet(
        PROFILE,
        [HYPOTHESIS],
        load_bank(),
        ("Initech",),
        pinned=edits.pinned,
        removed=edits.removed,
        custom=edits.custom,
    )


def test_edits_compose_pin_remove_and_swap():
    edits = SheetEdits().pin("a").pin("b").remove("a").swap("b", "c")
    assert edits == SheetEdits(pinned=("c",), removed=("a", "b"))
    assert edits.unpin("c").pin("a") == SheetEdits(pinned=("a",), removed=("b",))


def test_removed_question_leaves_the_sheet_and_pinned_spare_joins_it():
    sheet = plan(SheetEdits())
    first_rapport = next(q for q in sheet.questions if q.section == "rapport")
    spare = sheet.if_time_permits[0]
    edited = plan(SheetEdits().take_off(first_rapport).pin(spare.id))
    ids = [q.id for q in edited.questions]
    assert first_rapport.id not in ids + [q.id for q in edited.if_time_permits]
    assert spare.id in ids


def test_own_question_is_added_and_taken_off_by_its_wording():
    edits = SheetEdits().add("career", "  What  surprised you in your first year? ")
    sheet = plan(edits)
    [own] = [
        q
        for q in sheet.questions
        if q.id == own_question_id("What surprised you in your first year?")
    ]
    assert (own.section, own.text) == ("career", "What surprised you in your first year?")
    assert edits.take_off(own) == SheetEdits()


def test_own_question_asking_for_a_job_never_reaches_the_sheet():
    sheet = plan(SheetEdits().add("career", "Could you hire me for your team?"))
    assert all("hire me" not in q.text for q in (*sheet.questions, *sheet.if_time_permits))
    assert [w.code for w in sheet.warnings] == ["job-request"]
