"""The interviewee: who they are decides which questions suit them."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from infoview.errors import ProfileError

SENIORITIES = ("junior", "mid", "senior", "executive")
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
MIN_MINUTES, MAX_MINUTES = 5, 120


@dataclass(frozen=True)
class Profile:
    """An interviewee profile; `insider` means they work at the target organization."""

    name: str = ""
    organization: str = ""
    title: str = ""
    seniority: str = "mid"
    specialty: str = "general management"
    insider: bool = False
    referred_by: str = ""
    minutes: int = 15

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

    def to_dict(self) -> dict:
        return asdict(self)
