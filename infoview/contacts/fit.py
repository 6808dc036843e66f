"""How close a job title sits to the seeker's target occupations in the occupation map."""

from __future__ import annotations

from collections.abc import Iterable

from infoview.contacts.organizations import Fit
from infoview.occupations import classify, relation
from infoview.profile import SENIORITIES

# In the target occupation (2), near it (1): O*NET's related occupations and the same broad or
# minor group count as near; the wider major group does not.
_CLOSENESS = {"same": 2, "related": 1, "broad": 1, "minor": 1}
# The occupation model's level words as the profile's seniorities.
_SENIORITY = {
    "intern": "junior",
    "junior": "junior",
    "mid": "mid",
    "senior": "senior",
    "lead": "senior",
    "manager": "senior",
    "director": "executive",
    "executive": "executive",
}


def occupation_fit(targets: Iterable[str]) -> Fit | None:
    """A fit for these target SOC codes (None when there are none: every title counts)."""
    codes = tuple(code for code in targets if code)
    if not codes:
        return None
    known: dict[str, int] = {}

    def fit(title: str) -> int:
        if title not in known:
            placement = classify(title)
            known[title] = (
                max(_CLOSENESS.get(relation(code, placement.code), 0) for code in codes)
                if placement.known
                else 0
            )
        return known[title]

    return fit


def seniority_of(title: str) -> str:
    """The profile seniority a job title says ("VP Finance": executive); mid when it says none."""
    level = classify(title).level if title.strip() else None
    seniority = _SENIORITY.get(level or "", "mid")
    return seniority if seniority in SENIORITIES else "mid"
