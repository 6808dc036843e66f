"""Plan a question sheet for one interviewee that fits the meeting's minutes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infoview.hypotheses import PRIORITIES, Hypothesis, by_priority
from infoview.profile import Profile
from infoview.questions.guard import find_job_request
from infoview.questions.model import (
    SECTIONS,
    BankQuestion,
    PlannedQuestion,
    Reason,
    Section,
    Sheet,
)

SPRINGBOARD_MINUTES = 1.5
TOPIC_SECTION = {
    "compensation": "career",
    "trends": "industry",
    "general": "industry",
    "organization": "organization",
}
SENIORITY_TAGS = {
    "junior": {"day-to-day", "entry-path", "skills", "hiring"},
    "mid": {"day-to-day", "growth", "skills"},
    "senior": {"strategy", "growth", "competitors"},
    "executive": {"strategy", "competitors", "trends"},
}


@dataclass(frozen=True)
class _Candidate:
    rank: tuple
    question: PlannedQuestion


def plan_sheet(
    profile: Profile,
    hypotheses: Iterable[Hypothesis],
    bank: Sequence[BankQuestion],
    targets: Sequence[str] = (),
) -> Sheet:
    """The questions that fit `profile.minutes`, in section order; the rest if time permits."""
    flagged = by_priority(list(hypotheses))
    values = _placeholder_values(profile, targets)
    candidates = _springboards(profile, flagged) + _bank_candidates(profile, bank, values)
    candidates.sort(key=lambda c: c.rank)
    chosen: list[PlannedQuestion] = []
    spare: list[PlannedQuestion] = []
    used = 0.0
    org_count = 0
    org_limit = 1 if profile.seniority == "junior" else 99
    for candidate in candidates:
        question = candidate.question
        if question.section == "organization" and org_count >= org_limit:
            continue
        if used + question.minutes <= profile.minutes + 1e-9:
            chosen.append(question)
            used += question.minutes
            org_count += question.section == "organization"
        else:
            spare.append(question)
    sections = tuple(
        Section(name, tuple(q for q in chosen if q.section == name))
        for name in SECTIONS
        if any(q.section == name for q in chosen)
    )
    points = tuple(h.statement for h in flagged)
    return Sheet(
        profile=profile,
        sections=sections,
        if_time_permits=tuple(spare),
        hypotheses=tuple(flagged),
        talking_points=points,
    )


def springboard_text(hypothesis: Hypothesis) -> str:
    """A question that states the finding and asks the interviewee to react to it."""
    source = (
        f" (source: {hypothesis.source})" if hypothesis.source and not hypothesis.custom else ""
    )
    if hypothesis.topic == "compensation":
        return (
            f"My research suggests: {hypothesis.statement}{source}. Does that match what you "
            "see, and what moves someone toward the top of that range?"
        )
    if hypothesis.topic == "organization":
        return (
            f"{hypothesis.statement}. Could you help me fill that gap, or tell me who would know?"
        )
    return (
        f"I have read that {_lower_first(hypothesis.statement)}{source}. Does that match your "
        "experience, and what does it mean for someone entering the field?"
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _springboards(profile: Profile, flagged: list[Hypothesis]) -> list[_Candidate]:
    candidates = []
    for order, hypothesis in enumerate(flagged):
        section = TOPIC_SECTION.get(hypothesis.topic, "industry")
        why = [
            Reason(
                "tests-hypothesis",
                f"Tests your {hypothesis.priority}-priority hypothesis: {hypothesis.statement}",
            )
        ]
        if section == "organization":
            if not profile.insider:
                continue
            why.append(
                Reason(
                    "insider-gap",
                    f"{profile.display_name} works at "
                    f"{profile.organization or 'the organization'} and can fill this "
                    "org-chart gap",
                )
            )
        if hypothesis.topic == "compensation":
            why.append(
                Reason(
                    "research-first",
                    "Offers your figure first, so they react instead of disclosing their own pay",
                )
            )
        question = PlannedQuestion(
            id=f"hyp-{hypothesis.id}",
            section=section,
            text=springboard_text(hypothesis),
            minutes=SPRINGBOARD_MINUTES,
            hypothesis=hypothesis.id,
            why=tuple(why),
            tags=("springboard", hypothesis.topic),
        )
        tier = 2 + 2 * PRIORITIES.index(hypothesis.priority)
        candidates.append(_Candidate((tier, order), question))
    return candidates


def _bank_candidates(
    profile: Profile, bank: Sequence[BankQuestion], values: dict[str, str]
) -> list[_Candidate]:
    candidates = []
    best_in_section: dict[str, int] = {}
    suitable = [q for q in bank if _suits(q, profile)]
    scored = sorted(
        ((-_score(q, profile), index, q) for index, q in enumerate(suitable)),
        key=lambda item: item[:2],
    )
    for negative_score, index, question in scored:
        if question.section in ("opening", "close"):
            if question.section in best_in_section:
                continue
            tier = 0
        elif question.section == "referrals":
            tier = 1 if best_in_section.get("referrals", 0) < 2 else 9
        elif question.section not in best_in_section:
            tier = 3 if question.section == "rapport" else 5
        else:
            tier = 8
        best_in_section[question.section] = best_in_section.get(question.section, 0) + 1
        planned = PlannedQuestion(
            id=question.id,
            section=question.section,
            text=question.text.format_map(values),
            minutes=question.minutes,
            hypothesis=None,
            why=_reasons(question, profile),
            tags=tuple(sorted(question.tags)),
        )
        candidates.append(_Candidate((tier, negative_score, index), planned))
    return candidates


def _suits(question: BankQuestion, profile: Profile) -> bool:
    if profile.seniority not in question.seniority:
        return False
    if question.specialties and profile.specialty not in question.specialties:
        return False
    if question.insider_only and not profile.insider:
        return False
    if question.needs_topic:
        return False  # springboards built from the hypotheses ask these
    if "referral" in question.tags and not profile.referred_by:
        return False
    return find_job_request(question.text) is None


def _score(question: BankQuestion, profile: Profile) -> int:
    score = 3 * bool(question.specialties and profile.specialty in question.specialties)
    score += 2 * len(question.tags & SENIORITY_TAGS[profile.seniority])
    score += 2 * ("referral" in question.tags)
    if profile.seniority == "junior" and "strategy" in question.tags:
        score -= 3
    return score


def _reasons(question: BankQuestion, profile: Profile) -> tuple[Reason, ...]:
    reasons = []
    if question.specialties and profile.specialty in question.specialties:
        reasons.append(Reason("specialty", f"Matches their specialty: {profile.specialty}"))
    matched = sorted(question.tags & SENIORITY_TAGS[profile.seniority])
    if matched:
        reasons.append(
            Reason("seniority", f"Suits a {profile.seniority} interviewee ({', '.join(matched)})")
        )
    if question.insider_only:
        reasons.append(
            Reason(
                "insider",
                f"They work at {profile.organization or 'the target'}, "
                "so they can describe its structure",
            )
        )
    section_reason = {
        "opening": Reason("etiquette", "Opens on time and promises to keep to the minutes asked"),
        "rapport": Reason(
            "rapport", "Shows interest in them as a person and gives material for later"
        ),
        "referrals": Reason("referrals", "Closes on names to contact next, asked outright"),
        "close": Reason("etiquette", "Offers to stop on time and sets up the thank-you"),
    }.get(question.section)
    if section_reason:
        reasons.append(section_reason)
    if not reasons:
        reasons.append(Reason("general", f"A {question.section} question that suits this profile"))
    return tuple(reasons)


def _placeholder_values(profile: Profile, targets: Sequence[str]) -> dict[str, str]:
    names = [t for t in targets if t][:3]
    return {
        "organization": profile.organization or "your organization",
        "role": profile.title or "someone in your role",
        "industry": "this field"
        if profile.specialty == "general management"
        else f"the {profile.specialty} field",
        "specialty": profile.specialty,
        "name": profile.display_name,
        "referrer": profile.referred_by or "A colleague",
        "targets": ", ".join(names) if names else "a few people in this field",
        "finding": "",
        "figure": "",
        "source": "",
    }
