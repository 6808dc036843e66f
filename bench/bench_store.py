"""Workspace speed: saving and loading research, hypotheses and the log, moving a workspace."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from itertools import count
from pathlib import Path

import pandas as pd

from bench.common import Result, median_seconds
from infoview.findings import propose_findings
from infoview.hypotheses import custom_hypothesis, from_finding
from infoview.log import Interview, Outcome, Referral
from infoview.profile import Profile
from infoview.research import ResearchFile, ResearchTable, read_research_path
from infoview.store import open_workspace
from infoview.store.database import close_database
from tests.postgres import ThrowawayPostgres, postgres_bin

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_research.xlsx"
BIG_ROWS, BIG_COLUMNS = 20_000, 6
PROFILE = Profile(name="Bench Person", seniority="senior", specialty="finance")


def big_research() -> ResearchFile:
    frame = pd.DataFrame(
        [[f"r{r}c{c}" for c in range(BIG_COLUMNS)] for r in range(BIG_ROWS)],
        columns=[f"Column {c}" for c in range(BIG_COLUMNS)],
        dtype="str",
    )
    return ResearchFile("big.csv", (ResearchTable("big.csv", "big", "generic", 1, {}, frame),))


def run() -> list[Result]:
    """The figures on a SQLite file, then on a throwaway PostgreSQL when one is installed."""
    with tempfile.TemporaryDirectory() as folder:
        results = figures(str(Path(folder) / "ws.sqlite"), "", lambda n: f"{folder}/copy-{n}.db")
    binaries = postgres_bin()
    if binaries is None:
        return results
    server = ThrowawayPostgres(binaries)
    server.start()
    try:
        url = server.create_database()
        results += figures(url, " (PostgreSQL)", lambda n: url, owner="bench")
    finally:
        close_database(url)
        server.stop()
    return results


def figures(location: str, label: str, copy_location, owner: str = "local") -> list[Result]:
    """Time the workspace at `location`; exports are imported at `copy_location(n)`."""
    workspace = open_workspace(location, owner)
    sample = read_research_path(SAMPLE)
    hypotheses = [from_finding(f) for f in propose_findings(sample.tables)]
    hypotheses += [custom_hypothesis(f"Own hypothesis number {n}") for n in range(100)]
    workspace.save_research([sample])
    workspace.save_hypotheses(hypotheses)
    workspace.save_profile(PROFILE)

    def session_start() -> None:
        workspace.research_files()
        workspace.hypotheses()
        workspace.current_profile()

    days = count()

    def log_interview() -> None:
        workspace.record_interview(
            Interview(
                PROFILE,
                date(2026, 1, 1),
                tuple(Outcome(h.id, h.statement, "supported") for h in hypotheses[:5]),
                (Referral(f"Person {next(days)}", will_introduce=True),),
            ),
            [],
        )

    edits = count()
    base = dict(workspace.read_hypotheses().versions)

    def edit_one_hypothesis() -> None:
        """As a tab does: its copy and versions in hand, one priority changed."""
        changed = [replace(hypotheses[0], priority=("low", "high")[next(edits) % 2])]
        base.update(workspace.save_hypotheses(changed + hypotheses[1:], base))

    results = [
        Result(
            f"store sample research{label}",
            median_seconds(lambda: workspace.save_research([sample])),
            0.05,
            "s",
        ),
        Result(
            f"load a workspace at session start{label}", median_seconds(session_start), 0.05, "s"
        ),
        Result(
            f"save 112 hypotheses after an edit{label}",
            median_seconds(edit_one_hypothesis),
            0.02,
            "s",
        ),
        Result(f"record an interview{label}", median_seconds(log_interview), 0.02, "s"),
    ]
    big = big_research()
    results.append(
        Result(
            f"store {BIG_ROWS} x {BIG_COLUMNS} research table{label}",
            median_seconds(lambda: workspace.save_research([big]), repeat=3),
            1.5,
            "s",
        )
    )
    results.append(
        Result(
            f"load a workspace with {BIG_ROWS} research rows{label}",
            median_seconds(workspace.research_files, repeat=3),
            0.5,
            "s",
        )
    )
    copies = count()

    def export_import() -> None:
        n = next(copies)
        copy = open_workspace(copy_location(n), f"{owner}-copy-{n}")
        copy.import_data(workspace.export_data(), "bench")

    results.append(
        Result(
            f"export and import a workspace with {BIG_ROWS} research rows{label}",
            median_seconds(export_import, repeat=3),
            1.5,
            "s",
        )
    )
    return results
