"""`python -m infoview sheet --format json`: the contract, a user bank, a bad bank."""

import json
from pathlib import Path

from infoview.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "data" / "sample_research.xlsx")
DATA = ROOT / "tests" / "data"
QUESTION_KEYS = ["id", "section", "text", "minutes", "hypothesis", "why", "why_codes", "tags"]


def sheet_json(tmp_path, *extra):
    out = tmp_path / "sheet.json"
    args = ["sheet", SAMPLE, "--seniority", "senior", "--specialty", "Finance", "--org", "Acme"]
    code = main([*args, *extra, "--format", "json", "-o", str(out)])
    return code, (json.loads(out.read_text()) if out.exists() else None)


def test_the_json_sheet_keeps_the_contract_with_section_and_tags(tmp_path):
    code, sheet = sheet_json(tmp_path, "--insider", "--flag-all")
    assert code == 0
    assert list(sheet) == [
        "profile",
        "minutes_budget",
        "minutes_planned",
        "sections",
        "if_time_permits",
        "coverage",
    ]
    assert [s["name"] for s in sheet["sections"]] == [
        "opening",
        "rapport",
        "industry",
        "career",
        "organization",
        "referrals",
        "close",
    ]
    questions = [q for s in sheet["sections"] for q in s["questions"]]
    assert all(list(q) == QUESTION_KEYS for q in (*questions, *sheet["if_time_permits"]))
    assert all(q["section"] == s["name"] for s in sheet["sections"] for q in s["questions"])
    assert sheet["minutes_planned"] <= sheet["minutes_budget"] == 15
    assert sheet["coverage"]["hypotheses_flagged"] == 13


def test_a_user_bank_is_used_with_the_bundled_springboards(tmp_path):
    code, sheet = sheet_json(
        tmp_path, "--flag-all", "--bank", str(DATA / "bank_without_springboards.csv")
    )
    assert code == 0
    ids = [q["id"] for s in sheet["sections"] for q in s["questions"]]
    assert ids[0] == "my-open" and ids[-2:] == ["my-ref", "my-close"]
    assert any(i.startswith("hyp-") for i in ids)


def test_a_bad_user_bank_is_a_message_naming_the_row(tmp_path, capsys):
    code, sheet = sheet_json(tmp_path, "--bank", str(DATA / "bank_unknown_tag.csv"))
    assert (code, sheet) == (1, None)
    assert capsys.readouterr().err == (
        'infoview: bank_unknown_tag.csv, row 2: tag "gossip" is unknown; use one of '
        "advice, compensation, competitors, culture, day-to-day, entry-path, environment, "
        "etiquette, feedback, growth, hiring, lifestyle, manages, path, permission, referral, "
        "referrals, research, skills, specialty, strategy, structure, technology, transferable, "
        "trends.\n"
    )


def test_an_own_hypothesis_asking_for_a_job_is_left_out_with_a_rewrite(tmp_path, capsys):
    code, sheet = sheet_json(tmp_path, "--hypothesis", "Can I apply for the analyst role?")
    assert code == 0
    texts = [q["text"] for s in sheet["sections"] for q in s["questions"]]
    assert not any("apply for the analyst role" in t for t in texts)
    assert "For example: If someone with my background applied" in capsys.readouterr().err


def test_industry_fills_the_industry_and_no_candid_read_leaves_it_out(tmp_path, capsys):
    code, sheet = sheet_json(
        tmp_path, "--industry", "Automotive", "--no-candid-read", "--me", "Ana Ruiz",
        "--background", "a financial analyst", "--specialty", "aerospace",
    )  # fmt: skip
    assert code == 0
    assert (sheet["profile"]["industry"], sheet["profile"]["candid_read"]) == ("automotive", False)
    planned = [q for s in sheet["sections"] for q in s["questions"]] + sheet["if_time_permits"]
    assert not any("feedback" in q["tags"] for q in planned)
    # The opening claims reading, never reading on the industry, which the research may not cover.
    assert planned[0]["text"].startswith(
        "Thank you for seeing me. I am Ana Ruiz, a financial analyst. I have "
        "done some reading and would like to check a few findings with you"
    )
    assert any(q["id"].startswith("aut-") for q in planned)
    assert "We could not place" not in capsys.readouterr().err  # aerospace engineers


def test_a_seeker_from_another_field_is_asked_once_which_skills_carry_over(tmp_path):
    teacher = ("--me", "Ana Ruiz", "--background", "a high school math teacher")
    code, sheet = sheet_json(tmp_path, "--title", "UX researcher", *teacher)
    assert code == 0
    questions = [q for s in sheet["sections"] for q in s["questions"]]
    assert [q["why_codes"][0] for q in questions if "transferable" in q["tags"]] == [
        "career-change"
    ]
    (tmp_path / "same").mkdir()
    code, sheet = sheet_json(tmp_path / "same", "--title", "history teacher", *teacher)
    assert code == 0
    planned = [q for s in sheet["sections"] for q in s["questions"]] + sheet["if_time_permits"]
    assert not any("transferable" in q["tags"] for q in planned)
