"""Charts of research tables."""

from __future__ import annotations

import plotly.graph_objects as go

from infoview.research.model import ResearchTable
from infoview.research.normalize import parse_money


def pay_by_role_figure(table: ResearchTable) -> go.Figure | None:
    """Annual pay per role as a box with every point; None for tables without pay."""
    pay_role = next((r for r in ("median", "total", "base") if r in table.columns), None)
    if table.kind != "salary" or pay_role is None or "role" not in table.columns:
        return None
    roles, amounts = [], []
    for role, text in zip(table.column("role"), table.column(pay_role), strict=True):
        amount = parse_money(text)
        if amount is not None and str(role).strip():
            roles.append(str(role).strip())
            amounts.append(amount)
    if not amounts:
        return None
    figure = go.Figure(
        go.Box(
            x=amounts,
            y=roles,
            orientation="h",
            boxpoints="all",
            marker_color="#2E6F9E",
            hovertemplate="%{y}: $%{x:,.0f}<extra></extra>",
        )
    )
    figure.update_layout(
        title=f"Annual pay by role ({table.sheet})",
        xaxis_title="Annual pay",
        xaxis_tickprefix="$",
        xaxis_tickformat=",.0f",
        showlegend=False,
        height=120 + 40 * len(set(roles)),
    )
    return figure
