"""Contacts from address-book exports (connections lists, Google and Outlook CSV) or typed.

Files are read by the research reader, which finds the header under any note lines and names
the columns' roles; this module turns a contacts table's rows into contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from infoview.contacts.model import MET, TO_CONTACT, Contact, unique
from infoview.research import ResearchFile, ResearchTable, read_research_path_isolated
from infoview.research.headers import header_roles
from infoview.research.normalize import normalize_dates

# A cell saying the seeker has met the person (a "met" or "status" column).
_MET_WORDS = frozenset({"y", "yes", "true", "1", "x", "✓", "met", "done", "si", "oui", "ja"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_DIGITS = re.compile(r"\d")
# Address books keep several e-mails and phones per person: the first filled one is used.
_SEVERAL = ("email", "phone", "link")


@dataclass(frozen=True)
class ContactImport:
    """What one file gave: its contacts and, per row or table left out, why (in words)."""

    file: str
    contacts: tuple[Contact, ...] = ()
    problems: tuple[str, ...] = ()


def read_contacts_path(path: str | Path) -> ContactImport:
    """The contacts in the file at `path` (read in a process of its own, like research)."""
    return contacts_from_research(read_research_path_isolated(path))


def contacts_from_research(research: ResearchFile) -> ContactImport:
    """The contacts of every contacts table in the file; other tables are named as skipped."""
    if research.error is not None:
        return ContactImport(research.file, (), (f"{research.file}: {research.error.message}",))
    contacts: list[Contact] = []
    problems: list[str] = []
    for table in research.tables:
        # a list of people (speakers, alumni) becomes contacts only when the seeker adds it
        # as contacts, which is what this file is being read for
        if table.kind not in ("contacts", "people") or "name" not in table.columns:
            problems.append(
                f"{table.label}: this looks like {_kind_words(table.kind)}, not a list of "
                "people (no name column with an e-mail, phone or date connected beside it). "
                "Export your contacts as CSV and add that file."
            )
            continue
        found, skipped = contacts_from_table(table)
        contacts += found
        problems += skipped
    return ContactImport(research.file, tuple(unique(contacts)), tuple(problems))


def contacts_from_tables(tables: Iterable[ResearchTable]) -> list[Contact]:
    """The contacts of the contacts tables among research tables (a list kept with research)."""
    found: list[Contact] = []
    for table in tables:
        if table.kind == "contacts" and "name" in table.columns:
            found += contacts_from_table(table)[0]
    return unique(found)


def contacts_from_table(table: ResearchTable) -> tuple[list[Contact], list[str]]:
    """One contact per row with a name; rows without one are listed with their row number."""
    frame = table.frame
    columns = {role: _cells(frame, table.columns.get(role)) for role in _ROLES}
    for role in _SEVERAL:
        columns[role] = _first_filled(frame, table, role)
    connected = _connected(table) or [""] * len(frame)
    roles = list(columns)
    contacts, problems = [], []
    rows = zip(zip(*columns.values(), strict=True), connected, strict=True)
    for position, (values, day) in enumerate(rows):
        row = dict(zip(roles, values, strict=True))
        name = _full_name(row["name"], row["last_name"])
        if not name:
            if any(row[r] for r in ("email", "phone", "company")):
                problems.append(
                    f"{table.label}, row {table.row_number(position)}: no name (only "
                    f"{_what_is_there(row)}), so it was left out. Add the person's name in the "
                    "file and add it again, or type the contact."
                )
            continue
        contacts.append(
            Contact(
                name=name,
                organization=row["company"],
                position=row["title"],
                email=row["email"],
                phone=row["phone"],
                link=row["link"],
                how_known=row["how_known"] or (f"connected on {day}" if day else ""),
                status=MET if row["met"].lower() in _MET_WORDS else TO_CONTACT,
                referred_by=row["referred_by"],
                source=table.file,
            )
        )
    return contacts, problems


_ROLES = ("name", "last_name", "company", "title", "met", "referred_by", "how_known")


def contact_details(text: str) -> dict[str, str]:
    """A typed "how to reach them" as the e-mail, phone or link it is (else nothing)."""
    text = text.strip()
    if _EMAIL.match(text):
        return {"email": text}
    if _LINK.match(text):
        return {"link": text}
    if len(_DIGITS.findall(text)) >= 6:
        return {"phone": text}
    return {}


def _cells(frame: pd.DataFrame, header: str | None) -> list[str]:
    if header is None:
        return [""] * len(frame)
    return [
        v if v.isprintable() and "  " not in v and v == v.strip() else " ".join(v.split())
        for v in map(str, frame[header].tolist())
    ]


def _first_filled(frame: pd.DataFrame, table: ResearchTable, role: str) -> list[str]:
    """The role's own column, else the first filled one of the other columns that name it."""
    own = table.columns.get(role)
    others = [h for h in frame.columns if h != own and role in header_roles("contacts", h)]
    columns = [_cells(frame, h) for h in ([own] if own else []) + others]
    check = {"email": _EMAIL, "link": _LINK}.get(role)
    filled = []
    for values in zip(*columns, strict=True) if columns else [()] * len(frame):
        good = [v for v in values if v and (check is None or check.match(v))]
        if role == "phone":
            good = [v for v in good if len(_DIGITS.findall(v)) >= 6]
        filled.append(good[0] if good else "")
    return filled


def _connected(table: ResearchTable) -> list[str]:
    """The day each person connected, as YYYY-MM-DD ("" when unreadable); [] without one."""
    column = table.column("connected")
    if column is None:
        return []
    written = column.astype(str).tolist()
    distinct = pd.Series(list(dict.fromkeys(written)), dtype=object)
    days = dict(zip(distinct, normalize_dates(distinct), strict=True))
    return ["" if pd.isna(days[text]) else days[text].date().isoformat() for text in written]


def _full_name(first: str, last: str) -> str:
    """First and last name joined, unless the name column already holds the whole name."""
    if not last or first.casefold().endswith(last.casefold()):
        return first
    return f"{first} {last}".strip()


def _what_is_there(row: dict[str, str]) -> str:
    shown = [
        f"{label} {row[role]}"
        for role, label in (
            ("email", "the e-mail"),
            ("phone", "the phone"),
            ("company", "the company"),
        )
        if row[role]
    ]
    return " and ".join(shown)


def _kind_words(kind: str) -> str:
    return {
        "salary": "a pay table",
        "trends": "news or trends",
        "org_chart": "an org chart",
        "notes": "notes",
        "reference": "a data dictionary",
        "metrics": "a table of rates per organization",
    }.get(kind, "a table of another kind")
