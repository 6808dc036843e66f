"""Springboard questions: state a flagged finding and ask the interviewee to react to it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from infoview.hypotheses import OPEN_STATUSES, PRIORITIES, Hypothesis
from infoview.profile import Profile
from infoview.questions.bank import load_bank
from infoview.questions.guard import GuardWarning, find_job_request
from infoview.questions.matching import suits
from infoview.questions.model import BankQuestion, PlannedQuestion, Reason
from infoview.questions.placeholders import fill
from infoview.ranking import relevance, touches_specialty

# Hypotheses of a topic without its own templates borrow those of a close one.
FALLBACK_TOPIC = {"general": "trends", "lifestyle": "compensation"}


def springboard_questions(
    profile: Profile,
    flagged: Sequence[Hypothesis],
    templates: Sequence[BankQuestion],
    values: dict[str, str],
    fillable: frozenset[str],
) -> tuple[list[PlannedQuestion], list[GuardWarning]]:
    """One question per flagged hypothesis this person can speak to, best first."""
    by_topic = _templates_by_topic(profile, templates, fillable)
    questions, warnings = [], []
    used_per_topic: dict[str, int] = {}
    for hypothesis in ranked(flagged, profile):
        warning = find_job_request(hypothesis.statement)
        if warning:
            warnings.append(warning)
            continue
        usable = [t for t in by_topic.get(hypothesis.topic, ()) if _fillable(t, hypothesis)]
        # A finding with a source is stated with it whenever a template can.
        usable = [t for t in usable if "source" in t.placeholders] or usable
        if not usable:
            continue
        turn = used_per_topic.get(hypothesis.topic, 0)
        used_per_topic[hypothesis.topic] = turn + 1
        template = usable[turn % len(usable)]
        questions.append(_planned(hypothesis, template, profile, values))
    return questions, warnings


def ranked(flagged: Sequence[Hypothesis], profile: Profile) -> list[Hypothesis]:
    """Priority first, open before settled; within those, topics take turns, best fit first."""

    def standing(item: tuple[int, Hypothesis]) -> tuple:
        index, hypothesis = item
        return (
            PRIORITIES.index(hypothesis.priority),
            hypothesis.status not in OPEN_STATUSES,
            -relevance(hypothesis, profile),
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


def _fillable(template: BankQuestion, hypothesis: Hypothesis) -> bool:
    if "source" in template.placeholders and (hypothesis.custom or not hypothesis.source):
        return False
    return "figure" not in template.placeholders or bool(hypothesis.figure)


def _planned(
    hypothesis: Hypothesis, template: BankQuestion, profile: Profile, values: dict[str, str]
) -> PlannedQuestion:
    finding = hypothesis.statement.strip().rstrip(".!?;:")
    text = fill(
        template.text,
        values
        | {"finding": finding, "figure": hypothesis.figure or "", "source": hypothesis.source},
    )
    return PlannedQuestion(
        id=f"hyp-{hypothesis.id}",
        section=template.section,
        text=text,
        minutes=template.minutes,
        hypothesis=hypothesis.id,
        why=_reasons(hypothesis, template, profile),
        tags=tuple(sorted(template.tags | {"springboard"})),
        bank_id=template.id,
    )


def _reasons(
    hypothesis: Hypothesis, template: BankQuestion, profile: Profile
) -> tuple[Reason, ...]:
    why = [
        Reason(
            "tests-hypothesis",
            f"Tests your {hypothesis.priority}-priority hypothesis: {hypothesis.statement}",
        )
    ]
    if hypothesis.status == "contested":
        why.append(Reason("contested", "Earlier interviews disagreed on this, so a new view helps"))
    if touches_specialty(hypothesis, profile.specialty):
        why.append(Reason("specialty", f"Touches {profile.specialty}, their specialty"))
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
