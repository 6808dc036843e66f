"""Where the interviewee's work sits in the SOC, and the words the bank takes from it.

A bank question names the SOC groups it suits ("29-0000" a major group, "15-1200" a minor one,
"13-2010" a broad one, or a detailed occupation); it suits a person whose occupation falls in one
of them. A profile that only says an old specialty is placed in its SOC group (Profile.placement).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from infoview import occupations
from infoview.occupations.index import load_index
from infoview.profile import SPECIALTY_GROUPS

# Beyond a specialty's own SOC group (profile.SPECIALTY_GROUPS), the rest of its work: the
# function's managers and assistants. A user's bank that names a specialty means all of them.
SPECIALTY_MORE = {
    "technology": ("11-3020",),
    "finance": ("11-3030",),
    "accounting": ("13-2080", "43-3030", "11-3030"),
    "marketing": ("11-2020", "11-2010", "11-2030", "27-3030"),
    "sales": ("11-2022",),
    "operations": ("11-3010", "11-3050", "11-3060", "11-3070", "13-1020", "13-1080"),
    "human resources": ("11-3110", "11-3120", "11-3130", "13-1140", "13-1150", "43-4160"),
    "product": ("15-1255", "27-1021"),
    "data": ("15-1240",),
    "healthcare": ("31-0000", "11-9110"),
}
MILITARY = "55-0000"  # the bank serves civilian work; military questions are for another bank
TOOLS_NAMED = 2
# A tool is typical of a field when at least this share of the occupations that list it as a hot
# technology are in that field; everyday office software is listed everywhere and never is.
TYPICAL_SHARE = 1 / 3
# ... and at least this many of the field's occupations list it (one listing is chance).
TYPICAL_COUNT = 3
# The second tool is named only when the field lists it at least half as often as the first.
SECOND_TOOL_SHARE = 1 / 2
# Vendors whose products people name without the vendor ("AutoCAD", not "Autodesk AutoCAD").
SILENT_VENDORS = ("Microsoft", "Autodesk", "Adobe", "Atlassian", "ESRI", "Intuit", "Apache")
_VENDOR_SUFFIXES = (" software", " Systems")


@dataclass(frozen=True)
class Work:
    """The interviewee's SOC code, at the level known, and what the seeker brings from elsewhere.

    `background` is the seeker's own occupation when it is in another major group (a career
    change), else None.
    """

    code: str
    name: str
    background: str | None = None

    @property
    def major(self) -> str:
        return major_group(self.code)

    @property
    def changing(self) -> bool:
        """True when the seeker comes from another major group of work."""
        return self.background is not None


def work_of(code: str | None, background: str | None = None) -> Work:
    """The work of a person placed at SOC `code` (None when their work is unknown: the bank's
    general questions only); `background` (the seeker's SOC code) is kept when it lies in
    another major group."""
    if not code:
        return Work(code="", name="")
    placed = occupations.group(code[:7])
    name = _spoken_title(placed.title) if placed else code
    changing = background and major_group(background) != major_group(code)
    return Work(code=code[:7], name=name, background=background[:7] if changing else None)


def specialty_groups(specialty: str) -> tuple[str, ...]:
    """The SOC groups of one of the bank's old specialties, its own group first."""
    return (SPECIALTY_GROUPS[specialty], *SPECIALTY_MORE.get(specialty, ()))


def in_field(groups: frozenset[str], code: str) -> bool:
    """True when `groups` is empty (anyone) or SOC `code` falls in one of them."""
    return not groups or any(code.startswith(_stem(group)) for group in groups)


def major_group(code: str) -> str:
    """The major group of a SOC code: "29-1141" -> "29-0000"."""
    return f"{code[:2]}-0000"


def civilian_major_groups() -> tuple[str, ...]:
    """The codes of the 22 civilian SOC major groups, in code order."""
    return tuple(g.code for g in occupations.major_groups() if g.code != MILITARY)


def is_group(code: str) -> bool:
    """True when `code` names a civilian SOC group or occupation of the 2018 SOC."""
    return major_group(code) != MILITARY and occupations.group(code) is not None


def words_for(work: Work) -> dict[str, str]:
    """Placeholder words this person's work fills: {tools} and {bridge}, when there are some."""
    words = {}
    tools = typical_tools(work.code)
    if tools:
        words["tools"] = " or ".join(tools)
    bridge = bridge_between(work.background, work.code) if work.background else None
    if bridge:
        words["bridge"] = bridge
    return words


def typical_tools(code: str) -> tuple[str, ...]:
    """Up to two of the occupation's hot technologies typical of its field, as people say them."""
    try:
        listed = occupations.occupation(code).hot_technologies
    except KeyError:
        return ()
    in_field_count, everywhere = _tool_counts()
    field = in_field_count.get(code[:2], Counter())
    typical = sorted(
        (t for t in listed if field[t] >= max(TYPICAL_COUNT, TYPICAL_SHARE * everywhere[t])),
        key=lambda t: (-field[t], listed.index(t)),
    )[:TOOLS_NAMED]
    if len(typical) == TOOLS_NAMED and field[typical[1]] < SECOND_TOOL_SHARE * field[typical[0]]:
        typical = typical[:1]
    return tuple(_spoken_tool(t) for t in typical)


def bridge_between(background: str, code: str) -> str | None:
    """An occupation O*NET relates to the seeker's background that lies in the interviewee's
    major group (or one related to the interviewee's that lies in the background's), spoken."""
    sides = ((background, major_group(code)), (code, major_group(background)))
    for start, target in sides:
        for other in occupations.related(start):
            if major_group(other) == target:
                spoken = _spoken_title(occupations.occupation(other).title)
                if "," not in spoken:
                    return spoken
    return None


@lru_cache(maxsize=1)
def _tool_counts() -> tuple[dict[str, Counter], Counter]:
    """How many occupations list each hot technology, per major group and in all."""
    per_group: dict[str, Counter] = {}
    everywhere: Counter = Counter()
    for row in load_index().occupations:
        onet_code, hot = row[0], row[4]
        everywhere.update(hot)
        per_group.setdefault(onet_code[:2], Counter()).update(hot)
    return per_group, everywhere


def _spoken_tool(name: str) -> str:
    """A tool as people say it: "Autodesk AutoCAD" -> "AutoCAD", "Epic Systems" -> "Epic"."""
    for suffix in _VENDOR_SUFFIXES:
        name = name.removesuffix(suffix)
    words = name.split()
    last = words[-1]
    initials = "".join(w[0] for w in words[:-1]).upper()
    if len(words) > 2 and last.isupper() and initials.endswith(last):
        return last  # "Structured query language SQL" -> "SQL"
    if len(words) > 1 and words[0] in SILENT_VENDORS:
        return " ".join(words[1:])
    return name


def _spoken_title(title: str) -> str:
    """An occupation title in a sentence: "Registered Nurses" -> "registered nurses"."""
    head = title.split(", Except")[0].split(", All Other")[0]
    return " ".join(w if w.isupper() else w.lower() for w in head.split())


def _stem(group: str) -> str:
    """The start every code in a SOC group shares: "15-1200" -> "15-12", "29-0000" -> "29-"."""
    major, rest = group.split("-", 1)
    return f"{major}-{rest.rstrip('0')}"
