"""Findings in occupations: each pay role, org-chart box and trend headline is placed once,
when the table is read, and the place is kept with the table."""

from __future__ import annotations

import infoview.research.table as table_module
from infoview.findings import propose_findings
from infoview.hypotheses import from_finding
from infoview.research import read_research
from infoview.store import codec

PAY = (
    "Job Title,Location,Salary\n"
    "Sr. Data Scientist,Denver,150000\n"
    "Data Scientists(152051),Denver,140000\n"
    "Statistician,Denver,120000\n"
    "Total,Denver,410000\n"
)
TRENDS = (
    "Headline,Source\n"
    "Employment of data scientists is projected to grow quickly,BLS\n"
    "Hospitals move marketing budgets to search,Trade press\n"
)
ORG = (
    "Department,Name,Title,Reports To,Known\n"
    "Nursing,Ana Ruiz,Chief Nursing Officer,,yes\n"
    "Nursing,,Charge Nurse,Chief Nursing Officer,no\n"
)


def _table(name: str, text: str):
    (table,) = read_research(name, text.encode()).tables
    return table


def test_pay_roles_are_placed_once_per_distinct_title_and_kept_in_the_values():
    table = _table("pay.csv", PAY)
    assert table.values["occupation"].tolist() == ["15-2051", "15-2051", "15-2041", ""]
    placed = {f.statement: f.occupation for f in propose_findings([table])}
    assert placed["One posting puts pay for Statistician in Denver at about $120,000 a year"] == (
        "15-2041"
    )


def test_a_trend_headline_is_placed_by_the_work_it_names():
    table = _table("trends.csv", TRENDS)
    assert table.values["occupation"].tolist() == ["15-2051", ""]
    occupations = [f.occupation for f in propose_findings([table])]
    assert occupations == ["15-2051", ""]


def test_an_org_chart_box_is_placed_by_its_title():
    table = _table("org.csv", ORG)
    assert table.values["occupation"].tolist() == ["11-1011", "29-1141"]  # a chief: top executive
    (gap,) = [f for f in propose_findings([table]) if "Charge Nurse" in f.statement]
    assert gap.occupation == "29-1141"
    assert from_finding(gap).occupation == "29-1141"


def test_a_kept_table_is_not_placed_again_when_read_back(monkeypatch):
    table = _table("pay.csv", PAY)
    kept = codec.loads(codec.dumps(table))

    def refuse(_text):
        raise AssertionError("placed again")

    monkeypatch.setattr(table_module, "classify", refuse)
    monkeypatch.setattr(table_module, "mentioned", refuse)
    assert [f.occupation for f in propose_findings([kept])] == [
        f.occupation for f in propose_findings([table])
    ]


def test_findings_json_names_the_occupation():
    (finding, *_) = propose_findings([_table("pay.csv", PAY)])
    assert finding.to_dict()["occupation"] == "15-2051"
