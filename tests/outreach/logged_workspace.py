"""A small workspace whose interview log the outreach tests draft from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from infoview.log import Interview, Outcome, Referral
from infoview.store import Workspace, open_workspace
from tests.test_learning import DANA, OMAR

PAY = Outcome("pay", "Analyst pay in Detroit is about $72,000.", "refuted")
FORECASTS = Outcome(
    "forecasts",
    "Finance teams are moving to rolling forecasts.",
    "supported",
    "Budgets are now reforecast every quarter, as Omar Haddad also found",
)
FIRST_TALK = Interview(
    DANA,
    date(2026, 11, 2),
    (
        Outcome(PAY.hypothesis_id, PAY.statement, "not discussed", "ran out of time"),
        FORECASTS,
    ),
    referrals=(
        Referral(
            "Priya Raman",
            "Lakeshore Bank",
            "priya.raman@lakeshore.example",
            may_use_my_name=True,
            will_introduce=True,
            check_back_days=8,
        ),
        Referral("Kim Ito", contact="+1 313 555 0100"),
    ),
)
SECOND_TALK = Interview(DANA, date(2026, 11, 20), (PAY,))
OMAR_TALK = Interview(
    OMAR,
    date(2026, 11, 9),
    (Outcome(FORECASTS.hypothesis_id, FORECASTS.statement, "nuanced"),),
    confidential=True,
    thank_you_sent=True,
)


def logged_workspace(path: str | Path) -> Workspace:
    """Dana (the current interviewee) met twice, Omar once; Dana offered one introduction."""
    workspace = open_workspace(path)
    workspace.save_profile(OMAR)
    workspace.save_profile(DANA)
    for interview in (FIRST_TALK, OMAR_TALK, SECOND_TALK):
        workspace.record_interview(interview, [])
    return workspace
