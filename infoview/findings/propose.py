"""Every table's findings by its kind, in table order, one per id."""

from __future__ import annotations

from collections.abc import Iterable

from infoview.findings.metrics import metric_findings
from infoview.findings.model import Finding, merged
from infoview.findings.notes import note_findings, trend_findings
from infoview.findings.org import org_chart_findings
from infoview.findings.pay import pay_findings
from infoview.research.model import ResearchTable

_PROPOSERS = {
    "salary": pay_findings,
    "trends": trend_findings,
    "org_chart": org_chart_findings,
    "notes": note_findings,
    "metrics": metric_findings,
}


def propose_findings(tables: Iterable[ResearchTable]) -> list[Finding]:
    """All findings from all tables, in table order; one per id."""
    return merged(_PROPOSERS[table.kind](table) for table in tables if table.kind in _PROPOSERS)
