"""Named placeholders in question text: which exist, which a profile can fill, and filling them."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from infoview.profile import Profile
from infoview.questions.targets import Targets

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
        "field",
        "about_me",
        "my_background",
        "people",
        "organizations",
        "tools",
        "bridge",
    }
)
# Filled from a hypothesis, so only springboard templates (needs_topic) may use them.
HYPOTHESIS_PLACEHOLDERS = frozenset({"finding", "figure", "source"})
# Filled from the person's occupation (questions.fields.words_for), when it has the words.
WORK_PLACEHOLDERS = frozenset({"tools", "bridge"})
MAX_TARGETS_NAMED = 3
# How an industry reads inside a sentence ("the future of {industry}").
INDUSTRY_PHRASES = {
    "automotive": "the automotive industry",
    "consulting": "consulting",
    "design": "design work",
    "education": "education",
    "engineering": "engineering",
    "financial services": "financial services",
    "government": "government work",
    "healthcare": "healthcare",
    "legal": "the legal sector",
    "manufacturing": "manufacturing",
    "media": "media",
    "nonprofit": "the nonprofit sector",
    "research and science": "research and science",
    "retail and hospitality": "retail and hospitality",
}
# Printed when About me is empty: a line to write on, never brackets read out by mistake.
ASKER_BLANK = "____"
BACKGROUND_BLANK = "someone with my background"


def placeholders_in(text: str) -> frozenset[str]:
    """The placeholder names in `text`; ValueError when its braces do not match."""
    return frozenset(
        field for _, field, _, _ in string.Formatter().parse(text) if field is not None
    )


def available(profile: Profile, targets: Targets) -> frozenset[str]:
    """Placeholders this profile and these targets can fill with real words."""
    missing = {
        "organization": not profile.organization,
        "role": not profile.title,
        "referrer": not profile.referred_by,
        "targets": not targets,
        "people": not targets.people,
        "organizations": not targets.organizations,
        "industry": not profile.industry.strip(),
        # a person placed only by a title has no field in words: "move up quickly in  from"
        "specialty": not profile.specialty.strip(),
        "field": not (profile.industry.strip() or profile.specialty.strip()),
    }
    gone = {name for name, gone in missing.items() if gone}
    return PLACEHOLDERS - HYPOTHESIS_PLACEHOLDERS - WORK_PLACEHOLDERS - gone


def asker_line(name: str, background: str) -> str:
    """The seeker's one line about themselves from About me: "Ana Ruiz, a financial analyst"."""
    return ", ".join(" ".join(part.split()) for part in (name, background) if part.strip())


def background_of(asker: str) -> str:
    """The background part of the seeker's line ("a financial analyst in banking"), or ""."""
    line = " ".join(asker.split()).rstrip(".")
    if ", " in line:
        return line.split(", ", 1)[1]
    # A line without a comma is a name alone, unless it reads as a description ("a nurse").
    return line if re.match(r"^(?:a|an|the)\b|^[a-z]", line) else ""


def industry_phrase(industry: str) -> str:
    """The industry as it reads in a sentence; "your industry" when none is set."""
    name = " ".join(industry.split()).lower()
    if not name:
        return "your industry"
    return INDUSTRY_PHRASES.get(name, name if name.endswith("industry") else f"the {name} industry")


def profile_values(profile: Profile, targets: Targets, asker: str = "") -> dict[str, str]:
    """Words for every placeholder a profile fills, with neutral fallbacks for pinned questions."""
    industry = industry_phrase(profile.industry)
    return {
        "organization": profile.organization or "your organization",
        "role": profile.title or "someone in your role",
        "industry": industry,
        "field": industry if profile.industry.strip() else profile.specialty,
        "about_me": " ".join(asker.split()).rstrip(".") or ASKER_BLANK,
        "my_background": background_of(asker) or BACKGROUND_BLANK,
        "specialty": profile.specialty,
        "name": profile.display_name,
        "referrer": profile.referred_by or "a colleague",
        "targets": name_list(targets.names[:MAX_TARGETS_NAMED]) or "a few people in this field",
        "people": name_list(targets.people[:MAX_TARGETS_NAMED]) or "a few people in this field",
        "organizations": name_list(targets.organizations[:MAX_TARGETS_NAMED])
        or "a few organizations in this field",
        "minutes": str(profile.minutes),
        "tools": "the ones you use",
        "bridge": "the ones next to yours",
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
    """`text` with its placeholders filled from `values`, never ending a sentence with ".."."""
    return _DOUBLE_PERIOD.sub(".", text.format_map(values))


_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
