"""How sure the reading of a table is, in words: one short line per table for the Research page."""

from __future__ import annotations

from infoview.research.model import ResearchTable
from infoview.research.vocabulary import HOURLY_PREFIX

# At or above these a role's values fit it: most cells (sure), or many (likely); below, the
# column was given its role on a guess from its header.
SURE, LIKELY = 0.9, 0.7
LEVELS = ("sure", "likely", "guessed")
# Role names that read badly as they are; the others are their own name, capitalized.
ROLE_LABELS = {
    "base": "Base pay",
    "total": "Total pay",
    "min": "Lowest pay",
    "max": "Highest pay",
    "median": "Median pay",
    "mean": "Average pay",
    "p10": "10th percentile",
    "p25": "25th percentile",
    "p75": "75th percentile",
    "p90": "90th percentile",
    "occupation_code": "Occupation code",
    "email": "E-mail",
    "id": "Id",
}


def role_label(role: str) -> str:
    """The name a role goes by on the page: `Base pay`, `Hourly median pay`, `Reports to`."""
    bare = role.removeprefix(HOURLY_PREFIX)
    label = ROLE_LABELS.get(bare, bare.replace("_", " ").capitalize())
    return f"Hourly {label[0].lower()}{label[1:]}" if bare != role else label


def certainty(score: float) -> str:
    """`sure`, `likely` or `guessed` for a confidence from 0 to 1."""
    return "sure" if score >= SURE else "likely" if score >= LIKELY else "guessed"


KIND_LABELS = {
    "salary": "Salary table",
    "trends": "Trends table",
    "org_chart": "Org chart",
    "contacts": "Contact list",
    "notes": "Notes",
    "reference": "Reference sheet",
}


def certainty_line(table: ResearchTable) -> str:
    """How sure the kind and each role of a table are, in words, with what to do about a guess:
    `Salary table (sure). Role, Base pay: sure; Location: guessed — pick it below if wrong.`

    Empty for a table read before confidence was kept (nothing to say).
    """
    if not table.confidence:
        return ""
    if table.kind in KIND_LABELS:
        kind = certainty(table.confidence.get("kind", 1.0))
        hint = " — pick the kind below if wrong" if kind == "guessed" else ""
        opening = f"{KIND_LABELS[table.kind]} ({kind}{hint})."
    else:
        opening = "Kind not known: pick it below."
    grouped: dict[str, list[str]] = {level: [] for level in LEVELS}
    for role in table.columns:
        grouped[certainty(table.confidence.get(role, 1.0))].append(role_label(role))
    parts = [f"{', '.join(grouped[level])}: {level}" for level in LEVELS if grouped[level]]
    if not parts:
        return opening
    guessed = len(grouped["guessed"])
    hint = f" — pick {'it' if guessed == 1 else 'them'} below if wrong" if guessed else ""
    return f"{opening} {'; '.join(parts)}{hint}."
