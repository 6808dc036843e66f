"""`python -m infoview --db PATH research add` and `workspace export/import`, as run by users."""

from __future__ import annotations

import json
import os

from infoview.store import open_workspace
from tests.cli import as_process, infoview
from tests.test_learning import CONTACTS, logged_workspace


def test_research_add_then_export_import_export_is_identical(tmp_path, sample_path):
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    added = infoview(
        "--db", first, "--create", "research", "add", sample_path, tmp_path / "missing.csv"
    )
    assert added.returncode == 2
    assert added.stderr.splitlines() == [
        "infoview: missing.csv: missing.csv could not be opened (No such file or directory). "
        "Check the path.",
        "stored sample_research.xlsx: 3 tables",
        f"workspace {first}: 13 hypotheses",
    ]
    assert infoview("--db", first, "workspace", "export", "-o", tmp_path / "a.json").returncode == 0
    loaded = infoview("--db", second, "--create", "workspace", "import", tmp_path / "a.json")
    assert loaded.returncode == 0, loaded.stderr
    assert (
        infoview("--db", second, "workspace", "export", "-o", tmp_path / "b.json").returncode == 0
    )
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    document = json.loads((tmp_path / "a.json").read_text())
    assert len(document["tables"]["hypotheses"]["rows"]) == 13
    assert [f.file for f in open_workspace(second).research_files()] == ["sample_research.xlsx"]


def test_research_add_twice_keeps_the_seekers_flags(tmp_path, sample_path):
    db = tmp_path / "ws.sqlite"
    infoview("--db", db, "--create", "research", "add", sample_path)
    workspace = open_workspace(db)
    flagged = [h.id for h in workspace.hypotheses() if h.flagged]
    infoview("--db", db, "research", "add", sample_path)
    assert [h.id for h in workspace.hypotheses() if h.flagged] == flagged
    assert len(workspace.hypotheses()) == 13


def test_the_environment_names_the_workspace_when_db_is_not_given(tmp_path, sample_path):
    db = tmp_path / "from-env.sqlite"
    result = as_process("research", "add", sample_path, env={**os.environ, "INFOVIEW_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert len(open_workspace(db).hypotheses()) == 13


def test_bad_files_give_a_message_not_a_traceback(tmp_path):
    not_db = tmp_path / "notes.sqlite"
    not_db.write_text("plain text\n" * 50)
    export = infoview("--db", not_db, "workspace", "export", "-o", tmp_path / "out.json")
    assert export.returncode == 1
    assert export.stderr.startswith(f"infoview: The workspace database {not_db} cannot be used")
    assert "Traceback" not in export.stderr
    (tmp_path / "bad.json").write_text("{not json")
    load = infoview(
        "--db", tmp_path / "ws.sqlite", "--create", "workspace", "import", tmp_path / "bad.json"
    )
    assert load.returncode == 1
    assert load.stderr.startswith(f"infoview: {tmp_path / 'bad.json'} is not a workspace export")
    missing = infoview(
        "--db", tmp_path / "ws.sqlite", "--create", "workspace", "import", tmp_path / "no.json"
    )
    assert missing.stderr == (
        f"infoview: {tmp_path / 'no.json'} cannot be read (No such file or directory). "
        "Check the path.\n"
    )


def test_sheet_with_db_builds_on_logged_interviews_and_names_no_contact(tmp_path, sample_path):
    db = tmp_path / "ws.sqlite"
    logged_workspace(db, sample_path)
    common = ["sheet", sample_path, "--seniority", "mid", "--specialty", "finance"]
    common += ["--name", "Sam Okafor", "--flag-all", "--format", "md"]
    learned = infoview("--db", db, *common, "-o", tmp_path / "learned.md")
    plain = infoview(*common, "-o", tmp_path / "plain.md")
    assert (learned.returncode, plain.returncode) == (0, 0)
    text = (tmp_path / "learned.md").read_text()
    assert (
        "- Pay for Financial Analyst in Detroit, MI is around \\$68,000 a year. In earlier "
        "conversations, senior finance staff at a large automaker agreed; junior data staff "
        "disagreed." in text
    )
    plain_text = (tmp_path / "plain.md").read_text()
    # The logged referral joins the research list and the close names her; no other name or
    # contact detail from the interviews reaches the sheet.
    added = [
        c for c in CONTACTS if c.lower() in text.lower() and c.lower() not in plain_text.lower()
    ]
    assert added == ["Priya Raman"]
    close, why = [line for line in text.splitlines() if "Priya Raman" in line]
    assert "Next I plan to contact Priya Raman" in close
    assert why.strip().startswith("- Why: Names whom you plan to contact next (Priya Raman")
    assert "Earlier conversations" not in plain_text
