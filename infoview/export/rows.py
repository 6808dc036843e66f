"""The plan as flat rows: one per question, shared by the table exports."""

from __future__ import annotations

from infoview.export.text import Handout

COLUMNS = ("number", "section", "text", "minutes", "by_minute", "hypothesis", "why", "plan")


def handout_rows(handout: Handout) -> list[dict[str, object]]:
    """One row per question in printed order: planned ones, then those if time permits."""
    return [
        {
            "number": item.number,
            "section": item.section,
            "text": item.text,
            "minutes": item.minutes,
            "by_minute": "" if item.by_minute is None else item.by_minute,
            "hypothesis": f"{item.tests}: {item.tests_text}" if item.tests else item.tests_text,
            "why": item.why,
            "plan": "planned" if item.by_minute is not None else "if time permits",
        }
        for item in handout.items
    ]
