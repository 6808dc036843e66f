"""Plan a question sheet for one interviewee that fits the meeting's minutes.

`plan_sheet` is a pipeline of named passes, each a small function of the one before:
gather the candidates -> judge them for the person once (`Context.judged`, from
`ranking.judge`) -> fit them to the person -> keep one per family -> fit the time budget ->
order the sheet -> spell it in the workspace's English. Every pass reads the one judgement;
none ranks again.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from infoview.errors import PlanError
from infoview.hypotheses import Hypothesis, by_priority
from infoview.profile import Profile
from infoview.questions.edits import OWN_TAG
from infoview.questions.fields import Work, words_for
from infoview.questions.guard import GuardWarning, find_job_request
from infoview.questions.matching import Need, needs, person_work, reasons, score, suits
from infoview.questions.model import (
    SECTIONS,
    BankQuestion,
    PlannedQuestion,
    Reason,
    Section,
    Sheet,
)
from infoview.questions.placeholders import available, fill, name_list, profile_values
from infoview.questions.springboards import Deferred, judge_all, springboard_questions
from infoview.questions.targets import Targets, as_targets
from infoview.ranking import Relevance
from infoview.spelling import DEFAULT_ENGLISH, spelled

BODY_SECTIONS = ("rapport", "industry", "career", "organization", "referrals")
FRAME_SECTIONS = ("opening", "referrals", "close")
JUNIOR_ORGANIZATION_LIMIT = 1
JUNIOR_PAY_LIMIT = 1
# One pay question per 15 minutes of meeting (two in 30), and as many org-chart gaps: the rest
# of the time goes to the other families.
MINUTES_PER_PAY_QUESTION = 15
# A 15-minute meeting holds about six questions between the opening and the close, seven at most
# (the referral close among them).
QUESTIONS_PER_15_MINUTES = 7
# Besides the questions the method's rules pick: rapport, two findings and the candid read.
OTHER_FIRST_QUESTIONS = 4
SPARE_BANK_PER_SECTION = 2
OWN_QUESTION_MINUTES = 1.5
CANDID_FAMILY = "candid-read"
# The candid read is kept ahead of all but the first findings (or the high-priority ones), so a
# short sheet still has it.
SPRINGBOARDS_BEFORE_CANDID = 2
# Rules met only when the core rules and the high-priority findings leave room.
SOFT_RULES = frozenset({"insider-structure", "outsider-competitors"})
_EPSILON = 1e-9


@dataclass(frozen=True)
class Context:
    """Who the sheet is for, and the words its questions are filled with."""

    profile: Profile
    targets: Targets
    asker: str
    fillable: frozenset[str]
    values: dict[str, str] = field(hash=False)
    rules: tuple[Need, ...]
    work: Work
    # each flagged hypothesis's relevance to this person, by id: judged once, read by the passes
    judged: Mapping[str, Relevance] = field(default_factory=dict, hash=False)
    # the SOC code of the work each flagged hypothesis is about, by id ("" when none)
    occupations: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Candidate:
    """A question that may go on the sheet, with what the later passes need to know of it."""

    question: PlannedQuestion
    family: str
    bank: BankQuestion | None = None  # the bank question it was written from, if any
    must: bool = False  # pinned by the seeker, or their own question
    occupation: str = ""  # the SOC code of the work its finding is about, if any

    @property
    def about_pay(self) -> bool:
        return "compensation" in self.question.tags

    @property
    def candid_read(self) -> bool:
        return self.family == CANDID_FAMILY


@dataclass(frozen=True)
class Gathered:
    """Pass 1: everything that could be asked, less what the seeker removed or the guard refused."""

    bank: tuple[BankQuestion, ...]
    flagged: tuple[Hypothesis, ...]  # flagged and not refused by the guard
    hypotheses: tuple[Hypothesis, ...]  # those, less the ones whose question was removed
    pinned: tuple[str, ...]
    own: tuple[PlannedQuestion, ...]
    warnings: tuple[GuardWarning, ...]


@dataclass(frozen=True)
class Fitted:
    """Pass 2 onwards: the frame, body candidates best first, and findings for someone else."""

    frame: tuple[PlannedQuestion, ...]
    frame_families: frozenset[str]
    body: tuple[Candidate, ...]
    deferred: tuple[Deferred, ...]


@dataclass(frozen=True)
class Budgeted:
    """Pass 4: what fits the minutes, and the rest for if time permits."""

    frame: tuple[PlannedQuestion, ...]
    chosen: tuple[Candidate, ...]
    spare: tuple[PlannedQuestion, ...]
    deferred: tuple[Deferred, ...]


def plan_sheet(
    profile: Profile,
    hypotheses: Iterable[Hypothesis],
    bank: Sequence[BankQuestion],
    targets: Targets | Sequence[str] = (),
    *,
    pinned: Sequence[str] = (),
    removed: Iterable[str] = (),
    custom: Sequence[tuple[str, str]] = (),
    asker: str = "",
    background: str | None = None,
    english: str = DEFAULT_ENGLISH,
) -> Sheet:
    """The questions that fit `profile.minutes`, in section order; the rest if time permits.

    `pinned` ids are always on the sheet, `removed` ids never; `custom` holds the seeker's own
    (section, text) questions, which go on the sheet unless they ask for a job. `asker` is the
    seeker's one line about themselves (About me), which the opening says; `background` is the
    SOC code of the seeker's own occupation, for a career changer; `english` how the sheet
    is spelled ("us" or "uk").
    """
    gathered = gather(bank, hypotheses, pinned, removed, custom)
    work = person_work(profile, background)
    context = make_context(profile, targets, asker, gathered.hypotheses, work)
    fitted = fit_to_person(gathered, context)
    distinct = one_per_family(fitted)
    budgeted = fit_time_budget(distinct, profile)
    return in_english(order_sheet(budgeted, gathered, context), english)


def make_context(
    profile: Profile,
    targets: Targets | Sequence[str] = (),
    asker: str = "",
    hypotheses: Sequence[Hypothesis] = (),
    work: Work | None = None,
) -> Context:
    """The profile with its targets (less the interviewee, their organization and whoever
    referred the seeker to them), its work in the SOC, filled-in words and the relevance of
    each hypothesis to them."""
    kept = as_targets(targets).without(profile.name, profile.organization, profile.referred_by)
    work = work or person_work(profile)
    words = words_for(work)
    return Context(
        profile=profile,
        targets=kept,
        asker=asker,
        fillable=available(profile, kept) | frozenset(words),
        values={**profile_values(profile, kept, asker), **words},
        rules=needs(profile, work),
        work=work,
        judged=judge_all(hypotheses, profile),
        occupations={h.id: h.occupation for h in hypotheses},
    )


def gather(
    bank: Sequence[BankQuestion],
    hypotheses: Iterable[Hypothesis],
    pinned: Sequence[str] = (),
    removed: Iterable[str] = (),
    custom: Sequence[tuple[str, str]] = (),
) -> Gathered:
    """Pass 1: the bank and the flagged hypotheses, less removed ids and job requests."""
    left_out = frozenset(removed)
    warnings: list[GuardWarning] = []
    flagged = []
    for hypothesis in by_priority(list(hypotheses)):
        warning = find_job_request(hypothesis.statement)
        if warning:
            warnings.append(warning)
        else:
            flagged.append(hypothesis)
    own = []
    for section, text in custom:
        question, warning = _own_question(section, text)
        if warning:
            warnings.append(warning)
        elif question.id not in left_out:
            own.append(question)
    return Gathered(
        bank=tuple(q for q in bank if q.id not in left_out),
        flagged=tuple(flagged),
        hypotheses=_said_once(h for h in flagged if f"hyp-{h.id}" not in left_out),
        pinned=tuple(p for p in dict.fromkeys(pinned) if p not in left_out),
        own=tuple(own),
        warnings=tuple(warnings),
    )


def _said_once(hypotheses: Iterable[Hypothesis]) -> tuple[Hypothesis, ...]:
    """The first of hypotheses that say the same thing: one finding read from two tables (a
    workbook holding two copies of a sheet) is asked about once."""
    seen: set[str] = set()
    kept = []
    for hypothesis in hypotheses:
        said = " ".join(hypothesis.statement.lower().split())
        if said not in seen:
            seen.add(said)
            kept.append(hypothesis)
    return tuple(kept)


def fit_to_person(gathered: Gathered, context: Context) -> Fitted:
    """Pass 2: what suits this person, best first; findings they cannot speak to are deferred."""
    profile = context.profile
    suited = [q for q in gathered.bank if suits(q, profile, context.fillable, context.work)]
    springboards, deferred = springboard_questions(
        profile,
        gathered.hypotheses,
        [q for q in suited if q.needs_topic],
        context.values,
        context.fillable,
        context.judged,
    )
    frame = _frame(suited, context, has_research=bool(springboards))
    by_id = {q.id: q for q in gathered.bank if not q.needs_topic}
    frame_families = frozenset(_family(by_id[q.bank_id]) for q in frame)
    springboard_by_id = {q.id: q for q in springboards}
    must: list[Candidate] = []
    for question_id in gathered.pinned:
        if question_id in springboard_by_id:
            question = springboard_by_id.pop(question_id)
            must.append(Candidate(_pinned(question), f"hyp:{question_id}", must=True))
        elif question_id in by_id and by_id[question_id].section not in ("opening", "close"):
            source = by_id[question_id]
            question = _pinned(_from_bank(source, context))
            must.append(Candidate(question, _family(source), source, must=True))
    must += [Candidate(q, f"own:{q.id}", must=True) for q in gathered.own]
    taken = {c.question.id for c in must} | {q.id for q in frame}
    pool = [
        q for q in suited if q.section in BODY_SECTIONS and not q.needs_topic and q.id not in taken
    ]
    high = frozenset(f"hyp-{h.id}" for h in gathered.hypotheses if h.priority == "high")
    ranked = _ranked(pool, list(springboard_by_id.values()), must, context, high)
    return Fitted(
        frame=tuple(frame),
        frame_families=frame_families,
        body=(*must, *ranked),
        deferred=tuple(deferred),
    )


def one_per_family(fitted: Fitted) -> Fitted:
    """Pass 3: at most one question of each family (the frame's families are taken first)."""
    seen = set(fitted.frame_families)
    kept = []
    for candidate in fitted.body:
        if candidate.family in seen and not candidate.must:
            continue
        seen.add(candidate.family)
        kept.append(candidate)
    return replace(fitted, body=tuple(kept))


def fit_time_budget(fitted: Fitted, profile: Profile) -> Budgeted:
    """Pass 4: must-haves, then the best candidates while minutes and the question count allow."""
    minutes_left = profile.minutes - sum(q.minutes for q in fitted.frame)
    most = body_limit(
        profile.minutes, with_referral_close=any(q.section == "referrals" for q in fitted.frame)
    )
    chosen, spare = [], []
    for candidate in fitted.body:
        question = candidate.question
        too_many = not candidate.must and (
            len(chosen) >= most
            or question.minutes > minutes_left + _EPSILON
            or _over_limit(candidate, chosen, profile)
        )
        if too_many:
            spare.append(question)
            continue
        chosen.append(candidate)
        minutes_left -= question.minutes
    return Budgeted(
        frame=fitted.frame,
        chosen=tuple(chosen),
        spare=_trim_spare(spare),
        deferred=fitted.deferred,
    )


def order_sheet(budgeted: Budgeted, gathered: Gathered, context: Context) -> Sheet:
    """Pass 5: sections in order, the candid read never straight after a pay question."""
    frame = {q.section: q for q in budgeted.frame}
    ordered = [
        *([frame["opening"]] if "opening" in frame else []),
        *(q for name in BODY_SECTIONS for q in _section_order(name, budgeted.chosen)),
        *(frame[name] for name in ("referrals", "close") if name in frame),
    ]
    sections = tuple(
        Section(name, tuple(q for q in ordered if q.section == name))
        for name in SECTIONS
        if any(q.section == name for q in ordered)
    )
    return Sheet(
        profile=context.profile,
        sections=sections,
        if_time_permits=budgeted.spare,
        hypotheses=gathered.flagged,
        warnings=gathered.warnings,
        targets=context.targets,
        for_someone_else=budgeted.deferred,
        notes=_notes(context),
        asker=context.asker,
        work=context.work,
    )


def in_english(sheet: Sheet, english: str) -> Sheet:
    """Pass 6: every line the sheet says in the workspace's English."""

    def said(question: PlannedQuestion) -> PlannedQuestion:
        why = tuple(replace(r, text=spelled(r.text, english)) for r in question.why)
        return replace(question, text=spelled(question.text, english), why=why)

    sections = tuple(
        replace(s, questions=tuple(map(said, s.questions)), english=english) for s in sheet.sections
    )
    return replace(
        sheet,
        sections=sections,
        if_time_permits=tuple(map(said, sheet.if_time_permits)),
        notes=tuple(spelled(note, english) for note in sheet.notes),
        english=english,
    )


def _notes(context: Context) -> tuple[str, ...]:
    """What the seeker should know about how the sheet was planned."""
    profile = context.profile
    if profile.placement.known or not profile.placed_from:
        return ()
    return (
        f'We could not place "{profile.placed_from}": pick the closest occupation. The sheet '
        f"is planned from their seniority ({profile.seniority}) alone.",
    )


def question_limit(minutes: int) -> int:
    """How many questions fit between the opening and the close of a meeting this long."""
    return max(1, math.floor(QUESTIONS_PER_15_MINUTES * minutes / 15 + _EPSILON))


def body_limit(minutes: int, with_referral_close: bool = True) -> int:
    """How many of those are left once the referral close has its place."""
    return max(1, question_limit(minutes) - with_referral_close)


def alternatives(
    sheet: Sheet, question_id: str, bank: Sequence[BankQuestion], profile: Profile, n: int = 3
) -> list[PlannedQuestion]:
    """Up to `n` questions of the same section that suit `profile` and no family on the sheet has.

    They are filled in for this sheet, as the plan's own questions are.
    """
    current = next(
        (q for q in (*sheet.questions, *sheet.if_time_permits) if q.id == question_id), None
    )
    if current is None:
        return []
    context = make_context(profile, sheet.targets, sheet.asker, work=sheet.work)
    by_id = {q.id: q for q in bank}
    on_sheet = {q.id for q in sheet.questions} | {question_id}
    families = {
        _family(by_id[q.bank_id])
        for q in sheet.questions
        if q.id != question_id and q.bank_id in by_id and not q.hypothesis
    }
    options = [
        (index, q)
        for index, q in enumerate(bank)
        if q.section == current.section
        and not q.needs_topic
        and q.id not in on_sheet
        and _family(q) not in families
        and suits(q, profile, context.fillable, context.work)
    ]
    options.sort(key=lambda item: (-score(item[1], profile), item[0]))
    return [_from_bank(q, context) for _, q in options[:n]]


def own_question_id(text: str) -> str:
    """A stable id for a question the seeker wrote, from its wording."""
    digest = hashlib.sha1(" ".join(text.split()).lower().encode()).hexdigest()[:8]
    return f"own-q-{digest}"


def _own_question(section: str, text: str) -> tuple[PlannedQuestion | None, GuardWarning | None]:
    if section not in SECTIONS:
        raise PlanError(
            f'Your question "{text}" is in section "{section}"; use one of {", ".join(SECTIONS)}.'
        )
    wording = " ".join(text.split())
    warning = find_job_request(wording)
    if warning:
        return None, warning
    question = PlannedQuestion(
        id=own_question_id(wording),
        section=section,
        text=wording,
        minutes=OWN_QUESTION_MINUTES,
        hypothesis=None,
        why=(Reason("own-question", "You wrote this question for this interview"),),
        tags=(OWN_TAG,),
    )
    return question, None


def _frame(
    suited: list[BankQuestion], context: Context, has_research: bool
) -> list[PlannedQuestion]:
    """The opening, the referral close and the close, whose time is kept before anything else."""
    frame = []
    for section in FRAME_SECTIONS:
        options = [q for q in suited if q.section == section and not q.needs_topic]
        if section == "referrals":
            options = [q for q in options if "permission" in q.tags] or options
        if not options:
            continue
        best = min(
            enumerate(options),
            key=lambda item: (
                -("referrer" in item[1].placeholders),
                -(("research" in item[1].tags) == has_research),
                -len(item[1].placeholders & {"people", "organizations"}),
                -("people" in item[1].placeholders),
                -("targets" in item[1].placeholders),
                item[0],
            ),
        )[1]
        planned = _from_bank(best, context)
        if section == "referrals":
            planned = replace(planned, why=_referral_reasons(best, context.targets))
        elif section == "opening":
            planned = replace(planned, why=_opening_reasons(best, context, has_research))
        frame.append(planned)
    return frame


def _opening_reasons(
    question: BankQuestion, context: Context, has_research: bool
) -> tuple[Reason, ...]:
    found = []
    if "about_me" in question.placeholders:
        found.append(
            Reason(
                "introduces-you",
                "Says in one line who you are (About me) and why you asked to meet"
                if context.asker
                else "Says in one line who you are: add About me to fill it in",
            )
        )
    if has_research and "research" in question.tags:
        found.append(Reason("research", "Says you have done your reading and want to check it"))
    found.append(Reason("etiquette", "Opens on time and promises to keep to the minutes asked"))
    return tuple(found)


def _referral_reasons(question: BankQuestion, targets: Targets) -> tuple[Reason, ...]:
    found = []
    named = question.placeholders & {"people", "organizations", "targets"}
    if named:
        names = (
            targets.names
            if "targets" in named
            else (
                *(targets.people if "people" in named else ()),
                *(targets.organizations if "organizations" in named else ()),
            )
        )
        found.append(
            Reason(
                "referrals",
                f"Names whom you plan to contact next ({name_list(names[:3])}) and asks whom "
                "to add and how to reach them",
            )
        )
    else:
        found.append(
            Reason("referrals", "Asks outright for names to contact and how to reach them")
        )
    if "permission" in question.tags:
        found.append(Reason("permission", "Asks permission to mention them when you reach out"))
    return tuple(found)


def _ranked(
    pool: list[BankQuestion],
    springboards: list[PlannedQuestion],
    must: list[Candidate],
    context: Context,
    high: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Body candidates best first: rapport, the method's core rules, the high-priority findings,
    a candid read, the organization rule, the other findings, then the rest.

    `high` holds the ids of the springboards that test high-priority hypotheses.
    """
    profile = context.profile
    scores = {q.id: score(q, profile) for q in pool}
    met_by_must = [c.bank for c in must if c.bank is not None]
    rules_left = [r for r in context.rules if not any(r.test(q) for q in met_by_must)]
    insider_gap = next((q for q in springboards if q.section == "organization"), None)
    if not profile.insider:
        insider_gap = None
    if insider_gap:
        rules_left = [r for r in rules_left if r.code != "insider-structure"]
    soft = [r for r in rules_left if r.code in SOFT_RULES]
    rules_left = [r for r in rules_left if r.code not in SOFT_RULES]
    picked: list[BankQuestion] = []
    if not any(c.question.section == "rapport" for c in must):
        rapport = _best([q for q in pool if q.section == "rapport"], rules_left, scores)
        picked += [rapport] if rapport else []
        rules_left = [r for r in rules_left if not (rapport and r.test(rapport))]
    slots = body_limit(profile.minutes)
    rule_picks = max(2, slots - OTHER_FIRST_QUESTIONS)
    while rules_left and len(picked) < rule_picks + 1:
        best = _best(_other_families(pool, picked), rules_left, scores, required=True)
        if best is None:
            break
        picked.append(best)
        rules_left = [r for r in rules_left if not r.test(best)]
    soft = [r for r in soft if not any(r.test(q) for q in picked)]
    organization_pick = _best(_other_families(pool, picked), soft, scores, required=True)
    late = [organization_pick] if organization_pick else []
    candid = None
    if not any(c.candid_read for c in must):
        candid = _best([q for q in pool if _family(q) == CANDID_FAMILY], [], scores)
    taken = {q.id for q in (*picked, *late, *([candid] if candid else []))}
    rest = sorted(
        (item for item in enumerate(pool) if item[1].id not in taken),
        key=lambda item: (-scores[item[1].id], item[0]),
    )
    # Sections take turns so the rest of the sheet stays varied; extra referral questions fill
    # what time is left at the end, since the referral close already asks for names.
    turns: dict[str, int] = {}
    keyed = []
    for position, (_, question) in enumerate(rest):
        turns[question.section] = turns.get(question.section, 0) + 1
        keyed.append((question.section == "referrals", turns[question.section], position))
    others = [rest[position][1] for *_, position in sorted(keyed)]
    ordered = ([insider_gap] if insider_gap else []) + [
        q for q in springboards if q is not insider_gap
    ]
    tests = [
        Candidate(q, f"hyp:{q.id}", occupation=context.occupations.get(q.hypothesis or "", ""))
        for q in ordered
    ]
    high_count = sum(q.id in high for q in ordered)
    first = max(SPRINGBOARDS_BEFORE_CANDID, min(high_count, slots - len(picked) - 1))
    return [
        *(_bank_candidate(q, context) for q in picked),
        *tests[:first],
        *([_bank_candidate(candid, context)] if candid else []),
        *(_bank_candidate(q, context) for q in late),
        *tests[first:],
        *(_bank_candidate(q, context) for q in others),
    ]


def _other_families(pool: list[BankQuestion], picked: list[BankQuestion]) -> list[BankQuestion]:
    chosen = {_family(q) for q in picked}
    return [q for q in pool if _family(q) not in chosen]


def _best(
    options: list[BankQuestion], rules: list[Need], scores: dict[str, int], required: bool = False
) -> BankQuestion | None:
    """The option meeting the most open rules (earlier rules weigh more), the best-scored, first."""
    best, best_key = None, None
    weights = [2 ** (len(rules) - n) for n in range(len(rules))]
    for index, question in enumerate(options):
        met = sum(w for w, rule in zip(weights, rules, strict=True) if rule.test(question))
        if required and not met:
            continue
        key = (-met, -scores[question.id], index)
        if best_key is None or key < best_key:
            best, best_key = question, key
    return best


def _over_limit(candidate: Candidate, chosen: list[Candidate], profile: Profile) -> bool:
    """Limits of the method: one pay question per 15 minutes (a junior gets one in all), each
    about other work than the last, and a junior gets one organization question."""
    if candidate.about_pay:
        work = candidate.occupation
        if work and any(c.about_pay and c.occupation == work for c in chosen):
            return True  # "Director of Human Resources" and "HR Director": one pay question
        most = max(1, profile.minutes // MINUTES_PER_PAY_QUESTION)
        if profile.seniority == "junior":
            most = min(most, JUNIOR_PAY_LIMIT)
        return sum(c.about_pay for c in chosen) >= most
    if candidate.question.section == "organization" and candidate.question.hypothesis:
        # Org-chart gaps are one question per 15 minutes too: the chart is not the meeting.
        gaps = sum(
            c.question.section == "organization" and bool(c.question.hypothesis) for c in chosen
        )
        if gaps >= max(1, profile.minutes // MINUTES_PER_PAY_QUESTION):
            return True
    if profile.seniority == "junior" and candidate.question.section == "organization":
        return sum(c.question.section == "organization" for c in chosen) >= (
            JUNIOR_ORGANIZATION_LIMIT
        )
    return False


def _section_order(name: str, chosen: Sequence[Candidate]) -> list[PlannedQuestion]:
    """A section's questions; in the career section the candid read comes last, after a
    question that is not about pay when there is one."""
    members = [c for c in chosen if c.question.section == name]
    if name != "career":
        return [c.question for c in members]
    candid = [c for c in members if c.candid_read]
    pay = [c for c in members if c.about_pay and not c.candid_read]
    other = [c for c in members if not c.about_pay and not c.candid_read]
    order = [*pay, *other, *candid] if other else [*candid, *pay]
    return [c.question for c in order]


def _family(question: BankQuestion) -> str:
    return CANDID_FAMILY if question.candid_read else (question.family or question.id)


def _bank_candidate(question: BankQuestion, context: Context) -> Candidate:
    return Candidate(_from_bank(question, context), _family(question), question)


def _from_bank(question: BankQuestion, context: Context) -> PlannedQuestion:
    return PlannedQuestion(
        id=question.id,
        section=question.section,
        text=fill(question.text, context.values),
        minutes=question.minutes,
        hypothesis=None,
        why=reasons(question, context.profile, context.rules),
        tags=tuple(sorted(question.tags)),
        bank_id=question.id,
    )


def _pinned(question: PlannedQuestion) -> PlannedQuestion:
    return replace(
        question, why=(Reason("pinned", "You chose to keep this question"), *question.why)
    )


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
