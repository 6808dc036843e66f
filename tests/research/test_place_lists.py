"""A posting's list of places names no one place: it is never said aloud as a place.

Two sources: an Indian job board's scrape (a city list with repeats) and a US employer's
postings naming two offices in one cell.
"""

from __future__ import annotations

import pytest

from infoview.findings import propose_findings
from infoview.research import read_research_path
from infoview.research.clean import one_place
from tests.conftest import DATA


def said(name: str) -> list[str]:
    tables = read_research_path(DATA / name).tables
    return sorted(f.statement for f in propose_findings(tables))


def test_a_job_boards_list_of_cities_is_no_place_to_group_by():
    assert said("postings_listing_several_places.csv") == [
        "One posting puts pay for Data Analyst at about ₹450,000 a year",
        "Pay for Data Analyst across all places is about ₹440,000 a year across three "
        "postings, from ₹420,000 to ₹450,000",
        "Pay for Data Analyst in Pune is about ₹430,000 a year across two postings, from "
        "₹420,000 to ₹440,000",
    ]


def test_two_offices_in_one_cell_are_not_said_as_one_place():
    assert all("Austin" not in s for s in said("support_jobs_in_two_offices.csv"))


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("Austin, TX", "Austin, TX"),
        ("Kolkata, West Bengal, India", "Kolkata, West Bengal, India"),
        ("New York, New York", "New York"),
        ("Hertfordshire, Hertfordshire", "Hertfordshire"),
        ("Pune, pune, India", "Pune, India"),
        ("Denver, CO, Austin, TX", ""),
        ("Bidar, Devanahalli, Nelamangala, Hosakote, Bidar", ""),
    ],
)
def test_a_place_is_one_place_up_to_city_region_and_country(place, kept):
    assert one_place(place) == kept
