"""How relevant a finding or hypothesis is to a person: the one relevance of InfoView.

`judge(item, profile)` gives a `Relevance`: a score from 0 to 1 and the reason in words, from
how close the work the item is about sits to theirs in the occupation map (SOC distance, O*NET
related occupations), their industry, organization and level, weighted by how strong the
evidence is; and, when it is about other work, who could answer instead ("a statistician").
`relevance(item, profile)` is its score. The profile is the interviewee, or the seeker's target
occupation (`for_seeker`) when no interviewee is chosen. Without either the score is the
evidence strength alone, so listings still put solid findings first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

from infoview.occupations import RELATIONS, relation, worker
from infoview.occupations.lexicon import WORDS
from infoview.profile import Profile
from infoview.seeker import Seeker

# How much each topic suits what a person at each level is likely to know (0 to 1).
TOPIC_FIT = {
    "junior": {"compensation": 1.0, "lifestyle": 1.0, "trends": 0.5, "general": 0.5},
    "mid": {"compensation": 1.0, "lifestyle": 1.0, "trends": 1.0, "general": 0.5},
    "senior": {"compensation": 0.5, "lifestyle": 0.5, "trends": 1.0, "general": 1.0},
    "executive": {"compensation": 0.25, "lifestyle": 0.25, "trends": 1.0, "general": 1.0},
}
# Organization gaps: insiders can fill them (juniors less so); outsiders rarely can.
ORGANIZATION_FIT = {"junior": 0.4, "mid": 0.7, "senior": 1.0, "executive": 1.0}
OUTSIDER_ORGANIZATION_FIT = 0.1
SPECIALTY_WORDS = {
    # "programm" (programmer, programming): a "program" is as often a service or a budget line
    "technology": r"software|engineer|cloud|tech\b|developer|platform|cyber|devops|(?-i:IT)\b"
    r"|programm",
    "finance": r"financ|fp&a|forecast|budget|treasury|(?<!data )analyst|invest|bank|cfo|credit",
    "accounting": r"account|audit|controller|cost|tax|ledger|close|bookkeep|payroll",
    "marketing": r"marketing|brand|campaign|advertis|channel|seo|content",
    "sales": r"sales|seller|selling|revenue|quota|buyer|account executive|retail",
    "operations": r"operation|supply|logistic|manufactur|plant|procure|sourc|supplier|warehouse",
    "human resources": r"hr\b|human resources|recruit|talent|people|retention|hiring|layoff",
    "product": r"product|roadmap|feature|launch|ux\b|design",
    "data": r"data|analytic|\bai\b|machine learning|model|scien|statistic|sql\b",
    "consulting": r"consult|client|advis|engagement",
    "legal": r"legal|law|counsel|regulat|compliance|contract|attorney|paralegal",
    "healthcare": r"health|care\b|clinic|hospital|patient|medical|nurs|pharma|physician",
    "general management": r"manag|leader|strateg|executive|director|chief|head of",
}
# Words that say a finding is about a level of seniority, matched against the profile's.
LEVEL_WORDS = {
    "junior": r"junior|entry|intern|graduate|trainee|associate|jr\b",
    "mid": r"mid-level|mid level|intermediate",
    "senior": r"senior|sr\b|lead|principal|staff",
    "executive": r"executive|chief|vp\b|vice president|director|head of|ceo|cfo|cto",
}
# Weights of what makes a finding worth this person's time; they add up to 1.
WEIGHTS = {"topic": 0.25, "occupation": 0.3, "industry": 0.15, "organization": 0.2, "level": 0.1}
# An item naming no occupation: its words may still speak of their specialty.
SPECIALTY_WORDS_FIT, UNPLACED_FIT = 1.0, 0.3
# Pay or a trend of work this far from theirs is for someone in that work.
FAR = frozenset({"major", "other"})
# Evidence strength scales the fit, but a weak finding this person knows well still ranks.
STRENGTH_FLOOR = 0.4
# Pay for their own title ("Marketing Manager" for a marketing manager) comes before pay for
# another title of their occupation ("Product Manager"), even on less evidence.
OWN_TITLE_BONUS = 1.25
DEFAULT_STRENGTH = 0.5


class Rankable(Protocol):
    """What ranking reads: findings and hypotheses both have it."""

    id: str
    statement: str
    topic: str
    source: str


R = TypeVar("R", bound=Rankable)


@lru_cache(maxsize=256)
def _pattern(words: str) -> re.Pattern:
    return re.compile(rf"\b(?:{words})", re.I)


def specialty_pattern(specialty: str) -> re.Pattern | None:
    """The words that mark a statement as being about `specialty` (its own name if free text)."""
    words = SPECIALTY_WORDS.get(specialty.strip().lower())
    if words is None:
        names = [re.escape(w) for w in re.findall(r"\w{3,}", specialty.lower())]
        words = "|".join(names)
    return _pattern(words) if words else None


def touches_specialty(item: Rankable, specialty: str) -> bool:
    """Whether the item speaks of `specialty`, in its wording or its topics."""
    if specialty.strip().lower() in _topics(item):
        return True
    pattern = specialty_pattern(specialty)
    return bool(pattern and pattern.search(item.statement))


def specialties_in(text: str) -> tuple[str, ...]:
    """The named specialties whose words appear in `text`, in the order they are listed."""
    return tuple(name for name, words in SPECIALTY_WORDS.items() if _pattern(words).search(text))


@dataclass(frozen=True)
class Relevance:
    """How worth a person's time an item is (0 to 1), why in words, and who else could answer
    when it is about other work ("" when they can speak to it)."""

    score: float
    reason: str
    someone_else: str = ""


@lru_cache(maxsize=16_384)  # a rerun judges the same findings for the same person again
def judge(item: Rankable, profile: Profile | None = None) -> Relevance:
    """The item's relevance to `profile`, its evidence strength included, with the reason."""
    strength = _strength(item)
    evidence = _evidence_words(strength)
    if profile is None:
        return Relevance(round(strength, 4), evidence)
    parts, said, someone_else = _fit_parts(item, profile)
    fit = sum(WEIGHTS[name] * part for name, part in parts.items())
    score = fit * (STRENGTH_FLOOR + (1 - STRENGTH_FLOOR) * strength)
    if _own_title_pay(item, profile, parts["occupation"]):
        score = min(1.0, score * OWN_TITLE_BONUS)
    return Relevance(round(score, 4), "; ".join([*said, evidence]), someone_else)


def _own_title_pay(item: Rankable, profile: Profile, occupation_fit: float) -> bool:
    """Whether the item is pay for the person's own title, in their own occupation."""
    if item.topic != "compensation" or occupation_fit < RELATIONS["same"][1]:
        return False
    title = pay_title(item.statement)
    return bool(title and profile.title.strip()) and same_title(title, profile)


def relevance(item: Rankable, profile: Profile | None = None) -> float:
    """From 0 to 1: how worth this person's time the item is, its evidence strength included."""
    return judge(item, profile).score


def for_seeker(seeker: Seeker | None) -> Profile | None:
    """Whom to rank for before an interviewee is chosen: someone in the seeker's first target
    occupation, at mid level; None without a target."""
    if seeker is None or not seeker.targets:
        return None
    return Profile(occupation=seeker.targets[0])


def rank(items: Iterable[R], profile: Profile | None = None) -> list[R]:
    """The items most relevant first; ties keep their order."""
    listed = list(items)
    scores = [relevance(item, profile) for item in listed]
    order = sorted(range(len(listed)), key=lambda i: -scores[i])
    return [listed[i] for i in order]


def order_of(items: Iterable[R], profile: Profile | None = None) -> dict[str, int]:
    """Each item's id to its place in the ranking for `profile`, the most relevant at 0."""
    return {item.id: place for place, item in enumerate(rank(items, profile))}


def suggested(items: Sequence[R], profile: Profile, count: int = 5) -> list[R]:
    """The few items worth flagging for this person: the best, a topic taking one turn each."""
    chosen: list[R] = []
    seen_topics: set[str] = set()
    ranked = rank(items, profile)
    for item in ranked:
        if item.topic not in seen_topics:
            chosen.append(item)
            seen_topics.add(item.topic)
        if len(chosen) == count:
            return chosen
    for item in ranked:
        if len(chosen) == count:
            break
        if item not in chosen:
            chosen.append(item)
    return chosen


def _fit_parts(item: Rankable, profile: Profile) -> tuple[dict[str, float], list[str], str]:
    """Each part of the fit (0 to 1), what is worth saying of it, and who else could answer."""
    text = f"{item.statement} {item.source}"
    if item.topic == "organization":
        topic = (
            ORGANIZATION_FIT[profile.seniority] if profile.insider else OUTSIDER_ORGANIZATION_FIT
        )
    else:
        topic = TOPIC_FIT[profile.seniority].get(item.topic, 0.5)
    industry = getattr(profile, "industry", "") or ""
    occupation, said, someone_else = _occupation_fit(item, profile)
    parts = {
        "topic": topic,
        "occupation": occupation,
        "industry": float(
            _mentions(text, industry, stem=5) or industry.strip().lower() in _topics(item)
        ),
        "organization": float(_mentions(text, profile.organization)),
        "level": float(bool(_pattern(LEVEL_WORDS[profile.seniority]).search(item.statement))),
    }
    if parts["organization"]:
        said.append(f"about {profile.organization.strip()}, their organization")
    if parts["industry"]:
        said.append(f"about their industry ({industry.strip().lower()})")
    if parts["level"]:
        said.append(f"about people at their level ({profile.seniority})")
    return parts, said, someone_else


def _occupation_fit(item: Rankable, profile: Profile) -> tuple[float, list[str], str]:
    """How close the work the item is about sits to theirs in the occupation map."""
    placement = profile.placement
    code = getattr(item, "occupation", "") or ""
    if not placement.known:
        return RELATIONS["minor"][1], [], ""  # plan from the seniority alone: no field is wrong
    if code:
        found = relation(code, placement.code)
        # pay for a role placed no closer than "Management Occupations", or for another chief
        # role of the same occupation, is not their pay
        if (
            found == "same"
            and item.topic == "compensation"
            and (code.endswith("-0000") or not same_chief_role(pay_title(item.statement), profile))
        ):
            found = "major"
        words, fit = RELATIONS[found]
        if found == "same":
            return fit, [f"about {words} ({placement.title})"], ""
        others = worker(code)
        someone_else = others if found in FAR and item.topic != "organization" else ""
        return (
            fit,
            [f"about {words}: {others[2:] if others.startswith('a ') else others}"],
            (someone_else),
        )
    specialty = profile.known_specialty
    if specialty and touches_specialty(item, specialty):
        return SPECIALTY_WORDS_FIT, [f"speaks of {specialty}, their specialty"], ""
    return UNPLACED_FIT, [], ""


# Words every top title shares ("Chief ... Officer", "Executive Director", "President"): what is
# left names the function a chief role leads ("financial" for a CFO; nothing for a CEO).
_TOP_TITLE_WORDS = frozenset(
    [
        "chief",
        "officer",
        "executive",
        "director",
        "president",
        "vice",
        "senior",
        "head",
        "of",
        "the",
        "and",
        "managing",
        "general",
        "global",
        "group",
        "deputy",
    ]
)
_PAY_TITLE = re.compile(
    r"\b[Pp]ay for (?P<title>.+?)(?: in [A-Z]| at (?:about|around)| is | across |$)"
)


def pay_title(statement: str) -> str:
    """The role a pay finding is about ("Pay for Executive Director in MA is..."), or ""."""
    found = _PAY_TITLE.search(statement)
    return found["title"] if found else ""


def same_title(title: str, profile: Profile) -> bool:
    """Whether a pay finding's role is the person's own title, seniority words and
    abbreviations aside ("Sr. Marketing Manager" for a marketing manager); True without both."""
    if not title or not profile.title.strip():
        return True
    return _title_words(title) == _title_words(profile.title)


def _title_words(title: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", " ".join(WORDS.get(w, w) for w in title.lower().split()))
    return frozenset(w.removesuffix("s") for w in words if w not in _SENIORITY_WORDS)


_SENIORITY_WORDS = frozenset(
    {"senior", "junior", "lead", "principal", "sr", "jr", "i", "ii", "iii", "iv", "associate"}
)


def same_chief_role(title: str, profile: Profile) -> bool:
    """Whether a pay finding's role is the person's own chief role. One occupation (Chief
    Executives) holds several top roles: a CFO's pay is not a CEO's or an executive director's.
    Below the top, or without both titles, the occupation decides alone."""
    top = ("executive", "director")
    if not title or not profile.title.strip() or profile.placement.level not in top:
        return True
    if title.lower() == profile.placement.title.lower():
        return True  # the occupation's own published figure ("Chief executives") covers them all
    return _chief_function(title) == _chief_function(profile.title)


def _chief_function(title: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", " ".join(WORDS.get(w, w) for w in title.lower().split()))
    return frozenset(w[:5] for w in words if w not in _TOP_TITLE_WORDS and len(w) > 2)


def _evidence_words(strength: float) -> str:
    if strength >= 0.7:
        return "strong evidence"
    if strength >= 0.45:
        return "some evidence"
    return "thin evidence"


def _mentions(text: str, name: str, stem: int = 0) -> bool:
    """Whether `text` names all words of `name` of three letters or more, in any case.

    With `stem`, a word's first `stem` letters are enough ("automotive" finds "automakers").
    """
    words = [w for w in re.findall(r"\w+", name.lower()) if len(w) >= 3]
    return bool(words) and all(
        re.search(rf"\b{re.escape(w[:stem] if stem else w)}", text, re.I) for w in words
    )


def _strength(item: Rankable) -> float:
    value = getattr(item, "strength", None)
    return DEFAULT_STRENGTH if value is None else min(max(float(value), 0.0), 1.0)


def _topics(item: Rankable) -> tuple[str, ...]:
    return tuple(getattr(item, "topics", ()) or (item.topic,))
