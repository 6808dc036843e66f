"""The workspace's English: US by default, UK on request, for the sheet, its exports and drafts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from infoview.errors import OutreachError
from infoview.export import render
from infoview.learning import with_talking_points
from infoview.outreach import Contact, DraftRequest, Seeker, write_draft
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.seeker import SEEKER_DOCUMENT, kept_english
from infoview.spelling import spelled
from infoview.store import open_workspace
from tests.conftest import SAMPLE
from tests.test_cli import infoview


@pytest.mark.parametrize(
    ("us", "uk"),
    [
        ("How do you organize your week?", "How do you organise your week?"),
        ("Organizations analyze behavior.", "Organisations analyse behaviour."),
        ("A rotation program at a call center.", "A rotation programme at a call centre."),
        ("Which computer program do you use?", "Which computer program do you use?"),
        ("Which software programs do you use?", "Which software programs do you use?"),
        ("An accounting license and a defense.", "An accounting licence and a defence."),
        ("They license the design to us.", "They license the design to us."),
        ("Before they can practice on their own.", "Before they can practise on their own."),
        ("Your practice grew.", "Your practice grew."),
        ("A downsized team, sized right.", "A downsized team, sized right."),
        ("We emphasize modeling and labeled data.", "We emphasise modelling and labelled data."),
        # names keep their own spelling: a capital inside a sentence is a name
        (
            "The Kennedy Center is an organization. Organizing it is hard.",
            "The Kennedy Center is an organisation. Organising it is hard.",
        ),
        ("UNIVERSITY PROGRAM", "UNIVERSITY PROGRAM"),
    ],
)
def test_uk_spelling_of_a_us_sentence(us, uk):
    assert spelled(us, "uk") == uk
    assert spelled(uk, "uk") == uk  # spelling twice changes nothing more
    assert spelled(us, "us") == us


def test_a_name_inside_a_sentence_keeps_its_us_spelling():
    said = "I read the World Health Organization on labor and the Bureau of Labor Statistics."
    assert spelled(said, "uk") == (
        "I read the World Health Organization on labour and the Bureau of Labor Statistics."
    )


def test_the_seeker_keeps_us_english_unless_uk_is_chosen():
    assert Seeker().english == "us"
    assert Seeker(english="uk").english == "uk"
    with pytest.raises(OutreachError, match='English "fr" is not one we spell in: use us or uk'):
        Seeker(english="fr")
    assert kept_english({"name": "Ana", "english": "uk"}) == "uk"
    assert kept_english({"name": "Ana"}) == "us"  # About me kept before the choice existed
    assert kept_english(None) == "us"


PERSON = Profile(
    name="Dana Whitfield",
    organization="Northwind Motors",
    seniority="senior",
    specialty="finance",
    insider=True,
)


def test_the_sheet_and_every_export_follow_the_english():
    us = plan_sheet(PERSON, [], load_bank())
    uk = plan_sheet(PERSON, [], load_bank(), english="uk")
    assert uk.english == "uk"
    assert [s.title for s in uk.sections if s.name == "organization"] == ["The organisation"]
    us_lines = [q.text for q in us.questions] + [r.text for q in us.questions for r in q.why]
    uk_lines = [q.text for q in uk.questions] + [r.text for q in uk.questions for r in q.why]
    assert uk_lines == [spelled(line, "uk") for line in us_lines]
    assert any("organized" in line for line in us_lines)
    markdown = render(uk, "md").decode()
    assert "## The organisation (" in markdown
    assert "| Name | Organisation | How to reach | May I mention you? |" in markdown
    assert "Name the people and organisations you plan to approach next" in markdown
    assert "organiz" not in markdown.lower().replace("northwind", "")
    assert "organiz" not in render(uk, "csv").decode().lower()
    assert "organiz" in render(us, "md").decode()


def test_talking_points_follow_the_sheets_english():
    uk = plan_sheet(PERSON, [], load_bank(), english="uk")
    added = with_talking_points(uk, ["Senior finance staff at a large organization agreed."])
    assert added.talking_points[0] == "Senior finance staff at a large organisation agreed."


def test_drafts_follow_the_seekers_english():
    me = Seeker("Ana Ruiz", "a student of program evaluation", english="uk")
    request = DraftRequest(
        "approach", me, Contact("Dana Whitfield", "Northwind Motors", "Controller")
    )
    draft = write_draft(replace(request, finding="Finance teams organize forecasts by program"))
    assert "I am Ana Ruiz, a student of programme evaluation." in draft.body
    assert "My research suggests that finance teams organise forecasts by programme." in draft.body


SHEET = ("sheet", str(SAMPLE), "--seniority", "senior", "--specialty", "finance", "--insider")
SHEET += ("--org", "Northwind Motors", "--flag-all", "-o", "-")


def test_cli_sheet_takes_english_uk_for_md_and_json():
    md = infoview(*SHEET, "--format", "md", "--english", "uk")
    assert md.returncode == 0, md.stderr
    assert "## The organisation (" in md.stdout
    assert "they can describe how it is organised" in md.stdout
    sheet = json.loads(infoview(*SHEET, "--format", "json", "--english", "uk").stdout)
    asked = [q for s in sheet["sections"] for q in s["questions"]] + sheet["if_time_permits"]
    said = " ".join([q["text"] for q in asked] + [why for q in asked for why in q["why"]])
    assert "How is your organisation responding to it?" in said
    assert "organiz" not in said
    default = infoview(*SHEET, "--format", "md")
    assert "## The organization (" in default.stdout


def test_cli_sheet_and_draft_use_the_workspaces_english(tmp_path):
    db = tmp_path / "ws.sqlite"
    open_workspace(str(db)).save_document(SEEKER_DOCUMENT, {"name": "Ana Ruiz", "english": "uk"})
    md = infoview("--db", str(db), *SHEET, "--format", "md")
    assert md.returncode == 0, md.stderr
    assert "## The organisation (" in md.stdout
    us = infoview("--db", str(db), *SHEET, "--format", "md", "--english", "us")
    assert "## The organization (" in us.stdout
    draft = infoview(
        "--db",
        str(db),
        "draft",
        "approach",
        "--name",
        "Dana Whitfield",
        "--me",
        "Ana Ruiz",
        "--background",
        "a student of program evaluation",
    )
    assert draft.returncode == 0, draft.stderr
    assert "I am Ana Ruiz, a student of programme evaluation." in draft.stdout
