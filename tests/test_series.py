"""Long statistical series names said as a person would say them (issue 21)."""

from __future__ import annotations

import pytest

from infoview.findings import propose_findings
from infoview.research import read_research_path
from infoview.say import say_finding
from infoview.series import say_series
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


@pytest.mark.parametrize(
    ("published", "said"),
    [
        (
            "Employment, all employees, seasonally adjusted - Professional, scientific and "
            "technical services, thousands",
            "jobs in professional, scientific and technical services",
        ),
        (
            "Median hourly earnings for full-time employees excluding overtime",
            "median hourly pay for full-time staff",
        ),
        (
            "Quarterly index in Total hourly rates of pay excluding bonuses, Australia, Public, "
            "Electricity, gas, water and waste services",
            "the index of total hourly pay rates in electricity, gas, water and waste services "
            "in the public sector",
        ),
        ("All employees, thousands, manufacturing, seasonally adjusted", "jobs in manufacturing"),
        ("Average weekly earnings, whole economy, seasonally adjusted (GBP)", "average weekly pay"),
        ("New postings (indeed job postings index SA)", "new postings"),
        ("Doctor's degree - other (new degree classification)", "other doctor's degree"),
        (
            "Job vacancies in Administrative and Support Services",
            "job vacancies in Administrative and Support Services",
        ),
        ("Retail", "retail"),
    ],
)
def test_a_series_name_said_shortly(published, said):
    assert say_series(published) == said


def spoken(file_name: str) -> list[str]:
    tables = read_research_path(DATA / file_name).tables
    return [say_finding(f.statement, f.source, f.topic) for f in propose_findings(tables)]


def test_a_wide_table_of_dash_qualified_employment_series():
    assert spoken("series_dash_qualified_employment.csv") == [
        "Jobs in professional, scientific and technical services rose 20% from 2019 to 2023.",
        "Jobs in retail trade fell 3% from 2019 to 2023.",
    ]


def test_a_table_of_series_by_year_with_a_measure_in_a_sector():
    assert spoken("series_measure_in_sector_index.csv") == [
        "Median hourly pay for full-time staff rose 42% from 2012 to 2022.",
        "The index of total hourly pay rates in education and training in the public sector "
        "rose 31% from 2012 to 2022.",
    ]
