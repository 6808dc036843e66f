"""Findings from trend lists, org charts and notes: one per distinct headline, gap or note."""

from __future__ import annotations

import re

import pandas as pd

from infoview.findings.model import TOPICS, Finding, content_key, guess_topic, make_finding
from infoview.findings.trends import numeric_trend_findings
from infoview.findings.wording import clean_text, publisher, words_of
from infoview.research.model import ResearchTable
from infoview.research.org import UNNAMED_TITLE, is_unknown

TRUTHY = frozenset({"y", "yes", "true", "1", "x", "✓", "flag", "ask", "si", "oui", "ja"})
HEADLINE_STRENGTH, NOTE_STRENGTH, GAP_STRENGTH = 0.4, 0.3, 0.5
MAX_ROWS = 300  # a list longer than this is a reference, not a reading list: keep the first
_LINK = re.compile(r"https?://\S+|www\.\S+", re.I)
_ID_LIKE = re.compile(r"^[A-Z]{0,3}-?\d+$")
# Contact boilerplate ("call 1300 135 070", an e-mail address) is never a finding to test.
_CONTACT = re.compile(r"\(?\d{2,4}\)?[ -]\d{3,4}[ -]\d{3,4}|\S+@\S+\.\w{2,}")
HEADLINE_WORDS = 4  # shorter "headlines" are labels (a title, a category), not news
NOTE_WORDS = 2
NUMBERS_SAMPLE, NUMBERS_SHARE = 200, 0.5
TRACKER_TOP = 5  # categories named per year of an event tracker


def trend_findings(table: ResearchTable) -> list[Finding]:
    """Each distinct headline, with its takeaway and source; flagged when the sheet says so."""
    if _is_event_tracker(table):
        return tracker_findings(table)
    numeric = _numbers_table(table)
    if numeric or _numbered(table):
        found = numeric_trend_findings(table)
        if found or numeric:
            return found
    found: dict[str, Finding] = {}
    for row in _rows(table):
        headline = _speech(row.get("headline", ""))
        if not _sayable(headline, HEADLINE_WORDS):
            continue
        key = content_key("trend", headline)
        if key in found:
            continue
        evidence = _speech(row.get("evidence", ""))
        if evidence and len(evidence) > 300:
            evidence = ""
        statement = (
            f"{headline.rstrip('.')} ({_lower_first(evidence.rstrip('.'))})"
            if evidence
            else headline
        )
        found[key] = make_finding(
            table,
            guess_topic(statement, "trends"),
            key,
            statement,
            _named(row.get("source", "")) or _table_source(table),
            preflag=row.get("flag", "").lower() in TRUTHY,
            strength=HEADLINE_STRENGTH,
            occupation=row["occupation"],
        )
        if len(found) == MAX_ROWS:
            break
    return list(found.values())


def note_findings(table: ResearchTable) -> list[Finding]:
    """Each distinct note, its topic given by the sheet or guessed from its words."""
    if _numbers_table(table):
        return []
    found: dict[str, Finding] = {}
    for row in _rows(table):
        note = _speech(row.get("note", "")).rstrip(".")
        if not _sayable(note, NOTE_WORDS):
            continue
        key = content_key("note", note)
        if key in found:
            continue
        label = row.get("topic", "").lower()
        topic = label if label in TOPICS else guess_topic(note)
        found[key] = make_finding(table, topic, key, note, "my notes", strength=NOTE_STRENGTH)
        if len(found) == MAX_ROWS:
            break
    return list(found.values())


def org_findings(table: ResearchTable) -> list[Finding]:
    """Boxes of the org chart whose holder is unknown, named with whom they report to."""
    rows = list(_rows(table))
    names = _names_by_id(table, rows)
    found: dict[str, Finding] = {}
    for row in rows:
        department = row.get("department", "")
        person = row.get("person", "")
        if not department or not is_unknown(person, row.get("known", "")):
            continue
        title = row.get("title", "") or UNNAMED_TITLE
        boss = names.get(row.get("reports_to", ""), row.get("reports_to", ""))
        if _ID_LIKE.match(boss):
            boss = ""
        key = content_key("org", department, title, boss)
        if key in found:
            continue
        reports = f", reporting to {boss}" if boss else ""
        found[key] = make_finding(
            table,
            "organization",
            key,
            f"I do not yet know who is the {title} in {department}{reports}",
            "my org chart",
            strength=GAP_STRENGTH,
            occupation=row["occupation"],
        )
    return list(found.values())


def tracker_findings(table: ResearchTable) -> list[Finding]:
    """Totals per category and year of an event tracker: "Retail: 12,400 people laid off at 40
    companies in 2022", the biggest categories of each year."""
    category = _category_column(table)
    values = table.values
    frame = pd.DataFrame(
        {
            "category": table.frame[category].astype(str).str.strip(),
            "who": table.frame[table.columns["headline"]].astype(str).str.strip(),
            "count": pd.to_numeric(values["count"], errors="coerce"),
            "year": values["date"].dt.year,
        }
    ).dropna()
    named = frame["category"].map(clean_text).str.lower()
    frame = frame[named.ne("") & named.ne("other") & frame["count"].gt(0)]
    header = str(table.columns["count"]).lower()
    what = "people laid off" if re.search(r"laid|layoff", header) else words_of(header)
    totals = (
        frame.groupby(["year", "category"])
        .agg(total=("count", "sum"), events=("who", "nunique"))
        .reset_index()
        .sort_values(["year", "total"], ascending=[True, False])
    )
    found = []
    for _, row in totals.groupby("year").head(TRACKER_TOP).iterrows():
        year, events = int(row["year"]), int(row["events"])
        statement = (
            f"{row['category']}: {row['total']:,.0f} {what} at {events:,} "
            f"compan{'y' if events == 1 else 'ies'} in {year}"
        )
        found.append(
            make_finding(
                table,
                "trends",
                content_key("tracker", row["category"], str(year)),
                statement,
                _table_source(table),
                strength=events / (events + 4),
            )
        )
    return found


def _is_event_tracker(table: ResearchTable) -> bool:
    """Rows of dated events with a count and a category: a layoffs or funding tracker."""
    return (
        table.values is not None
        and {"count", "date"} <= set(table.values.columns)
        and "headline" in table.columns
        and _category_column(table) is not None
    )


def _category_column(table: ResearchTable) -> str | None:
    return next(
        (c for c in table.frame.columns if re.search(r"industry|sector|category", str(c), re.I)),
        None,
    )


def _numbered(table: ResearchTable) -> bool:
    """Whether the table's count or value column is mostly filled with numbers."""
    values = table.values
    if values is None:
        return False
    return any(
        role in values and values[role].notna().mean() > NUMBERS_SHARE
        for role in ("count", "value", "change")
    )


def _numbers_table(table: ResearchTable) -> bool:
    """Whether the other columns are mostly figures: then the text cells are row labels of a
    statistics table ("Software developers", "Total"), not headlines or notes to test."""
    others = [c for c in table.frame.columns if c not in table.columns.values()]
    if not others:
        return False
    sample = table.frame[others].head(NUMBERS_SAMPLE)
    cells = sample.stack()
    cells = cells[cells.astype(str).str.strip().ne("")]
    if cells.empty:
        return False
    numeric = pd.to_numeric(cells.astype(str).str.replace(",", ""), errors="coerce").notna()
    return numeric.mean() > NUMBERS_SHARE


def _names_by_id(table: ResearchTable, rows: list[dict[str, str]]) -> dict[str, str]:
    """Box ids (the first column, when it holds ids) to the name of the box."""
    if table.frame.empty:
        return {}
    first = table.frame.columns[0]
    if first in table.columns.values():
        return {}
    ids = table.frame[first].astype(str).str.strip()
    return {
        box: row.get("department") or row.get("person") or row.get("title", "")
        for box, row in zip(ids, rows, strict=True)
        if box
    }


def _rows(table: ResearchTable):
    """Each row as {role: cleaned text} for the roles the table has, with the `occupation`
    its work was placed in on import ("" when none)."""
    columns = {role: table.frame[source] for role, source in table.columns.items()}
    placed = (
        table.values["occupation"]
        if table.values is not None and "occupation" in table.values
        else pd.Series("", index=table.frame.index)
    )
    for values in zip(*columns.values(), placed, strict=True) if columns else ():
        row = {role: clean_text(v) for role, v in zip(columns, values[:-1], strict=True)}
        yield {**row, "occupation": values[-1]}


def _sayable(text: str, words: int) -> bool:
    """Long enough to be a statement, and no contact details."""
    return len(text.split()) >= words and not _CONTACT.search(text)


def _speech(text: str) -> str:
    """A cell as a sentence: links removed, single-spaced."""
    return clean_text(_LINK.sub("", text)).strip(" -–|")


def _named(source: str) -> str:
    """A source cell as a person names it: links become their publisher or are left out."""
    if _LINK.search(source):
        return publisher(source.replace(".", " ").replace("/", " "))
    return source


def _table_source(table: ResearchTable) -> str:
    return publisher(table.file) or publisher(table.sheet) or "my research"


def _lower_first(text: str) -> str:
    """`Quarterly budgets…` -> `quarterly budgets…`, leaving acronyms such as `AI` alone."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
