"""Plan a question sheet for one interviewee that fits the meeting's minutes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from infoview.errors import PlanError
from infoview.hypotheses import Hypothesis, by_priority
from infoview.profile import Profile
from infoview.questions.edits import OWN_TAG
from infoview.questions.guard import GuardWarning, find_job_request
from infoview.questions.matching import Need, needs, reasons, score, suits
from infoview.questions.model import (
    SECTIONS,
    BankQuestion,
    PlannedQuestion,
    Reason,
    Section,
    Sheet,
)
from infoview.questions.placeholders import available, fill, name_list, profile_values
from infoview.questions.springboards import springboard_questions

BODY_SECTIONS = ("rapport", "industry", "career", "organization", "referrals")
JUNIOR_ORGANIZATION_LIMIT = 1
SPARE_BANK_PER_SECTION = 2
OWN_QUESTION_MINUTES = 1.5
_EPSILON = 1e-9


def plan_sheet(
    profile: Profile,
    hypotheses: Iterable[Hypothesis],
    bank: Sequence[BankQuestion],
    targets: Sequence[str] = (),
    *,
    pinned: Sequence[str] = (),
    removed: Iterable[str] = (),
    custom: Sequence[tuple[str, str]] = (),
) -> Sheet:
    """The questions that fit `profile.minutes`, in section order; the rest if time permits.

    `pinned` ids are always on the sheet, `removed` ids never; `custom` holds the seeker's own
    (section, text) questions, which go on the sheet unless they ask for a job.
    """
    targets = tuple(t for t in targets if t)
    left_out = frozenset(removed)
    fillable = available(profile, targets)
    values = profile_values(profile, targets)
    flagged = by_priority(list(hypotheses))
    suited = [q for q in bank if q.id not in left_out and suits(q, profile, fillable)]
    springboards, warnings = springboard_questions(
        profile, flagged, [q for q in suited if q.needs_topic], values, fillable
    )
    springboards = [q for q in springboards if q.id not in left_out]
    own, own_warnings = _own_questions(custom)
    rules = needs(profile)

    frame = _frame(profile, suited, targets, values, rules)
    frame_ids = {q.id for q in frame.values()}
    must, must_bank = _must_haves(
        pinned, left_out | frame_ids, bank, springboards, own, profile, values, rules
    )
    taken = frame_ids | {q.id for q in must}
    pool = [
        q for q in suited if q.section in BODY_SECTIONS and not q.needs_topic and q.id not in taken
    ]
    springboards = [q for q in springboards if q.id not in taken]
    ranked = _ranked(profile, pool, springboards, must, must_bank, rules, values)
    budget = profile.minutes - sum(q.minutes for q in frame.values())
    chosen, spare = _fill(profile, must, ranked, budget)

    ordered = [*_present(frame, "opening"), *chosen, *_present(frame, "referrals", "close")]
    sections = tuple(
        Section(name, tuple(q for q in ordered if q.section == name))
        for name in SECTIONS
        if any(q.section == name for q in ordered)
    )
    refused = {w.text for w in warnings}
    kept = [h for h in flagged if h.statement not in refused]
    return Sheet(
        profile=profile,
        sections=sections,
        if_time_permits=_trim_spare(spare),
        hypotheses=tuple(kept),
        warnings=tuple(warnings + own_warnings),
        targets=targets,
    )


def alternatives(
    sheet: Sheet, question_id: str, bank: Sequence[BankQuestion], profile: Profile, n: int = 3
) -> list[BankQuestion]:
    """Up to `n` bank questions of the same section that suit `profile` and are not on the sheet."""
    current = next(
        (q for q in (*sheet.questions, *sheet.if_time_permits) if q.id == question_id), None
    )
    if current is None:
        return []
    on_sheet = {q.id for q in sheet.questions} | {question_id}
    fillable = available(profile, sheet.targets)
    options = [
        (index, q)
        for index, q in enumerate(bank)
        if q.section == current.section
        and not q.needs_topic
        and q.id not in on_sheet
        and suits(q, profile, fillable)
    ]
    options.sort(key=lambda item: (-score(item[1], profile), item[0]))
    return [q for _, q in options[:n]]


def _must_haves(
    pinned: Sequence[str],
    skipped: frozenset[str],
    bank: Sequence[BankQuestion],
    springboards: list[PlannedQuestion],
    own: list[PlannedQuestion],
    profile: Profile,
    values: dict[str, str],
    rules: tuple[Need, ...],
) -> tuple[list[PlannedQuestion], list[BankQuestion]]:
    """Pinned questions (bank or springboard, even ones the profile would not get) and own ones."""
    by_id = {q.id: q for q in bank if not q.needs_topic}
    springboard_by_id = {q.id: q for q in springboards}
    must: list[PlannedQuestion] = []
    must_bank: list[BankQuestion] = []
    for question_id in dict.fromkeys(pinned):
        if question_id in skipped:
            continue
        if question_id in springboard_by_id:
            must.append(_pinned(springboard_by_id[question_id]))
        elif question_id in by_id:
            must_bank.append(by_id[question_id])
            must.append(_pinned(_from_bank(by_id[question_id], profile, values, rules)))
    must += [q for q in own if q.id not in skipped]
    return must, must_bank


def _fill(
    profile: Profile, must: list[PlannedQuestion], ranked: list[PlannedQuestion], budget: float
) -> tuple[list[PlannedQuestion], list[PlannedQuestion]]:
    """Must-haves, then ranked questions while they fit; what does not fit is spare."""
    used = sum(q.minutes for q in must)
    organization_count = sum(q.section == "organization" for q in must)
    chosen, spare = list(must), []
    for question in ranked:
        too_many = (
            question.section == "organization"
            and profile.seniority == "junior"
            and organization_count >= JUNIOR_ORGANIZATION_LIMIT
        )
        if not too_many and used + question.minutes <= budget + _EPSILON:
            chosen.append(question)
            used += question.minutes
            organization_count += question.section == "organization"
        else:
            spare.append(question)
    return chosen, spare


def own_question_id(text: str) -> str:
    """A stable id for a question the seeker wrote, from its wording."""
    digest = hashlib.sha1(" ".join(text.split()).lower().encode()).hexdigest()[:8]
    return f"own-q-{digest}"


def _own_questions(
    custom: Sequence[tuple[str, str]],
) -> tuple[list[PlannedQuestion], list[GuardWarning]]:
    questions, warnings = [], []
    for section, text in custom:
        if section not in SECTIONS:
            raise PlanError(
                f'Your question "{text}" is in section "{section}"; use one of '
                f"{', '.join(SECTIONS)}."
            )
        wording = " ".join(text.split())
        warning = find_job_request(wording)
        if warning:
            warnings.append(warning)
            continue
        questions.append(
            PlannedQuestion(
                id=own_question_id(wording),
                section=section,
                text=wording,
                minutes=OWN_QUESTION_MINUTES,
                hypothesis=None,
                why=(Reason("own-question", "You wrote this question for this interview"),),
                tags=(OWN_TAG,),
            )
        )
    return questions, warnings


def _frame(
    profile: Profile,
    suited: list[BankQuestion],
    targets: tuple[str, ...],
    values: dict[str, str],
    rules: tuple[Need, ...],
) -> dict[str, PlannedQuestion]:
    """The opening, the referral close and the close, whose time is kept before anything else."""
    frame = {}
    for section in ("opening", "referrals", "close"):
        options = [q for q in suited if q.section == section and not q.needs_topic]
        if section == "referrals":
            options = [q for q in options if "permission" in q.tags] or options
        if not options:
            continue
        best = min(
            enumerate(options),
            key=lambda item: (
                -("referrer" in item[1].placeholders),
                -("targets" in item[1].placeholders),
                item[0],
            ),
        )[1]
        planned = _from_bank(best, profile, values, rules)
        if section == "referrals":
            planned = replace(planned, why=_referral_reasons(best, targets))
        frame[section] = planned
    return frame


def _referral_reasons(question: BankQuestion, targets: tuple[str, ...]) -> tuple[Reason, ...]:
    found = []
    if "targets" in question.placeholders:
        found.append(
            Reason(
                "referrals",
                f"Names whom you plan to contact next ({name_list(targets[:3])}) and asks "
                "whom to add",
            )
        )
    else:
        found.append(Reason("referrals", "Asks outright for names to contact next"))
    if "permission" in question.tags:
        found.append(Reason("permission", "Asks permission to mention them when you reach out"))
    return tuple(found)


def _ranked(
    profile: Profile,
    pool: list[BankQuestion],
    springboards: list[PlannedQuestion],
    must: list[PlannedQuestion],
    must_bank: list[BankQuestion],
    rules: tuple[Need, ...],
    values: dict[str, str],
) -> list[PlannedQuestion]:
    """Body candidates best first: rapport, rules, hypotheses, a candid read, then the rest."""
    scores = {q.id: score(q, profile) for q in pool}
    rules_left = [r for r in rules if not any(r.test(q) for q in must_bank)]
    insider_gap = (
        next((q for q in springboards if q.section == "organization"), None)
        if profile.insider
        else None
    )
    if insider_gap:
        rules_left = [r for r in rules_left if r.code != "insider-structure"]
    picked: list[BankQuestion] = []
    if not any(q.section == "rapport" for q in must):
        rapport = _best([q for q in pool if q.section == "rapport"], rules_left, scores)
        picked += [rapport] if rapport else []
    while rules_left:
        chosen = {q.id for q in picked}
        best = _best([q for q in pool if q.id not in chosen], rules_left, scores, required=True)
        if best is None:
            break
        picked.append(best)
        rules_left = [r for r in rules_left if not r.test(best)]
    if not any("feedback" in q.tags for q in (*must_bank, *picked)):
        feedback = _best([q for q in pool if "feedback" in q.tags], [], scores)
        picked_late = [feedback] if feedback else []
    else:
        picked_late = []
    taken = {q.id for q in (*picked, *picked_late)}
    rest = [
        q
        for _, q in sorted(
            (item for item in enumerate(pool) if item[1].id not in taken),
            key=lambda item: (-scores[item[1].id], item[0]),
        )
    ]
    # Sections take turns so the rest of the sheet stays varied; extra referral questions fill
    # what time is left at the end, since the referral close already asks for names.
    turns: dict[str, int] = {}
    keyed = []
    for position, question in enumerate(rest):
        turns[question.section] = turns.get(question.section, 0) + 1
        keyed.append((question.section == "referrals", turns[question.section], position))
    rest = [rest[position] for *_, position in sorted(keyed)]
    return [
        *(_from_bank(q, profile, values, rules) for q in picked),
        *([insider_gap] if insider_gap else []),
        *(q for q in springboards if q is not insider_gap),
        *(_from_bank(q, profile, values, rules) for q in (*picked_late, *rest)),
    ]


def _best(
    options: list[BankQuestion], rules: list[Need], scores: dict[str, int], required: bool = False
) -> BankQuestion | None:
    """The option meeting the most open rules, then the best-scored, then the first."""
    best, best_key = None, None
    for index, question in enumerate(options):
        met = sum(rule.test(question) for rule in rules)
        if required and not met:
            continue
        key = (-met, -scores[question.id], index)
        if best_key is None or key < best_key:
            best, best_key = question, key
    return best


def _from_bank(
    question: BankQuestion, profile: Profile, values: dict[str, str], rules: tuple[Need, ...]
) -> PlannedQuestion:
    return PlannedQuestion(
        id=question.id,
        section=question.section,
        text=fill(question.text, values),
        minutes=question.minutes,
        hypothesis=None,
        why=reasons(question, profile, rules),
        tags=tuple(sorted(question.tags)),
        bank_id=question.id,
    )


def _pinned(question: PlannedQuestion) -> PlannedQuestion:
    return _with_reasons(question, (Reason("pinned", "You chose to keep this question"),))


def _with_reasons(question: PlannedQuestion, extra: tuple[Reason, ...]) -> PlannedQuestion:
    return replace(question, why=extra + question.why)


def _present(frame: dict[str, PlannedQuestion], *sections: str) -> list[PlannedQuestion]:
    return [frame[s] for s in sections if s in frame]


def _trim_spare(spare: list[PlannedQuestion]) -> tuple[PlannedQuestion, ...]:
    """Every left-out hypothesis, and a few bank questions per section, in rank order."""
    per_section: dict[str, int] = {}
    kept = []
    for question in spare:
        if question.hypothesis is None:
            count = per_section.get(question.section, 0)
            if count >= SPARE_BANK_PER_SECTION:
                continue
            per_section[question.section] = count + 1
        kept.append(question)
    return tuple(kept)
