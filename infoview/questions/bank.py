"""Load and validate the question bank (CSV); a bad row is an error that names it.

Columns: id, section (see SECTIONS), text with {placeholders}, seniority, specialties and
industries (`;`-separated, or `any`), family (questions of one family ask the same thing, so a
sheet holds at most one of them), tags (`;`-separated, from TAGS), minutes, sensitive,
insider_only (yes/no) and needs_topic. A row with needs_topic is a springboard template: it must
state {finding} and is used once per flagged hypothesis of that topic. A user's bank may leave
out the templates (the bundled ones are used then) and the industries and family columns (any
industry; each question a family of its own).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from infoview.errors import BankError
from infoview.findings import TOPICS
from infoview.profile import INDUSTRIES, SENIORITIES, SPECIALTIES
from infoview.questions.guard import find_job_request
from infoview.questions.model import SECTIONS, BankQuestion
from infoview.questions.placeholders import (
    HYPOTHESIS_PLACEHOLDERS,
    PLACEHOLDERS,
    placeholders_in,
)

DEFAULT_BANK = Path(__file__).resolve().parents[2] / "data" / "question_bank.csv"
COLUMNS = (
    "id",
    "section",
    "text",
    "seniority",
    "specialties",
    "tags",
    "minutes",
    "sensitive",
    "insider_only",
    "needs_topic",
)
OPTIONAL_COLUMNS = ("industries", "family")
TAGS = frozenset(
    {
        "etiquette",
        "referral",
        "path",
        "day-to-day",
        "advice",
        "growth",
        "environment",
        "strategy",
        "trends",
        "technology",
        "specialty",
        "competitors",
        "compensation",
        "entry-path",
        "skills",
        "lifestyle",
        "feedback",
        "hiring",
        "structure",
        "referrals",
        "permission",
        "culture",
        "research",
        "manages",  # asks about leading people: only for someone whose title or level says so
    }
)


def load_bank(source: str | Path | None = None) -> tuple[BankQuestion, ...]:
    """Questions from a bank CSV path (the bundled bank by default)."""
    path = Path(source) if source else DEFAULT_BANK
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BankError(f"cannot read the question bank {path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise BankError(
            f"the question bank {path.name} is not UTF-8 text; save it as CSV UTF-8 and retry."
        ) from None
    return parse_bank(text, path.name)


def parse_bank(text: str, name: str = "question bank") -> tuple[BankQuestion, ...]:
    """Questions from bank CSV text; raises BankError naming the first bad row."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise BankError(
            f"{name} lacks the column(s) {', '.join(missing)}; the columns are "
            f"{', '.join(COLUMNS)}."
        )
    questions, seen = [], set()
    for row_number, row in enumerate(reader, start=2):
        cells = {column: (row.get(column) or "") for column in (*COLUMNS, *OPTIONAL_COLUMNS)}
        question = _parse_row(cells, f"{name}, row {row_number}")
        if question.id in seen:
            raise BankError(f'{name}, row {row_number}: id "{question.id}" is used twice.')
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise BankError(f"{name} has no questions.")
    return tuple(questions)


def _parse_row(row: dict[str, str], where: str) -> BankQuestion:
    def fail(message: str) -> BankError:
        return BankError(f"{where}: {message}")

    if not row["id"].strip():
        raise fail("the id is empty; give every question a unique id.")
    section = row["section"].strip()
    if section not in SECTIONS:
        raise fail(f'section "{section}" is not one of {", ".join(SECTIONS)}.')
    text = " ".join(row["text"].split())
    if not text:
        raise fail("the question text is empty.")
    used = _placeholders(text, where)
    unknown = used - PLACEHOLDERS
    if unknown:
        raise fail(
            f"unknown placeholder {{{sorted(unknown)[0]}}}; use one of "
            f"{', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}."
        )
    if find_job_request(text):
        raise fail("the question asks for a job, which an informational interview never does.")
    seniority = _choices(row["seniority"], SENIORITIES, "seniority level", fail)
    specialties = (
        frozenset()
        if row["specialties"].strip() in ("", "any")
        else frozenset(s.strip() for s in row["specialties"].split(";"))
    )
    unknown_specialties = specialties - set(SPECIALTIES)
    if unknown_specialties:
        raise fail(
            f'specialty "{sorted(unknown_specialties)[0]}" is not one of '
            f"{', '.join(SPECIALTIES)} (or any)."
        )
    industries = (
        frozenset()
        if row["industries"].strip() in ("", "any")
        else frozenset(s.strip() for s in row["industries"].split(";"))
    )
    if industries - set(INDUSTRIES):
        raise fail(
            f'industry "{sorted(industries - set(INDUSTRIES))[0]}" is not one of '
            f"{', '.join(INDUSTRIES)} (or any)."
        )
    tags = frozenset(t.strip() for t in row["tags"].split(";") if t.strip())
    if tags - TAGS:
        raise fail(
            f'tag "{sorted(tags - TAGS)[0]}" is unknown; use one of {", ".join(sorted(TAGS))}.'
        )
    try:
        minutes = float(row["minutes"])
    except ValueError:
        raise fail(f'minutes "{row["minutes"]}" is not a number.') from None
    if not 0 < minutes <= 10:
        raise fail(f"minutes {minutes:g} is out of range (more than 0, at most 10).")
    topic = row["needs_topic"].strip()
    if topic and topic not in TOPICS:
        raise fail(f'needs_topic "{topic}" is not one of {", ".join(TOPICS)} (or empty).')
    if topic and "finding" not in used:
        raise fail(
            f"a springboard (needs_topic {topic}) must state the finding: add {{finding}} to it."
        )
    if not topic and used & HYPOTHESIS_PLACEHOLDERS:
        raise fail(
            f"{{{sorted(used & HYPOTHESIS_PLACEHOLDERS)[0]}}} is filled from a hypothesis: "
            "set needs_topic to the hypothesis topic it needs, or remove the placeholder."
        )
    return BankQuestion(
        id=row["id"].strip(),
        section=section,
        text=text,
        seniority=seniority,
        specialties=specialties,
        industries=industries,
        family=row["family"].strip() or row["id"].strip(),
        tags=tags,
        minutes=minutes,
        sensitive=_yes(row["sensitive"], "sensitive", fail),
        insider_only=_yes(row["insider_only"], "insider_only", fail),
        needs_topic=topic,
    )


def _placeholders(text: str, where: str) -> frozenset[str]:
    try:
        return placeholders_in(text)
    except ValueError as exc:
        raise BankError(f"{where}: braces do not match ({exc}).") from None


def _choices(cell: str, allowed: tuple[str, ...], label: str, fail) -> frozenset[str]:
    if cell.strip() in ("", "any"):
        return frozenset(allowed)
    values = frozenset(v.strip() for v in cell.split(";"))
    bad = values - set(allowed)
    if bad:
        raise fail(f'{label} "{sorted(bad)[0]}" is not one of {", ".join(allowed)}.')
    return values


def _yes(cell: str, column: str, fail) -> bool:
    value = cell.strip().lower()
    if value not in ("yes", "no", ""):
        raise fail(f'{column} must be yes or no, not "{cell}".')
    return value == "yes"
