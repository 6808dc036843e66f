"""The command-line contracts of DESIGN.md, run as a user would run them."""

from __future__ import annotations

import json

from pypdf import PdfReader

from tests.cli import infoview
from tests.conftest import SAMPLE
from tests.research.test_inspect_contract import TABLE_KEYS


def test_inspect_json_reports_each_sheet_of_the_sample():
    result = infoview("inspect", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    [entry] = report["files"]
    assert entry["file"] == "sample_research.xlsx"
    assert entry["error"] is None
    assert [(t["sheet"], t["kind"], t["rows"], t["header_row"]) for t in entry["tables"]] == [
        ("Salaries", "salary", 10, 3),
        ("Trends", "trends", 4, 1),
        ("Org chart", "org_chart", 6, 3),
    ]
    assert entry["tables"][0]["columns"]["role"] == "Role"
    assert set(entry["tables"][0]) == TABLE_KEYS
    assert entry["tables"][0]["confidence"]["columns"]["role"] == 1.0


def test_inspect_exits_2_for_an_unreadable_file_and_still_reports_the_others(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    result = infoview("inspect", str(broken), str(SAMPLE), "--json")
    assert result.returncode == 2
    files = json.loads(result.stdout)["files"]
    assert files[0]["error"]["code"] == "workbook-truncated"
    assert "broken.xlsx" in files[0]["error"]["message"]
    assert files[0]["tables"] == []
    assert len(files[1]["tables"]) == 3
    assert "Traceback" not in result.stderr


def test_findings_ids_are_stable_and_shaped_as_documented():
    first = json.loads(infoview("findings", str(SAMPLE), "--json").stdout)
    second = json.loads(infoview("findings", str(SAMPLE), "--json").stdout)
    assert first == second
    assert {f["topic"] for f in first} == {"compensation", "trends", "organization"}
    keys = {"id", "topic", "statement", "source", "table", "score", "strength", "topics"}
    keys.add("occupation")  # a new key (#20): the SOC code of the work it is about, or null
    assert all(set(f) == keys for f in first)
    assert [f["score"] for f in first] == sorted((f["score"] for f in first), reverse=True)


def test_sheet_json_follows_the_contract(tmp_path):
    out = tmp_path / "sheet.json"
    result = infoview(
        "sheet",
        str(SAMPLE),
        "--seniority",
        "senior",
        "--specialty",
        "finance",
        "--org",
        "Northwind Motors",
        "--insider",
        "--flag-all",
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    sheet = json.loads(out.read_text())
    assert set(sheet) == {
        "profile",
        "minutes_budget",
        "minutes_planned",
        "sections",
        "if_time_permits",
        "coverage",
    }
    assert sheet["minutes_budget"] == 15
    assert sheet["minutes_planned"] <= 15
    assert sheet["sections"][0]["name"] == "opening"
    assert sheet["sections"][-1]["name"] == "close"
    question = sheet["sections"][0]["questions"][0]
    assert {"id", "text", "minutes", "hypothesis", "why", "section", "tags"} <= set(question)
    assert sheet["coverage"]["hypotheses_flagged"] == 13
    assert set(sheet["coverage"]) == {
        "hypotheses_flagged",
        "hypotheses_covered",
        "by_section_minutes",
    }


def test_sheet_pdf_from_the_sample_names_the_interviewee(tmp_path):
    out = tmp_path / "sheet.pdf"
    result = infoview(
        "sheet",
        str(SAMPLE),
        "--seniority",
        "mid",
        "--specialty",
        "finance",
        "--name",
        "José Müller",
        "--flag-all",
        "--format",
        "pdf",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "José Müller" in text


def test_sheet_refuses_an_unknown_flag_id_with_a_hint(tmp_path):
    result = infoview(
        "sheet",
        str(SAMPLE),
        "--seniority",
        "mid",
        "--specialty",
        "finance",
        "--flag",
        "nope-123",
        "--format",
        "json",
        "-o",
        str(tmp_path / "x.json"),
    )
    assert result.returncode == 1
    assert "nope-123" in result.stderr
    assert "python -m infoview findings" in result.stderr


def test_sheet_leaves_out_a_hypothesis_that_asks_for_a_job(tmp_path):
    out = tmp_path / "sheet.json"
    result = infoview(
        "sheet",
        "--seniority",
        "junior",
        "--specialty",
        "sales",
        "--hypothesis",
        "Can you give me a job on your team?",
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "left out" in result.stderr
    assert "give me a job" not in out.read_text()


def test_out_of_range_minutes_is_a_message_not_a_traceback(tmp_path):
    result = infoview(
        "sheet",
        "--seniority",
        "mid",
        "--specialty",
        "data",
        "--minutes",
        "500",
        "--format",
        "json",
        "-o",
        str(tmp_path / "x.json"),
    )
    assert result.returncode == 1
    assert "Meeting length 500 min is out of range" in result.stderr
    assert "Traceback" not in result.stderr
