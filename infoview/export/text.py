"""What the printed sheet says, in order: one handout that every format renders."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from infoview.questions.model import SECTION_TITLES, PlannedQuestion, Sheet
from infoview.spelling import spelled

HEARD_TITLE = "What earlier conversations said"
PURPOSE = "Learn from their experience and test my research; not a job request. Stop on time."
# A sheet with no findings to test says so, rather than promise research that is not there.
PURPOSE_WITHOUT_RESEARCH = (
    "Learn from their experience; no research of mine is loaded yet, so these are general "
    "questions. Not a job request. Stop on time."
)
REFERRAL_CLOSE = (
    "Name the people and organizations you plan to approach next; ask whom they would add.",
    "Ask for names with a way to reach them, so you make the contact yourself.",
    "Ask whether you may mention them when you get in touch.",
)
REFERRAL_COLUMNS = ("Name", "Organization", "How to reach", "May I mention you?")
REFERRAL_BLANK_ROWS = 3
NOTES_FROM_MINUTES = 1.0  # shorter lines (greeting, thanks) get no note space
PASSED_ON_SHOWN = 3  # findings for someone else listed on the sheet; the rest are counted
PAPER_MM = {"letter": (215.9, 279.4), "a4": (210.0, 297.0)}

# Characters XML 1.0 forbids: DOCX and XLSX refuse them and a PDF would print them as boxes.
_ILLEGAL_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """`text` on one line: composed accents, no control characters, single spaces."""
    composed = unicodedata.normalize("NFC", _ILLEGAL_CONTROLS.sub("", text))
    return " ".join(composed.split())


@dataclass(frozen=True)
class Field:
    """A labelled value in the sheet's header, such as the date or who referred the seeker."""

    label: str
    value: str


@dataclass(frozen=True)
class ResearchPoint:
    """A flagged finding to share, labelled (H1, H2, ...) so questions can point at it."""

    label: str
    text: str
    source: str


@dataclass(frozen=True)
class Item:
    """A printed question; `by_minute` is None if time permits, `notes` asks for ruled space."""

    number: int
    section: str
    text: str
    minutes: float
    by_minute: float | None
    tests: str
    tests_text: str
    why: str
    notes: bool


@dataclass(frozen=True)
class Block:
    """A titled section of planned questions with its minutes."""

    title: str
    minutes: float
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Handout:
    """Everything the printed sheet shows, cleaned and in reading order."""

    name: str
    role: str
    fields: tuple[Field, ...]
    purpose: str
    research: tuple[ResearchPoint, ...]  # only the findings the planned questions test
    heard: tuple[str, ...]
    blocks: tuple[Block, ...]
    if_time_permits: tuple[Item, ...]
    referral_close: tuple[str, ...]
    after_meeting: tuple[str, ...]
    more_research: int = 0  # flagged findings the planned questions leave for another time
    referral_columns: tuple[str, ...] = REFERRAL_COLUMNS

    @property
    def title(self) -> str:
        return f"Questions for {self.name}"

    @property
    def more_research_text(self) -> str:
        """`3 more findings in your research`, or "" when the sheet asks about all of them."""
        n = self.more_research
        if not n:
            return ""
        return f"{n:,} more finding{'s' * (n > 1)} in your research, for another conversation."

    @property
    def items(self) -> tuple[Item, ...]:
        """Planned questions first, then those if time permits."""
        return tuple(i for b in self.blocks for i in b.items) + self.if_time_permits


def minutes_text(minutes: float) -> str:
    """`1.5 min`, `15 min`."""
    return f"{minutes:g} min"


def after_meeting(day: date) -> tuple[str, ...]:
    """The follow-up checklist, with dates counted from the meeting `day`."""
    return (
        f"Send a thank-you e-mail by {_short(day + timedelta(days=1))}; "
        "a handwritten note is a classy extra.",
        "Note what you learned against each hypothesis: supported, refuted or nuanced.",
        "If they offered to introduce you, check back between "
        f"{_short(day + timedelta(days=7))} and {_short(day + timedelta(days=10))}.",
        "Contact the people they named; mention them only if they said you may.",
    )


def build_handout(sheet: Sheet, day: date | None = None) -> Handout:
    """The handout for `sheet`, dated `day` (today when not given)."""
    day = day or date.today()
    asked = {q.hypothesis for q in sheet.questions if q.hypothesis}
    elsewhere = {d.hypothesis: f"for someone else: ask {d.who}" for d in sheet.for_someone_else}
    # The sheet shares what it asks about, and a few findings to take to someone else.
    passed_on = [h.id for h in sheet.hypotheses if h.id in elsewhere and h.id not in asked]
    shown = asked | set(passed_on[:PASSED_ON_SHOWN])
    shared = [h for h in sheet.hypotheses if h.id in shown]
    labels = {h.id: f"H{n}" for n, h in enumerate(shared, start=1)}
    statements = {h.id: clean(h.statement) for h in sheet.hypotheses}
    research = tuple(
        ResearchPoint(
            labels[h.id],
            statements[h.id],
            clean("; ".join(part for part in (h.source, elsewhere.get(h.id, "")) if part)),
        )
        for h in shared
    )
    counter = _Counter(sheet.english)
    blocks = tuple(
        Block(
            title=clean(section.title),
            minutes=section.minutes,
            items=tuple(
                counter.item(q, labels, statements, planned=True) for q in section.questions
            ),
        )
        for section in sheet.sections
    )
    spare = tuple(counter.item(q, labels, statements, planned=False) for q in sheet.if_time_permits)
    return Handout(
        name=clean(sheet.profile.display_name),
        role=clean(", ".join(x for x in (sheet.profile.title, sheet.profile.organization) if x)),
        fields=_fields(sheet, day),
        purpose=spelled(PURPOSE if sheet.hypotheses else PURPOSE_WITHOUT_RESEARCH, sheet.english),
        research=research,
        heard=tuple(clean(point) for point in sheet.talking_points),
        blocks=blocks,
        if_time_permits=spare,
        referral_close=tuple(spelled(line, sheet.english) for line in REFERRAL_CLOSE),
        after_meeting=tuple(spelled(line, sheet.english) for line in after_meeting(day)),
        more_research=len(sheet.hypotheses) - len(shared),
        referral_columns=tuple(spelled(title, sheet.english) for title in REFERRAL_COLUMNS),
    )


class _Counter:
    """Numbers questions and adds up the minutes in the order they are printed."""

    def __init__(self, english: str) -> None:
        self.number = 0
        self.elapsed = 0.0
        self.english = english

    def item(
        self,
        question: PlannedQuestion,
        labels: dict[str, str],
        statements: dict[str, str],
        planned: bool,
    ) -> Item:
        self.number += 1
        if planned:
            self.elapsed = round(self.elapsed + question.minutes, 2)
        hypothesis = question.hypothesis or ""
        return Item(
            number=self.number,
            section=spelled(
                SECTION_TITLES.get(question.section, clean(question.section).title()), self.english
            ),
            text=clean(question.text),
            minutes=question.minutes,
            by_minute=self.elapsed if planned else None,
            tests=labels.get(hypothesis, ""),
            tests_text=statements.get(hypothesis, ""),
            why=clean("; ".join(r.text for r in question.why)),
            notes=planned and question.minutes >= NOTES_FROM_MINUTES,
        )


def _fields(sheet: Sheet, day: date) -> tuple[Field, ...]:
    p = sheet.profile
    fields = [
        Field("Date", f"{_short(day)} {day.year}"),
        Field("Meeting", f"{p.minutes} min ({sheet.minutes_planned:g} planned)"),
    ]
    if p.referred_by.strip():
        fields.append(Field("Referred by", clean(p.referred_by)))
    return tuple(fields)


def _short(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"
