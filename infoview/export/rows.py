"""The plan as flat rows: one per question, shared by the table exports."""

from __future__ import annotations

from infoview.questions.model import Sheet

COLUMNS = ("section", "question", "minutes", "hypothesis", "why", "planned")


def sheet_rows(sheet: Sheet) -> list[dict[str, object]]:
    """One row per question, planned ones first, then those if time permits."""
    hypotheses = {h.id: h.statement for h in sheet.hypotheses}
    rows = []
    for planned, questions in ((True, sheet.questions), (False, sheet.if_time_permits)):
        for q in questions:
            rows.append(
                {
                    "section": q.section,
                    "question": q.text,
                    "minutes": q.minutes,
                    "hypothesis": hypotheses.get(q.hypothesis, "") if q.hypothesis else "",
                    "why": "; ".join(r.text for r in q.why),
                    "planned": "yes" if planned else "if time permits",
                }
            )
    return rows
