"""A finding, its identity from what it says and where it is from, and its topics."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from infoview.ranking import specialties_in

if TYPE_CHECKING:  # findings travel from the reader process to a parent without pandas
    from infoview.research.model import ResearchTable

TOPICS = ("compensation", "lifestyle", "trends", "organization", "general")
# Words that make a statement about pay or about hours and lifestyle, the subjects asked about
# by offering research first.
_TOPIC_WORDS = (
    (
        "compensation",
        r"pay|paid|salar(?:y|ies)|wages?|bonus(?:es)?|commission|compensation|equity|earn\w*"
        r"|income",
    ),
    (
        "lifestyle",
        r"hours|overtime|weekends?|evenings?|work-life|lifestyle|travel(?:ling)?|on[- ]call"
        r"|burn-?out|flexible hours|work from home",
    ),
)


@dataclass(frozen=True)
class Finding:
    """A statement the research suggests, which the seeker may test in an interview."""

    id: str
    topic: str
    statement: str
    source: str
    table: str
    figure: str | None = None
    preflag: bool = False
    sample_size: int | None = None
    strength: float = 0.5  # 0 to 1: how much evidence, how little spread
    topics: tuple[str, ...] = ()  # every topic it touches, its own first
    occupation: str = ""  # the SOC code of the work it is about ("" when it names none)
    organization: str = ""  # the organization an org-chart finding is about ("" when unknown)

    def to_dict(self, score: float | None = None) -> dict:
        """The JSON shape of the `findings` contract, with its `score` when ranked."""
        return {
            "id": self.id,
            "topic": self.topic,
            "statement": self.statement,
            "source": self.source,
            "table": self.table,
            "score": self.strength if score is None else score,
            "strength": self.strength,
            "topics": list(self.topics or (self.topic,)),
            "occupation": self.occupation or None,
        }


def guess_topic(statement: str, default: str = "general") -> str:
    """`compensation` or `lifestyle` when the statement speaks of them, else `default`."""
    for topic, words in _TOPIC_WORDS:
        if re.search(rf"\b(?:{words})\b", statement, re.I):
            return topic
    return default


def topics_of(topic: str, text: str) -> tuple[str, ...]:
    """`topic` first, then the other topics and the specialties `text` speaks of."""
    found = [topic]
    for other, words in _TOPIC_WORDS:
        if other != topic and re.search(rf"\b(?:{words})\b", text, re.I):
            found.append(other)
    return tuple(found) + specialties_in(text)


def content_key(*parts: str) -> str:
    """Parts of a finding's content as a key that ignores case, spacing and punctuation.

    Symbols that make a different name stay: `C++`, `C#`, `C` and `.NET` are four keys.
    """
    return "|".join(" ".join(_KEY_WORD.findall(part.casefold())) for part in parts)


_KEY_WORD = re.compile(r"\.?\w+(?:[+#]+|(?:\.\w+)+)?|[+#]+")


def finding_id(topic: str, table: ResearchTable, key: str) -> str:
    """A short id from where the finding is from (file, sheet) and its content key.

    Never the row: inserting or moving rows elsewhere in the file keeps every other id.
    """
    digest = hashlib.sha1(f"{table.file}|{table.sheet}|{key}".encode()).hexdigest()[:8]
    return f"{topic[:3]}-{digest}"


def make_finding(
    table: ResearchTable,
    topic: str,
    key: str,
    statement: str,
    source: str,
    *,
    figure: str | None = None,
    preflag: bool = False,
    sample_size: int | None = None,
    strength: float = 0.5,
    topics: tuple[str, ...] = (),
    occupation: str = "",
) -> Finding:
    """A finding of `table` whose id comes from `key`."""
    return Finding(
        id=finding_id(topic, table, key),
        topic=topic,
        statement=statement,
        source=source,
        table=table.label,
        figure=figure,
        preflag=preflag,
        sample_size=sample_size,
        strength=round(min(max(strength, 0.0), 1.0), 3),
        topics=topics or topics_of(topic, statement),
        occupation=occupation,
    )


def merged(groups: Iterable[Iterable[Finding]]) -> list[Finding]:
    """The findings of every group in order, one per id."""
    found: dict[str, Finding] = {}
    for group in groups:
        for finding in group:
            same = found.setdefault(finding.id, finding)
            # the same table read twice gives the same finding; two different findings under
            # one id would hide one of them, which is a bug to fix in the finding's key
            assert same.statement == finding.statement, (
                f"findings {same.statement!r} and {finding.statement!r} share id {finding.id}"
            )
    return list(found.values())
