"""The workspace's currency (About me): what amounts are in where a file states none, on the
page, the sheet and the command line, with the seeker's flags kept when it changes."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from infoview.errors import OutreachError
from infoview.findings import propose_findings
from infoview.hypotheses import custom_hypothesis, from_finding, merge_findings
from infoview.research import (
    CURRENCY_CHOICES,
    CURRENCY_NAMES,
    file_assuming_currency,
    read_research,
    read_research_path,
    retype_table,
)
from infoview.seeker import SEEKER_DOCUMENT, Seeker, kept_currency, stored_seeker
from infoview.store import open_workspace
from tests.cli import infoview

DATA = Path(__file__).parent / "data"
SURVEY = DATA / "survey_salaries_naming_no_currency.csv"
HOURLY = DATA / "hourly_rates_naming_no_currency.csv"
SURVEY_GBP = [
    (
        "com-b7063da1",
        "Pay for Project Coordinator is about £30,500 a year across three responses "
        "(75% of all 4), from £28,000 to £31,000",
    ),
    ("com-9af18e5b", "One response puts pay for Operations Manager at about £47,000 a year"),
]


def said(tables) -> list[tuple[str, str]]:
    return [(f.id, f.statement) for f in propose_findings(tables)]


def test_every_currency_a_user_can_pick_has_a_name():
    assert sorted(CURRENCY_NAMES) == list(CURRENCY_CHOICES)


def test_amounts_no_file_states_a_currency_for_are_in_the_workspace_currency():
    research = read_research_path(SURVEY)
    in_dollars = said(research.tables)
    pounds = file_assuming_currency(research, "GBP")
    [table] = pounds.tables
    assert table.assumed_currency == "GBP"
    assert table.main_currency() == "GBP"
    assert said(pounds.tables) == SURVEY_GBP
    # the same findings: a seeker's flags stay on them when the currency is chosen
    assert [i for i, _ in in_dollars] == [i for i, _ in SURVEY_GBP]
    [issue] = table.issues
    assert (issue.code, issue.severity, issue.column) == (
        "currency-assumed",
        "warning",
        "Annual salary",
    )
    assert issue.message == (
        'Nothing in the file says which currency column "Annual salary" is in (no mark, '
        "currency column, country or place), so its amounts are shown in pounds sterling, the "
        "currency chosen under About me. If they are in another currency, pick it on the "
        "Research page (Currency of the amounts)."
    )
    assert research.tables[0].issues[0].message == (
        'Nothing in the file says which currency column "Annual salary" is in (no mark, '
        "currency column, country or place), so its amounts are shown in US dollars (choose "
        "your usual currency under About me). If they are in another currency, pick it on the "
        "Research page (Currency of the amounts)."
    )


def test_a_second_shape_hourly_rates_follow_the_workspace_currency_too():
    [table] = file_assuming_currency(read_research_path(HOURLY), "EUR").tables
    assert [i.code for i in table.issues] == ["currency-assumed", "pay-annualized"]
    assert said([table])[0][1] == (
        "Pay for Care worker is about €24,800 a year across three postings, from €23,900 to €25,600"
    )


def test_a_file_that_states_its_currency_keeps_it_whatever_the_workspace_currency():
    research = read_research(
        "pay_in_euros.csv", "Role,Salary\nAnalyst,€41000\nAnalyst,€43000\n".encode()
    )
    chosen = file_assuming_currency(research, "GBP")
    assert chosen.tables[0].assumed_currency == "GBP"
    assert chosen.tables[0].values is research.tables[0].values  # not read again
    assert said(chosen.tables) == said(research.tables)
    assert "€42,000" in said(chosen.tables)[0][1]


def test_a_correction_on_the_research_page_keeps_the_workspace_currency():
    [table] = file_assuming_currency(read_research_path(SURVEY), "GBP").tables
    as_monthly = retype_table(table, table.kind, dict(table.columns), pay_period="month")
    assert as_monthly.assumed_currency == "GBP"
    assert as_monthly.main_currency() == "GBP"
    assert [i.code for i in as_monthly.issues] == ["currency-assumed", "pay-annualized"]
    picked = retype_table(table, table.kind, dict(table.columns), currency="EUR")
    assert picked.main_currency() == "EUR"


def test_a_yearly_column_in_thousands_is_noted_once_when_read_again():
    research = read_research(
        "pay_in_thousands.csv", b"Role,Avg Salary\nAnalyst,52\nAnalyst,58\nNurse,71\n"
    )
    [table] = file_assuming_currency(research, "GBP").tables
    assert [i.code for i in table.issues] == ["pay-in-thousands", "currency-assumed"]
    again = retype_table(table, table.kind, dict(table.columns))
    assert [i.code for i in again.issues] == ["pay-in-thousands", "currency-assumed"]


def test_a_workspace_currency_is_one_of_the_known_codes():
    assert Seeker(currency="GBP").currency == "GBP"
    with pytest.raises(OutreachError) as refused:
        Seeker(currency="XYZ")
    assert str(refused.value) == (
        'Currency "XYZ" is not one InfoView knows: use a code such as AUD, BRL, CAD, CHF.'
    )
    assert kept_currency({"name": "Ana", "currency": "EUR"}) == "EUR"
    assert kept_currency({"name": "Ana"}) == "USD"
    assert kept_currency({"currency": 7}) == "USD"
    assert stored_seeker({"name": "Ana"}).currency == "USD"  # About me kept before it existed


def test_findings_and_sheet_take_the_currency_from_the_command_line():
    found = infoview("findings", SURVEY, "--currency", "gbp", "--json")
    assert found.returncode == 0, found.stderr
    assert [(f["id"], f["statement"]) for f in json.loads(found.stdout)] == SURVEY_GBP
    wrote = infoview(
        "sheet",
        SURVEY,
        "--seniority",
        "mid",
        "--title",
        "Project Coordinator",
        "--flag-all",
        "--currency",
        "GBP",
        "--format",
        "md",
        "-o",
        "-",
    )
    assert wrote.returncode == 0, wrote.stderr
    assert "Pay for Project Coordinator is around £30,000 a year." in wrote.stdout
    assert "$" not in wrote.stdout
    refused = infoview("findings", SURVEY, "--currency", "pesos")
    assert refused.returncode == 2
    assert "argument --currency: invalid choice: 'PESOS'" in refused.stderr


def test_with_db_about_mes_currency_is_used_for_added_files_and_findings(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    open_workspace(db).save_document(
        SEEKER_DOCUMENT, asdict(Seeker(name="Ana Ruiz", currency="GBP"))
    )
    added = infoview("--db", db, "research", "add", SURVEY)
    assert added.returncode == 0, added.stderr
    [research] = open_workspace(db).research_files()
    assert research.tables[0].assumed_currency == "GBP"
    listed = json.loads(infoview("--db", db, "findings", "--json").stdout)
    assert [(f["id"], f["worded_as"]) for f in listed] == SURVEY_GBP
    from_files = json.loads(infoview("--db", db, "findings", SURVEY, "--json").stdout)
    assert [(f["id"], f["statement"]) for f in from_files] == SURVEY_GBP


def test_a_hypothesis_left_as_found_follows_its_finding_and_a_reworded_one_keeps_its_words():
    dollars = propose_findings(read_research_path(SURVEY).tables)
    pounds = propose_findings(file_assuming_currency(read_research_path(SURVEY), "GBP").tables)
    taken = [from_finding(dollars[0], flagged=True), from_finding(dollars[1])]
    reworded = replace(taken[1], statement="Operations managers earn about $47k.")
    merged = merge_findings([taken[0], reworded, custom_hypothesis("Pay is $50k")], pounds)
    assert [(h.statement, h.figure, h.flagged) for h in merged] == [
        (SURVEY_GBP[0][1], "£30,500", True),
        ("Operations managers earn about $47k.", "$47,000", False),
        ("Pay is $50k", None, True),
    ]
    assert merged[0].found_as == SURVEY_GBP[0][1]


def test_a_kept_currency_infoview_does_not_offer_is_read_as_us_dollars():
    kept = stored_seeker({"name": "Ana Ruiz", "currency": "XYZ", "english": "uk"})
    assert (kept.name, kept.currency, kept.english) == ("Ana Ruiz", "USD", "uk")
