"""Which bank questions suit an interviewee, how well, and why: the method's matching rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from infoview.profile import Profile
from infoview.questions.fields import Work, in_field, work_of
from infoview.questions.model import BankQuestion, Reason
from infoview.questions.placeholders import HYPOTHESIS_PLACEHOLDERS, WORK_PLACEHOLDERS

SENIORITY_TAGS = {
    "junior": frozenset({"day-to-day", "entry-path", "skills", "hiring"}),
    "mid": frozenset({"day-to-day", "growth", "skills"}),
    "senior": frozenset({"strategy", "growth", "competitors"}),
    "executive": frozenset({"strategy", "competitors", "trends"}),
}
LEVEL_NAMES = {"junior": "junior", "mid": "mid-level", "senior": "senior", "executive": "executive"}
SECTION_REASONS = {
    "opening": Reason("etiquette", "Opens on time and promises to keep to the minutes asked"),
    "rapport": Reason("rapport", "Shows interest in them as a person and gives material for later"),
    "referrals": Reason("referrals", "Widens the list of people to learn from next"),
    "close": Reason("etiquette", "Offers to stop on time and sets up the thank-you note"),
}


@dataclass(frozen=True)
class Need:
    """A rule of the method that this interviewee's sheet must follow, met by one question."""

    code: str
    text: str
    test: Callable[[BankQuestion], bool]


# Titles that say a person leads others, in the words job titles use (any specialty).
_LEADS = re.compile(
    # not "management": an emergency management coordinator names a field, not a team
    r"\b(manager|director|head of|head|chief|vp|vice president|supervisor|lead|"
    r"leader|founder|owner|president|superintendent|foreman)s?\b",
    re.IGNORECASE,
)


def manages_people(profile: Profile) -> bool:
    """Whether the profile says the person leads others: an executive, or a title that names
    a manager, director, head, chief, lead or the like."""
    return profile.seniority == "executive" or bool(_LEADS.search(profile.title))


def suits(
    question: BankQuestion, profile: Profile, fillable: frozenset[str], work: Work | None = None
) -> bool:
    """True when the question fits the profile's level, work, industry and insider status.

    A candid read of the seeker's chances is asked only when the profile allows it.
    """
    return (
        profile.seniority in question.seniority
        and their_work(question, work or person_work(profile))
        and (not question.industries or profile.known_industry in question.industries)
        and (profile.insider or not question.insider_only)
        and (profile.candid_read or not question.candid_read)
        and ("manages" not in question.tags or manages_people(profile))
        and question.placeholders - HYPOTHESIS_PLACEHOLDERS <= fillable
    )


def person_work(profile: Profile, background: str | None = None) -> Work:
    """The interviewee's work where the profile places it in the SOC, with the seeker's
    `background` occupation when it lies in another major group (a career change)."""
    return work_of(profile.placement.code, background)


def their_work(question: BankQuestion, work: Work) -> bool:
    """True when the question is for anyone or for a SOC group the person's work falls in; a
    transferable-skills question only when the seeker comes from another group."""
    return in_field(question.occupations, work.code) and (
        work.changing or "transferable" not in question.tags
    )


def score(question: BankQuestion, profile: Profile) -> int:
    """How well the question fits this interviewee (among the questions that suit them)."""
    points = 4 * bool(question.occupations or question.placeholders & WORK_PLACEHOLDERS)
    points += 4 * (profile.known_industry in question.industries)
    points += 2 * len(question.tags & SENIORITY_TAGS[profile.seniority])
    points += len(question.seniority) < 4
    points += 2 * (question.insider_only and profile.insider)
    points += 2 * ("competitors" in question.tags and not profile.insider)
    points += "feedback" in question.tags
    return points


def needs(profile: Profile, work: Work | None = None) -> tuple[Need, ...]:
    """The questions this interviewee's sheet must include, as rules."""
    work = work or person_work(profile)
    rules = []
    if profile.seniority in ("senior", "executive"):
        rules.append(
            Need(
                "seniority-strategy",
                f"{_article(profile.seniority).title()} {profile.seniority} interviewee can speak "
                "to strategy and where the field is heading",
                lambda q: "strategy" in q.tags,
            )
        )
    if profile.seniority == "junior":
        rules.append(
            Need(
                "junior-day-to-day",
                "A junior interviewee knows the day-to-day work first-hand",
                lambda q: "day-to-day" in q.tags,
            )
        )
        rules.append(
            Need(
                "junior-entry-path",
                "A junior interviewee went through the way in recently",
                lambda q: "entry-path" in q.tags,
            )
        )
    if work.code:
        rules.append(
            Need(
                "specialty",
                f"Asks about their line of work: {work.name}",
                lambda q: bool(q.occupations) and in_field(q.occupations, work.code),
            )
        )
    if work.changing:
        rules.append(
            Need(
                "career-change",
                "You come from another line of work: asks which of your skills carry over",
                lambda q: "transferable" in q.tags,
            )
        )
    if profile.known_industry:
        industry = profile.known_industry
        rules.append(
            Need(
                "industry",
                f"Asks about their industry: {industry}",
                lambda q: industry in q.industries,
            )
        )
    if profile.insider:
        rules.append(
            Need(
                "insider-structure",
                f"They work at {profile.organization or 'the target organization'}, so they "
                "can describe how it is organized",
                lambda q: q.insider_only and q.section == "organization",
            )
        )
    else:
        rules.append(
            Need(
                "outsider-competitors",
                "They work elsewhere, so they can compare the organizations competing in the field",
                lambda q: "competitors" in q.tags and not q.insider_only,
            )
        )
    return tuple(rules)


def reasons(
    question: BankQuestion, profile: Profile, rules: tuple[Need, ...]
) -> tuple[Reason, ...]:
    """Why this question suits this interviewee, as codes and readable text."""
    found = [Reason(rule.code, rule.text) for rule in rules if rule.test(question)]
    matched = sorted(question.tags & SENIORITY_TAGS[profile.seniority])
    if matched and not found:
        found.append(
            Reason(
                "seniority",
                f"Suits {_article(profile.seniority)} {LEVEL_NAMES[profile.seniority]} interviewee "
                f"({', '.join(matched)})",
            )
        )
    if question.candid_read:
        found.append(
            Reason(
                "candid-read",
                "Asks for a candid read of your chances after you said who you are, never for a "
                "job",
            )
        )
    if question.sensitive and not question.candid_read:
        found.append(
            Reason(
                "research-first",
                "A sensitive subject, so it offers what you read and asks them to react",
            )
        )
    if question.section in SECTION_REASONS:
        found.append(SECTION_REASONS[question.section])
    if not found:
        found.append(Reason("general", f"A {question.section} question that suits this profile"))
    return tuple(found)


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
