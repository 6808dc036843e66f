"""Questions in the bank and on a planned sheet."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from infoview.profile import Profile
from infoview.questions.fields import Work
from infoview.questions.guard import GuardWarning
from infoview.questions.placeholders import placeholders_in
from infoview.questions.targets import Targets
from infoview.spelling import DEFAULT_ENGLISH, spelled

SECTIONS = ("opening", "rapport", "industry", "career", "organization", "referrals", "close")
SECTION_TITLES = {
    "opening": "Opening",
    "rapport": "Their path",
    "industry": "Industry & hypotheses",
    "career": "Career & compensation",
    "organization": "The organization",
    "referrals": "Referrals & next steps",
    "close": "Close",
}


@dataclass(frozen=True)
class BankQuestion:
    """One question of the bank, with who it suits and what it needs."""

    id: str
    section: str
    text: str
    seniority: frozenset[str]
    occupations: frozenset[str]  # SOC groups it suits; empty for anyone
    tags: frozenset[str]
    minutes: float
    sensitive: bool = False
    insider_only: bool = False
    needs_topic: str = ""
    industries: frozenset[str] = frozenset()
    family: str = ""

    @property
    def candid_read(self) -> bool:
        """True when it asks for a candid read of the seeker's chances."""
        return "feedback" in self.tags

    @property
    def about_pay(self) -> bool:
        return "compensation" in self.tags

    @cached_property
    def placeholders(self) -> frozenset[str]:
        """The placeholder names its text uses."""
        return placeholders_in(self.text)


@dataclass(frozen=True)
class Reason:
    """Why a question was chosen: a stable code and a readable sentence."""

    code: str
    text: str


@dataclass(frozen=True)
class PlannedQuestion:
    """A question as it stands on the sheet."""

    id: str
    section: str
    text: str
    minutes: float
    hypothesis: str | None
    why: tuple[Reason, ...]
    tags: tuple[str, ...] = ()
    bank_id: str | None = None  # the bank question or springboard template it was written from

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "section": self.section,
            "text": self.text,
            "minutes": self.minutes,
            "hypothesis": self.hypothesis,
            "why": [r.text for r in self.why],
            "why_codes": [r.code for r in self.why],
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class Section:
    """A titled group of planned questions."""

    name: str
    questions: tuple[PlannedQuestion, ...]
    english: str = DEFAULT_ENGLISH

    @property
    def title(self) -> str:
        return spelled(SECTION_TITLES.get(self.name, self.name.title()), self.english)

    @property
    def minutes(self) -> float:
        return sum(q.minutes for q in self.questions)


@dataclass(frozen=True)
class Sheet:
    """A planned question sheet for one interviewee."""

    profile: Profile
    sections: tuple[Section, ...]
    if_time_permits: tuple[PlannedQuestion, ...]
    hypotheses: tuple  # the flagged Hypothesis values the plan considered, by priority
    talking_points: tuple[str, ...] = ()  # what earlier interviews taught, in general terms
    warnings: tuple[GuardWarning, ...] = ()  # hypotheses and own questions kept off the sheet
    targets: Targets = Targets()
    for_someone_else: tuple = ()  # Deferred findings this person cannot speak to, and who could
    notes: tuple[str, ...] = ()  # how the plan was made, for the seeker
    asker: str = ""  # the seeker's one line about themselves
    work: Work | None = None  # the interviewee's place in the SOC the plan was made for
    english: str = DEFAULT_ENGLISH  # the workspace's English, "us" or "uk": how it is spelled

    @property
    def minutes_budget(self) -> int:
        return self.profile.minutes

    @property
    def minutes_planned(self) -> float:
        return round(sum(s.minutes for s in self.sections), 2)

    @property
    def questions(self) -> tuple[PlannedQuestion, ...]:
        return tuple(q for s in self.sections for q in s.questions)
