"""An org chart's gaps are asked only of someone who works at the organization it is of."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from infoview.findings import propose_findings
from infoview.hypotheses import custom_hypothesis, from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.questions.springboards import UNNAMED_CHART
from infoview.research import read_research_path, retype_table
from infoview.research.org import chart_organization, organization_in_title
from infoview.store import open_workspace

DATA = Path(__file__).parent / "data"
TITLED = DATA / "org_chart_titled_harbor_foods.csv"
COLUMN = DATA / "org_chart_with_organization_column.csv"
UNNAMED = DATA / "org_chart_naming_no_organization.csv"


def table_of(path: Path):
    [table] = read_research_path(path).tables
    return table


def insider(organization: str, title: str = "Operations Manager") -> Profile:
    return Profile(
        name="Rae Kim",
        organization=organization,
        title=title,
        seniority="mid",
        specialty="operations",
        insider=True,
    )


def sheet_of(path: Path, profile: Profile, table=None):
    tables = [table] if table is not None else read_research_path(path).tables
    hypotheses = [from_finding(f, flagged=True) for f in propose_findings(tables)]
    return plan_sheet(profile, hypotheses, load_bank())


def chart_questions(sheet) -> list[str]:
    return [
        q.text
        for q in (*sheet.questions, *sheet.if_time_permits)
        if q.hypothesis and q.section == "organization"
    ]


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("Harbor Foods leadership team (as of 2025)", "Harbor Foods"),
        ("Org chart of Lakeshore Motors, 2026", "Lakeshore Motors"),
        ("Organisational structure: City of Leeds", "City of Leeds"),
        ("Acme Inc. — organizational chart", "Acme Inc"),
        # titles that name no organization
        ("Finance pay in the Great Lakes region (fictional sample)", ""),
        ("Structure of the finance team", ""),
        ("", ""),
    ],
)
def test_a_title_row_names_the_organization_only_when_it_calls_the_table_its_chart(
    title, organization
):
    assert organization_in_title(title) == organization


def test_the_chart_is_of_the_organization_its_title_row_or_its_organization_column_names():
    assert chart_organization(table_of(TITLED)) == "Harbor Foods"
    assert chart_organization(table_of(COLUMN)) == "Fjord Robotics AS"
    assert chart_organization(table_of(UNNAMED)) == ""
    named = retype_table(table_of(UNNAMED), "org_chart", organization=" Coastal Mutual ")
    assert chart_organization(named) == "Coastal Mutual"
    # the name the user gave comes before what the file says; clearing it goes back to the file
    renamed = retype_table(table_of(TITLED), "org_chart", organization="Harbor Foods Group")
    assert chart_organization(renamed) == "Harbor Foods Group"
    assert chart_organization(retype_table(renamed, "org_chart", organization="")) == "Harbor Foods"


def test_another_organizations_chart_is_never_called_the_interviewees():
    sheet = sheet_of(TITLED, insider("Lakeshore Motors"))
    assert chart_questions(sheet) == []
    assert {d.who for d in sheet.for_someone_else} >= {"someone who works at Harbor Foods"}
    assert not any("Lakeshore Motors" in q and "chart" in q for q in map(str, sheet.questions))


def test_the_interviewees_own_chart_is_asked_about_as_hers():
    sheet = sheet_of(TITLED, insider("Harbor Foods"))
    assert chart_questions(sheet)[0] == (
        "I am filling in my chart of Harbor Foods. I have Sales reporting to the VP Sales, but "
        "not who the Regional Sales Director is. Who holds that role? If you are not sure, who "
        "would know?"
    )
    # a short form or the legal name of the same organization is the same organization
    sheet = sheet_of(COLUMN, insider("Fjord Robotics", "Product Manager"))
    assert chart_questions(sheet)[0].startswith("I am filling in my chart of Fjord Robotics. ")


def test_a_chart_naming_no_organization_waits_until_the_user_names_it():
    profile = insider("Coastal Mutual")
    sheet = sheet_of(UNNAMED, profile)
    assert chart_questions(sheet) == []
    assert UNNAMED_CHART == (
        "someone who works at the organization that chart is of (name it on the Research page)"
    )
    assert {d.who for d in sheet.for_someone_else} == {UNNAMED_CHART}
    named = retype_table(table_of(UNNAMED), "org_chart", organization="Coastal Mutual")
    assert chart_questions(sheet_of(UNNAMED, profile, named))[0] == (
        "I am filling in my chart of Coastal Mutual. I have Claims reporting to the Claims "
        "Director, but not who the Fraud Team Lead is. Who holds that role? If you are not sure, "
        "who would know?"
    )


def test_the_seekers_own_idea_about_an_organization_is_about_the_interviewees():
    own = custom_hypothesis("Claims and underwriting sit under one director", "organization")
    sheet = plan_sheet(insider("Coastal Mutual"), [own], load_bank())
    assert [q.hypothesis for q in sheet.questions if q.hypothesis] == [own.id]


def test_the_named_organization_survives_a_restart_and_an_export_and_import(tmp_path):
    research = read_research_path(UNNAMED)
    named = retype_table(research.tables[0], "org_chart", organization="Coastal Mutual")
    workspace = open_workspace(tmp_path / "a.sqlite")
    workspace.save_research([replace(research, tables=(named,))])
    [kept] = open_workspace(tmp_path / "a.sqlite").research_files()
    assert chart_organization(kept.tables[0]) == "Coastal Mutual"
    copy = open_workspace(tmp_path / "b.sqlite")
    copy.import_data(workspace.export_data(), "a.json")
    [imported] = copy.research_files()
    assert chart_organization(imported.tables[0]) == "Coastal Mutual"
    assert {f.organization for f in propose_findings(imported.tables)} == {"Coastal Mutual"}
