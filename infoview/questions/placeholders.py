"""Named placeholders in question text: which exist, which a profile can fill, and filling them."""

from __future__ import annotations

import string
from collections.abc import Sequence

from infoview.profile import Profile

PLACEHOLDERS = frozenset(
    {
        "organization",
        "role",
        "industry",
        "specialty",
        "finding",
        "figure",
        "source",
        "targets",
        "referrer",
        "name",
        "minutes",
    }
)
# Filled from a hypothesis, so only springboard templates (needs_topic) may use them.
HYPOTHESIS_PLACEHOLDERS = frozenset({"finding", "figure", "source"})
MAX_TARGETS_NAMED = 3


def placeholders_in(text: str) -> frozenset[str]:
    """The placeholder names in `text`; ValueError when its braces do not match."""
    return frozenset(
        field for _, field, _, _ in string.Formatter().parse(text) if field is not None
    )


def available(profile: Profile, targets: Sequence[str]) -> frozenset[str]:
    """Placeholders this profile and these targets can fill with real words."""
    missing = {
        "organization": not profile.organization,
        "role": not profile.title,
        "referrer": not profile.referred_by,
        "targets": not any(targets),
    }
    return PLACEHOLDERS - HYPOTHESIS_PLACEHOLDERS - {name for name, gone in missing.items() if gone}


def profile_values(profile: Profile, targets: Sequence[str]) -> dict[str, str]:
    """Words for every placeholder a profile fills, with neutral fallbacks for pinned questions."""
    return {
        "organization": profile.organization or "your organization",
        "role": profile.title or "someone in your role",
        "industry": "this field"
        if profile.specialty == "general management"
        else f"the {profile.specialty} field",
        "specialty": profile.specialty,
        "name": profile.display_name,
        "referrer": profile.referred_by or "a colleague",
        "targets": name_list([t for t in targets if t][:MAX_TARGETS_NAMED])
        or "a few people in this field",
        "minutes": str(profile.minutes),
        "finding": "",
        "figure": "",
        "source": "",
    }


def name_list(names: Sequence[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with its placeholders replaced by `values`."""
    return text.format_map(values)
