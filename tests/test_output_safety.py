"""Every command that writes: no input overwritten, --force, `-o -`, clear lines, --db/--create."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from infoview.cli import main
from infoview.store import open_workspace
from tests.conftest import SAMPLE

PROFILE = ["--seniority", "senior", "--specialty", "finance", "--org", "Acme"]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def copy_of_sample(tmp_path):
    research = tmp_path / "s.xlsx"
    shutil.copy(SAMPLE, research)
    return research


def test_a_sheet_never_overwrites_its_own_input(tmp_path, capsys):
    research = copy_of_sample(tmp_path)
    before = research.read_bytes()
    code, _, err = run(capsys, "sheet", research, *PROFILE, "--format", "csv", "-o", research)
    assert (code, err.splitlines()[-1]) == (
        2,
        f"infoview: will not write {research}: it is the input {research}, which would be "
        "lost. Choose another -o FILE.",
    )
    assert research.read_bytes() == before


def test_an_input_reached_through_a_link_or_another_spelling_is_refused(tmp_path, capsys):
    research = copy_of_sample(tmp_path)
    hard = tmp_path / "hard.xlsx"
    os.link(research, hard)
    soft = tmp_path / "soft.xlsx"
    soft.symlink_to(research)
    dotted = tmp_path / "." / "s.xlsx"
    for out in (hard, soft, dotted):
        code, _, err = run(
            capsys, "sheet", research, *PROFILE, "--format", "md", "-o", out, "--force"
        )
        assert (code, err.splitlines()[-1]) == (
            2,
            f"infoview: will not write {out}: it is the input {research}, which would be lost. "
            "Choose another -o FILE.",
        )
    assert research.read_bytes() == SAMPLE.read_bytes()


def test_the_bank_and_the_workspace_file_are_inputs_too(tmp_path, capsys):
    bank = tmp_path / "bank.csv"
    shutil.copy(SAMPLE.parents[0] / "question_bank.csv", bank)
    common = ["sheet", *PROFILE, "--format", "csv", "--force"]
    code, _, err = run(capsys, *common, "--bank", bank, "-o", bank)
    assert (code, err.splitlines()[-1]) == (
        2,
        f"infoview: will not write {bank}: it is the input {bank}, which would be lost. "
        "Choose another -o FILE.",
    )
    db = tmp_path / "ws.sqlite"
    open_workspace(db)
    code, _, err = run(capsys, "--db", db, *common, "-o", db)
    assert (code, err.splitlines()[-1]) == (
        2,
        f"infoview: will not write {db}: it is the input {db}, which would be lost. "
        "Choose another -o FILE.",
    )
    code, _, err = run(capsys, "--db", db, "workspace", "export", "--force", "-o", db)
    assert code == 2
    assert open_workspace(db).hypotheses() == []


def test_an_existing_output_needs_force(tmp_path, capsys):
    out = tmp_path / "sheet.md"
    out.write_text("keep me\n")
    code, _, err = run(capsys, "sheet", SAMPLE, *PROFILE, "--format", "md", "-o", out)
    assert (code, err.splitlines()[-1]) == (
        2,
        f"infoview: {out} already exists; add --force to replace it, or choose another -o FILE.",
    )
    assert out.read_text() == "keep me\n"
    code, _, _ = run(capsys, "sheet", SAMPLE, *PROFILE, "--format", "md", "-o", out, "--force")
    assert code == 0
    assert out.read_text().startswith("# ")


def test_dash_writes_text_formats_to_standard_output(tmp_path, capsys):
    code, out, err = run(capsys, "sheet", SAMPLE, *PROFILE, "--format", "json", "-o", "-")
    assert code == 0
    assert json.loads(out)["profile"]["organization"] == "Acme"
    assert err.splitlines()[-1].startswith("wrote standard output: ")
    code, out, _ = run(
        capsys, "reminders", "--approached", "Dana Lee=2026-11-02", "--ics", "-o", "-"
    )
    assert (code, out.splitlines()[0]) == (0, "BEGIN:VCALENDAR")
    db = tmp_path / "ws.sqlite"
    open_workspace(db)
    code, out, _ = run(capsys, "--db", db, "workspace", "export", "-o", "-")
    assert code == 0
    assert "hypotheses" in json.loads(out)["tables"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_dash_refuses_binary_formats_in_one_line(capsys, fmt):
    code, out, err = run(capsys, "sheet", SAMPLE, *PROFILE, "--format", fmt, "-o", "-")
    assert (code, out, err.splitlines()[-1]) == (
        2,
        "",
        f"infoview: {fmt} is a binary format and is not written to standard output; give a file "
        f"name instead, e.g. -o out.{fmt}.",
    )


def test_a_missing_folder_is_one_clear_line(tmp_path, capsys):
    out = tmp_path / "missing" / "dir" / "r.ics"
    code, _, err = run(capsys, "reminders", "--ics", "-o", out)
    assert (code, err) == (
        2,
        f"infoview: cannot write {out}: the folder {out.parent} does not exist. Create it first "
        "or choose another -o FILE.\n",
    )
    assert not out.parent.exists()


def test_a_folder_as_output_is_one_clear_line(tmp_path, capsys):
    code, _, err = run(capsys, "reminders", "--json", "-o", tmp_path)
    assert (code, err) == (
        2,
        f"infoview: cannot write {tmp_path}: it is a folder. Give a file name with -o.\n",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_an_unwritable_folder_is_one_clear_line(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    out = locked / "ws.json"
    code, _, err = run(capsys, "workspace", "export", "-o", out)
    assert (code, err) == (
        2,
        f"infoview: cannot write {out}: Permission denied. Choose a folder you may write to.\n",
    )


def test_a_db_that_does_not_exist_is_an_error_without_create(tmp_path, capsys):
    typo = tmp_path / "tpyo" / "ws.sqlite"
    code, _, err = run(capsys, "--db", typo, "research", "add", SAMPLE)
    assert (code, err) == (
        2,
        f"infoview: there is no workspace at {typo}. Check the path, or add --create to start "
        f"a new workspace there: python -m infoview --db {typo} --create ...\n",
    )
    assert not typo.parent.exists()
    code, _, _ = run(capsys, "--db", typo, "--create", "research", "add", SAMPLE)
    assert code == 0
    assert len(open_workspace(typo).hypotheses()) == 13
    code, _, _ = run(capsys, "--db", typo, "reminders")
    assert code == 0


def test_the_default_location_may_be_named_before_it_exists(tmp_path, monkeypatch, capsys):
    default = tmp_path / "data" / "workspace.sqlite"
    monkeypatch.setenv("INFOVIEW_DB", str(default))
    code, _, err = run(capsys, "--db", default, "reminders")
    assert (code, err) == (0, "")
    assert default.exists()


def test_a_refused_write_is_one_clear_line_even_for_root(tmp_path, monkeypatch, capsys):
    out = tmp_path / "r.json"

    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path) == str(out):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("infoview.output.os.open", refuse)
    code, _, err = run(capsys, "reminders", "--json", "-o", out)
    assert (code, err) == (
        2,
        f"infoview: cannot write {out}: Permission denied. Choose a folder you may write to.\n",
    )
