"""Outreach speed: drafting every kind, reminders and .ics for a long list, the CLI."""

from __future__ import annotations

from datetime import date, timedelta

from bench.common import Result, median_seconds, process_seconds
from infoview.outreach import (
    DRAFT_KINDS,
    Contact,
    DraftRequest,
    Seeker,
    Tracked,
    reminders_calendar,
    reminders_for,
    write_draft,
)

PEOPLE = 1_000
ME = Seeker("Ana Ruiz", "a financial analyst moving into corporate finance", "https://example.org")
DANA = Contact("Dana Whitfield", "Northwind Motors", "Controller", "", "Ravi Patel")
FINDING = "Median pay for Financial Analyst in Detroit is about $72,000 (5 data points)"


def _every_draft() -> None:
    for kind in DRAFT_KINDS:
        write_draft(
            DraftRequest(
                kind,
                ME,
                DANA,
                finding=FINDING,
                learned="the close moves to five days",
                next_step="write to Kim Ito",
                on=date(2026, 11, 20),
                introduce_to="Kim Ito",
                permission=True,
            )
        )


def _tracked() -> list[Tracked]:
    start = date(2026, 9, 1)
    return [
        Tracked(
            f"Person {i}",
            approached_on=start + timedelta(days=i % 60),
            met_on=start + timedelta(days=i % 60 + 5) if i % 2 else None,
            introduce_to="Kim Ito" if i % 4 == 1 else "",
        )
        for i in range(PEOPLE)
    ]


def run() -> list[Result]:
    tracked = _tracked()
    today = date(2026, 11, 25)
    return [
        Result(
            f"draft all {len(DRAFT_KINDS)} kinds",
            median_seconds(_every_draft, repeat=50) * 1000,
            5,
            "ms",
        ),
        Result(
            f"reminders + .ics for {PEOPLE:,} people",
            median_seconds(lambda: reminders_calendar(reminders_for(tracked, today))) * 1000,
            1000,
            "ms",
        ),
        Result(
            "python -m infoview draft approach (fresh process)",
            process_seconds(
                ["-m", "infoview", "draft", "approach", "--me", "Ana", "--background", "x"]
            ),
            1.5,
            "s",
        ),
    ]
