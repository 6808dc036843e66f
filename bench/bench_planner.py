"""Planning speed: 500 flagged hypotheses against a 1,000-question bank."""

from __future__ import annotations

from dataclasses import replace

from bench.common import Result, median_seconds
from infoview.hypotheses import PRIORITIES, Hypothesis
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet

BANK_SIZE = 1_000
HYPOTHESES = 500
TARGET_MS = 50
TOPICS = ("compensation", "lifestyle", "trends", "general", "organization")


def large_bank(size: int = BANK_SIZE) -> tuple:
    """The bundled bank repeated with fresh ids until it holds `size` questions."""
    bank = load_bank()
    return tuple(
        replace(bank[i % len(bank)], id=f"{bank[i % len(bank)].id}-{i // len(bank)}")
        for i in range(size)
    )


def flagged_hypotheses(count: int = HYPOTHESES) -> list[Hypothesis]:
    """Flagged hypotheses worded like the findings research proposes, over every topic."""
    wordings = {
        "compensation": "Median pay for Analyst {i} in City {i} is about $6{i:,} (3 data points)",
        "lifestyle": "Analysts in team {i} work long hours at quarter end",
        "trends": "Trend {i} reshapes supplier cost models: analysts model per-unit costs",
        "general": "Shared services will absorb routine work in unit {i}",
        "organization": "I do not yet know who is the Director {i} in Finance, under the CFO",
    }
    return [
        Hypothesis(
            id=f"h{i}",
            statement=wordings[TOPICS[i % len(TOPICS)]].format(i=i),
            topic=TOPICS[i % len(TOPICS)],
            priority=PRIORITIES[i % len(PRIORITIES)],
            flagged=True,
            source=f"Source {i % 9}",
            figure=f"$6{i:,}",
        )
        for i in range(count)
    ]


def run() -> list[Result]:
    bank = large_bank()
    hypotheses = flagged_hypotheses()
    profile = Profile(
        name="Sam Rivera",
        organization="Acme Motors",
        title="Controller",
        seniority="senior",
        specialty="finance",
        insider=True,
        referred_by="Jo Park",
    )
    targets = ("Dana Lee", "Northwind Motors", "Lakeshore Auto Parts")
    seconds = median_seconds(lambda: plan_sheet(profile, hypotheses, bank, targets), repeat=15)
    return [
        Result(
            f"plan_sheet: {HYPOTHESES} flagged hypotheses, {BANK_SIZE}-question bank",
            seconds * 1000,
            TARGET_MS,
            "ms",
        )
    ]
