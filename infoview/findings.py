"""Propose findings from research tables: pay summaries, trend rows, org-chart gaps, notes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

import pandas as pd

from infoview.research.model import ResearchTable
from infoview.research.normalize import format_money
from infoview.research.org import org_boxes
from infoview.research.roles import pay_role

TOPICS = ("compensation", "lifestyle", "trends", "organization", "general")
# Words that make a statement about pay or about hours and lifestyle, the subjects asked about
# by offering research first.
_TOPIC_WORDS = (
    (
        "compensation",
        r"pay|paid|salar(?:y|ies)|wages?|bonus(?:es)?|commission|compensation|equity|earn\w*"
        r"|income",
    ),
    (
        "lifestyle",
        r"hours|overtime|weekends?|evenings?|work-life|lifestyle|travel(?:ling)?|on[- ]call"
        r"|burn-?out|flexible hours|work from home",
    ),
)
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
    sample_size: int | None = None
    strength: float = 0.5  # 0 to 1: how much evidence, how little spread
    topics: tuple[str, ...] = ()  # every topic it touches, its own first

    def to_dict(self, score: float | None = None) -> dict:
        """The JSON shape of the `findings` contract, with its `score` when ranked."""
        return {
            "id": self.id,
            "topic": self.topic,
            "statement": self.statement,
            "source": self.source,
            "table": self.table,
            "score": self.strength if score is None else score,
            "strength": self.strength,
            "topics": list(self.topics or (self.topic,)),
        }


def propose_findings(tables: Iterable[ResearchTable]) -> list[Finding]:
    """All findings from all tables, in table order; ids are stable for the same input."""
    findings: list[Finding] = []
    for table in tables:
        proposer = _PROPOSERS.get(table.kind)
        if proposer:
            findings.extend(proposer(table))
    return findings


def guess_topic(statement: str, default: str = "general") -> str:
    """`compensation` or `lifestyle` when the statement speaks of them, else `default`."""
    for topic, words in _TOPIC_WORDS:
        if re.search(rf"\b(?:{words})\b", statement, re.I):
            return topic
    return default


def finding_id(topic: str, table: ResearchTable, key: str) -> str:
    """A short id from the table and the finding's key, stable across runs."""
    digest = hashlib.sha1(f"{table.label}|{key}".encode()).hexdigest()[:8]
    return f"{topic[:3]}-{digest}"


def _salary_findings(table: ResearchTable) -> list[Finding]:
    pay = pay_role(table.columns)
    ranged = pay is None and "min" in table.columns and "max" in table.columns
    if (pay is None and not ranged) or "role" not in table.columns:
        return []
    lows = table.amounts("min" if ranged else pay)
    highs = table.amounts("max" if ranged else pay)
    roles, places = _texts(table, "role"), _texts(table, "location")
    origins, counts = _texts(table, "source"), _texts(table, "sample_size")
    groups: dict[tuple[str, str], list[tuple[float, float]]] = {}
    sizes: dict[tuple[str, str], int] = {}
    sources: dict[tuple[str, str], set[str]] = {}
    usable = lows.notna() & highs.notna() & roles.ne("")
    for index in usable[usable].index:
        key = (roles[index], places[index])
        groups.setdefault(key, []).append((float(lows[index]), float(highs[index])))
        size = _count(counts[index])
        if size:
            sizes[key] = sizes.get(key, 0) + size
        if origins[index]:
            sources.setdefault(key, set()).add(origins[index])
    symbol = table.currency_symbol()
    findings = []
    for (role, place), amounts in groups.items():
        where = f" in {place}" if place else ""
        n = len(amounts)
        evidence = f"{n} data point{'s' * (n > 1)}"
        if (role, place) in sizes:
            evidence += f", {sizes[role, place]:,} people reported"
        if ranged:
            low = format_money(median(a for a, _ in amounts), symbol)
            high = format_money(median(b for _, b in amounts), symbol)
            figure = f"{low} to {high}"
            statement = f"Pay for {role}{where} ranges from about {figure} ({evidence})"
        else:
            figure = format_money(median(a for a, _ in amounts), symbol)
            statement = f"Median pay for {role}{where} is about {figure} ({evidence})"
        source = ", ".join(sorted(sources.get((role, place), ()))) or table.label
        findings.append(
            Finding(
                finding_id("compensation", table, f"{role}|{place}"),
                "compensation",
                statement,
                source,
                table.label,
                figure,
                sample_size=sizes.get((role, place), n),
            )
        )
    return findings


def _count(text: str) -> int:
    digits = text.replace(",", "").split(".")[0]
    return int(digits) if digits.isdigit() else 0


def _trend_findings(table: ResearchTable) -> list[Finding]:
    findings = []
    for index, row in table.frame.iterrows():
        headline = str(row[table.columns["headline"]]).strip()
        if not headline:
            continue
        evidence = _cell(row, table, "evidence")
        statement = (
            f"{headline.rstrip('.')} ({_lower_first(evidence.rstrip('.'))})"
            if evidence
            else headline
        )
        source = _cell(row, table, "source") or table.label
        preflag = _cell(row, table, "flag").lower() in _TRUTHY
        findings.append(
            Finding(
                finding_id("trends", table, f"{index}|{headline}"),
                guess_topic(statement, "trends"),
                statement,
                source,
                table.label,
                preflag=preflag,
            )
        )
    return findings


def _org_findings(table: ResearchTable) -> list[Finding]:
    findings = []
    for box in org_boxes(table):
        if not box.department or not box.unknown:
            continue
        reports = f", reporting to {box.reports_to}" if box.reports_to else ""
        statement = f"I do not yet know who is the {box.title} in {box.department}{reports}"
        findings.append(
            Finding(
                finding_id("organization", table, f"{box.row}|{box.department}|{box.title}"),
                "organization",
                statement,
                table.label,
                table.label,
            )
        )
    return findings


def _note_findings(table: ResearchTable) -> list[Finding]:
    findings = []
    for index, row in table.frame.iterrows():
        note = " ".join(_cell(row, table, "note").split()).rstrip(".")
        if not note:
            continue
        label = _cell(row, table, "topic")
        topic = label.lower() if label.lower() in TOPICS else guess_topic(note)
        findings.append(
            Finding(
                finding_id(topic, table, f"{index}|{note}"),
                topic,
                note,
                "my notes",
                table.label,
            )
        )
    return findings


def _texts(table: ResearchTable, role: str) -> pd.Series:
    """The stripped text of the column playing `role`; empty strings when there is none."""
    column = table.column(role)
    if column is None:
        return pd.Series("", index=table.frame.index)
    return column.astype(str).str.strip()


def _lower_first(text: str) -> str:
    """`Quarterly budgets…` -> `quarterly budgets…`, leaving acronyms such as `AI` alone."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _cell(row, table: ResearchTable, role: str) -> str:
    source = table.columns.get(role)
    return "" if source is None else str(row[source]).strip()


_PROPOSERS = {
    "salary": _salary_findings,
    "trends": _trend_findings,
    "org_chart": _org_findings,
    "notes": _note_findings,
}


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
