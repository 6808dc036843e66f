"""Occupation index speed: loading it, and placing a payroll's ~1,100 distinct titles."""

from __future__ import annotations

import itertools
import json
import random

from bench.common import Result, median_seconds
from infoview.occupations import classify, forget_placements
from infoview.occupations.index import INDEX_PATH, Index, load_index

LOAD_S, CLASSIFY_S, SIZE_MB = 0.2, 0.3, 8.0
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
    return [
        Result("occupation index load", median_seconds(cold_load, repeat=5), LOAD_S, "s"),
        Result(
            f"placing {len(titles):,} distinct payroll titles",
            median_seconds(lambda: classify_cold(titles), repeat=5),
            CLASSIFY_S,
            "s",
        ),
        Result("occupation index size", INDEX_PATH.stat().st_size / 1e6, SIZE_MB, "MB"),
    ]
