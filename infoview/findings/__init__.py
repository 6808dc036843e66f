"""Propose findings from research tables: pay, trends, org-chart gaps and notes.

Each finding says what the research suggests in words a person would say, with its evidence,
its `strength` (0 to 1) and the `topics` it touches; its id comes from its content and source.
"""

from __future__ import annotations

from collections.abc import Iterable

from infoview.findings.metrics import metric_findings
from infoview.findings.model import TOPICS, Finding, finding_id, guess_topic
from infoview.findings.notes import note_findings, trend_findings
from infoview.findings.org import org_chart_findings
from infoview.findings.pay import pay_findings
from infoview.research.model import ResearchTable

__all__ = [
    "TOPICS",
    "Finding",
    "finding_id",
    "guess_topic",
    "propose_findings",
]

_PROPOSERS = {
    "salary": pay_findings,
    "trends": trend_findings,
    "org_chart": org_chart_findings,
    "notes": note_findings,
    "metrics": metric_findings,
}


def propose_findings(tables: Iterable[ResearchTable]) -> list[Finding]:
    """All findings from all tables, in table order; one per id."""
    found: dict[str, Finding] = {}
    for table in tables:
        proposer = _PROPOSERS.get(table.kind)
        for finding in proposer(table) if proposer else ():
            same = found.setdefault(finding.id, finding)
            # the same table read twice gives the same finding; two different findings under
            # one id would hide one of them, which is a bug to fix in the finding's key
            assert same.statement == finding.statement, (
                f"findings {same.statement!r} and {finding.statement!r} share id {finding.id}"
            )
    return list(found.values())
