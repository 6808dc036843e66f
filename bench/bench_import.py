"""Import speed: `python -m infoview inspect` against a bare pandas read of the same file."""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

from bench.common import Result, median_seconds, paired_process_seconds, process_seconds

ROWS = 100_000
HEADER = ("Company", "Title", "Level", "Location", "Base", "Bonus", "Stock", "Total")
XLSX_RATIO, CSV_RATIO, PEAK_MB = 1.3, 3.0, 500
PAYROLL_ROWS, PAYROLL_SECONDS = 34_000, 1.0
PAYROLL_FINDINGS_RATIO = 2.0  # `findings` on the payroll against its bare read_csv
WIDE_COLUMNS, WIDE_SECONDS = 5_000, 0.6
PAYROLL_HEADER = (
    "Name",
    "Job Titles",
    "Department",
    "Full or Part-Time",
    "Salary or Hourly",
    "Typical Hours",
    "Annual Salary",
    "Hourly Rate",
    "Supervisor",
)


def compensation_rows(count: int, seed: int = 7) -> list[tuple]:
    """A compensation-site export: text columns and three pay components with their total."""
    rng = random.Random(seed)
    companies = [f"Company {i}" for i in range(300)]
    titles = ["Software Engineer", "Data Analyst", "Product Manager", "Financial Analyst"]
    levels = ["L3", "L4", "L5", "L6"]
    places = ["Detroit, MI", "Chicago, IL", "Austin, TX", "Seattle, WA", "Boston, MA"]
    rows = []
    for _ in range(count):
        base = rng.randrange(60, 250) * 1000
        bonus = rng.randrange(0, 40) * 1000
        stock = rng.randrange(0, 120) * 1000
        rows.append(
            (
                rng.choice(companies),
                rng.choice(titles),
                rng.choice(levels),
                rng.choice(places),
                base,
                bonus,
                stock,
                base + bonus + stock,
            )
        )
    return rows


def write_payroll(path: Path, count: int = PAYROLL_ROWS, seed: int = 11) -> Path:
    """A city payroll: salaried and hourly staff, pay as `$85,000.00` text, a supervisor."""
    rng = random.Random(seed)
    titles = ["Police Officer", "Firefighter", "Librarian", "Civil Engineer", "Clerk", "Nurse"]
    departments = ["Police", "Fire", "Library", "Public Works", "Health", "Transit"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(PAYROLL_HEADER)
        for index in range(count):
            hourly = rng.random() < 0.2
            writer.writerow(
                (
                    f"Person {index}",
                    rng.choice(titles),
                    rng.choice(departments),
                    rng.choice("FP"),
                    "Hourly" if hourly else "Salary",
                    rng.choice((20, 35, 40)) if hourly else "",
                    "" if hourly else f"${rng.randrange(40, 160) * 1000:,}.00",
                    f"${rng.randrange(15, 60)}.{rng.randrange(10, 99)}" if hourly else "",
                    f"Person {rng.randrange(500)}",
                )
            )
    return path


def wide_build_seconds() -> float:
    """Seconds to lay out and detect a 5,000-column CSV of 20 rows, in this process."""
    from infoview.research import read_research

    rng = random.Random(5)
    lines = [",".join(f"Field {i}" for i in range(WIDE_COLUMNS))]
    lines += [",".join(str(rng.randrange(100)) for _ in range(WIDE_COLUMNS)) for _ in range(20)]
    data = "\n".join(lines).encode()
    return median_seconds(lambda: read_research("wide.csv", data), repeat=3)


def write_files(folder: Path) -> tuple[Path, Path]:
    """The same generated table as XLSX and as CSV."""
    rows = compensation_rows(ROWS)
    xlsx, csv_path = folder / "comp.xlsx", folder / "comp.csv"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Compensation")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(xlsx)
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return xlsx, csv_path


def inspect_peak_mb(path: Path) -> float:
    """Peak resident memory of one `inspect` process alone (its own rusage), in MB."""
    process = subprocess.Popen(
        [sys.executable, "-m", "infoview", "inspect", str(path)], stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"inspect {path.name} exited with {process.returncode}")
    return usage.ru_maxrss / 1024


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, csv_path = write_files(Path(tmp))
        results = []
        for path, bare, target in (
            (
                xlsx,
                f"import pandas; pandas.read_excel({str(xlsx)!r}, engine='calamine')",
                XLSX_RATIO,
            ),
            (csv_path, f"import pandas; pandas.read_csv({str(csv_path)!r})", CSV_RATIO),
        ):
            kind = path.suffix.lstrip(".")
            ours, base, ratio = paired_process_seconds(
                ["-m", "infoview", "inspect", str(path)], ["-c", bare], repeat=7
            )
            print(f"     {kind}: inspect {ours:.2f} s, bare pandas {base:.2f} s", flush=True)
            results.append(Result(f"{kind} inspect / bare pandas", ratio, target, "x"))
            results.append(
                Result(f"{kind} inspect peak memory", inspect_peak_mb(path), PEAK_MB, "MB")
            )
        payroll = write_payroll(Path(tmp) / "payroll.csv")
        seconds = process_seconds(["-m", "infoview", "inspect", str(payroll)], repeat=5)
        results.append(
            Result(f"{PAYROLL_ROWS:,}-row payroll CSV inspect", seconds, PAYROLL_SECONDS, "s")
        )
        ours, base, ratio = paired_process_seconds(
            ["-m", "infoview", "findings", str(payroll)],
            ["-c", f"import pandas; pandas.read_csv({str(payroll)!r})"],
            repeat=5,
        )
        print(f"     payroll: findings {ours:.2f} s, bare read_csv {base:.2f} s", flush=True)
        results.append(
            Result("payroll findings / bare read_csv", ratio, PAYROLL_FINDINGS_RATIO, "x")
        )
        results.append(
            Result(
                f"{WIDE_COLUMNS:,}-column CSV read",
                wide_build_seconds(),
                WIDE_SECONDS,
                "s",
            )
        )
        return results
