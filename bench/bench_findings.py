"""Findings speed: a 30,000-row compensation export, and its flag-all sheet as a PDF."""

from __future__ import annotations

import csv
import io

from bench.bench_import import HEADER, compensation_rows
from bench.common import Result, median_seconds
from infoview.export import render
from infoview.findings import propose_findings
from infoview.hypotheses import flag, from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research

ROWS = 30_000
FINDINGS_S, SHEET_S = 1.0, 1.0


def export_table():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(compensation_rows(ROWS))
    (table,) = read_research("compensation.csv", buffer.getvalue().encode()).tables
    return table


def run() -> list[Result]:
    table = export_table()
    findings = propose_findings([table])
    hypotheses = flag([from_finding(f) for f in findings], {f.id for f in findings})
    profile = Profile(seniority="senior", specialty="technology", organization="Company 7")
    bank = load_bank()

    def flag_all_pdf() -> bytes:
        return render(plan_sheet(profile, hypotheses, bank), "pdf")

    print(f"     {len(findings)} findings from {ROWS:,} rows", flush=True)
    return [
        Result(
            f"findings for a {ROWS:,}-row table",
            median_seconds(lambda: propose_findings([table]), repeat=5),
            FINDINGS_S,
            "s",
        ),
        Result(
            f"flag-all sheet PDF on a {ROWS:,}-row table",
            median_seconds(flag_all_pdf, repeat=5),
            SHEET_S,
            "s",
        ),
    ]
