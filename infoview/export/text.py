"""Wording shared by every sheet format."""

from __future__ import annotations

from datetime import date

from infoview.questions.model import Sheet

PURPOSE = (
    "Purpose: learn from their experience and test my research. "
    "Not a job request. Offer to stop at the agreed time."
)
AFTER_MEETING = (
    "Send a thank-you e-mail within a day (a handwritten note is a classy extra).",
    "Log what you learned against each hypothesis.",
    "For promised introductions, agree a check-back date 7 to 10 days out.",
    "Contact the people they named, mentioning them only if they said you may.",
)


def sheet_header_lines(sheet: Sheet, today: date | None = None) -> list[str]:
    """Who, where, when and how long, as short lines."""
    p = sheet.profile
    who = ", ".join(x for x in (p.title, p.organization) if x)
    lines = [
        f"Interviewee: {p.display_name}" + (f" ({who})" if who else ""),
        f"Date: {(today or date.today()).isoformat()}",
        f"Meeting: {p.minutes} minutes; {sheet.minutes_planned:g} planned",
    ]
    if p.referred_by:
        lines.append(f"Referred by: {p.referred_by}")
    return lines
