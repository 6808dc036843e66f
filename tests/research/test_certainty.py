"""How sure a table's reading is, said in words for the Research page."""

import pandas as pd
import pytest

from infoview.research import read_research_path, retype_table
from infoview.research.certainty import certainty, certainty_line, role_label
from infoview.research.model import ResearchTable
from tests.research.conftest import DATA


def table(kind: str, confidence: dict[str, float], columns: dict[str, str]) -> ResearchTable:
    frame = pd.DataFrame({header: ["x"] for header in columns.values()})
    return ResearchTable("f.csv", "f", kind, 1, columns, frame, confidence=confidence)


@pytest.mark.parametrize(
    ("score", "word"),
    [
        (1.0, "sure"),
        (0.9, "sure"),
        (0.8, "likely"),
        (0.7, "likely"),
        (0.6, "guessed"),
        (0.0, "guessed"),
    ],
)
def test_scores_become_three_words(score, word):
    assert certainty(score) == word


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("base", "Base pay"),
        ("hourly_median", "Hourly median pay"),
        ("reports_to", "Reports to"),
        ("p90", "90th percentile"),
        ("location", "Location"),
    ],
)
def test_roles_go_by_their_names_on_the_page(role, label):
    assert role_label(role) == label


def test_a_table_with_a_guess_says_which_and_what_to_do():
    research = read_research_path(DATA / "pay_table_unsure_places_and_dates.csv")
    (read,) = research.tables
    assert certainty_line(read) == (
        "Salary table (sure). Role, Base pay: sure; Location: likely; Date: guessed — pick it "
        "below if wrong."
    )


def test_two_guesses_and_a_kind_told_by_content():
    line = certainty_line(
        table(
            "contacts",
            {"kind": 0.42, "name": 0.55, "email": 0.6, "company": 1.0},
            {"name": "Who", "email": "Mail", "company": "Org"},
        )
    )
    assert line == (
        "Contact list (guessed — pick the kind below if wrong). Company: sure; Name, E-mail: "
        "guessed — pick them below if wrong."
    )


def test_unknown_kind_and_a_table_kept_before_confidence_was():
    assert certainty_line(table("generic", {"kind": 0.0}, {})) == "Kind not known: pick it below."
    assert certainty_line(table("salary", {}, {"base": "Pay"})) == ""


def test_a_column_picked_by_hand_is_judged_by_its_values():
    (read,) = read_research_path(DATA / "pay_table_unsure_places_and_dates.csv").tables
    picked = retype_table(read, "salary", {"role": "Job Title", "base": "Salary", "date": "City"})
    assert certainty_line(picked) == (
        "Salary table (sure). Role, Base pay: sure; Date: guessed — pick it below if wrong."
    )
