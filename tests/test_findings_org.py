"""HR exports give team sizes and who reports to whom at the top of the chart, a few of each."""

from pathlib import Path

from infoview.findings import propose_findings
from infoview.research import read_research_path

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_research.xlsx"


def organization_of(path):
    found = propose_findings(read_research_path(path).tables)
    return [f for f in found if f.topic == "organization"]


def test_an_hr_export_gives_team_sizes_then_the_top_of_the_chart():
    found = organization_of(DATA / "org_hr_export_with_manager_ids.csv")
    assert [f.statement for f in found] == [
        "Finance has 8 people reporting to 4 managers",
        "Operations has 3 people reporting to 3 managers",
        "People has 2 people reporting to 2 managers",
        "Dana Whitfield (Chief Executive Officer) has 3 direct reports: Ravi Menon (Chief "
        "Financial Officer), Elena Brandt (VP Operations) and Ada Nwosu (Chief People Officer)",
        "Ravi Menon (Chief Financial Officer) has 3 direct reports: Tom Okafor (Controller), "
        "Priya Shah (FP&A Manager) and Zoe Hart (Payroll Specialist)",
        "Elena Brandt (VP Operations) has 1 direct report: Maria Lopez (Plant Manager)",
    ]
    assert [(f.sample_size, f.strength) for f in found[:3]] == [(8, 0.667), (3, 0.429), (2, 0.333)]
    assert found[0].topics[:2] == ("organization", "finance")


def test_many_direct_reports_are_named_up_to_four_and_the_rest_counted(tmp_path):
    rows = ["id,name,title,team,manager", "1,Ann Lee,Head of Data,Data,"]
    rows += [f"{n},Analyst {n},Data Analyst,Data,1" for n in range(2, 8)]
    path = tmp_path / "hr.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [f.statement for f in organization_of(path)] == [
        "Data has 7 people reporting to 1 manager",
        "Ann Lee (Head of Data) has 6 direct reports: Analyst 2 (Data Analyst), Analyst 3 "
        "(Data Analyst), Analyst 4 (Data Analyst), Analyst 5 (Data Analyst) and 2 others",
    ]


def test_a_chart_of_boxes_to_fill_gives_only_its_unknown_boxes():
    found = organization_of(SAMPLE)
    assert [f.statement[:26] for f in found] == ["I do not yet know who is t"] * 3
