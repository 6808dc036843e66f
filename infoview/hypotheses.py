"""Hypotheses: findings the seeker chose to test, with a priority and a topic."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from infoview.findings import Finding, guess_topic
from infoview.occupations import group
from infoview.occupations.index import load_index
from infoview.say import say_finding
from infoview.spelling import DEFAULT_ENGLISH, spelled

PRIORITIES = ("high", "medium", "low")
# What interviews have shown so far (issue 7 records it); open ones are worth asking again first.
STATUSES = ("untested", "contested", "nuanced", "supported", "refuted")
OPEN_STATUSES = frozenset({"untested", "contested"})


@dataclass(frozen=True)
class Hypothesis:
    """A statement to test in an interview; `flagged` ones go on the question sheet."""

    id: str
    statement: str
    topic: str
    priority: str = "medium"
    flagged: bool = False
    source: str = ""
    figure: str | None = None
    custom: bool = False
    status: str = "untested"
    # From the finding, for ranking: evidence strength (0 to 1) and the topics it touches.
    strength: float | None = field(default=None, compare=False)
    topics: tuple[str, ...] = field(default=(), compare=False)
    occupation: str = field(default="", compare=False)  # SOC code of the work it is about
    # the organization an org-chart finding is about, from the research ("" when unknown)
    organization: str = field(default="", compare=False)
    # the finding's wording when last taken: a statement still worded so follows the finding's
    # new wording (a currency chosen under About me); "" for the seeker's own and older ones
    found_as: str = field(default="", compare=False)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "statement": self.statement,
            "topic": self.topic,
            "priority": self.priority,
            "flagged": self.flagged,
            "source": self.source,
            "status": self.status,
        }


def from_finding(finding: Finding, flagged: bool | None = None) -> Hypothesis:
    """A hypothesis that tests `finding`; flagged when the research pre-flagged it."""
    return Hypothesis(
        id=finding.id,
        statement=finding.statement,
        topic=finding.topic,
        priority="high" if finding.preflag else "medium",
        flagged=finding.preflag if flagged is None else flagged,
        source=finding.source,
        figure=finding.figure,
        strength=finding.strength,
        topics=finding.topics,
        occupation=finding.occupation,
        organization=finding.organization,
        found_as=finding.statement,
    )


def custom_hypothesis(
    statement: str, topic: str | None = None, priority: str = "high"
) -> Hypothesis:
    """A hypothesis the seeker wrote (topic guessed when not given); its id is from its wording."""
    text = " ".join(statement.split())
    digest = hashlib.sha1(text.lower().encode()).hexdigest()[:8]
    return Hypothesis(
        id=f"own-{digest}",
        statement=text,
        topic=topic or guess_topic(text),
        priority=priority,
        flagged=True,
        source="my own",
        custom=True,
    )


def flag(hypotheses: list[Hypothesis], ids: set[str]) -> list[Hypothesis]:
    """The same hypotheses with exactly `ids` flagged."""
    return [replace(h, flagged=h.id in ids) for h in hypotheses]


def by_priority(hypotheses: list[Hypothesis]) -> list[Hypothesis]:
    """Flagged ones: high priority first, open (untested, contested) before settled ones."""
    flagged = [h for h in hypotheses if h.flagged]
    return sorted(
        flagged, key=lambda h: (PRIORITIES.index(h.priority), h.status not in OPEN_STATUSES)
    )


def merge_findings(current: list[Hypothesis], findings: list[Finding]) -> list[Hypothesis]:
    """Hypotheses for `findings`, keeping the seeker's edits to ones already there and their own;
    one the seeker has not reworded says what its finding says now."""
    kept = {h.id: h for h in current}
    merged = [_updated(kept[f.id], f) if f.id in kept else from_finding(f) for f in findings]
    return merged + [h for h in current if h.custom]


def _updated(hypothesis: Hypothesis, finding: Finding) -> Hypothesis:
    """`hypothesis` with what its finding says now; its flag, priority and own wording kept."""
    updated = replace(
        hypothesis,
        strength=finding.strength,
        topics=finding.topics,
        occupation=finding.occupation,
        organization=finding.organization,
    )
    if hypothesis.found_as and hypothesis.statement == hypothesis.found_as:
        return replace(
            updated, statement=finding.statement, figure=finding.figure, found_as=finding.statement
        )
    return updated


def left_behind(
    before: Sequence[Hypothesis], after: Sequence[Hypothesis], logged: Collection[str]
) -> list[Hypothesis]:
    """Hypotheses of findings the research no longer has that carry the seeker's work (flagged,
    or tested in a `logged` interview): kept to show as no longer in the research, and to come
    back with their flag, priority and wording if the finding does."""
    remaining = {h.id for h in after}
    return [
        h
        for h in before
        if not h.custom and h.id not in remaining and (h.flagged or h.id in logged)
    ]


def matches(hypothesis: Hypothesis, search: str) -> bool:
    """Whether every word of `search` is in the statement, topic or source (any case)."""
    text = f"{hypothesis.statement} {hypothesis.topic} {hypothesis.source}".casefold()
    return all(word in text for word in search.casefold().split())


NO_GROUP = ""  # the filter choice of findings about no one occupation (trends, own, org charts)


@dataclass(frozen=True)
class OccupationGroup:
    """A SOC major or minor group the findings are placed in, named in words, with how many."""

    code: str
    name: str
    count: int
    major: bool

    @property
    def label(self) -> str:
        """As the filter shows it: minor groups under their major one."""
        return f"{'' if self.major else '· '}{self.name} ({self.count:,})"


@lru_cache(maxsize=4096)
def groups_of(code: str) -> tuple[str, ...]:
    """The SOC major and minor group codes `code` sits in (itself when it is one), or ()."""
    chain = load_index().ancestors(code) if code else {}
    return tuple(chain[level] for level in ("major", "minor") if level in chain)


def group_name(code: str) -> str:
    """A group in words, without the map's trailing "Occupations": "Healthcare Practitioners
    and Technical"."""
    if code == NO_GROUP:
        return "Not about one occupation"
    found = group(code)
    title = found.title if found else code
    return title.removesuffix(" Occupations") or title


def occupation_groups(hypotheses: Sequence[Hypothesis]) -> list[OccupationGroup]:
    """The groups the hypotheses' work is placed in: each major group (most findings first)
    followed by its minor groups, then those about no one occupation."""
    counts = Counter(g for h in hypotheses for g in groups_of(h.occupation) or (NO_GROUP,))
    majors = sorted((c for c in counts if c.endswith("-0000")), key=lambda c: (-counts[c], c))
    listed = []
    for major in majors:
        listed.append(OccupationGroup(major, group_name(major), counts[major], True))
        minors = [c for c in counts if c[:2] == major[:2] and c != major]
        for minor in sorted(minors, key=lambda c: (-counts[c], c)):
            listed.append(OccupationGroup(minor, group_name(minor), counts[minor], False))
    if NO_GROUP in counts:
        listed.append(OccupationGroup(NO_GROUP, group_name(NO_GROUP), counts[NO_GROUP], True))
    return listed


def in_groups(hypothesis: Hypothesis, codes: Collection[str]) -> bool:
    """Whether the hypothesis's work is in one of the groups `codes` (NO_GROUP: in none)."""
    return any(g in codes for g in groups_of(hypothesis.occupation) or (NO_GROUP,))


def shown_hypotheses(
    hypotheses: Sequence[Hypothesis],
    order: dict[str, int],
    search: str = "",
    topics: Collection[str] = (),
    sources: Collection[str] = (),
    flagged_only: bool = False,
    groups: Collection[str] = (),
) -> list[Hypothesis]:
    """The hypotheses that pass the search and filters: the seeker's own first, newest on top,
    then the rest in `order` (their ranking)."""
    own = [h for h in reversed(hypotheses) if h.custom]
    ranked = sorted(
        (h for h in hypotheses if not h.custom), key=lambda h: order.get(h.id, len(order))
    )
    return [
        h
        for h in [*own, *ranked]
        if (not topics or h.topic in topics)
        and (not sources or h.source in sources)
        and (not flagged_only or h.flagged)
        and (not groups or in_groups(h, groups))
        and matches(h, search)
    ]


def set_one(hypotheses: list[Hypothesis], changed: Hypothesis) -> list[Hypothesis]:
    """`hypotheses` with the one of `changed`'s id replaced by it."""
    return [changed if h.id == changed.id else h for h in hypotheses]


EDITOR_COLUMNS = ("flag", "priority", "topic", "statement", "said", "source", "id")


def to_rows(
    hypotheses: list[Hypothesis], english: str = DEFAULT_ENGLISH
) -> list[dict[str, object]]:
    """Rows for a table editor, one per hypothesis, findings spelled in the seeker's English."""
    return [
        {
            "flag": h.flagged,
            "priority": h.priority,
            "topic": h.topic,
            "statement": shown_statement(h, english),
            "said": shown_said(h, english),
            "source": h.source,
            "id": h.id,
        }
        for h in hypotheses
    ]


def shown_statement(hypothesis: Hypothesis, english: str = DEFAULT_ENGLISH) -> str:
    """The finding as the page shows it: in the seeker's English; their own as typed."""
    return hypothesis.statement if hypothesis.custom else spelled(hypothesis.statement, english)


def shown_said(hypothesis: Hypothesis, english: str = DEFAULT_ENGLISH) -> str:
    """The finding as the sheet says it, in the seeker's English; their own as typed."""
    return said_aloud(hypothesis) if hypothesis.custom else spelled(said_aloud(hypothesis), english)


def said_aloud(hypothesis: Hypothesis) -> str:
    """The hypothesis as the question sheet says it (`infoview.say`), the seeker's own as typed."""
    if hypothesis.custom:
        return hypothesis.statement
    return say_finding(hypothesis.statement, hypothesis.source, hypothesis.topic)


def from_rows(
    hypotheses: list[Hypothesis], rows: list[dict[str, object]], english: str = DEFAULT_ENGLISH
) -> list[Hypothesis]:
    """The editor's flag, priority, topic and wording applied by id; rows not shown stay. A
    finding shown in the seeker's English and left as shown keeps its wording as found."""
    edits = {str(row["id"]): row for row in rows}
    updated = []
    for h in hypotheses:
        row = edits.get(h.id)
        if row is None:
            updated.append(h)
            continue
        statement = " ".join(str(row.get("statement") or "").split()) or h.statement
        if statement == shown_statement(h, english):
            statement = h.statement
        priority = row.get("priority") if row.get("priority") in PRIORITIES else h.priority
        updated.append(
            replace(
                h,
                flagged=bool(row.get("flag")),
                priority=priority,
                topic=str(row.get("topic") or h.topic),
                statement=statement,
            )
        )
    return updated
