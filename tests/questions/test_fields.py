"""A bank for every field: questions keyed to SOC groups, the tools people use, career changers."""

import itertools
import re
from pathlib import Path

import pytest

from infoview.errors import BankError
from infoview.occupations import classify, occupation
from infoview.profile import SENIORITIES, Profile
from infoview.questions import alternatives, load_bank, plan_sheet
from infoview.questions.fields import (
    bridge_between,
    civilian_major_groups,
    in_field,
    typical_tools,
    work_of,
)

DATA = Path(__file__).resolve().parents[1] / "data"
BANK = load_bank()
BY_ID = {q.id: q for q in BANK}
TEACHER, NURSE, ELECTRICIAN = "25-2031", "29-1141", "47-2111"
# An occupation in each civilian SOC major group, as a person in that work would be placed.
ONE_PER_MAJOR_GROUP = {
    "11-0000": "11-1021",  # general and operations managers
    "13-0000": "13-2011",  # accountants and auditors
    "15-0000": "15-1252",  # software developers
    "17-0000": "17-2051",  # civil engineers
    "19-0000": "19-1023",  # zoologists and wildlife biologists (a marine biologist)
    "21-0000": "21-1021",  # child, family and school social workers
    "23-0000": "23-2011",  # paralegals
    "25-0000": "25-2031",  # secondary school teachers
    "27-0000": "27-1024",  # graphic designers
    "29-0000": "29-1141",  # registered nurses
    "31-0000": "31-1131",  # nursing assistants
    "33-0000": "33-3051",  # police officers
    "35-0000": "35-1011",  # chefs and head cooks
    "37-0000": "37-2011",  # janitors
    "39-0000": "39-5012",  # hairdressers
    "41-0000": "41-2031",  # retail salespersons
    "43-0000": "43-6014",  # secretaries and administrative assistants
    "45-0000": "45-2092",  # farmworkers
    "47-0000": "47-2111",  # electricians
    "49-0000": "49-3023",  # automotive technicians
    "51-0000": "51-4121",  # welders
    "53-0000": "53-3032",  # truck drivers
}


def person(occupation, seniority="mid", insider=False, minutes=15):
    return Profile(
        name="Sam Rivera",
        organization="Acme",
        seniority=seniority,
        insider=insider,
        minutes=minutes,
        occupation=occupation,
    )


def offered(profile, background=None):
    """Bank questions on the sheet, if time permits, or offered as swaps for any on the sheet."""
    sheet = plan_sheet(profile, (), BANK, background=background)
    planned = (*sheet.questions, *sheet.if_time_permits)
    found = {q.bank_id for q in planned}
    for question in sheet.questions:
        found |= {q.id for q in alternatives(sheet, question.id, BANK, profile, len(BANK))}
    return {BY_ID[i] for i in found if i in BY_ID}


def sheet_bank_questions(profile):
    sheet = plan_sheet(profile, (), BANK)
    return [BY_ID[q.bank_id] for q in sheet.questions if q.bank_id in BY_ID], sheet


def test_the_samples_cover_every_civilian_major_group():
    assert tuple(ONE_PER_MAJOR_GROUP) == civilian_major_groups()
    assert len(civilian_major_groups()) == 22
    for major, code in ONE_PER_MAJOR_GROUP.items():
        assert occupation(code).major.code == major


@pytest.mark.parametrize(("major", "code"), ONE_PER_MAJOR_GROUP.items())
def test_every_major_group_reaches_eight_questions_of_its_own(major, code):
    reached = set()
    for seniority, insider in itertools.product(SENIORITIES, (False, True)):
        reached |= offered(person(code, seniority, insider))
    own = {q.id for q in reached if q.occupations and in_field(q.occupations, code)}
    assert len(own) >= 8
    # and nothing keyed to another field
    assert all(in_field(q.occupations, code) for q in reached)


@pytest.mark.parametrize("seniority", SENIORITIES)
def test_a_teacher_is_asked_about_education_never_about_sprints(seniority):
    reached = offered(person(TEACHER, seniority))
    questions, sheet = sheet_bank_questions(person(TEACHER, seniority))
    assert any("25-0000" in q.occupations for q in questions)
    assert not any(re.search(r"sprint|release|stack|engineer", q.text, re.I) for q in reached)
    assert not any(q.occupations and not in_field(q.occupations, TEACHER) for q in reached)
    specialty = next(r for q in sheet.questions for r in q.why if r.code == "specialty")
    assert specialty.text == "Asks about their line of work: secondary school teachers"


@pytest.mark.parametrize("seniority", SENIORITIES)
def test_a_registered_nurse_is_asked_healthcare_questions(seniority):
    questions, _ = sheet_bank_questions(person(NURSE, seniority))
    own = [q for q in questions if q.occupations]
    assert own and all(in_field(q.occupations, NURSE) for q in own)
    assert any("29-0000" in q.occupations for q in own)


@pytest.mark.parametrize("seniority", SENIORITIES)
def test_an_electrician_gets_construction_questions_not_general_management(seniority):
    questions, _ = sheet_bank_questions(person(ELECTRICIAN, seniority))
    reached = offered(person(ELECTRICIAN, seniority))
    assert any("47-0000" in q.occupations for q in questions)
    assert not any("11-0000" in q.occupations for q in reached)
    assert not any(q.id.startswith("gm-") for q in reached)


def test_the_tools_question_names_a_nurses_hot_technologies():
    profile = person(NURSE, "junior")
    sheet = plan_sheet(profile, (), BANK)
    rapport = sheet.sections[1].questions[0]
    options = [*sheet.questions, *alternatives(sheet, rapport.id, BANK, profile, len(BANK))]
    tools = next(q for q in options if q.bank_id == "rap-22")
    assert tools.text == (
        "How much of your day goes to tools like MEDITECH or eClinicalWorks EHR, and which "
        "would you learn first if you were starting out?"
    )
    hot = occupation(NURSE).hot_technologies
    assert "MEDITECH software" in hot and "eClinicalWorks EHR software" in hot
    assert "rap-17" not in {q.bank_id for q in options}  # the plain one is one family with it


@pytest.mark.parametrize(
    ("code", "tools"),
    [
        (NURSE, ("MEDITECH", "eClinicalWorks EHR")),
        ("17-2051", ("AutoCAD",)),  # civil engineers: the vendor is left out
        ("19-1023", ("ArcGIS",)),  # the second tool is listed too rarely in the field
        (TEACHER, ()),  # only office software, which every field lists
        ("00-0000", ()),
    ],
)
def test_typical_tools_are_the_fields_own_as_people_say_them(code, tools):
    assert typical_tools(code) == tools


def test_without_typical_tools_the_tools_question_is_the_plain_one():
    profile = person(TEACHER, "junior")
    sheet = plan_sheet(profile, (), BANK)
    rapport = sheet.sections[1].questions[0]
    options = [*sheet.questions, *alternatives(sheet, rapport.id, BANK, profile, len(BANK))]
    ids = {q.bank_id for q in options}
    assert "rap-22" not in ids
    assert "rap-17" in ids


def _transferable(sheet):
    return [q for q in sheet.questions if "transferable" in q.tags]


def test_a_teacher_turned_ux_seeker_gets_one_transferable_skills_question():
    ux = classify("UX researcher")
    teacher = classify("high school math teacher")
    assert ux.known and teacher.code == TEACHER and ux.major.code != "25-0000"
    for seniority, minutes in itertools.product(SENIORITIES, (15, 30)):
        profile = person(ux.code, seniority, minutes=minutes)
        sheet = plan_sheet(profile, (), BANK, background=teacher.code)
        found = _transferable(sheet)
        assert len(found) == 1, (seniority, minutes)
        assert [r.code for r in found[0].why][:1] == ["career-change"]
    same = plan_sheet(person(TEACHER), (), BANK, background="25-2021")
    assert _transferable(same) == []
    assert not any("transferable" in q.tags for q in same.if_time_permits)


def test_a_bridge_from_related_occupations_is_named_when_there_is_one():
    # training and development specialists: O*NET relates instructional coordinators to them
    assert bridge_between(TEACHER, "13-1151") == "instructional coordinators"
    sheet = plan_sheet(person("13-1151"), (), BANK, background=TEACHER)
    assert [q.text for q in _transferable(sheet)] == [
        "Roles such as instructional coordinators often link a background like mine to work "
        "like yours. Which of my skills would carry over, and what would I most need to learn "
        "first?"
    ]
    assert bridge_between(TEACHER, "19-4061") is None


def test_a_profile_that_only_says_a_specialty_is_planned_from_its_soc_group():
    questions, _ = sheet_bank_questions(Profile(seniority="mid", specialty="healthcare"))
    assert any("29-0000" in q.occupations for q in questions)
    assert all(in_field(q.occupations, "29-0000") for q in questions)
    assert work_of("13-2000", "25-2031").background == "25-2031"
    assert work_of("13-2000", "13-2011").background is None


def test_work_that_cannot_be_placed_gets_the_general_questions_only():
    profile = Profile(seniority="mid", title="Team 4")
    questions, sheet = sheet_bank_questions(profile)
    assert questions and not any(q.occupations for q in questions)
    assert "specialty" not in {r.code for q in sheet.questions for r in q.why}
    assert work_of(None, "25-2031") == work_of("")


def test_a_user_bank_may_name_old_specialties_which_become_soc_groups():
    bank = load_bank(DATA / "bank_old_specialties.csv")
    assert {q.id: sorted(q.occupations) for q in bank} == {
        "q-legal": ["23-0000"],
        "q-any": [],
        "q-nurse": ["29-1141"],
    }


def test_an_unknown_occupation_group_is_an_error_naming_the_row():
    with pytest.raises(BankError) as caught:
        load_bank(DATA / "bank_military_group.csv")
    assert str(caught.value) == (
        'bank_military_group.csv, row 3: occupation group "55-0000" is not a civilian SOC '
        '2018 code; write one like "29-0000" (a major group) or "15-1200" (a minor group), or '
        "any."
    )
