"""The seeker's target occupations on the command line: `--target` without a workspace, About
me's saved targets with `--db`, for ranking findings and for the referral close."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from infoview.seeker import SEEKER_DOCUMENT, Seeker
from infoview.store import open_workspace
from tests.conftest import DATA
from tests.test_cli import infoview

PAY = str(DATA / "pay_nurses_then_analysts.csv")
PEOPLE = str(DATA / "contacts_nurse_analyst_recruiter.csv")
NURSE = "Pay for Registered Nurse in Denver is about $80,000 a year across two postings"
ANALYST = "Pay for Data Analyst in Denver is about $73,000 a year across two postings"


def ranked(*args: str) -> list[str]:
    result = infoview(*args)
    assert result.returncode == 0, result.stderr
    return [f["statement"].split(" (")[0] for f in json.loads(result.stdout)]


def close(*args: str) -> str:
    """The referral question of the sheet the command writes."""
    result = infoview(*args, "--seniority", "mid", "--format", "json", "-o", "-")
    assert result.returncode == 0, result.stderr
    sections = json.loads(result.stdout)["sections"]
    [referrals] = [s["questions"][0]["text"] for s in sections if s["name"] == "referrals"]
    return referrals.split(". ")[0]


def test_target_ranks_findings_in_that_work_first():
    assert ranked("findings", PAY, "--json") == [NURSE, ANALYST]  # the file's order: a tie
    assert ranked("findings", PAY, "--json", "--target", "Data Analyst") == [ANALYST, NURSE]


def test_target_puts_people_in_that_work_first_in_the_referral_close():
    assert close("sheet", PEOPLE) == (
        "Next I plan to contact Lena Park, Omar Haddad and Grace Mensah"
    )
    assert close("sheet", PEOPLE, "--target", "registered nurse") == (
        "Next I plan to contact Grace Mensah, Lena Park and Omar Haddad"
    )
    both = close("sheet", PEOPLE, "--target", "Data Analyst", "--target", "29-1141")
    assert both == "Next I plan to contact Omar Haddad, Grace Mensah and Lena Park"


def test_a_target_that_names_no_work_is_a_message(tmp_path: Path):
    result = infoview("sheet", PEOPLE, "--seniority", "mid", "--format", "md", "-o", "-",
                      "--target", "Team 4")  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "infoview: We could not place “Team 4”: pick the closest occupation. On the command "
        "line: --target.\n"
    )


def test_with_db_about_mes_targets_rank_findings_the_close_and_the_research_list(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    created = infoview("--db", db, "--create", "research", "add", PAY)
    assert created.returncode == 0, created.stderr
    added = infoview("--db", db, "contacts", "add", PEOPLE)
    assert added.returncode == 0, added.stderr
    assert ranked("--db", db, "findings", "--json") == [NURSE, ANALYST]
    nothing_saved = close("--db", db, "sheet", PEOPLE)

    seeker = Seeker(name="Mei Chen", targets=("15-2051",))  # About me: Data Scientists
    open_workspace(db).save_document(SEEKER_DOCUMENT, asdict(seeker))
    assert ranked("--db", db, "findings", "--json") == [ANALYST, NURSE]
    assert close("--db", db, "sheet", PEOPLE).startswith("Next I plan to contact Omar Haddad")
    assert nothing_saved != close("--db", db, "sheet", PEOPLE)
    upcoming = json.loads(infoview("--db", db, "contacts", "next", "--json").stdout)
    assert upcoming[0]["name"] == "Omar Haddad"
    # --target (or --occupation for the list) says otherwise for one command
    assert ranked("--db", db, "findings", "--json", "--target", "Registered Nurse") == [
        NURSE,
        ANALYST,
    ]
    nurses = json.loads(
        infoview("--db", db, "contacts", "next", "--json", "--occupation", "29-1141").stdout
    )
    assert nurses[0]["name"] == "Grace Mensah"
