"""Occupation index speed: loading it, and placing a payroll's ~1,100 distinct titles."""

from __future__ import annotations

import csv
import io
import itertools
import json
import random

import infoview.research.table as table_module
from bench.common import Result, median_seconds
from infoview.findings import propose_findings
from infoview.occupations import classify, forget_placements
from infoview.occupations.index import INDEX_PATH, Index, load_index
from infoview.research import read_research

LOAD_S, CLASSIFY_S, SIZE_MB, ADDED_S = 0.2, 0.3, 8.0, 0.3
PAYROLL_ROWS = 34_000
DISTINCT_TITLES = 1_100
# A city payroll's kinds of titles: jobs, in capitals, with ranks, ladder steps and qualifiers.
JOBS = (
    "POLICE OFFICER",
    "FIREFIGHTER",
    "PARAMEDIC",
    "LIBRARIAN",
    "CIVIL ENGINEER",
    "CLERK",
    "NURSE",
    "MOTOR TRUCK DRIVER",
    "CONSTRUCTION LABORER",
    "ELECTRICAL MECHANIC",
    "PLUMBER",
    "ACCOUNTANT",
    "AUDITOR",
    "BUDGET ANALYST",
    "PROGRAMMER ANALYST",
    "CUSTODIAL WORKER",
    "CROSSING GUARD",
    "SANITATION LABORER",
    "BRIDGE OPERATOR",
    "CARPENTER",
    "MACHINIST",
    "PAINTER",
    "INSPECTOR",
    "DISPATCHER",
    "CASEWORKER",
    "PUBLIC HEALTH NURSE",
    "SYSTEMS ANALYST",
    "DATABASE ANALYST",
    "STOREKEEPER",
    "WATCHMAN",
    "ATTORNEY",
    "PARALEGAL",
    "ADMINISTRATIVE ASSISTANT",
    "HUMAN RESOURCES GENERALIST",
    "ELECTRICIAN",
    "STEAMFITTER",
    "BUILDING INSPECTOR",
    "DETECTIVE",
    "SERGEANT",
    "LIEUTENANT",
)
RANKS = ("", "SENIOR ", "SUPERVISING ", "CHIEF ", "ASST ", "HEAD ", "PRINCIPAL ")
STEPS = ("", " I", " II", " III", " IV")
QUALIFIERS = ("", " - HOURLY", " (ASSIGNED AS TRAINING INSTRUCTOR)", "-EMT", " - EXCLUDED")


def payroll_titles(count: int = DISTINCT_TITLES, seed: int = 5) -> list[str]:
    """`count` distinct titles of the kinds a city payroll holds, in a shuffled order."""
    combos = [
        f"{rank}{job}{step}{qualifier}"
        for job, rank, step, qualifier in itertools.product(JOBS, RANKS, STEPS, QUALIFIERS)
    ]
    random.Random(seed).shuffle(combos)
    return combos[:count]


def payroll_csv(rows: int = PAYROLL_ROWS, seed: int = 9) -> bytes:
    """A city payroll of `rows` people whose job titles are the ~1,100 distinct ones."""
    rng = random.Random(seed)
    titles = payroll_titles()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(("Name", "Job Titles", "Department", "Annual Salary"))
    for number in range(rows):
        title = titles[number % len(titles)]
        writer.writerow((f"Person {number}", title, "CITY", f"${rng.randrange(40, 160) * 1000}"))
    return buffer.getvalue().encode()


def findings_seconds(data: bytes, placed: bool) -> float:
    """Reading the payroll and proposing its findings, with or without placing its titles."""

    def run_once() -> None:
        forget_placements()
        # read as an org chart and as a pay table: its titles are placed for both
        propose_findings(read_research("payroll.csv", data).tables)

    if placed:
        return median_seconds(run_once, repeat=3)
    kept = table_module._occupations
    table_module._occupations = lambda kind, values: None
    try:
        return median_seconds(run_once, repeat=3)
    finally:
        table_module._occupations = kept


def cold_load() -> Index:
    """The index as the first request of a fresh process reads it."""
    return Index(json.loads(INDEX_PATH.read_bytes()))


def classify_cold(titles: list[str]) -> None:
    forget_placements()
    for title in titles:
        classify(title)


def run() -> list[Result]:
    titles = payroll_titles()
    load_index()
    known = sum(classify(t).known for t in titles)
    print(f"     {known} of {len(titles)} payroll titles placed", flush=True)
    payroll = payroll_csv()
    added = findings_seconds(payroll, placed=True) - findings_seconds(payroll, placed=False)
    return [
        Result("occupation index load", median_seconds(cold_load, repeat=5), LOAD_S, "s"),
        Result(
            f"placing {len(titles):,} distinct payroll titles",
            median_seconds(lambda: classify_cold(titles), repeat=5),
            CLASSIFY_S,
            "s",
        ),
        Result(
            f"placing the titles of a {PAYROLL_ROWS:,}-row payroll adds to its findings",
            max(added, 0.0),
            ADDED_S,
            "s",
        ),
        Result("occupation index size", INDEX_PATH.stat().st_size / 1e6, SIZE_MB, "MB"),
    ]
