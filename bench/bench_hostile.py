"""Hostile imports stay cheap: a row of commas, a stray cell at XFD1048576, 5,000 columns."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Result, median_seconds
from infoview.research import read_research_isolated

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
COMMAS = DATA / "row_of_80000_commas.csv"
STRAY = DATA / "stray_cell_at_XFD1048576.xlsx"
SECONDS, PEAK_MB, WIDE_SECONDS = 1.0, 200, 1.0


def five_thousand_columns(folder: Path) -> Path:
    """A header of 5,000 named columns and two rows of values."""
    path = folder / "five_thousand_columns.csv"
    rows = [[f"Field {i}" for i in range(1, 5001)], [str(i) for i in range(5000)], ["x"] * 5000]
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def read_seconds(path: Path) -> float:
    """Median time to read `path` as the app does: in a child process."""
    data = path.read_bytes()
    return median_seconds(lambda: read_research_isolated(path.name, data), repeat=5)


def inspect_peak_mb(path: Path) -> float:
    """Peak resident memory of one `inspect` process and its reading child, in MB."""
    process = subprocess.Popen(
        [sys.executable, "-m", "infoview", "inspect", str(path)], stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"inspect {path.name} failed")
    return usage.ru_maxrss / 1024


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        wide = five_thousand_columns(Path(tmp))
        return [
            Result("row of 80,000 commas: read", read_seconds(COMMAS), SECONDS, "s"),
            Result("stray cell at XFD1048576: read", read_seconds(STRAY), SECONDS, "s"),
            Result("stray cell at XFD1048576: inspect peak", inspect_peak_mb(STRAY), PEAK_MB, "MB"),
            Result("5,000 columns: read", read_seconds(wide), WIDE_SECONDS, "s"),
        ]
