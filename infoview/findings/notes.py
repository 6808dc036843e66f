"""Findings from trend lists, org charts and notes: one per distinct headline, gap or note."""

from __future__ import annotations

import re

import pandas as pd

from infoview.anonymize import is_given_name
from infoview.findings.model import TOPICS, Finding, content_key, guess_topic, make_finding
from infoview.findings.trends import numeric_trend_findings
from infoview.findings.wording import (
    clean_text,
    clean_texts,
    number_words,
    publisher,
    source_name,
    words_of,
)
from infoview.research.headers import normalize_header
from infoview.research.model import ResearchTable
from infoview.research.org import UNNAMED_TITLE, is_unknown
from infoview.research.vocabulary import WEAK_HEADLINES

TRUTHY = frozenset({"y", "yes", "true", "1", "x", "✓", "flag", "ask", "si", "oui", "ja"})
HEADLINE_STRENGTH, NOTE_STRENGTH, GAP_STRENGTH = 0.4, 0.3, 0.5
MAX_ROWS = 300  # a list longer than this is a reference, not a reading list: keep the first
_LINK = re.compile(r"https?://\S+|www\.\S+", re.I)
_ID_LIKE = re.compile(r"^[A-Z]{0,3}-?\d+$")
# Contact boilerplate ("call 1300 135 070", an e-mail address) is never a finding to test.
_CONTACT = re.compile(r"\(?\d{2,4}\)?[ -]\d{3,4}[ -]\d{3,4}|\S+@\S+\.\w{2,}")
# A statement longer than this is a document (a case study, an interview question with its
# setup), not a finding a person could react to in a sentence.
MAX_SAID_WORDS = 60
# A question (an interview question collected as a note) states nothing to react to.
_QUESTION = re.compile(
    r"\?\s*$|^(?:how|what|when|why|which|who|where|do|does|did|can|could|would|should|is|are"
    r"|describe|explain|tell me|walk me)\b",
    re.I,
)
HEADLINE_WORDS = 4  # shorter "headlines" are labels (a title, a category), not news
NOTE_WORDS = 2
NUMBERS_SAMPLE, NUMBERS_SHARE = 200, 0.5
TRACKER_TOP = 5  # categories named per year of an event tracker


def trend_findings(table: ResearchTable) -> list[Finding]:
    """Each distinct headline, with its takeaway and source; flagged when the sheet says so."""
    if _is_event_tracker(table):
        return tracker_findings(table) if "count" in table.values else event_findings(table)
    numeric = _numbers_table(table)
    if numeric or _numbered(table):
        found = numeric_trend_findings(table)
        if found or numeric:
            return found
    found: dict[str, Finding] = {}
    for row in _rows(table):
        headline = _speech(row.get("headline", ""))
        if not _sayable(headline, HEADLINE_WORDS) or not is_finding_headline(headline):
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
            _headline_source(row, table),
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
    # A column of questions (interview questions collected from a site) holds what was asked,
    # not what the seeker found: what it shows is which kinds of question come up most.
    if re.search(r"\bquestions?\b", str(table.columns.get("note", "")), re.I):
        return _question_kinds(table)
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


def _question_kinds(table: ResearchTable) -> list[Finding]:
    """One finding from collected interview questions with a category each: the kinds that come
    up most, in order ("technical questions come up most, ahead of behavioral and case ones")."""
    kinds = pd.Series([row.get("topic", "").lower() for row in _rows(table) if row.get("note")])
    counts = kinds[kinds.ne("")].value_counts()
    if len(counts) < 2 or counts.iloc[0] == counts.iloc[1]:
        return []  # no category, or no kind ahead of the others: nothing to react to
    top, *next_kinds = [str(kind) for kind in counts.index[:3]]
    statement = (
        f"In the interview questions people reported, {top} questions come up most, ahead of "
        f"{' and '.join(next_kinds)} ones"
    )
    key = content_key("question-kinds", statement)
    total = int(counts.sum())
    return [
        make_finding(
            table, "general", key, statement, "my notes", sample_size=total, strength=NOTE_STRENGTH
        )
    ]


def org_findings(table: ResearchTable, columns: dict[str, list[str]]) -> list[Finding]:
    """Boxes of the org chart whose holder is unknown, named with whom they report to;
    `columns` are the table's cleaned text (`role_texts`)."""
    blank = [""] * table.rows
    boxes = zip(
        *(columns.get(role, blank) for role in ("department", "person", "known")), strict=True
    )
    # an HR export names every holder: find the few unknown boxes before building any row
    unknown = [i for i, (where, who, known) in enumerate(boxes) if where and is_unknown(who, known)]
    if not unknown:
        return []
    rows = list(_rows(table, columns))
    names = _names_by_id(table, rows)
    found: dict[str, Finding] = {}
    for row in (rows[i] for i in unknown):
        department = row["department"]
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
    """Totals per category and year of an event tracker: "In 2022, Retail had 12,400 people
    laid off across 40 companies", the biggest categories of each year."""
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
            f"In {year}, {row['category']} had {row['total']:,.0f} {what} across "
            f"{number_words(events)} "
            f"compan{'y' if events == 1 else 'ies'}"
        )
        found.append(
            make_finding(
                table,
                "trends",
                content_key("tracker", row["category"], str(year)),
                statement,
                source_name(table),
                strength=events / (events + 4),
            )
        )
    return found


def _is_event_tracker(table: ResearchTable) -> bool:
    """Rows of dated events with a category and a count, or named by an organization: a
    layoffs tracker, a list of funding rounds."""
    if table.values is None or "date" not in table.values or "headline" not in table.columns:
        return False
    category = _category_column(table)
    if category is None:
        return False
    if "count" in table.values:
        return True
    # each row one organization's event, filed under a category of its own
    named = normalize_header(table.columns["headline"]) in WEAK_HEADLINES
    return named and category != table.columns["headline"]


# Class: tables of dated events named by an organization (funding rounds, acquisitions):
# header words that say what each row is, for "three of the five funding rounds in 2024".
EVENT_NAMES = (
    (
        frozenset({"round", "funding", "raised", "investors", "investor", "series"}),
        "funding rounds",
    ),
    (frozenset({"acquisition", "acquired", "acquirer", "deal", "merger"}), "deals"),
)
EVENTS_PER_YEAR = 3  # fewer events in a year make no share worth saying


def event_findings(table: ResearchTable) -> list[Finding]:
    """Per year, the category most events fell in: "Three of the five funding rounds in 2024
    were in climate tech"."""
    category = _category_column(table)
    frame = pd.DataFrame(
        {
            "category": table.frame[category].map(clean_text),
            "year": table.values["date"].dt.year,
        }
    ).dropna()
    frame = frame[frame["category"].ne("")]
    words = {w for h in table.frame.columns for w in normalize_header(h).split()}
    what = next((name for names, name in EVENT_NAMES if names & words), "events")
    found = []
    for year, rows in frame.groupby("year"):
        counts = rows["category"].value_counts()
        total, top = len(rows), int(counts.iloc[0])
        if total < EVENTS_PER_YEAR or top < 2 or (len(counts) > 1 and counts.iloc[1] == top):
            continue
        field = str(counts.index[0])
        field = field if field.isupper() else field[:1].lower() + field[1:]
        statement = (
            f"{number_words(top).capitalize()} of the {number_words(total)} {what} in "
            f"{int(year)} were in {field}"
        )
        found.append(
            make_finding(
                table,
                "trends",
                content_key("events", str(int(year)), field),
                statement,
                source_name(table),
                sample_size=total,
                strength=total / (total + 4),
            )
        )
    return found


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


def role_texts(table: ResearchTable) -> dict[str, list[str]]:
    """Each role's cleaned text, with the `occupation` each row's work was placed in on import
    ("" when none)."""
    columns = {role: clean_texts(table.frame[source]) for role, source in table.columns.items()}
    if table.values is not None and "occupation" in table.values:
        columns["occupation"] = table.values["occupation"].tolist()
    else:
        columns["occupation"] = [""] * table.rows
    return columns


def _rows(table: ResearchTable, columns: dict[str, list[str]] | None = None):
    """Each row as {role: cleaned text} for the roles the table has, with the `occupation`
    its work was placed in on import ("" when none); from `columns` when already cleaned."""
    columns = role_texts(table) if columns is None else columns
    if len(columns) == 1:
        return
    for values in zip(*columns.values(), strict=True):
        yield dict(zip(columns, values, strict=True))


def _sayable(text: str, words: int) -> bool:
    """Long enough to be a statement and short enough to say, in words rather than a row of
    values, without contacts.

    A row of quoted names or of numbers ("10026 10084 10196", '"Chu, Alan" "Ng, Sarah"') is
    data copied into a note, which no one could react to.
    """
    tokens = text.split()
    worded = [t for t in tokens if re.search(r"[A-Za-z]{2,}", t)]
    values = text.count('"') >= 4 or len(worded) * 2 < len(tokens)
    fits = words <= len(tokens) <= MAX_SAID_WORDS
    return fits and not values and not _QUESTION.search(text) and not _CONTACT.search(text)


def _speech(text: str) -> str:
    """A cell as a sentence: links removed, single-spaced."""
    return clean_text(_LINK.sub("", text)).strip(" -–|")


def _named(source: str) -> str:
    """A source cell as a person names it: links become their publisher or are left out."""
    if _LINK.search(source):
        return publisher(source.replace(".", " ").replace("/", " "))
    return source


def _headline_source(row: dict[str, str], table: ResearchTable) -> str:
    """Who published a headline and when: "Anthony Ha in TechCrunch (September 2024)"."""
    named = _named(row.get("source", ""))
    outlet = _named(row.get("link", "")) if _LINK.search(row.get("link", "")) else ""
    when = _month(row.get("date", ""), row.get("link", ""))
    if named and outlet and outlet.lower() not in named.lower():
        said = f"{named} in {outlet}"
    else:
        said = named or outlet
    if not said:
        return source_name(table)
    return f"{said} ({when})" if when else said


def _month(date: str, link: str) -> str:
    """ "September 2024" from a date cell, or from a dated link path (/2024/09/)."""
    parsed = pd.to_datetime(date, errors="coerce") if date else pd.NaT
    if pd.notna(parsed):
        return parsed.strftime("%B %Y")
    path = re.search(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/", link)
    return pd.Timestamp(int(path[1]), int(path[2]), 1).strftime("%B %Y") if path else ""


# A headline is a finding only when it states something about work, a field or an organization
# that a person could react to. Reference pieces (glossaries, guides, how-tos), listicles,
# digests and event notices state nothing of the kind, whoever publishes them.
_NOT_A_FINDING = re.compile(
    r"\b(?:glossary|dictionary|cheat ?sheet|explainer|a to z|a-z of)\b"
    r"|^(?:an? |the |your )?(?:complete |ultimate |quick |beginner'?s? |short )?guide\b"
    r"|^(?:how|here'?s how) to\b|^how (?:do|can|should) (?:i|you|we)\b|\btips (?:for|to|on)\b"
    r"|\bstep[- ]by[- ]step\b|^(?:the )?(?:top )?\d+ (?:best |top |great |essential )?"
    r"(?:ways|things|tips|reasons|tools|apps|books|podcasts|startups|companies|ideas|lessons"
    r"|mistakes|questions|trends|jobs|skills)\b|\b\d+ (?:biggest|largest|best|worst|most)\b"
    r"|(?:^|: )all the\b"
    r"|\b(?:webinar|register (?:now|today|here)|registration (?:is )?open|tickets?|early[- ]bird"
    r"|save the date|join us|livestream|last chance|rsvp|speakers? announced|call for speakers"
    r"|week in review|this week in|daily digest|newsletter)\b",
    re.I,
)


# Product reviews and product introductions say what a thing is like to buy or use, not
# anything about work: a verdict or a try-out ("review:", "hands-on", "I tried"), a consumer
# price ("... for $4,000", never a deal's "$525M"), a product named with what it is ("Moksha,
# the meditation device, makes ...", "Shelf is a social network based on ...").
_PRODUCTS = (
    r"apps?|devices?|gadgets?|games?|headphones|earbuds|phones?|smartphones?|laptops?|tablets?"
    r"|smartwatch(?:es)?|watch(?:es)?|e-?bikes?|bikes?|cameras?|speakers?|consoles?|wearables?"
    r"|social networks?|robot vacuums?|chatbots?|browsers?|(?:smart )?rings?|scooters?"
)
_PRODUCT_PIECE = re.compile(
    r"(?:^|:\s*)(?:review|hands[- ]on|first look|first impressions)\b"
    r"|\b(?:review|hands[- ]on|first look|first impressions)\s*:"
    r"|\b(?:i|we) (?:tried|tested|used)\b|\bunboxing\b|\bworth (?:it|buying|the (?:money|price))\b"
    r"|\b\d+% off\b|\bbest (?:deals?|buys?)\b|\bon sale\b"
    r"|\b(?:for|at|under|costs?|priced at) (?:just |only )?[$£€]\d[\d,.]*\s*$"
    rf"|^[^,:]+,\s*(?:the|an?) (?:[\w-]+ ){{0,3}}(?:{_PRODUCTS}),\s*\w+s\b"
    rf"|^[^,:]+ is (?:an?|the) (?:new )?(?:[\w-]+ ){{0,3}}(?:{_PRODUCTS})"
    r" (?:that|for|based|where|which|to|with)\b",
    re.I,
)


# A person's own legal trouble ("Elon Musk threatened with SEC sanctions for failing to appear
# in court") says nothing about the work of anyone the seeker meets; an organization's does.
_PERSON_IN_COURT = re.compile(
    r"^(?P<first>[A-Z][a-z]+) (?:[A-Z][a-z]+ )?[A-Z][\w'-]+ .*\b(?:sued|charged|arrested"
    r"|indicted|sentenced|convicted|acquitted|threatened with|fined|subpoenaed|testif(?:y|ies)"
    r"|pleads?|court|trial|lawsuit)\b"
)


def is_finding_headline(headline: str) -> bool:
    """A headline that says something about work, a field or an organization."""
    if _NOT_A_FINDING.search(headline) or _PRODUCT_PIECE.search(headline):
        return False
    in_court = _PERSON_IN_COURT.match(headline)
    return not (in_court and is_given_name(in_court["first"]))


def _lower_first(text: str) -> str:
    """`Quarterly budgets…` -> `quarterly budgets…`, leaving acronyms such as `AI` alone."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
