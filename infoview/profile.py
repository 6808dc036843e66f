"""The interviewee: who they are decides which questions suit them."""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass
from datetime import date

from infoview.errors import ProfileError

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
# Words that point a specialty the bank does not know to the nearest one it does.
SPECIALTY_WORDS = {
    "technology": r"software|engineer|develop|cloud|tech|(?-i:IT)\b|devops|security|cyber|program",
    "finance": r"financ|fp&a|treasur|invest|bank|credit|risk",
    "accounting": r"account|audit|tax|controll|bookkeep|payroll",
    "marketing": r"marketing|brand|communicat|advertis|content|pr\b|public relations|social",
    "sales": r"sales|business development|account exec|selling|retail",
    "operations": r"operation|supply|logistic|manufactur|procure|plant|quality|aerospace",
    "human resources": r"hr\b|human|recruit|talent|people|learning and development",
    "product": r"product|design|ux|user experience|research",
    "data": r"data|analytic|statistic|machine learning|\bai\b|science",
    "consulting": r"consult|advis|strategy",
    "legal": r"legal|law|counsel|complian|paralegal|contract",
    "healthcare": r"health|clinic|nurs|medic|pharma|hospital|care\b",
    "general management": r"manag|director|executive|leader|founder|owner|ceo|general",
}
_SPECIALTY_PATTERNS = {
    name: re.compile(rf"\b(?:{words})", re.I) for name, words in SPECIALTY_WORDS.items()
}
MIN_MINUTES, MAX_MINUTES = 5, 120


@dataclass(frozen=True)
class Profile:
    """An interviewee profile; `insider` means they work at the target organization.

    `specialty` is their function, `industry` where they work; `candid_read` lets the sheet ask
    for a candid read of the seeker's chances; `meeting_date` is the day you meet (None until set).
    """

    name: str = ""
    organization: str = ""
    title: str = ""
    seniority: str = "mid"
    specialty: str = "general management"
    insider: bool = False
    referred_by: str = ""
    minutes: int = 15
    industry: str = ""
    candid_read: bool = True
    meeting_date: date | None = None

    def __post_init__(self) -> None:
        if self.seniority not in SENIORITIES:
            raise ProfileError(
                f'Seniority "{self.seniority}" is not one of {", ".join(SENIORITIES)}.'
            )
        if not self.specialty.strip():
            raise ProfileError("Specialty is empty: pick one or type the person's field.")
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

    @property
    def known_specialty(self) -> str:
        """The bank's specialty for this person: their own, or the nearest known one."""
        return nearest_specialty(self.specialty)

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


def nearest_specialty(specialty: str) -> str:
    """`specialty` when the bank knows it, else the nearest known one (general management last)."""
    text = specialty.strip().lower()
    if text in SPECIALTIES:
        return text
    for name, pattern in _SPECIALTY_PATTERNS.items():
        if pattern.search(text):
            return name
    close = difflib.get_close_matches(text, SPECIALTIES, n=1, cutoff=0.6)
    return close[0] if close else "general management"
