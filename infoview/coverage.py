"""What a sheet covers: flagged hypotheses, minutes per section; and their charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import plotly.graph_objects as go

from infoview.hypotheses import PRIORITIES, Hypothesis
from infoview.markup import html_text
from infoview.questions.model import SECTION_TITLES, Sheet

COVERED_COLOR, MISSED_COLOR, NEUTRAL_COLOR = "#2E6F9E", "#C8553D", "#9AA5B1"


@dataclass(frozen=True)
class Coverage:
    """Counts of what a sheet covers, per hypothesis and per section."""

    hypotheses_flagged: int
    hypotheses_covered: int
    covered_ids: frozenset[str]
    planned_ids: frozenset[str]
    by_section_minutes: dict[str, float]

    def to_dict(self) -> dict:
        return {
            "hypotheses_flagged": self.hypotheses_flagged,
            "hypotheses_covered": self.hypotheses_covered,
            "by_section_minutes": dict(self.by_section_minutes),
        }


def compute_coverage(sheet: Sheet) -> Coverage:
    """Flagged hypotheses the planned questions test, and minutes per section."""
    planned = frozenset(q.hypothesis for q in sheet.questions if q.hypothesis)
    flagged = frozenset(h.id for h in sheet.hypotheses)
    return Coverage(
        hypotheses_flagged=len(flagged),
        hypotheses_covered=len(planned & flagged),
        covered_ids=planned & flagged,
        planned_ids=frozenset(q.hypothesis for q in sheet.if_time_permits if q.hypothesis)
        - planned,
        by_section_minutes={s.name: round(s.minutes, 2) for s in sheet.sections},
    )


def left_out(
    sheet: Sheet, flagged: Sequence[Hypothesis] | None = None
) -> dict[str, tuple[str, ...]]:
    """The statements of the flagged hypotheses (the sheet's, or all of `flagged`, with those
    removed from it) no planned question tests, per priority (only priorities with some)."""
    covered = compute_coverage(sheet).covered_ids
    flagged = sheet.hypotheses if flagged is None else flagged
    missed = {
        p: tuple(h.statement for h in flagged if h.priority == p and h.id not in covered)
        for p in PRIORITIES
    }
    return {p: statements for p, statements in missed.items() if statements}


def _stacked(
    categories: list[str], parts: list[tuple[str, list[int], str, str]], horizontal: bool, **layout
) -> go.Figure:
    """Stacked bars: one (name, counts, color, hover words) part per series."""
    bars = []
    for name, counts, color, words in parts:
        hover = f"%{{{'y' if horizontal else 'x'}}}: %{{{'x' if horizontal else 'y'}}} {words}"
        axes = {"y": categories, "x": counts} if horizontal else {"x": categories, "y": counts}
        bars.append(
            go.Bar(
                name=name,
                marker_color=color,
                orientation="h" if horizontal else "v",
                hovertemplate=f"{hover}<extra></extra>",
                **axes,
            )
        )
    figure = go.Figure(bars)
    figure.update_layout(barmode="stack", legend_title_text="", **layout)
    return figure


def hypothesis_coverage_figure(
    sheet: Sheet, flagged: Sequence[Hypothesis] | None = None
) -> go.Figure:
    """Bars per priority: flagged hypotheses (the sheet's, or all of `flagged`) on the sheet
    vs left out."""
    coverage = compute_coverage(sheet)
    flagged = sheet.hypotheses if flagged is None else flagged
    covered = [
        sum(h.priority == p and h.id in coverage.covered_ids for h in flagged) for p in PRIORITIES
    ]
    missed = [
        sum(h.priority == p and h.id not in coverage.covered_ids for h in flagged)
        for p in PRIORITIES
    ]
    return _stacked(
        [p.title() for p in PRIORITIES],
        [
            ("On the sheet", covered, COVERED_COLOR, "on the sheet"),
            ("Not on the sheet", missed, MISSED_COLOR, "left out"),
        ],
        horizontal=False,
        title="Flagged hypotheses covered by the sheet",
        xaxis_title="Priority",
        yaxis_title="Hypotheses",
        yaxis={"dtick": 1},
    )


def section_minutes_figure(sheet: Sheet) -> go.Figure:
    """Minutes planned per section, against the meeting's budget."""
    coverage = compute_coverage(sheet)
    names = list(coverage.by_section_minutes)
    figure = go.Figure(
        go.Bar(
            x=[coverage.by_section_minutes[n] for n in names],
            y=[SECTION_TITLES.get(n, n) for n in names],
            orientation="h",
            marker_color=COVERED_COLOR,
            hovertemplate="%{y}: %{x} min<extra></extra>",
        )
    )
    figure.update_layout(
        title=f"Minutes per section ({sheet.minutes_planned:g} of {sheet.minutes_budget} planned)",
        xaxis_title="Minutes",
        yaxis={"autorange": "reversed"},
    )
    return figure


def flagged_by_topic_figure(hypotheses: list[Hypothesis]) -> go.Figure:
    """Hypotheses per topic, flagged vs not: where the sheet's attention will go."""
    topics = sorted({h.topic for h in hypotheses})
    flagged = [sum(h.topic == t and h.flagged for h in hypotheses) for t in topics]
    others = [sum(h.topic == t and not h.flagged for h in hypotheses) for t in topics]
    return _stacked(
        topics,
        [
            ("Flagged", flagged, COVERED_COLOR, "flagged"),
            ("Not flagged", others, NEUTRAL_COLOR, "not flagged"),
        ],
        horizontal=True,
        title="Hypotheses by topic",
        xaxis_title="Hypotheses",
        height=140 + 40 * len(topics),
        xaxis={"dtick": 1 if len(hypotheses) <= 20 else None},
    )


def _status(hypothesis: Hypothesis, coverage: Coverage) -> str:
    if hypothesis.id in coverage.covered_ids:
        return ON_SHEET
    return FLAGGED_LEFT_OUT if hypothesis.flagged else NOT_FLAGGED


ON_SHEET, FLAGGED_LEFT_OUT, NOT_FLAGGED = "On the sheet", "Flagged, not on the sheet", "Not flagged"
STATUS_COLORS = {
    ON_SHEET: COVERED_COLOR,
    FLAGGED_LEFT_OUT: MISSED_COLOR,
    NOT_FLAGGED: NEUTRAL_COLOR,
}


def topics_covered_figure(sheet: Sheet, hypotheses: list[Hypothesis]) -> go.Figure:
    """Per research topic: hypotheses on the sheet, flagged but left out, not flagged."""
    coverage = compute_coverage(sheet)
    topics = sorted({h.topic for h in hypotheses})
    parts = [
        (
            status,
            [
                sum(h.topic == t and _status(h, coverage) == status for h in hypotheses)
                for t in topics
            ],
            color,
            status.lower(),
        )
        for status, color in STATUS_COLORS.items()
    ]
    return _stacked(
        topics,
        parts,
        horizontal=True,
        title="Research topics the sheet covers",
        xaxis_title="Hypotheses",
        height=160 + 40 * len(topics),
    )


def org_gaps_figure(sheet: Sheet, hypotheses: list[Hypothesis]) -> go.Figure | None:
    """Each unknown org-chart box, and whether the sheet asks about it; None without gaps."""
    coverage = compute_coverage(sheet)
    gaps = [h for h in hypotheses if h.topic == "organization" and not h.custom]
    if not gaps:
        return None
    labels = [_short(h.statement) for h in gaps]
    statuses = [_status(h, coverage) for h in gaps]
    figure = go.Figure(
        go.Bar(
            y=labels,
            x=[1] * len(gaps),
            orientation="h",
            text=statuses,
            textposition="inside",
            marker_color=[STATUS_COLORS[s] for s in statuses],
            customdata=statuses,
            hovertemplate="%{y}<br>%{customdata}<extra></extra>",
        )
    )
    targeted = statuses.count(ON_SHEET)
    note = "" if sheet.profile.insider else " (an outsider: ask about competitors instead)"
    figure.update_layout(
        title=f"Org-chart gaps the sheet targets: {targeted} of {len(gaps)}{note}",
        xaxis={"visible": False},
        yaxis={"autorange": "reversed"},
        height=140 + 40 * len(gaps),
    )
    return figure


def _short(statement: str, limit: int = 60) -> str:
    text = statement.removeprefix("I do not yet know who is the ")
    return html_text(text if len(text) <= limit else text[: limit - 1] + "…")


SECTION_COLORS = ("#9AA5B1", "#6C8EBF", "#2E6F9E", "#3F8F6B", "#C08A2E", "#8E5EA2", "#9AA5B1")


def sheet_timeline_figure(sheet: Sheet) -> go.Figure:
    """The meeting as one bar: each section's minutes in order, against the budget."""
    figure = go.Figure(
        [
            go.Bar(
                name=section.title,
                x=[section.minutes],
                y=["Plan"],
                orientation="h",
                marker_color=SECTION_COLORS[index % len(SECTION_COLORS)],
                text=[section.title],
                textposition="inside",
                insidetextanchor="middle",
                hovertemplate=f"{section.title}: %{{x:g}} min<extra></extra>",
            )
            for index, section in enumerate(sheet.sections)
        ]
    )
    figure.add_vline(
        x=sheet.minutes_budget,
        line_dash="dash",
        line_color=MISSED_COLOR,
        annotation_text=f"{sheet.minutes_budget} min",
        annotation_position="top",
    )
    figure.update_layout(
        barmode="stack",
        showlegend=False,
        height=130,
        margin={"t": 30, "b": 30, "l": 10, "r": 10},
        xaxis={
            "title": "Minutes",
            "range": [0, max(sheet.minutes_budget, sheet.minutes_planned) + 1],
        },
        yaxis={"visible": False},
    )
    return figure
