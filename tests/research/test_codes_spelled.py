"""Countries and experience levels written as codes are said as names, never read as letters.

Two sources of each shape: a tech salary table (company location and experience level as
codes, amounts in US dollars) and a design survey (country and seniority codes, euros).
"""

from __future__ import annotations

import pandas as pd
import pytest

from infoview.findings import propose_findings
from infoview.findings.pay import said_level
from infoview.research import read_research_path
from infoview.research.clean import spelled_levels
from infoview.research.countries import country_name, spelled_country_codes
from infoview.say import say_statement
from tests.conftest import DATA

TECH = DATA / "tech_pay_with_level_and_country_codes.csv"
SURVEY = DATA / "survey_pay_with_seniority_and_country_codes.csv"


def statements(path) -> list[str]:
    return sorted(f.statement for f in propose_findings(read_research_path(path).tables))


def test_a_tech_salary_table_says_countries_and_levels_by_name():
    assert statements(TECH) == [
        "Pay for Data Engineer across all places is about $100,000 a year across 11 salary "
        "reports, the middle half between $63,000 and $130,000",
        "Pay for Data Engineer at senior level is about 178% more than at entry level: "
        "$150,000 vs $54,000, from 5 and 3 salary reports",
        "Pay for Data Engineer in Germany is about $54,000 a year across three salary reports, "
        "from $52,000 to $56,000",
        "Pay for Data Engineer in Spain is about $72,000 a year across two salary reports, "
        "from $70,000 to $74,000",
        "Pay for Data Engineer in US is about $130,000 a year across six salary reports, the "
        "middle half between $106,200 and $153,800",
        "Pay for Data Engineer is about 141% more in US than in Germany: $130,000 vs $54,000, "
        "from 6 and 3 salary reports",
    ]


def test_a_survey_with_seniority_and_country_codes_says_them_by_name():
    said = statements(SURVEY)
    assert said[0] == (
        "Pay for Product Designer across all places is about €53,000 a year across eight "
        "responses, the middle half between €42,800 and €98,500"
    )
    assert said[1] == (
        "Pay for Product Designer at executive level is about 138% more than at entry level: "
        "€100,000 vs €42,000, from three responses each"
    )
    assert say_statement(said[3], "compensation") == (
        "Pay for Product Designer in the Netherlands is around €70,000 a year."
    )


def test_codes_that_may_all_be_us_states_stay_as_written():
    states = pd.Series(["CA", "NY", "DE", "IN", ""])
    assert spelled_country_codes(states).tolist() == ["CA", "NY", "DE", "IN", ""]
    # one code no state has makes the column one of countries: CA is Canada beside ES
    countries = pd.Series(["CA", "ES", "IN", "GB", "US"])
    assert spelled_country_codes(countries).tolist() == ["Canada", "Spain", "India", "UK", "US"]
    # a code no country has: not a column of country codes
    assert spelled_country_codes(pd.Series(["ES", "QQ"])).tolist() == ["ES", "QQ"]
    assert spelled_country_codes(pd.Series(["Berlin", "ES"])).tolist() == ["Berlin", "ES"]
    assert (country_name("NL"), country_name("KR"), country_name("XX")) == (
        "Netherlands",
        "South Korea",
        "",
    )


def test_levels_are_spelled_only_when_every_level_is_a_code():
    assert spelled_levels(pd.Series(["SE", "EN", "MI", "EX", ""])).tolist() == [
        "senior level",
        "entry level",
        "mid level",
        "executive level",
        "",
    ]
    assert spelled_levels(pd.Series(["SE", "Lead"])).tolist() == ["SE", "Lead"]
    assert spelled_levels(pd.Series(["SE", "SE"])).tolist() == ["SE", "SE"]


@pytest.mark.parametrize(
    ("level", "said"),
    [
        ("Lead", "lead level"),
        ("Junior", "junior level"),
        ("Mid-level", "mid level"),
        ("senior level", "senior level"),
        ("Grade 7", "Grade 7"),
        ("L5", "L5"),
    ],
)
def test_a_one_word_level_is_said_as_a_level(level, said):
    assert said_level(level) == said
