"""Charts of research tables."""

from __future__ import annotations

import plotly.graph_objects as go

from infoview.research.model import ResearchTable
from infoview.research.roles import pay_role


def pay_by_role_figure(table: ResearchTable) -> go.Figure | None:
    """Annual pay per role as a box with every point; None for tables without pay."""
    pay = pay_role(table.columns)
    if table.kind != "salary" or pay is None or "role" not in table.columns:
        return None
    pay_by_row = table.amounts(pay)
    known = pay_by_row.notna() & table.column("role").str.strip().ne("")
    roles = table.column("role")[known].str.strip().tolist()
    amounts = pay_by_row[known].tolist()
    if not amounts:
        return None
    symbol = table.currency_symbol()
    figure = go.Figure(
        go.Box(
            x=amounts,
            y=roles,
            orientation="h",
            boxpoints="all",
            marker_color="#2E6F9E",
            hovertemplate=f"%{{y}}: {symbol}%{{x:,.0f}}<extra></extra>",
        )
    )
    figure.update_layout(
        title=f"Annual pay by role ({table.sheet})",
        xaxis_title="Annual pay",
        xaxis_tickprefix=symbol,
        xaxis_tickformat=",.0f",
        showlegend=False,
        height=120 + 40 * len(set(roles)),
    )
    return figure
