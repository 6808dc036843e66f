"""Numeric trend tables give growth, projected change and the biggest movers, a few per table."""

from pathlib import Path

from infoview.findings import propose_findings
from infoview.research import read_research_path

DATA = Path(__file__).resolve().parent / "data"


def findings_of(name):
    return propose_findings(read_research_path(DATA / name).tables)


def test_series_by_year_give_the_three_biggest_rises_and_falls_without_the_total():
    found = findings_of("trends_vacancies_by_industry_and_year.csv")
    assert [f.statement for f in found] == [
        "Health care rose 30% from 2019 to 2023: 60,000 to 78,000",
        "Retail rose 18% from 2019 to 2023: 41,000 to 48,400",
        "Finance rose 12% from 2019 to 2023: 15,000 to 16,800",
        "Construction fell 15% from 2019 to 2023: 22,000 to 18,700",
        "Manufacturing fell 15% from 2019 to 2023: 40,000 to 34,000",
        "Hospitality fell 10% from 2019 to 2023: 30,000 to 27,000",
    ]
    assert {(f.topic, f.sample_size, f.strength) for f in found} == {("trends", 5, 0.556)}
    assert found[1].topics[0] == "trends"


def test_projected_change_names_the_period_and_leaves_out_summary_rows():
    found = findings_of("trends_projections_with_change.csv")
    assert [f.statement for f in found] == [
        "Employment of nurse practitioners is projected to grow 46.3% from 2022 to 2032",
        "Employment of data scientists is projected to grow 35% from 2022 to 2032",
        "Employment of statisticians is projected to grow 30.5% from 2022 to 2032",
        "Employment of telephone operators is projected to decline 39% from 2022 to 2032",
        "Employment of word processors and typists is projected to decline 37.3% from 2022 to 2032",
        "Employment of payroll clerks is projected to decline 16.4% from 2022 to 2032",
    ]
    assert found[1].topics == ("trends", "data")
    assert not any("occupations" in f.statement for f in found)


def test_a_series_per_column_is_named_by_its_header_and_skips_errors_and_totals():
    found = findings_of("trends_quarterly_series_per_column.csv")
    assert [f.statement for f in found] == [
        "Job vacancies in Mining rose 50% from 2017 to 2018: 6.2 to 9.3",
        "Job vacancies in Retail Trade fell 5% from 2017 to 2018: 20 to 19",
    ]


def test_a_long_table_gives_one_finding_per_series_within_one_year():
    found = findings_of("trends_postings_index_long.csv")
    assert [f.statement for f in found] == [
        "Nursing (postings index) rose 15% from January to December 2023: 110 to 126.5",
        "Software development (postings index) fell 30% from January to December 2023: 120 to 84",
    ]


def test_ids_come_from_the_series_not_the_row(tmp_path):
    lines = (DATA / "trends_vacancies_by_industry_and_year.csv").read_text().splitlines()
    moved = tmp_path / "trends_vacancies_by_industry_and_year.csv"
    moved.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    before = {f.statement: f.id for f in findings_of("trends_vacancies_by_industry_and_year.csv")}
    after = propose_findings(read_research_path(moved).tables)
    assert {f.statement: f.id for f in after} == before
