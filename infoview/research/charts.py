"""Charts of research tables: pay by role, trends on a timeline, the org chart's gaps."""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from infoview.markup import html_text
from infoview.research.model import ResearchTable
from infoview.research.normalize import currency_symbol
from infoview.research.org import org_boxes
from infoview.research.payable import pay_rows
from infoview.say import plain_title

KNOWN_COLOR, UNKNOWN_COLOR = "#2E6F9E", "#C8553D"
MAX_POINTS = 2000  # beyond this, show outliers only: thousands of dots hide the boxes
ROWS_SHOWN = 20  # roles or sources per chart: what a screen shows without scrolling past it
MAX_HEIGHT = 900  # no chart taller than a screen, whatever the file holds
ROW_HEIGHT, CHART_FRAME = 30, 160
LABEL_WIDTH = 36  # characters of a label kept, so the pay axis keeps its room at 420 px
ORDERS = {"rows": "Most figures first", "pay": "Highest median pay first"}
# Occupation codes in labels: SOC/O*NET style ("15-1252", "29-1141.01") and a publisher's
# bracketed codes ("(OCC 1234)"); the class of official statistics' labels, not one file.


def pay_points(table: ResearchTable) -> pd.DataFrame:
    """One row per pay figure the findings use (`pay_rows`): role, location, source, annual
    amount and its ISO currency ("" when nothing says); empty when the table has no pay."""
    rows = pay_rows(table)
    frame = pd.DataFrame(
        {
            "role": rows["role"].astype(str),
            "location": _text(table, "location").loc[rows.index],
            "source": _text(table, "source").loc[rows.index],
            "amount": rows["amount"],
            "currency": rows["currency"].fillna(table.currency or ""),
        }
    )
    return frame.reset_index(drop=True)


def pay_figures(
    points: pd.DataFrame,
    title: str,
    locations: Collection[str] = (),
    sources: Collection[str] = (),
    roles: Collection[str] | None = None,
    subtitle: str = "",
) -> list[go.Figure]:
    """One pay-by-role chart per currency, each on its own axis marked with its symbol: a euro
    figure never sits on a dollar axis; `roles`, when given, are the roles shown, in order."""
    figures = []
    for code in sorted(points["currency"].unique()):
        symbol = currency_symbol(code or None)
        named = f"{title}, in {code}" if code else title
        figure = pay_by_role_figure(
            points[points["currency"].eq(code)], named, locations, sources, symbol, roles, subtitle
        )
        if figure is not None:
            figures.append(figure)
    return figures


def clean_label(text: str, width: int = LABEL_WIDTH) -> str:
    """A role or source as a chart can show it: the plain title (`say.plain_title`) in
    sentence case, at most `width` characters."""
    label = plain_title(str(text), sentence_case=True)
    if len(label) > width:
        cut = label[: width - 1]
        if cut.rfind(" ") > width // 2:  # end on a whole word when one is near
            cut = cut[: cut.rfind(" ")]
        label = cut.rstrip(" ,-") + "…"
    return label


def chosen_points(
    points: pd.DataFrame, locations: Collection[str] = (), sources: Collection[str] = ()
) -> pd.DataFrame:
    """The pay points of the chosen locations and sources (all when none is chosen)."""
    if locations:
        points = points[points["location"].isin(locations)]
    if sources:
        points = points[points["source"].isin(sources)]
    return points


def chart_height(rows: int) -> int:
    """The height of a chart of `rows` bars or boxes, never above `MAX_HEIGHT`."""
    return min(MAX_HEIGHT, CHART_FRAME + ROW_HEIGHT * max(rows, 1))


def ranked_roles(points: pd.DataFrame, order: str = "rows") -> list[str]:
    """The roles of `points`, those with most figures (or the highest median pay) first."""
    if points.empty:
        return []
    grouped = points.groupby("role")["amount"]
    score = grouped.size() if order == "rows" else grouped.median()
    frame = pd.DataFrame({"score": score, "median": grouped.median()})
    frame = frame.reset_index().sort_values(
        ["score", "median", "role"], ascending=[False, False, True]
    )
    return list(frame["role"])


def _text(table: ResearchTable, role: str) -> pd.Series:
    """A text role as read on import (`ResearchTable.values`), "" where the table has none."""
    if table.values is not None and role in table.values:
        return table.values[role].astype(str)
    column = table.column(role)
    if column is None:
        return pd.Series("", index=table.frame.index)
    return column.astype(str).str.strip()


def pay_by_role_figure(
    points: pd.DataFrame,
    title: str,
    locations: Collection[str] = (),
    sources: Collection[str] = (),
    symbol: str = "$",
    roles: Collection[str] | None = None,
    subtitle: str = "",
) -> go.Figure | None:
    """Annual pay per role as boxes with their points, filtered by location and source; the
    `roles` given in their order (else the `ROWS_SHOWN` with most figures), labels cleaned."""
    shown = chosen_points(points, locations, sources)
    picked = list(roles) if roles is not None else ranked_roles(shown)[:ROWS_SHOWN]
    shown = shown[shown["role"].isin(picked)]
    if shown.empty:
        return None
    present = set(shown["role"].unique())
    order = [r for r in picked if r in present]
    labels = _distinct_labels(order)
    shown = shown.assign(role=shown["role"].map(labels))
    shown = _html_columns(shown, ["role", "location", "source"])
    if len(shown) <= MAX_POINTS:
        figure = px.box(
            shown,
            x="amount",
            y="role",
            points="all",
            hover_data={"location": True, "source": True},
            color_discrete_sequence=[KNOWN_COLOR],
            labels={
                "amount": "Annual pay",
                "role": "Role",
                "location": "Location",
                "source": "Source",
            },
        )
    else:
        figure = _summary_boxes(shown)
    figure.update_layout(
        # The table's name on a line of its own: a long one would run off a phone's width.
        title=html_text(title) + (f"<br><sup>{html_text(subtitle)}</sup>" if subtitle else ""),
        xaxis_tickprefix=html_text(symbol),
        xaxis_tickformat="~s",  # $80k, not $80,000: four ticks fit a phone's width
        xaxis_nticks=6,
        height=chart_height(len(order)),
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        yaxis={
            "categoryorder": "array",
            "categoryarray": [html_text(labels[r]) for r in reversed(order)],
            "automargin": True,
            "title": None,
        },
    )
    return figure


def _distinct_labels(roles: list[str]) -> dict[str, str]:
    """Each role's cleaned label; two roles cleaned alike keep their raw text apart."""
    labels = {role: clean_label(role) for role in roles}
    seen: dict[str, int] = {}
    for role, label in labels.items():
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[role] = f"{label} ({seen[label]})"
    return labels


def _summary_boxes(points: pd.DataFrame) -> go.Figure:
    """Boxes from precomputed quartiles: thousands of points would only slow the page."""
    stats = points.groupby("role")["amount"].describe()
    spread = stats["75%"] - stats["25%"]
    return go.Figure(
        go.Box(
            y=list(stats.index),
            q1=stats["25%"],
            median=stats["50%"],
            q3=stats["75%"],
            lowerfence=[
                max(lo, q1 - 1.5 * s)
                for lo, q1, s in zip(stats["min"], stats["25%"], spread, strict=True)
            ],
            upperfence=[
                min(hi, q3 + 1.5 * s)
                for hi, q3, s in zip(stats["max"], stats["75%"], spread, strict=True)
            ],
            orientation="h",
            marker_color=KNOWN_COLOR,
            name="",
            hovertext=[f"{n:,.0f} figures" for n in stats["count"]],
        )
    ).update_layout(xaxis_title="Annual pay", yaxis_title="Role")


def _html_columns(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """`frame` with the text in `columns` escaped: plotly reads labels as HTML."""
    # each distinct text escaped once: a 100,000-row table holds a few hundred roles and places
    return frame.assign(
        **{c: frame[c].map({t: html_text(t) for t in frame[c].unique()}) for c in columns}
    )


def trends_timeline_figure(table: ResearchTable) -> go.Figure | None:
    """Each dated trend as a point on a timeline, its headline on hover; dates as the import
    read them, so quarters and spreadsheet serial dates are on it too."""
    if table.kind != "trends" or "headline" not in table.columns or "date" not in table.columns:
        return None
    frame = pd.DataFrame(
        {
            "headline": _text(table, "headline"),
            "date": table.dates("date"),
            "source": _text(table, "source"),
        }
    ).dropna(subset=["date"])
    frame = frame[frame["headline"].ne("")]
    if frame.empty:
        return None
    frame["source"] = frame["source"].replace("", "unknown source")
    busiest = list(frame["source"].value_counts().index[:ROWS_SHOWN])
    frame = frame[frame["source"].isin(busiest)]
    frame = frame.assign(source=frame["source"].map(clean_label))
    frame = _html_columns(frame, ["headline", "source"])
    figure = px.scatter(
        frame,
        x="date",
        y="source",
        hover_name="headline",
        color_discrete_sequence=[KNOWN_COLOR],
        labels={"date": "Published", "source": "Source"},
    )
    figure.update_traces(marker={"size": 14})
    figure.update_layout(
        title=f"Trends over time ({html_text(table.sheet)})",
        height=chart_height(frame["source"].nunique()),
        yaxis={"automargin": True, "title": None},
    )
    return figure


def org_chart_figure(table: ResearchTable) -> go.Figure | None:
    """The org chart as a treemap of departments and roles, unknown boxes in a warm color; it
    counts the boxes the findings do (`org_boxes`)."""
    if table.kind != "org_chart" or "department" not in table.columns:
        return None
    boxes = org_boxes(table)
    if not boxes:
        return None
    frame = pd.DataFrame(
        {
            "department": [html_text(b.department or "Unassigned") for b in boxes],
            "box": [html_text(b.title[:1].upper() + b.title[1:]) for b in boxes],
            "person": [html_text(b.person) if not b.unknown else "?" for b in boxes],
            "status": ["Unknown" if b.unknown else "Known" for b in boxes],
            "count": 1,
        }
    )
    figure = px.treemap(
        frame,
        path=[px.Constant("Organization"), "department", "box"],
        values="count",
        color="status",
        hover_data={"person": True},
        color_discrete_map={"Known": KNOWN_COLOR, "Unknown": UNKNOWN_COLOR, "(?)": "#8A8A8A"},
    )
    figure.update_traces(hovertemplate="%{label}<br>%{customdata[0]}<extra></extra>")
    unknown = sum(b.unknown for b in boxes)
    figure.update_layout(
        title=f"Org chart: {unknown} of {len(boxes)} boxes unknown ({html_text(table.sheet)})",
        margin={"t": 50, "l": 10, "r": 10, "b": 10},
    )
    return figure
