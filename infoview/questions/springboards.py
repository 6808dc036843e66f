"""Springboard questions: state a flagged finding and ask the interviewee to react to it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from infoview.contacts.organizations import same_organization
from infoview.hypotheses import OPEN_STATUSES, PRIORITIES, Hypothesis, said_aloud
from infoview.profile import Profile
from infoview.questions.bank import load_bank
from infoview.questions.matching import suits
from infoview.questions.model import BankQuestion, PlannedQuestion, Reason
from infoview.questions.placeholders import fill, industry_phrase, name_list
from infoview.ranking import Relevance, judge, specialties_in, touches_specialty
from infoview.say import ORG_GAP, say_source, upper_first

# Words that tie a finding to one industry; a person in another industry is not asked about it.
INDUSTRY_WORDS = {
    "automotive": r"auto|cars?\b|vehicle|dealership|\bevs?\b",
    "consulting": r"consultanc|consulting firm",
    "design": r"design studio|design agenc",
    "education": r"school|universit|college|teacher|student|classroom",
    "engineering": r"engineering firm",
    "financial services": r"bank|insurer|insurance|lender|fintech|asset manag",
    "government": r"government|public sector|agenc(?:y|ies)\b|municipal|federal",
    "healthcare": r"health|hospital|clinic|patient|nurs",
    "legal": r"law firm|legal sector|attorney",
    "manufacturing": r"manufactur|factor(?:y|ies)|plant",
    "media": r"media|publisher|newsroom|broadcast|journalis",
    "nonprofit": r"nonprofit|non-profit|charit|donor",
    "research and science": r"laborator|research institute|scientist",
    "retail and hospitality": r"retail|store|hotel|restaurant|hospitality",
    "technology": r"start-?ups?\b|\bipo\b|venture capital|tech (?:giant|compan)|silicon valley",
}
_INDUSTRY_PATTERNS = {
    name: re.compile(rf"\b(?:{words})", re.I) for name, words in INDUSTRY_WORDS.items()
}
# Hypotheses of a topic without its own templates borrow those of a close one.
FALLBACK_TOPIC = {"general": "trends", "lifestyle": "compensation"}
# Words of a title that say its level or nothing of its line of work.
_LEVEL_WORDS = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "head",
        "chief",
        "manager",
        "director",
        "business",
        "partner",
        "officer",
        "assistant",
        "associate",
        "specialist",
        "administrator",
        "coordinator",
        "executive",
        "vice",
        "president",
        "principal",
        "staff",
        "general",
    ]
)
# Who could answer a finding of an org chart the research does not say the organization of.
UNNAMED_CHART = (
    "someone who works at the organization that chart is of (name it on the Research page)"
)
_SMALL_WORDS = frozenset(["of", "and", "the", "for", "on", "in", "at", "to", "a", "an", "&"])


@dataclass(frozen=True)
class Deferred:
    """A flagged finding this interviewee cannot speak to, and who could."""

    hypothesis: str
    statement: str
    who: str


def springboard_questions(
    profile: Profile,
    flagged: Sequence[Hypothesis],
    templates: Sequence[BankQuestion],
    values: dict[str, str],
    fillable: frozenset[str],
    judged: Mapping[str, Relevance] | None = None,
) -> tuple[list[PlannedQuestion], list[Deferred]]:
    """A question per flagged hypothesis this person can speak to, best first; others deferred.

    `judged` holds each hypothesis's relevance to this person, computed once by the planner.
    """
    judged = judged if judged is not None else judge_all(flagged, profile)
    by_topic = _templates_by_topic(profile, templates, fillable)
    questions, deferred = [], []
    used_per_topic: dict[str, int] = {}
    for hypothesis in ranked(flagged, profile, judged):
        who = who_could_answer(hypothesis, profile, judged[hypothesis.id])
        if who:
            deferred.append(Deferred(hypothesis.id, hypothesis.statement, who))
            continue
        source = "" if hypothesis.custom else say_source(hypothesis.source)
        usable = [t for t in by_topic.get(hypothesis.topic, ()) if _fillable(t, hypothesis, source)]
        # The seeker's own idea is never introduced as something they read.
        if hypothesis.custom:
            usable = [t for t in usable if "research" not in t.tags] or usable
        if not usable:
            continue
        turn = used_per_topic.get(hypothesis.topic, 0)
        used_per_topic[hypothesis.topic] = turn + 1
        template = usable[turn % len(usable)]
        questions.append(
            _planned(hypothesis, template, profile, values, source, judged[hypothesis.id])
        )
    return questions, deferred


def judge_all(items: Sequence[Hypothesis], profile: Profile) -> dict[str, Relevance]:
    """Each hypothesis's relevance to this person, by id: computed once, read by every pass."""
    return {item.id: judge(item, profile) for item in items}


def who_could_answer(
    hypothesis: Hypothesis, profile: Profile, judged: Relevance | None = None
) -> str:
    """ "" when this person can speak to the finding; otherwise who could."""
    organization = profile.organization or "the target organization"
    if hypothesis.topic == "organization":
        # a chart from the research is asked only of someone who works where it is from
        # (the seeker's own idea about an organization is about this person's)
        charted = "" if hypothesis.custom else hypothesis.organization
        if not hypothesis.custom and not charted:
            return UNNAMED_CHART
        if not profile.insider:
            return f"someone who works at {charted or organization}"
        if charted and not same_organization(charted, profile.organization):
            return f"someone who works at {charted}"
        gap = ORG_GAP.match(hypothesis.statement.strip().rstrip("."))
        if gap and profile.title and _same_role(gap["box"], profile.title):
            return f"a colleague of theirs at {organization}: it is their own role"
        if gap and gap["boss"] and profile.title and _same_role(gap["boss"], profile.title):
            return f"a colleague of theirs at {organization}: it is about their own team"
        if gap and _leads(profile, gap["department"]):
            return f"a colleague of theirs at {organization}: it is about their own team"
        return ""
    # a finding placed in the occupation map is judged by it ("Data Scientists" names work,
    # not the research industry); work far from theirs goes to someone in that work
    if getattr(hypothesis, "occupation", ""):
        return (judged or judge(hypothesis, profile)).someone_else
    if profile.known_industry:
        named = [n for n, p in _INDUSTRY_PATTERNS.items() if p.search(hypothesis.statement)]
        if named and profile.known_industry not in named:
            return f"someone in {industry_phrase(named[0])}"
    # Pay is asked only about the person's own line of work: figures for another occupation
    # go to someone in it.
    own_line = hypothesis.custom or _own_line_of_work(hypothesis, profile)
    if hypothesis.topic == "compensation" and not own_line:
        named = specialties_in(hypothesis.statement)
        return f"someone in {named[0]}" if named else "someone who does that work"
    if hypothesis.topic in ("trends", "general") and profile.seniority in ("junior", "mid"):
        named = specialties_in(hypothesis.statement)
        if named and not touches_specialty(hypothesis, profile.known_specialty):
            return f"someone in {name_list(list(named[:2]))}"
    return ""


def ranked(
    flagged: Sequence[Hypothesis],
    profile: Profile,
    judged: Mapping[str, Relevance] | None = None,
) -> list[Hypothesis]:
    """Priority first, open before settled; within those, topics take turns, best fit first.

    The fit is the relevance of each hypothesis to this person (`ranking.judge`).
    """
    judged = judged if judged is not None else judge_all(flagged, profile)

    def standing(item: tuple[int, Hypothesis]) -> tuple:
        index, hypothesis = item
        return (
            PRIORITIES.index(hypothesis.priority),
            hypothesis.status not in OPEN_STATUSES,
            -judged[hypothesis.id].score,
            index,
        )

    turns: dict[tuple, int] = {}
    keyed = []
    for key in sorted(standing(item) + (item[1],) for item in enumerate(flagged)):
        priority, settled, best_fit, index, hypothesis = key
        group = (priority, settled, hypothesis.topic)
        turns[group] = turns.get(group, 0) + 1
        keyed.append(((priority, settled, turns[group], best_fit, index), hypothesis))
    keyed.sort(key=lambda pair: pair[0])
    return [hypothesis for _, hypothesis in keyed]


def spoken_finding(hypothesis: Hypothesis) -> str:
    """The finding as the seeker would say it, its source named as people do (`infoview.say`)."""
    said = upper_first(" ".join(said_aloud(hypothesis).split()).rstrip(" ;:"))
    return said if said.endswith((".", "?", "!")) else f"{said}."


def _own_line_of_work(hypothesis: Hypothesis, profile: Profile) -> bool:
    """A finding about the person's specialty, or about a role named like their own title."""
    if touches_specialty(hypothesis, profile.known_specialty):
        return True
    title = set(_role_words(profile.title)) - _LEVEL_WORDS
    return bool(title & set(_role_words(hypothesis.statement)))


def _leads(profile: Profile, department: str) -> bool:
    """A senior or executive person in the department's own specialty runs or helps run it."""
    if profile.seniority not in ("senior", "executive"):
        return False
    words = set(_role_words(department))
    return bool(words & set(_role_words(profile.known_specialty)))


def _same_role(box: str, title: str) -> bool:
    a, b = _role_words(box), _role_words(title)
    return bool(a and b) and (a == b or _initials(a) == "".join(b) or _initials(b) == "".join(a))


def _role_words(title: str) -> list[str]:
    return [w for w in re.findall(r"[a-z&]+", title.lower()) if w not in _SMALL_WORDS]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _templates_by_topic(
    profile: Profile, templates: Sequence[BankQuestion], fillable: frozenset[str]
) -> dict[str, list[BankQuestion]]:
    by_topic: dict[str, list[BankQuestion]] = {}
    for source in (templates, _bundled_templates()):
        found: dict[str, list[BankQuestion]] = {}
        for template in source:
            if suits(template, profile, fillable):
                found.setdefault(template.needs_topic, []).append(template)
        for topic, group in found.items():
            by_topic.setdefault(topic, group)
    for topic, other in FALLBACK_TOPIC.items():
        if topic not in by_topic and other in by_topic:
            by_topic[topic] = by_topic[other]
    return by_topic


@lru_cache(maxsize=1)
def _bundled_templates() -> tuple[BankQuestion, ...]:
    return tuple(q for q in load_bank() if q.needs_topic)


def _fillable(template: BankQuestion, hypothesis: Hypothesis, source: str) -> bool:
    if "source" in template.placeholders and not source:
        return False
    return "figure" not in template.placeholders or bool(hypothesis.figure)


def _planned(
    hypothesis: Hypothesis,
    template: BankQuestion,
    profile: Profile,
    values: dict[str, str],
    source: str,
    judged: Relevance,
) -> PlannedQuestion:
    text = fill(
        template.text,
        values
        | {
            "finding": spoken_finding(hypothesis),
            "figure": hypothesis.figure or "",
            "source": source,
        },
    )
    return PlannedQuestion(
        id=f"hyp-{hypothesis.id}",
        section=template.section,
        text=text,
        minutes=template.minutes,
        hypothesis=hypothesis.id,
        why=_reasons(hypothesis, template, profile, judged),
        tags=tuple(sorted(template.tags | {"springboard"})),
        bank_id=template.id,
    )


def _reasons(
    hypothesis: Hypothesis, template: BankQuestion, profile: Profile, judged: Relevance
) -> tuple[Reason, ...]:
    why = [
        Reason(
            "tests-hypothesis",
            f"Tests your {hypothesis.priority}-priority hypothesis: {hypothesis.statement}",
        )
    ]
    if hypothesis.status == "contested":
        why.append(Reason("contested", "Earlier interviews disagreed on this, so a new view helps"))
    fit = judged.reason.split("; ")[0]
    if fit.startswith(("about their own", "about an occupation related", "about work close")):
        why.append(Reason("specialty", f"{fit[:1].upper()}{fit[1:]}"))
    elif fit.startswith("speaks of"):
        why.append(Reason("specialty", f"Touches {profile.known_specialty}, their specialty"))
    if hypothesis.topic == "organization":
        why.append(
            Reason(
                "insider-gap",
                f"{profile.display_name} works at {profile.organization or 'the organization'} "
                "and can fill this org-chart gap",
            )
        )
    if template.sensitive:
        why.append(
            Reason(
                "research-first",
                "Offers your research first, so they react instead of disclosing their own figures",
            )
        )
    return tuple(why)
