"""The bundled bank covers the method; a bad bank row is an error that names it."""

from pathlib import Path

import pytest

from infoview.errors import BankError
from infoview.profile import SENIORITIES, SPECIALTIES
from infoview.questions import find_job_request, load_bank
from infoview.questions.model import SECTIONS

DATA = Path(__file__).resolve().parents[1] / "data"
BANK = load_bank()


def test_the_bundled_bank_has_at_least_150_questions_in_every_section():
    assert len(BANK) >= 150
    assert {q.section for q in BANK} == set(SECTIONS)


@pytest.mark.parametrize("specialty", SPECIALTIES)
def test_every_specialty_has_its_own_questions(specialty):
    assert len([q for q in BANK if specialty in q.specialties]) >= 3


@pytest.mark.parametrize("seniority", ["senior", "executive"])
def test_senior_levels_have_strategy_questions(seniority):
    strategy = [q for q in BANK if "strategy" in q.tags and seniority in q.seniority]
    assert len(strategy) >= 10


@pytest.mark.parametrize("tag", ["day-to-day", "entry-path"])
def test_juniors_have_day_to_day_and_entry_path_questions(tag):
    assert len([q for q in BANK if tag in q.tags and "junior" in q.seniority]) >= 10


def test_every_level_has_an_opening_a_referral_close_and_a_close():
    for seniority in SENIORITIES:
        suited = [q for q in BANK if seniority in q.seniority and not q.placeholders - {"minutes"}]
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
