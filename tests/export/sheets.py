"""Small question sheets built directly from the model, for the export tests."""

from __future__ import annotations

from datetime import date

from infoview.hypotheses import Hypothesis
from infoview.profile import Profile
from infoview.questions.model import PlannedQuestion, Reason, Section, Sheet

MEETING_DAY = date(2026, 3, 2)
PAY = Hypothesis(
    id="com-1",
    statement="Median pay for Financial Analyst in Detroit, MI is about $68,000",
    topic="compensation",
    priority="high",
    flagged=True,
    source="Pay survey 2026",
)
TREND = Hypothesis(
    id="tre-1",
    statement="Finance teams are moving to rolling forecasts",
    topic="trends",
    flagged=True,
    source="Industry newsletter",
)


def question(
    qid: str, section: str, text: str, minutes: float = 1.5, hypothesis: str | None = None
) -> PlannedQuestion:
    """A planned question with one reason."""
    return PlannedQuestion(
        id=qid,
        section=section,
        text=text,
        minutes=minutes,
        hypothesis=hypothesis,
        why=(Reason("fits-profile", f"Suits the profile ({qid})"),),
    )


def make_sheet(
    name: str = "Łucja Wiśniewska",
    referred_by: str = "José Müller",
    texts: dict[str, str] | None = None,
    spare: tuple[PlannedQuestion, ...] = (),
) -> Sheet:
    """A 15-minute senior finance sheet; `texts` replaces question texts by id."""
    texts = texts or {}

    def q(qid: str, section: str, text: str, minutes: float = 1.5, hyp: str | None = None):
        return question(qid, section, texts.get(qid, text), minutes, hyp)

    sections = (
        Section("opening", (q("open", "opening", "Thank you for making time today.", 0.5),)),
        Section("rapport", (q("path", "rapport", "How did you get into corporate finance?"),)),
        Section(
            "industry",
            (
                q(
                    "trend",
                    "industry",
                    "I read that rolling forecasts are spreading. True?",
                    2,
                    "tre-1",
                ),
                q("change", "industry", "Which reporting changes keep your team busy?"),
            ),
        ),
        Section(
            "career",
            (
                q(
                    "pay",
                    "career",
                    "My research puts analyst pay near $68,000. Does it fit?",
                    2,
                    "com-1",
                ),
                q("growth", "career", "Which paths lead into senior roles here?"),
            ),
        ),
        Section(
            "organization", (q("org", "organization", "Who leads planning at the company?", 2),)
        ),
        Section(
            "referrals",
            (
                q("names", "referrals", "Whom else should I speak with, and how do I reach them?"),
                q("mention", "referrals", "May I mention that we spoke?", 0.5),
            ),
        ),
        Section("close", (q("thanks", "close", "That is our time; thank you.", 0.5),)),
    )
    profile = Profile(
        name=name,
        organization="Lakeshore Motors",
        title="VP Finance",
        seniority="senior",
        specialty="finance",
        insider=True,
        referred_by=referred_by,
    )
    return Sheet(
        profile=profile,
        sections=sections,
        if_time_permits=spare,
        hypotheses=(PAY, TREND),
    )


def spare_questions(count: int) -> tuple[PlannedQuestion, ...]:
    """`count` extra questions to ask if time permits."""
    return tuple(
        question(f"extra-{n}", "industry", f"Extra question number {n} about the field?")
        for n in range(1, count + 1)
    )
