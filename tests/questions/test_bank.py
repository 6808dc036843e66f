"""The bundled bank covers the method; a bad bank row is an error that names it."""

import itertools
import re
from pathlib import Path

import pytest

from infoview.errors import BankError
from infoview.profile import INDUSTRIES, SENIORITIES, SPECIALTIES
from infoview.questions import find_job_request, load_bank
from infoview.questions.fields import civilian_major_groups, in_field, specialty_groups
from infoview.questions.model import SECTIONS

DATA = Path(__file__).resolve().parents[1] / "data"
BANK = load_bank()
ASKED = [q for q in BANK if not q.needs_topic]
# Families the career guides have: each needs questions of its own.
GUIDE_FAMILIES = (
    "likes-frustrations",
    "catch-all",
    "reading",
    "entry-titles",
    "education",
    "outlook-newcomers",
    "mentors",
    "career-change",
    "travel",
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "to",
        "for",
        "on",
        "at",
        "by",
        "with",
        "from",
        "your",
        "you",
        "i",
        "my",
        "is",
        "are",
        "do",
        "does",
        "what",
        "which",
        "how",
        "who",
        "whom",
        "that",
        "this",
        "it",
        "be",
        "as",
        "can",
        "would",
        "could",
        "should",
        "there",
        "their",
        "they",
        "them",
        "we",
        "our",
        "into",
        "about",
        "most",
        "more",
        "than",
        "have",
        "has",
        "had",
        "when",
        "where",
        "why",
        "was",
        "were",
    ]
)


def test_the_bundled_bank_has_at_least_250_questions_in_every_section():
    assert len(BANK) >= 250
    assert {q.section for q in BANK} == set(SECTIONS)


@pytest.mark.parametrize("specialty", SPECIALTIES)
def test_every_old_specialty_has_ten_questions_of_its_own_across_levels(specialty):
    code = specialty_groups(specialty)[0]
    own = [q for q in ASKED if q.occupations and in_field(q.occupations, code)]
    assert len(own) >= 10
    for seniority in SENIORITIES:
        assert len([q for q in own if seniority in q.seniority]) >= 3, seniority


@pytest.mark.parametrize("major", civilian_major_groups())
def test_every_civilian_major_group_has_eight_questions_of_its_own_across_levels(major):
    own = [q for q in ASKED if any(g[:2] == major[:2] for g in q.occupations)]
    assert len(own) >= 8
    assert {q.section for q in own} >= {"industry", "career"}
    for seniority in SENIORITIES:
        assert len([q for q in own if seniority in q.seniority]) >= 4, seniority
    # what a person in the work can answer: the day-to-day, how people enter, the skills that
    # separate good from great, the working conditions and pay (a finding to react to), how
    # the work is changing and where the field is heading
    tags = {t for q in own for t in q.tags}
    assert tags >= {"day-to-day", "entry-path", "skills", "lifestyle", "compensation", "trends"}
    assert "strategy" in tags
    assert all(q.sensitive for q in own if "compensation" in q.tags)


@pytest.mark.parametrize("industry", INDUSTRIES)
def test_every_common_industry_has_three_questions_of_its_own(industry):
    own = [q for q in ASKED if industry in q.industries]
    assert len(own) >= 3
    assert {s for q in own for s in q.seniority} == set(SENIORITIES)


@pytest.mark.parametrize("family", GUIDE_FAMILIES)
def test_the_families_the_guides_have_are_in_the_bank(family):
    assert [q for q in ASKED if q.family == family]


def test_every_question_has_a_family_and_near_duplicates_share_one():
    assert all(q.family for q in BANK)
    clashes = [
        (a.id, b.id)
        for a, b in itertools.combinations(ASKED, 2)
        if a.family != b.family and _may_meet(a, b) and _similarity(a.text, b.text) >= 0.5
    ]
    assert clashes == []


def test_candid_reads_are_one_family_in_the_career_section_one_version_per_level():
    candid = [q for q in BANK if "feedback" in q.tags]
    assert {q.family for q in candid} == {"candid-read"}
    assert {q.section for q in candid} == {"career"}
    for seniority in SENIORITIES:
        assert len([q for q in candid if seniority in q.seniority]) == 1, seniority
    junior = next(q for q in candid if "junior" in q.seniority)
    assert "competitive for entry roles" in junior.text
    assert not any("put forward" in q.text or "put me" in q.text for q in BANK)


def test_no_question_hunts_the_hiring_decision_maker_or_assumes_the_asker_joins():
    banned = (
        r"final word|who decides on hiring|where i would start|when i join|where would you cut"
        r"|where is the money|at your level|couple of weeks|challenge your own|against its "
        r"competitors|top of that range|get in\b"
    )
    assert [q.id for q in BANK if re.search(banned, q.text, re.I)] == []


def test_questions_a_junior_gets_never_ask_who_hires_on_their_team():
    assert [
        q.id
        for q in BANK
        if "junior" in q.seniority and re.search(r"your team (last )?hire", q.text)
    ] == []


def test_no_question_is_a_yes_or_no_question():
    openers = r"^(?:is|are|do|does|did|would|will|could|can|has|have|was|were)\b"
    last = [re.split(r"(?<=[.:;?])\s+", q.text)[-1] for q in ASKED if q.section not in ("close",)]
    polar = [t for t in last if re.match(openers, t, re.I) and " or " not in t]
    allowed = {"May I", "Could you"}  # permission and polite requests
    assert [t for t in polar if not t.startswith(tuple(allowed))] == []


def test_executives_get_their_own_pay_template_and_no_other():
    pay = [q for q in BANK if q.needs_topic == "compensation"]
    executive = [q for q in pay if "executive" in q.seniority]
    assert executive and all(q.seniority == {"executive"} for q in executive)
    assert not any(
        "executive" in q.seniority for q in BANK if "compensation" in q.tags and q not in executive
    )


def _similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb)


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _may_meet(a, b) -> bool:
    """True when some profile could get both questions."""
    return (
        bool(a.seniority & b.seniority)
        and _same_work(a.occupations, b.occupations)
        and (not a.industries or not b.industries or bool(a.industries & b.industries))
    )


def _same_work(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one person's work could fall in a group of each (one group holds the other)."""
    return not a or not b or any(in_field({x}, y) or in_field({y}, x) for x in a for y in b)


@pytest.mark.parametrize("seniority", ["senior", "executive"])
def test_senior_levels_have_strategy_questions(seniority):
    strategy = [q for q in BANK if "strategy" in q.tags and seniority in q.seniority]
    assert len(strategy) >= 10


@pytest.mark.parametrize("tag", ["day-to-day", "entry-path"])
def test_juniors_have_day_to_day_and_entry_path_questions(tag):
    assert len([q for q in BANK if tag in q.tags and "junior" in q.seniority]) >= 10


def test_every_level_has_an_opening_a_referral_close_and_a_close():
    for seniority in SENIORITIES:
        suited = [
            q
            for q in BANK
            if seniority in q.seniority and not q.placeholders - {"minutes", "about_me", "field"}
        ]
        assert {"opening", "close"} <= {q.section for q in suited}
        assert any("permission" in q.tags for q in suited if q.section == "referrals")


def test_springboard_templates_exist_for_every_topic_and_state_the_finding():
    templates = [q for q in BANK if q.needs_topic]
    assert {q.needs_topic for q in templates} == {
        "compensation",
        "lifestyle",
        "trends",
        "general",
        "organization",
    }
    assert all("finding" in q.placeholders for q in templates)
    assert all(q.sensitive for q in templates if q.needs_topic in ("compensation", "lifestyle"))


def test_no_bank_question_asks_for_a_job():
    assert [q.id for q in BANK if find_job_request(q.text)] == []


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        (
            "bank_unknown_placeholder.csv",
            "bank_unknown_placeholder.csv, row 2: unknown placeholder {employer}",
        ),
        (
            "bank_unknown_section.csv",
            'bank_unknown_section.csv, row 2: section "small-talk" is not one of',
        ),
        (
            "bank_unknown_level.csv",
            'bank_unknown_level.csv, row 2: seniority level "intern" is not one of',
        ),
        ("bank_unknown_tag.csv", 'bank_unknown_tag.csv, row 2: tag "gossip" is unknown'),
        ("bank_job_request.csv", "bank_job_request.csv, row 2: the question asks for a job"),
        (
            "bank_finding_without_topic.csv",
            "bank_finding_without_topic.csv, row 2: {finding} is filled from a hypothesis",
        ),
        ("bank_duplicate_id.csv", 'bank_duplicate_id.csv, row 3: id "q-1" is used twice.'),
    ],
)
def test_a_bad_row_is_an_error_naming_the_file_and_row(fixture, message):
    with pytest.raises(BankError) as caught:
        load_bank(DATA / fixture)
    assert str(caught.value).startswith(message)


def test_a_missing_bank_file_is_an_error_not_a_traceback(tmp_path):
    with pytest.raises(BankError, match="cannot read the question bank"):
        load_bank(tmp_path / "nope.csv")


def test_a_user_bank_with_the_same_columns_loads():
    bank = load_bank(DATA / "bank_without_springboards.csv")
    assert [q.id for q in bank] == [
        "my-open",
        "my-rap",
        "my-ind",
        "my-car",
        "my-org",
        "my-ref",
        "my-close",
    ]
