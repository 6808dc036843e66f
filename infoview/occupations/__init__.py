"""Occupations: free text placed in the O*NET-SOC map, and what the map says of each occupation.

`classify("Sr. Data Scientist")` gives a `Placement` (SOC 2018 code, O*NET code, title, its
broad, minor and major groups, the level words found, a confidence); text that names no work
("Total", "Team 4") is unknown. `occupation(code)` gives the job zone, related occupations and
hot technologies. The index is O*NET 29.1 and the 2018 SOC (data/occupations.NOTICE.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from infoview.occupations.index import Group, Index, load_index
from infoview.occupations.lexicon import LEVELS
from infoview.occupations.text import singular as singular_word
from infoview.occupations.titles import THRESHOLD, Match, forget_matches, match_text

__all__ = [
    "LEVELS",
    "Group",
    "Occupation",
    "Placement",
    "choices",
    "classify",
    "from_label",
    "label",
    "group",
    "major_groups",
    "mentioned",
    "occupation",
    "placed",
    "related",
    "relation",
    "worker",
    "search",
]


@dataclass(frozen=True)
class Placement:
    """Where a text sits in the occupation map; `code` None means unknown."""

    text: str
    code: str | None = None
    onet_code: str | None = None
    title: str = ""
    broad: Group | None = None
    minor: Group | None = None
    major: Group | None = None
    level: str | None = None
    confidence: float = 0.0

    @property
    def known(self) -> bool:
        return self.code is not None

    def to_json(self) -> dict:
        """The `occupation --json` shape."""
        return {
            "text": self.text,
            "code": self.code,
            "onet_code": self.onet_code,
            "title": self.title or None,
            "broad": self.broad.to_json() if self.broad else None,
            "minor": self.minor.to_json() if self.minor else None,
            "major": self.major.to_json() if self.major else None,
            "level": self.level,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Occupation:
    """An O*NET occupation: its SOC code and groups, job zone, related ones, hot technologies."""

    code: str
    onet_code: str
    title: str
    job_zone: int | None
    broad: Group | None
    minor: Group | None
    major: Group | None
    related: tuple[str, ...]
    hot_technologies: tuple[str, ...]


@lru_cache(maxsize=8192)
def classify(text: str) -> Placement:
    """The occupation (or SOC group) `text` names, with its level words; unknown below THRESHOLD."""
    index = load_index()
    match, level = match_text(text, index)
    return _placement(text, match, level, index)


def placed(code: str, text: str = "") -> Placement:
    """A Placement for a SOC or O*NET code (an occupation or a group) the seeker chose."""
    index = load_index()
    if code in index.onet_position:
        match = Match(code[:7], code, 1.0)
    elif code in index.soc_position:
        match = Match(code, index.occupations[index.soc_position[code]][0], 1.0)
    elif code in index.groups:
        match = Match(code, None, 1.0)
    else:
        raise KeyError(code)
    return _placement(text or code, match, None, index)


# How close two places in the map are, nearest first: the words for it and a fit from 0 to 1.
RELATIONS = {
    "same": ("their own occupation", 1.0),
    "related": ("an occupation related to theirs", 0.8),
    "broad": ("work close to theirs", 0.8),
    "minor": ("work in their field", 0.65),
    "major": ("work in their wider field", 0.45),
    "other": ("other work", 0.1),
}


def relation(code: str, other: str) -> str:
    """How `code` stands to `other` in the map: a key of RELATIONS ("same", "related", ...).

    O*NET's related occupations count as close as a shared broad group; a group code (a field
    such as 25-0000) is "same" for every occupation inside it.
    """
    index = load_index()
    mine, theirs = index.ancestors(code), index.ancestors(other)
    if not mine or not theirs:
        return "other"
    if code[:7] == other[:7] or code[:7] in theirs.values() or other[:7] in mine.values():
        return "same"
    if other[:7] in related(code) or code[:7] in related(other):
        return "related"
    for level in ("broad", "minor", "major"):
        if level in mine and mine[level] == theirs.get(level):
            return level
    return "other"


def worker(code: str) -> str:
    """Someone in the occupation, as said aloud: "a statistician", "a registered nurse";
    "someone in mathematical science occupations" for a group."""
    found = group(code)
    if found is None:
        return "someone in that work"
    if load_index().levels[found.code] != "detailed":
        return f"someone in {found.title.lower()}"
    title = found.title.split(",")[0].lower()
    first, _, second = title.partition(" and ")
    if second and first.endswith("s"):  # "Accountants and Auditors"
        return f"{_someone(first)} or {_someone(second)}"
    # "Financial and Investment Analysts": one worker, either kind
    return _someone(title.replace(" and ", " or "))


def _someone(plural: str) -> str:
    words = plural.split()
    words[-1] = singular_word(words[-1])
    phrase = " ".join(words)
    return f"{'an' if phrase[:1] in 'aeiou' else 'a'} {phrase}"


def forget_placements() -> None:
    """Empty the caches of placed texts (for measuring a first run)."""
    classify.cache_clear()
    mentioned.cache_clear()
    forget_matches()


@lru_cache(maxsize=8192)
def mentioned(text: str) -> Placement:
    """The occupation a sentence names by one of its titles ("... data scientists ..."), or
    unknown; a single word counts only when it names a worker ("nurses", not "marketing")."""
    from infoview.occupations.mentions import mentioned_match

    index = load_index()
    return _placement(text, mentioned_match(text, index), None, index)


def search(text: str, limit: int = 10) -> list[Placement]:
    """Occupations for a title being typed, best first: the last word may be unfinished."""
    from infoview.occupations.search import search_titles

    index = load_index()
    return [
        _placement(title, Match(code[:7], code, confidence), None, index, threshold=0.0)
        for title, code, confidence in search_titles(text, index, limit)
    ]


def occupation(code: str) -> Occupation:
    """The occupation of a SOC ("15-2051") or O*NET ("15-2051.01") code; KeyError if none."""
    index = load_index()
    position = index.onet_position.get(code)
    if position is None:
        position = index.soc_position[code]
    onet, title, zone, related_numbers, hot = index.occupations[position]
    groups = _groups(onet[:7], index)
    related_codes = dict.fromkeys(index.occupations[i][0][:7] for i in related_numbers)
    related_codes.pop(onet[:7], None)
    return Occupation(
        code=onet[:7],
        onet_code=onet,
        title=title,
        job_zone=zone,
        broad=groups.get("broad"),
        minor=groups.get("minor"),
        major=groups.get("major"),
        related=tuple(related_codes),
        hot_technologies=tuple(hot),
    )


def related(code: str) -> tuple[str, ...]:
    """The SOC codes O*NET lists as related to `code`, closest first; () for a group."""
    try:
        return occupation(code).related
    except KeyError:
        return ()


def major_groups() -> tuple[Group, ...]:
    """The 23 SOC major groups, in code order."""
    index = load_index()
    return tuple(
        Group(code, title) for code, title in index.groups.items() if index.levels[code] == "major"
    )


def choices() -> tuple[Group, ...]:
    """Every detailed occupation (867), by title: what a person picks from."""
    index = load_index()
    return tuple(
        sorted(
            (
                Group(code, title)
                for code, title in index.groups.items()
                if index.levels[code] == "detailed"
            ),
            key=lambda g: g.title.casefold(),
        )
    )


def label(code: str) -> str:
    """How an occupation or group is shown to pick: "Data Scientists (15-2051)"."""
    found = group(code)
    return f"{found.title} ({found.code})" if found else code


def from_label(text: str) -> str | None:
    """The code a picked label names ("Data Scientists (15-2051)" -> "15-2051"), else None."""
    found = re.search(r"\((\d{2}-\d{4})\)\s*$", text)
    return found[1] if found and group(found[1]) else None


def group(code: str) -> Group | None:
    """The SOC group or detailed occupation named by `code` (or an O*NET code's), or None."""
    index = load_index()
    soc = code[:7] if code in index.onet_position else code
    title = index.groups.get(soc)
    return Group(soc, title) if title else None


def _placement(
    text: str, match: Match, level: str | None, index: Index, threshold: float = THRESHOLD
) -> Placement:
    if match.soc is None or match.confidence < threshold:
        return Placement(text=text, level=level, confidence=match.confidence)
    groups = _groups(match.soc, index)
    if match.onet is not None:
        title = index.occupations[index.onet_position[match.onet]][1]
    else:
        title = index.groups[match.soc]
    return Placement(
        text=text,
        code=match.soc,
        onet_code=match.onet,
        title=title,
        broad=groups.get("broad"),
        minor=groups.get("minor"),
        major=groups.get("major"),
        level=level,
        confidence=match.confidence,
    )


def _groups(soc: str, index: Index) -> dict[str, Group]:
    return {
        level: Group(code, index.groups[code])
        for level, code in index.ancestors(soc).items()
        if level != "detailed"
    }
