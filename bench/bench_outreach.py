"""Outreach speed: drafting every kind, reminders and .ics for a long list, the CLI, and the
same on a workspace with a long interview log."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.common import Result, median_seconds, process_seconds
from infoview.learning import secrets_of
from infoview.log import Interview, Outcome, Referral, logged_follow_ups
from infoview.outreach import (
    DRAFT_KINDS,
    Contact,
    DraftRequest,
    Seeker,
    Tracked,
    prefill,
    reminders_calendar,
    reminders_for,
    write_draft,
)
from infoview.profile import Profile
from infoview.store import Workspace, open_workspace

PEOPLE = 1_000
LOGGED = 300
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


def _logged_workspace(path: Path) -> Workspace:
    """LOGGED interviews with as many people, each with two outcomes and an introduction."""
    workspace = open_workspace(path)
    start = date(2026, 1, 1)
    for i in range(LOGGED):
        person = Profile(name=f"Person {i}", organization=f"Org {i % 40}", specialty="finance")
        workspace.save_profile(person)
        workspace.record_interview(
            Interview(
                person,
                start + timedelta(days=i % 300),
                (
                    Outcome("pay", "Analyst pay is about $72,000.", "refuted"),
                    Outcome("fc", "Forecasts are rolling.", "supported", "quarterly reforecasts"),
                ),
                referrals=(Referral(f"Referral {i}", will_introduce=True, may_use_my_name=True),),
            ),
            [],
        )
    return workspace


def _prefill_every_kind(workspace: Workspace) -> None:
    interviews = workspace.interviews()
    saved = [p.profile for p in workspace.profiles()]
    secrets = secrets_of(interviews, saved)
    for kind in DRAFT_KINDS:
        prefill(kind, workspace.current_profile(), interviews, secrets)


def run() -> list[Result]:
    tracked = _tracked()
    today = date(2026, 11, 25)
    with tempfile.TemporaryDirectory() as folder:
        workspace = _logged_workspace(Path(folder) / "ws.sqlite")
        db = str(workspace.path)
        return [*_plain(tracked, today), *_with_log(workspace, db, tracked, today)]


def _with_log(workspace: Workspace, db: str, tracked: list[Tracked], today: date) -> list[Result]:
    logged = logged_follow_ups(workspace.interviews())
    me = ["--me", "Ana", "--background", "x", "--next-step", "call"]
    return [
        Result(
            f"prefill all {len(DRAFT_KINDS)} kinds from {LOGGED} logged interviews",
            median_seconds(lambda: _prefill_every_kind(workspace)) * 1000,
            100,
            "ms",
        ),
        Result(
            f"reminders + .ics for {PEOPLE:,} people and {LOGGED} logged interviews",
            median_seconds(lambda: reminders_calendar(reminders_for(tracked, today, logged=logged)))
            * 1000,
            1000,
            "ms",
        ),
        Result(
            f"python -m infoview --db draft thanks ({LOGGED} interviews, fresh process)",
            process_seconds(["-m", "infoview", "--db", db, "draft", "thanks", *me]),
            1.5,
            "s",
        ),
        Result(
            f"python -m infoview --db reminders --ics ({LOGGED} interviews, fresh process)",
            process_seconds(["-m", "infoview", "--db", db, "reminders", "--ics"]),
            1.5,
            "s",
        ),
    ]


def _plain(tracked: list[Tracked], today: date) -> list[Result]:
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
