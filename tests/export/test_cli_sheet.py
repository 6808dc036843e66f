import csv
import io
import subprocess
from pathlib import Path

import docx
import openpyxl
import pypdf
import pytest

from tests.cli import infoview

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample_research.xlsx"
PROFILE = [
    "--seniority", "senior",
    "--specialty", "finance",
    "--org", "Northwind Motors",  # the organization the sample's org chart is of
    "--name", "Łucja Wiśniewska",
    "--title", "VP Finance",
    "--insider",
    "--referred-by", "José Müller",
    "--flag", "com-be804894",
    "--flag", "tre-e7487a39",
    "--flag", "org-04a617e5",
]  # fmt: skip


def sheet(tmp_path: Path, fmt: str, *extra: str) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path / f"sheet.{fmt}"
    args = ["sheet", str(SAMPLE), *PROFILE, "--format", fmt, "-o", str(out), *extra]
    return infoview(*args), out


def read_back(fmt: str, path: Path) -> str:
    if fmt == "pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if fmt == "docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if fmt == "xlsx":
        rows = openpyxl.load_workbook(path).active.iter_rows(values_only=True)
        return "\n".join(str(row[2]) for row in rows)
    if fmt == "csv":
        return "\n".join(
            r["text"] for r in csv.DictReader(io.StringIO(path.read_text("utf-8-sig")))
        )
    return path.read_text()


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "csv", "xlsx"])
def test_sheet_command_writes_each_format(tmp_path, fmt):
    done, out = sheet(tmp_path, fmt)
    assert done.returncode == 0, done.stderr
    # A VP Finance is never asked to fill in a box of the finance team she helps run.
    assert done.stderr == (
        'infoview: for someone else: "I do not yet know who is the VP Financial Planning & '
        'Analysis in Finance, reporting to Chief Financial Officer" (ask a colleague of theirs '
        "at Northwind Motors: it is about their own team)\n"
        f"wrote {out}: 9 questions, 12.5 of 15 minutes\n"
    )
    text = read_back(fmt, out)
    assert "How is finance's part in strategic decisions changing where you sit?" in text
    if fmt in ("pdf", "docx", "md"):
        assert "Łucja Wiśniewska" in text
        assert "José Müller" in text


def test_the_sample_plan_prints_on_two_a4_pages(tmp_path):
    done, out = sheet(tmp_path, "pdf", "--paper", "a4")
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]


def test_an_unknown_paper_is_refused_with_the_choices(tmp_path):
    done, out = sheet(tmp_path, "pdf", "--paper", "legal")
    assert done.returncode == 2
    assert "error: argument --paper: invalid choice: 'legal'" in done.stderr
    assert not out.exists()


def test_an_unwritable_output_is_reported_without_a_traceback(tmp_path):
    out = tmp_path / "missing-folder" / "sheet.pdf"
    done = infoview("sheet", *PROFILE[:4], "--format", "pdf", "-o", out)
    assert done.returncode == 2
    assert done.stderr == (
        f"infoview: cannot write {out}: the folder {out.parent} does not exist. Create it first "
        "or choose another -o FILE.\n"
    )
