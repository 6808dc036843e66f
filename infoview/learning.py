"""Learning across interviews: talking points in general terms, and charts of what was tested."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import plotly.graph_objects as go

from infoview.anonymize import Secrets, secrets_of
from infoview.hypotheses import PRIORITIES, Hypothesis
from infoview.log import (
    OUTCOMES,
    UNTESTED,
    Interview,
    Status,
    conversations_with,
    finding_hypotheses,
    statuses,
    with_statuses,
)
from infoview.markup import html_text
from infoview.profile import Profile
from infoview.questions.model import Sheet
from infoview.say import say_statement
from infoview.spelling import spelled

MAX_TALKING_POINTS = 5
LABEL_CHARS = 60
OUTCOME_COLORS = {
    "not discussed": "#BDBDBD",
    "refuted": "#C8553D",
    "nuanced": "#E0A458",
    "supported": "#2E6F9E",
}
VERBS = {"supported": "agreed", "refuted": "disagreed", "nuanced": "said it depends"}


def role_type(profile: Profile) -> str:
    """The person's role in general terms: `senior finance staff`, `data executives`."""
    field = profile.specialty or profile.known_specialty  # from their occupation when unset
    if profile.seniority == "executive":
        return "senior executives" if field in ("", "general management") else f"{field} executives"
    level = "mid-level" if profile.seniority == "mid" else profile.seniority
    field = "management" if field == "general management" else field
    return " ".join(part for part in (level, field, "staff") if part)


def source_description(interview: Interview) -> str:
    """Who said it, in general terms: role type, and organization type or a permitted name."""
    organization = interview.org_type.strip()
    if not organization and not interview.confidential:
        organization = interview.profile.organization.strip()
    where = f" at {organization}" if organization else ""
    return f"{role_type(interview.profile)}{where}"


def talking_points(
    hypotheses: Sequence[Hypothesis],
    interviews: Sequence[Interview],
    secrets: Secrets | None = None,
    limit: int = MAX_TALKING_POINTS,
) -> tuple[str, ...]:
    """What earlier interviews said about these hypotheses, in general terms and scrubbed."""
    secrets = secrets or secrets_of(interviews)
    points = []
    for hypothesis in hypotheses:
        heard: dict[str, list[str]] = {}
        for interview in interviews:
            for outcome in interview.outcomes:
                if outcome.hypothesis_id == hypothesis.id and outcome.result in VERBS:
                    who = source_description(interview)
                    if who not in heard.setdefault(outcome.result, []):
                        heard[outcome.result].append(who)
        if not heard:
            continue
        views = "; ".join(
            f"{' and '.join(heard[result])} {VERBS[result]}" for result in VERBS if result in heard
        )
        points.append(secrets.scrub(f"{said_claim(hypothesis)} In earlier conversations, {views}."))
    return tuple(points[:limit])


def said_claim(hypothesis: Hypothesis) -> str:
    """The hypothesis as a sentence to say (`infoview.say`), the seeker's own and an org-chart
    finding as written."""
    if hypothesis.custom or hypothesis.topic == "organization":
        text = hypothesis.statement.strip()
    else:
        text = say_statement(hypothesis.statement, hypothesis.topic)
    return text if text.endswith((".", "?", "!")) else f"{text}."


def with_talking_points(sheet: Sheet, points: Sequence[str]) -> Sheet:
    """The sheet with what earlier interviews taught ahead of the research to share."""
    said = tuple(spelled(point, sheet.english) for point in points)
    return replace(sheet, talking_points=(*said, *sheet.talking_points))


def learned_sheet(
    plan: Callable[[list[Hypothesis]], Sheet],
    flagged: Sequence[Hypothesis],
    interviews: Sequence[Interview],
    secrets: Secrets,
) -> Sheet:
    """`plan` the flagged hypotheses with their status from the log, and add what earlier
    interviews taught in general terms, naming no one but the sheet's interviewee and referrer."""
    sheet = plan(with_statuses(flagged, statuses(interviews)))
    # What this person said is never put back to them: neither the findings they gave nor a
    # talking point drawn from their own interviews.
    theirs = conversations_with(sheet.profile, interviews)
    said = {h.id for i in theirs for h in finding_hypotheses(i, secrets.scrub)}
    if said & {h.id for h in flagged}:
        kept = [h for h in flagged if h.id not in said]
        sheet = plan(with_statuses(kept, statuses(interviews)))
    others = [i for i in interviews if i not in theirs]
    points = talking_points(sheet.hypotheses, others, secrets.excluding(sheet.profile))
    return with_talking_points(sheet, points)


def outcome_heatmap(hypotheses: Sequence[Hypothesis], interviews: Sequence[Interview]) -> go.Figure:
    """Hypotheses x interviews, each cell colored by the outcome recorded there."""
    statements = {h.id: h.statement for h in hypotheses}
    rows: list[str] = []
    for interview in interviews:
        for outcome in interview.outcomes:
            if outcome.hypothesis_id not in rows:
                rows.append(outcome.hypothesis_id)
                statements.setdefault(outcome.hypothesis_id, outcome.statement)
    results = {
        (o.hypothesis_id, index): o
        for index, interview in enumerate(interviews)
        for o in interview.outcomes
    }
    z, text = [], []
    for hypothesis_id in rows:
        cells = [results.get((hypothesis_id, i)) for i in range(len(interviews))]
        z.append([None if o is None else OUTCOMES.index(o.result) for o in cells])
        text.append(["not on that sheet" if o is None else o.result for o in cells])
    steps = len(OUTCOMES)
    colorscale = [
        [bound / steps, OUTCOME_COLORS[name]]
        for i, name in enumerate(OUTCOMES)
        for bound in (i, i + 1)
    ]
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=interview_labels(interviews),
            y=[_short(statements[h]) for h in rows],
            text=text,
            zmin=-0.5,
            zmax=steps - 0.5,
            colorscale=colorscale,
            xgap=2,
            ygap=2,
            hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
            colorbar={
                "tickvals": list(range(steps)),
                "ticktext": list(OUTCOMES),
                "title": {"text": "Outcome"},
            },
        )
    )
    figure.update_layout(
        title="What each interview said about each hypothesis",
        xaxis_title="Interview",
        yaxis={"autorange": "reversed"},
        height=max(300, 40 * len(rows) + 160),
    )
    return figure


def open_by_priority(
    hypotheses: Sequence[Hypothesis], known: dict[str, Status]
) -> dict[str, dict[str, int]]:
    """Counts of untested, contested and settled hypotheses per priority."""
    counts = {p: {"untested": 0, "contested": 0, "settled": 0} for p in PRIORITIES}
    for hypothesis in hypotheses:
        status = known.get(hypothesis.id, UNTESTED)
        state = status.name if status.open else "settled"
        counts[hypothesis.priority][state] += 1
    return counts


def interview_labels(interviews: Sequence[Interview]) -> list[str]:
    """Each interview by person and date (`Dana Whitfield, 2026-11-02`), numbered only when
    the same person was met twice that day."""
    plain = [f"{i.profile.display_name}, {i.held_on.isoformat()}" for i in interviews]
    seen: dict[str, int] = {}
    labels = []
    for label in plain:
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if plain.count(label) == 1 else f"{label} ({seen[label]})")
    return labels


def untested_figure(hypotheses: Sequence[Hypothesis], interviews: Sequence[Interview]) -> go.Figure:
    """Bars of the high-priority hypotheses only: how many are untested, contested, settled."""
    counts = open_by_priority(hypotheses, statuses(interviews))["high"]
    colors = {"untested": "#C8553D", "contested": "#E0A458", "settled": "#2E6F9E"}
    figure = go.Figure(
        go.Bar(
            x=[state.title() for state in colors],
            y=[counts[state] for state in colors],
            marker_color=list(colors.values()),
            hovertemplate="%{y} high-priority hypotheses %{x}<extra></extra>",
        )
    )
    figure.update_layout(
        title=f"Untested high-priority hypotheses: {counts['untested']}",
        xaxis_title="High-priority hypotheses",
        yaxis_title="Hypotheses",
        yaxis={"dtick": 1},
    )
    return figure


def _short(text: str) -> str:
    short = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"
    return html_text(short)
