"""The interviewee: who they are decides which questions suit them."""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import cached_property

from infoview.errors import ProfileError
from infoview.occupations import Placement, classify, group, placed

SENIORITIES = ("junior", "mid", "senior", "executive")
# What the person does (their function); where they do it is the industry.
SPECIALTIES = (
    "technology",
    "finance",
    "accounting",
    "marketing",
    "sales",
    "operations",
    "human resources",
    "product",
    "data",
    "consulting",
    "legal",
    "healthcare",
    "general management",
)
# Common industries the bank has questions of its own for; any other industry is free text.
INDUSTRIES = (
    "automotive",
    "consulting",
    "design",
    "education",
    "engineering",
    "financial services",
    "government",
    "healthcare",
    "legal",
    "manufacturing",
    "media",
    "nonprofit",
    "research and science",
    "retail and hospitality",
)
# The bank's specialties (the words InfoView first offered) as the SOC groups they name.
SPECIALTY_GROUPS = {
    "technology": "15-1200",
    "finance": "13-2000",
    "accounting": "13-2010",
    "marketing": "13-1160",
    "sales": "41-0000",
    "operations": "11-1020",
    "human resources": "13-1070",
    "product": "11-2020",
    "data": "15-2000",
    "consulting": "13-1110",
    "legal": "23-0000",
    "healthcare": "29-0000",
    "general management": "11-0000",
}
MIN_MINUTES, MAX_MINUTES = 5, 120
SPELLING_CUTOFF = 0.8  # "markting" is marketing misspelt


@dataclass(frozen=True)
class Profile:
    """An interviewee profile; `insider` means they work at the target organization.

    `specialty` is their function, `industry` where they work; `candid_read` lets the sheet ask
    for a candid read of the seeker's chances; `meeting_date` is the day you meet (None until set).
    `occupation` is a SOC code the seeker pinned; without it the title, else the specialty, is
    placed in the occupation map (`placement`).
    """

    name: str = ""
    organization: str = ""
    title: str = ""
    seniority: str = "mid"
    specialty: str = ""
    insider: bool = False
    referred_by: str = ""
    minutes: int = 15
    industry: str = ""
    candid_read: bool = True
    meeting_date: date | None = None
    occupation: str = ""

    def __post_init__(self) -> None:
        if self.seniority not in SENIORITIES:
            raise ProfileError(
                f'Seniority "{self.seniority}" is not one of {", ".join(SENIORITIES)}.'
            )
        if self.specialty and not self.specialty.strip():
            raise ProfileError("Specialty is empty: pick one or type the person's field.")
        if self.occupation and group(self.occupation) is None:
            raise ProfileError(
                f'Occupation "{self.occupation}" is not a 2018 SOC code: use one like 15-2051 '
                "(python -m infoview occupation TITLE finds it)."
            )
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES:
            raise ProfileError(
                f"Meeting length {self.minutes} min is out of range: use "
                f"{MIN_MINUTES} to {MAX_MINUTES} minutes (15 is the norm)."
            )

    @property
    def display_name(self) -> str:
        return self.name or "the interviewee"

    def meeting_day(self, today: date) -> date:
        """The day the sheet is for: the meeting date when set, else `today`."""
        return self.meeting_date or today

    @cached_property  # read for every finding ranked: placed once per profile
    def placement(self) -> Placement:
        """Where this person's work sits: the pinned occupation, else the title, else the
        specialty; unknown when none of them names work (plan from the seniority alone)."""
        level = classify(self.title).level if self.title.strip() else None
        if self.occupation:
            return replace(placed(self.occupation, self.title or self.specialty), level=level)
        for text in (self.title, self.specialty):
            found = _placement_of(text)
            if found.known:
                return replace(found, level=level or found.level)
        return replace(_placement_of(self.title or self.specialty), level=level)

    @property
    def work(self) -> str:
        """Their work in words: the specialty typed, else the occupation it was placed in."""
        return self.specialty.strip() or (self.placement.title if self.placement.known else "")

    @property
    def placed_from(self) -> str:
        """The text the occupation was read from (the title, else the specialty)."""
        return self.title.strip() or self.specialty.strip()

    @property
    def known_specialty(self) -> str:
        """The bank's specialty for this person: theirs when the bank has it, else the one whose
        SOC group holds their occupation most closely; "" when none does (a teacher)."""
        return nearest_specialty(self.placement, self.specialty)

    @property
    def known_industry(self) -> str:
        """The bank's industry for this person, or "" when theirs has no questions of its own."""
        industry = self.industry.strip().lower()
        return industry if industry in INDUSTRIES else ""

    def to_dict(self) -> dict:
        """The JSON shape: the meeting date as `YYYY-MM-DD` or None."""
        meeting = self.meeting_date.isoformat() if self.meeting_date else None
        return {**asdict(self), "meeting_date": meeting}


def target_label(organization: str) -> str:
    """The insider question, naming the organization when it is known."""
    named = organization.strip()
    if named:
        return f"Works at my target organization ({named} is where I want to work)"
    return "Works at my target organization (the organization above is where I want to work)"


def nearest_specialty(placement: Placement, specialty: str = "") -> str:
    """`specialty` when the bank knows it, else the bank's specialty whose SOC group holds the
    placement most closely ("" when none does: the bank's general questions are used)."""
    text = specialty.strip().lower()
    if text in SPECIALTIES:
        return text
    close = difflib.get_close_matches(text, SPECIALTIES, n=1, cutoff=SPELLING_CUTOFF)
    if close and not classify(text).known:
        return close[0]
    if not placement.known:
        return ""
    chain = [g.code for g in (placement.major, placement.minor, placement.broad) if g]
    chain.append(placement.code)
    best, depth = "", -1
    for name, code in SPECIALTY_GROUPS.items():
        if code in chain and chain.index(code) > depth:
            best, depth = name, chain.index(code)
    return best


def _placement_of(text: str) -> Placement:
    """A specialty the bank names (or a misspelling of one: "markting") is its SOC group;
    other text is placed as written."""
    words = text.strip().lower()
    if not words:
        return Placement(text=text)
    found = classify(text)
    if words in SPECIALTY_GROUPS or found.known:
        return placed(SPECIALTY_GROUPS[words], text) if words in SPECIALTY_GROUPS else found
    close = difflib.get_close_matches(words, SPECIALTIES, n=1, cutoff=SPELLING_CUTOFF)
    return placed(SPECIALTY_GROUPS[close[0]], text) if close else found
