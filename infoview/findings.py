"""Propose findings from research tables: pay summaries, trend rows, org-chart gaps."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

from infoview.research.model import ResearchTable
from infoview.research.normalize import format_money
from infoview.research.roles import pay_role

TOPICS = ("compensation", "trends", "organization", "general")
_TRUTHY = {"y", "yes", "true", "1", "x", "✓", "flag", "ask", "si", "oui", "ja"}


@dataclass(frozen=True)
class Finding:
    """A statement the research suggests, which the seeker may test in an interview."""

    id: str
    topic: str
    statement: str
    source: str
    table: str
    figure: str | None = None
    preflag: bool = False

    def to_dict(self) -> dict:
        """The JSON shape of the `findings` contract."""
        return {
            "id": self.id,
            "topic": self.topic,
            "statement": self.statement,
            "source": self.source,
            "table": self.table,
        }


def propose_findings(tables: Iterable[ResearchTable]) -> list[Finding]:
    """All findings from all tables, in table order; ids are stable for the same input."""
    findings: list[Finding] = []
    for table in tables:
        proposer = _PROPOSERS.get(table.kind)
        if proposer:
            findings.extend(proposer(table))
    return findings


def finding_id(topic: str, table: ResearchTable, key: str) -> str:
    """A short id from the table and the finding's key, stable across runs."""
    digest = hashlib.sha1(f"{table.label}|{key}".encode()).hexdigest()[:8]
    return f"{topic[:3]}-{digest}"


def _salary_findings(table: ResearchTable) -> list[Finding]:
    pay = pay_role(table.columns)
    if pay is None or "role" not in table.columns:
        return []
    groups: dict[tuple[str, str], list[float]] = {}
    sources: dict[tuple[str, str], set[str]] = {}
    frame = table.frame
    roles = frame[table.columns["role"]]
    places = frame[table.columns["location"]] if "location" in table.columns else None
    origin = frame[table.columns["source"]] if "source" in table.columns else None
    for index, amount in table.amounts(pay).dropna().items():
        role = str(roles[index]).strip()
        if not role:
            continue
        key = (role, str(places[index]).strip() if places is not None else "")
        groups.setdefault(key, []).append(float(amount))
        if origin is not None and str(origin[index]).strip():
            sources.setdefault(key, set()).add(str(origin[index]).strip())
    symbol = table.currency_symbol()
    findings = []
    for (role, place), amounts in groups.items():
        figure = format_money(median(amounts), symbol)
        where = f" in {place}" if place else ""
        n = len(amounts)
        statement = (
            f"Median pay for {role}{where} is about {figure} ({n} data point{'s' * (n > 1)})"
        )
        source = ", ".join(sorted(sources.get((role, place), ()))) or table.label
        findings.append(
            Finding(
                finding_id("compensation", table, f"{role}|{place}"),
                "compensation",
                statement,
                source,
                table.label,
                figure,
            )
        )
    return findings


def _trend_findings(table: ResearchTable) -> list[Finding]:
    findings = []
    for index, row in table.frame.iterrows():
        headline = str(row[table.columns["headline"]]).strip()
        if not headline:
            continue
        evidence = _cell(row, table, "evidence")
        statement = f"{headline}: {evidence}" if evidence else headline
        source = _cell(row, table, "source") or table.label
        preflag = _cell(row, table, "flag").lower() in _TRUTHY
        findings.append(
            Finding(
                finding_id("trends", table, f"{index}|{headline}"),
                "trends",
                statement,
                source,
                table.label,
                preflag=preflag,
            )
        )
    return findings


def _org_findings(table: ResearchTable) -> list[Finding]:
    findings = []
    for index, row in table.frame.iterrows():
        department = _cell(row, table, "department")
        person = _cell(row, table, "person")
        known = _cell(row, table, "known").lower()
        unknown = not person or person == "?" or known in {"no", "n", "false", "0", "unknown"}
        if not department or not unknown:
            continue
        title = _cell(row, table, "title") or "leader"
        boss = _cell(row, table, "reports_to")
        reports = f", reporting to {boss}" if boss else ""
        statement = f"I do not yet know who is the {title} in {department}{reports}"
        findings.append(
            Finding(
                finding_id("organization", table, f"{index}|{department}|{title}"),
                "organization",
                statement,
                table.label,
                table.label,
            )
        )
    return findings


def _cell(row, table: ResearchTable, role: str) -> str:
    source = table.columns.get(role)
    return "" if source is None else str(row[source]).strip()


_PROPOSERS = {"salary": _salary_findings, "trends": _trend_findings, "org_chart": _org_findings}


def contact_targets(tables: Iterable[ResearchTable], exclude: str = "") -> list[str]:
    """People (from contacts tables) and organizations (from pay tables) to approach next."""
    people: list[str] = []
    companies: list[str] = []
    for table in tables:
        if table.kind == "contacts" and "name" in table.columns:
            met = table.column("met")
            for index, name in table.column("name").items():
                done = met is not None and str(met[index]).strip().lower() in _TRUTHY
                if str(name).strip() and not done:
                    people.append(str(name).strip())
        elif table.kind == "salary" and "company" in table.columns:
            companies.extend(str(c).strip() for c in table.column("company") if str(c).strip())
    seen: set[str] = {exclude.strip().lower()}
    targets = []
    for name in people + companies:
        if name.lower() not in seen:
            seen.add(name.lower())
            targets.append(name)
    return targets
