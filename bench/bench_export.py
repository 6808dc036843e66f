"""PDF export speed: a 20-question and a 300-question sheet, fonts subset each time."""

from __future__ import annotations

from itertools import cycle, islice

from bench.common import Result, median_seconds
from infoview.export import render
from infoview.hypotheses import Hypothesis
from infoview.profile import Profile
from infoview.questions import load_bank
from infoview.questions.model import SECTIONS, PlannedQuestion, Reason, Section, Sheet

TARGETS = {20: 0.3, 300: 2.0}


def sheet_with(count: int) -> Sheet:
    """A sheet of `count` planned questions taken round-robin from the bundled bank."""
    bank = load_bank()
    hypotheses = tuple(
        Hypothesis(f"h{n}", f"Finding number {n} from the research", "trends", flagged=True)
        for n in range(1, 6)
    )
    questions = [
        PlannedQuestion(
            id=f"{q.id}-{n}",
            section=q.section,
            text=q.text,
            minutes=q.minutes,
            hypothesis=hypotheses[n % 5].id if n % 4 == 0 else None,
            why=(Reason("bench", "Benchmark question"),),
        )
        for n, q in enumerate(islice(cycle(bank), count))
    ]
    sections = tuple(
        Section(name, tuple(q for q in questions if q.section == name)) for name in SECTIONS
    )
    profile = Profile(name="Zoë Ólafsdóttir", organization="Lakeshore Motors", minutes=120)
    return Sheet(profile, tuple(s for s in sections if s.questions), (), hypotheses)


def run() -> list[Result]:
    results = []
    for count, target in TARGETS.items():
        sheet = sheet_with(count)
        seconds = median_seconds(lambda sheet=sheet: render(sheet, "pdf"), repeat=5)
        results.append(Result(f"PDF of a {count}-question sheet", seconds, target, "s"))
    return results
