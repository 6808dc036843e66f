"""The repository: every read and write of one owner's workspace, each write one transaction.

Records are kept whole (see codec.py), so what is saved comes back identical. Research files,
hypotheses, documents and interviews carry a version: a save based on a copy read before
another tab's change is refused with `WorkspaceConflict` instead of overwriting it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from infoview.contacts.from_log import met_in, referred_in
from infoview.contacts.model import Contact, unique
from infoview.errors import WorkspaceConflict, WorkspaceError
from infoview.hypotheses import Hypothesis
from infoview.log import Interview, KeptSheet, with_follow_ups
from infoview.profile import Profile
from infoview.questions.model import Sheet
from infoview.research import ResearchFile
from infoview.store import codec
from infoview.store.database import PostgresDatabase, SqliteDatabase
from infoview.store.schema import LATEST, OWNED_TABLES, migrate, now
from infoview.store.scope import OwnerScope
from infoview.store.validate import check_tables

EXPORT_FORMAT = "infoview-workspace"
CURRENT_PROFILE = "current_profile_id"
PROFILE_LIST = "profile_list"
T = TypeVar("T")
# The columns an export carries per table (the owner is the importer's).
EXPORT_COLUMNS = {
    "research_files": ("name", "position", "content", "version", "added_at"),
    "hypotheses": ("id", "position", "content", "version"),
    "profiles": ("id", "digest", "content", "saved_at"),
    "sheets": ("id", "profile_id", "digest", "created_at", "content"),
    "sheet_hypotheses": ("sheet_id", "position", "hypothesis_id", "statement"),
    "documents": ("key", "content", "version"),
    "interviews": (
        "id",
        "profile_id",
        "sheet_id",
        "held_on",
        "content",
        "recorded_at",
        "version",
    ),
    "follow_ups": ("id", "interview_id", "content", "version"),
    "contacts": ("id", "position", "content", "version"),
}
EXPORT_ORDER = {
    "research_files": "position",
    "hypotheses": "position",
    "profiles": "id",
    "sheets": "id",
    "sheet_hypotheses": "sheet_id, position",
    "documents": "key",
    "interviews": "id",
    "follow_ups": "id",
    "contacts": "position",
}


@dataclass(frozen=True)
class StoredProfile:
    """A saved interviewee profile and its row id."""

    id: int
    profile: Profile


@dataclass(frozen=True)
class Logged:
    """What logging an interview did: its id, and whether it was new (not a repeat save)."""

    id: int
    new: bool


@dataclass(frozen=True)
class Versioned(Generic[T]):
    """What was read and the version of each record in it, to pass back when saving."""

    value: T
    versions: Mapping[str, int]


class Workspace:
    """One owner's workspace in a SQLite file or a PostgreSQL database."""

    def __init__(self, database: SqliteDatabase | PostgresDatabase, owner: str = "local") -> None:
        if not owner:
            raise WorkspaceError("A workspace needs an owner; none was given.")
        self.database = database
        self.owner = owner

    @property
    def location(self) -> str:
        """The file path or the database URL (without its password)."""
        return self.database.location

    @property
    def path(self) -> Path:
        """The SQLite file of a local workspace."""
        if not isinstance(self.database, SqliteDatabase):
            raise WorkspaceError(f"The workspace {self.location} is not a file.")
        return self.database.path

    @contextmanager
    def _reading(self) -> Iterator[OwnerScope]:
        with self.database.connect() as conn, self.database.reading(conn, self.owner):
            yield OwnerScope(conn, self.owner)

    @contextmanager
    def _writing(self) -> Iterator[OwnerScope]:
        """One transaction; this owner's other writers wait for it."""
        with self.database.connect() as conn, self.database.transaction(conn, self.owner):
            yield OwnerScope(conn, self.owner)

    def migrate(self, upto: int = LATEST) -> list[str]:
        """Bring the schema up to date; the names of the migrations applied."""
        with self.database.connect() as conn:
            return migrate(self.database, conn, upto)

    def migrations(self) -> list[tuple[int, str]]:
        """The migrations this database has, as (number, name)."""
        with self.database.connect() as conn:
            rows = conn.execute("SELECT number, name FROM migrations ORDER BY number")
            return [tuple(row) for row in rows.fetchall()]

    def integrity(self) -> str:
        """SQLite's own integrity check of a local workspace: `ok` when the file is sound."""
        if not isinstance(self.database, SqliteDatabase):
            raise WorkspaceError(
                f"The integrity check is for workspace files; {self.location} is a PostgreSQL "
                "database, which checks its own pages."
            )
        with self.database.connect() as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]

    # Research

    def save_research(
        self, files: Iterable[ResearchFile], base: Mapping[str, int] | None = None
    ) -> dict[str, int]:
        """Store these files, each replacing the one of the same name; their new versions.

        With `base` (versions from `read_research`), a file changed elsewhere since is refused."""
        with self._writing() as scope:
            return {
                research.file: _save_record(
                    scope,
                    "research_files",
                    "name",
                    research.file,
                    codec.dumps(research),
                    _expected(base, research.file),
                    f'The research file "{research.file}"',
                    extra={"added_at": now()},
                )
                for research in files
            }

    def remove_research(self, name: str, version: int | None = None) -> None:
        with self._writing() as scope:
            _delete_record(
                scope, "research_files", "name", name, version, f'The research file "{name}"'
            )

    def read_research(self) -> Versioned[list[ResearchFile]]:
        """Every stored research file, in the order added, with their versions."""
        with self._reading() as scope:
            rows = scope.rows(
                "SELECT name, content, version FROM research_files WHERE owner = :owner "
                "ORDER BY position"
            )
        return Versioned([codec.loads(c) for _, c, _ in rows], {n: v for n, _, v in rows})

    def research_files(self) -> list[ResearchFile]:
        return self.read_research().value

    # Hypotheses

    def save_hypotheses(
        self, hypotheses: Iterable[Hypothesis], base: Mapping[str, int] | None = None
    ) -> dict[str, int]:
        """Make the stored hypotheses these, in this order; their new versions.

        Without `base` the list replaces what is stored. With `base` (versions from
        `read_hypotheses`) only this tab's changes are written: one changed or removed in
        another tab since is refused, and hypotheses another tab added are kept. A hypothesis
        given twice is kept once, at its first place."""
        unique: dict[str, Hypothesis] = {}
        for hypothesis in hypotheses:
            unique.setdefault(hypothesis.id, hypothesis)
        with self._writing() as scope:
            stored = {
                key: (version, content, position)
                for key, version, content, position in scope.rows(
                    "SELECT id, version, content, position FROM hypotheses WHERE owner = :owner"
                )
            }
            gone = set(stored) - set(unique)
            if base is not None:
                gone &= set(base)
            for key in sorted(gone):
                _delete_record(
                    scope, "hypotheses", "id", key, _expected(base, key), _hypothesis_label(key)
                )
            versions = {}
            for position, h in enumerate(unique.values()):
                content = codec.dumps(h)
                if stored.get(h.id, (None, None, None))[1:] == (content, position):
                    versions[h.id] = stored[h.id][0]  # unchanged: no write, no conflict
                    continue
                versions[h.id] = _save_record(
                    scope,
                    "hypotheses",
                    "id",
                    h.id,
                    content,
                    _expected(base, h.id),
                    _hypothesis_label(h.id, h.statement),
                    position=position,
                )
            return versions

    def read_hypotheses(self) -> Versioned[list[Hypothesis]]:
        with self._reading() as scope:
            rows = scope.rows(
                "SELECT id, content, version FROM hypotheses WHERE owner = :owner "
                "ORDER BY position, id"
            )
        return Versioned([codec.loads(c) for _, c, _ in rows], {i: v for i, _, v in rows})

    def hypotheses(self) -> list[Hypothesis]:
        return self.read_hypotheses().value

    # Profiles

    def save_profile(self, profile: Profile) -> int:
        """Store the profile (once per distinct profile), make it the current one; its id."""
        with self._writing() as scope:
            profile_id = _profile_id(scope, profile)
            _save_document(scope, CURRENT_PROFILE, json.dumps(profile_id), None)
            return profile_id

    def profiles(self) -> list[StoredProfile]:
        """Every saved profile, most recently saved first."""
        with self._reading() as scope:
            rows = scope.rows(
                "SELECT id, content FROM profiles WHERE owner = :owner "
                "ORDER BY saved_at DESC, id DESC"
            )
        return [StoredProfile(i, codec.loads(c)) for i, c in rows]

    def save_profile_list(self, profiles: Iterable[Profile], version: int | None = None) -> int:
        """The profiles the seeker keeps on the Interviewee page, in order; the list's version."""
        with self._writing() as scope:
            ids = [_profile_id(scope, profile) for profile in profiles]
            return _save_document(scope, PROFILE_LIST, json.dumps(ids), version)

    def read_profile_list(self) -> Versioned[list[Profile]]:
        """The kept profiles in order (every saved one when no list was kept yet)."""
        kept = self.read_document(PROFILE_LIST)
        saved = self.profiles()
        if kept.value is None:
            return Versioned([p.profile for p in reversed(saved)], kept.versions)
        by_id = {p.id: p.profile for p in saved}
        return Versioned([by_id[i] for i in kept.value if i in by_id], kept.versions)

    def profile_list(self) -> list[Profile]:
        return self.read_profile_list().value

    def current_profile(self) -> Profile | None:
        """The profile saved last from the Interviewee page, if any."""
        chosen = self.document(CURRENT_PROFILE)
        if chosen is None:
            return None
        with self._reading() as scope:
            row = scope.one(
                "SELECT content FROM profiles WHERE owner = :owner AND id = :id", {"id": chosen}
            )
        return None if row is None else codec.loads(row[0])

    # Documents: small JSON values the pages keep (the seeker's details, people tracked)

    def save_document(self, key: str, value: object, version: int | None = None) -> int:
        """Keep a JSON-ready value under `key`; its new version. With `version` (from
        `read_document`), a value changed elsewhere since is refused."""
        with self._writing() as scope:
            return _save_document(scope, key, json.dumps(value, default=str), version)

    def read_document(self, key: str) -> Versioned[object | None]:
        """The value under `key` (None when absent) and its version (0 when absent)."""
        with self._reading() as scope:
            row = scope.one(
                "SELECT content, version FROM documents WHERE owner = :owner AND key = :key",
                {"key": key},
            )
        if row is None:
            return Versioned(None, {key: 0})
        return Versioned(json.loads(row[0]), {key: row[1]})

    def document(self, key: str) -> object | None:
        return self.read_document(key).value

    # Sheets

    def save_sheet(self, sheet: Sheet) -> int:
        """Keep a generated sheet (once per distinct content); its id."""
        from infoview.export import sheet_to_dict

        content = json.dumps(sheet_to_dict(sheet), sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(content.encode()).hexdigest()
        with self._writing() as scope:
            row = scope.one(
                "SELECT id FROM sheets WHERE owner = :owner AND digest = :digest",
                {"digest": digest},
            )
            if row:
                return row[0]
            sheet_id = _next_id(scope, "sheets")
            scope.execute(
                "INSERT INTO sheets (owner, id, profile_id, digest, created_at, content) "
                "VALUES (:owner, :id, :profile, :digest, :at, :content)",
                {
                    "id": sheet_id,
                    "profile": _profile_id(scope, sheet.profile),
                    "digest": digest,
                    "at": now(),
                    "content": content,
                },
            )
            scope.executemany(
                "INSERT INTO sheet_hypotheses (owner, sheet_id, position, hypothesis_id, "
                "statement) VALUES (:owner, :sheet, :position, :id, :statement)",
                [
                    {"sheet": sheet_id, "position": i, "id": h.id, "statement": h.statement}
                    for i, h in enumerate(sheet.hypotheses)
                ],
            )
            return sheet_id

    def sheets(self) -> list[KeptSheet]:
        """Every kept sheet, newest first."""
        with self._reading() as scope:
            rows = scope.rows(
                "SELECT s.id, s.created_at, p.content FROM sheets s "
                "JOIN profiles p ON p.owner = :owner AND p.id = s.profile_id "
                "WHERE s.owner = :owner ORDER BY s.id DESC"
            )
            tested = _grouped(
                scope.rows(
                    "SELECT sheet_id, hypothesis_id, statement FROM sheet_hypotheses "
                    "WHERE owner = :owner ORDER BY sheet_id, position"
                )
            )
        return [KeptSheet(i, codec.loads(p), at, tuple(tested.get(i, ()))) for i, at, p in rows]

    # The interview log

    def record_interview(
        self, interview: Interview, new_hypotheses: Iterable[Hypothesis]
    ) -> Logged:
        """Store an interview with its outcomes, referrals and follow-ups, and the hypotheses
        its new findings became (each once; one already kept is left as it is), all in one
        transaction. One entry per person and day: when that meeting is logged already
        (checked in the same transaction, so two clicks cannot both add one), nothing is
        written and its id is returned as not new."""
        interview = with_follow_ups(interview)
        with self._writing() as scope:
            profile_id = _profile_id(scope, interview.profile)
            same = scope.one(
                "SELECT id FROM interviews WHERE owner = :owner AND profile_id = :profile "
                "AND held_on = :held_on",
                {"profile": profile_id, "held_on": interview.held_on.isoformat()},
            )
            if same is not None:
                return Logged(same[0], new=False)
            interview_id = _next_id(scope, "interviews")
            scope.execute(
                "INSERT INTO interviews (owner, id, profile_id, sheet_id, held_on, content, "
                "recorded_at, version) "
                "VALUES (:owner, :id, :profile, :sheet, :held_on, :content, :at, 1)",
                {
                    "id": interview_id,
                    "profile": profile_id,
                    "sheet": interview.sheet_id,
                    "held_on": interview.held_on.isoformat(),
                    "content": codec.dumps(replace(interview, id=None, follow_ups=())),
                    "at": now(),
                },
            )
            _insert_follow_ups(scope, interview_id, interview.follow_ups)
            _add_hypotheses(scope, new_hypotheses)
            _add_contacts(scope, [*met_in(interview), *referred_in(interview)])
            return Logged(interview_id, new=True)

    def correct_interview(
        self,
        interview_id: int,
        corrected: Interview,
        new_hypotheses: Iterable[Hypothesis],
        version: int | None = None,
    ) -> int:
        """Replace a logged interview with its corrected copy (a new version of the same entry,
        never a second one); its follow-ups follow the correction, keeping those ticked done.
        `version` is the one read (None: no check); the version after the write."""
        corrected = with_follow_ups(corrected)
        what = (
            f"The interview with {corrected.profile.display_name} on "
            f"{corrected.held_on.isoformat()}"
        )
        with self._writing() as scope:
            row = scope.one(
                "SELECT version, profile_id FROM interviews WHERE owner = :owner AND id = :id",
                {"id": interview_id},
            )
            if row is None:
                raise WorkspaceError(f"{what} is no longer in the workspace; reload the page.")
            stored_version, profile_id = row
            if version is not None and version != stored_version:
                raise WorkspaceConflict(what, str(interview_id))
            clash = scope.one(
                "SELECT id FROM interviews WHERE owner = :owner AND profile_id = :profile "
                "AND held_on = :held_on AND id <> :id",
                {
                    "id": interview_id,
                    "profile": profile_id,
                    "held_on": corrected.held_on.isoformat(),
                },
            )
            if clash is not None:
                raise WorkspaceError(
                    f"{what} is logged already as another entry: open that one to correct it."
                )
            done = {
                (f.kind, f.action)
                for f in (
                    codec.loads(c)
                    for (c,) in scope.rows(
                        "SELECT content FROM follow_ups WHERE owner = :owner "
                        "AND interview_id = :id",
                        {"id": interview_id},
                    )
                )
                if f.done
            }
            scope.execute(
                "UPDATE interviews SET held_on = :held_on, content = :content, "
                "version = version + 1 WHERE owner = :owner AND id = :id",
                {
                    "id": interview_id,
                    "held_on": corrected.held_on.isoformat(),
                    "content": codec.dumps(replace(corrected, id=None, follow_ups=())),
                },
            )
            scope.execute(
                "DELETE FROM follow_ups WHERE owner = :owner AND interview_id = :id",
                {"id": interview_id},
            )
            _insert_follow_ups(
                scope,
                interview_id,
                [replace(f, done=(f.kind, f.action) in done) for f in corrected.follow_ups],
            )
            _add_hypotheses(scope, new_hypotheses)
            _add_contacts(scope, [*met_in(corrected), *referred_in(corrected)])
            return stored_version + 1

    def read_interviews(self) -> Versioned[list[Interview]]:
        """Every logged interview (as `interviews`) and each one's version, by its id."""
        with self._reading() as scope:
            rows = scope.rows(
                "SELECT id, content, version FROM interviews WHERE owner = :owner "
                "ORDER BY held_on, id"
            )
            follow_ups = _grouped(
                scope.rows(
                    "SELECT interview_id, id, content FROM follow_ups WHERE owner = :owner "
                    "ORDER BY interview_id, id"
                )
            )
        interviews = [
            replace(
                codec.loads(content),
                id=interview_id,
                follow_ups=tuple(
                    replace(codec.loads(c), id=i) for i, c in follow_ups.get(interview_id, ())
                ),
            )
            for interview_id, content, _ in rows
        ]
        return Versioned(interviews, {str(i): v for i, _, v in rows})

    def interviews(self) -> list[Interview]:
        """Every logged interview with its outcomes, referrals and follow-ups, oldest first."""
        return self.read_interviews().value

    def set_follow_up_done(self, follow_up_id: int, done: bool) -> None:
        """Tick a follow-up done or not; a thank-you also marks its interview's thanks sent."""
        with self._writing() as scope:
            row = scope.one(
                "SELECT interview_id, content FROM follow_ups WHERE owner = :owner AND id = :id",
                {"id": follow_up_id},
            )
            if row is None:
                raise WorkspaceError(
                    f"Follow-up {follow_up_id} is no longer in the workspace; reload the page."
                )
            interview_id, content = row
            follow_up = codec.loads(content)
            scope.execute(
                "UPDATE follow_ups SET content = :content, version = version + 1 "
                "WHERE owner = :owner AND id = :id",
                {"id": follow_up_id, "content": codec.dumps(replace(follow_up, done=done))},
            )
            if follow_up.kind != "thank-you":
                return
            (stored,) = scope.one(
                "SELECT content FROM interviews WHERE owner = :owner AND id = :id",
                {"id": interview_id},
            )
            scope.execute(
                "UPDATE interviews SET content = :content, version = version + 1 "
                "WHERE owner = :owner AND id = :id",
                {
                    "id": interview_id,
                    "content": codec.dumps(replace(codec.loads(stored), thank_you_sent=done)),
                },
            )

    # Contacts: the people on the seeker's research list

    def add_contacts(self, contacts: Iterable[Contact]) -> int:
        """Add these people to the list, each person once (a copy fills the blanks of the one
        kept); how many new people the list has now."""
        with self._writing() as scope:
            return _add_contacts(scope, contacts)

    def contacts(self) -> list[Contact]:
        """Every contact, in the order added."""
        with self._reading() as scope:
            rows = scope.rows("SELECT content FROM contacts WHERE owner = :owner ORDER BY position")
        return [codec.loads(content) for (content,) in rows]

    def replace_contact(self, contact_id: str, contact: Contact) -> None:
        """Put `contact` in the place of the one with `contact_id` (a status or detail edited)."""
        with self._writing() as scope:
            row = scope.one(
                "SELECT position FROM contacts WHERE owner = :owner AND id = :id",
                {"id": contact_id},
            )
            if row is None:
                raise WorkspaceError(
                    f'The contact "{contact.name}" is no longer in the workspace; reload the page.'
                )
            scope.execute(
                "DELETE FROM contacts WHERE owner = :owner AND id = :id", {"id": contact_id}
            )
            scope.execute(
                "DELETE FROM contacts WHERE owner = :owner AND id = :id", {"id": contact.id}
            )
            scope.execute(
                "INSERT INTO contacts (owner, id, position, content, version) "
                "VALUES (:owner, :id, :position, :content, 1)",
                {"id": contact.id, "position": row[0], "content": codec.dumps(contact)},
            )

    def delete_contact(self, contact_id: str) -> None:
        """Delete one contact for good."""
        with self._writing() as scope:
            scope.execute(
                "DELETE FROM contacts WHERE owner = :owner AND id = :id", {"id": contact_id}
            )

    def delete_contacts(self) -> int:
        """Delete every contact for good; how many there were."""
        with self._writing() as scope:
            return scope.execute("DELETE FROM contacts WHERE owner = :owner").rowcount

    # The whole workspace

    def export_data(self) -> dict:
        """Every row this owner has, table by table, as one JSON-ready document."""
        with self._reading() as scope:
            tables = {
                table: {
                    "columns": list(columns),
                    "rows": [
                        list(row)
                        for row in scope.rows(
                            f"SELECT {', '.join(columns)} FROM {table} WHERE owner = :owner "
                            f"ORDER BY {EXPORT_ORDER[table]}"
                        )
                    ],
                }
                for table, columns in EXPORT_COLUMNS.items()
            }
        return {"format": EXPORT_FORMAT, "schema": LATEST, "tables": tables}

    def import_data(self, document: dict, source: str) -> int:
        """Load an exported workspace into this owner's empty one; the number of rows loaded."""
        _check_export(document, source)
        check_tables(document["tables"], EXPORT_COLUMNS, source)  # all of it, before storing
        with self._writing() as scope:
            if self._holds_data(scope):
                raise WorkspaceError(
                    f"The workspace {self.location} already holds data; import {source} into a "
                    "new, empty one with --db PATH."
                )
            loaded = 0
            for table, columns in EXPORT_COLUMNS.items():
                part = document["tables"].get(table, {"columns": [], "rows": []})
                scope.executemany(
                    f"INSERT INTO {table} (owner, {', '.join(columns)}) "
                    f"VALUES (:owner, {', '.join(':' + c for c in columns)})",
                    [dict(zip(columns, row, strict=True)) for row in part["rows"]],
                )
                loaded += len(part["rows"])
            return loaded

    def sign_out(self, at: int) -> None:
        """Note that this owner signed out at `at` (Unix seconds): sign-ins from before it end."""
        with self._writing() as scope:
            updated = scope.execute(
                "UPDATE sessions SET signed_out_at = :at WHERE owner = :owner", {"at": at}
            ).rowcount
            if not updated:
                scope.execute(
                    "INSERT INTO sessions (owner, signed_out_at) VALUES (:owner, :at)", {"at": at}
                )

    def signed_out_at(self) -> int | None:
        """When this owner last signed out (Unix seconds), or None."""
        with self._reading() as scope:
            row = scope.one("SELECT signed_out_at FROM sessions WHERE owner = :owner")
        return None if row is None else row[0]

    def delete_everything(self) -> int:
        """Delete every row this owner has, for good; the number of rows deleted."""
        database = self.database
        with (
            database.connect() as conn,
            database.erasing(conn),
            database.transaction(conn, self.owner),
        ):
            scope = OwnerScope(conn, self.owner)
            return sum(
                scope.execute(f"DELETE FROM {table} WHERE owner = :owner").rowcount
                for table in reversed(OWNED_TABLES)
            )

    def _holds_data(self, scope: OwnerScope) -> bool:
        return any(
            scope.one(f"SELECT 1 FROM {t} WHERE owner = :owner LIMIT 1") for t in OWNED_TABLES
        )


def _insert_follow_ups(scope: OwnerScope, interview_id: int, follow_ups: Iterable) -> None:
    first = _next_id(scope, "follow_ups")
    scope.executemany(
        "INSERT INTO follow_ups (owner, id, interview_id, content, version) "
        "VALUES (:owner, :id, :interview, :content, 1)",
        [
            {
                "id": first + i,
                "interview": interview_id,
                "content": codec.dumps(replace(f, id=None)),
            }
            for i, f in enumerate(follow_ups)
        ],
    )


def _add_hypotheses(scope: OwnerScope, hypotheses: Iterable[Hypothesis]) -> None:
    """Append the hypotheses not kept yet, each once, after the others."""
    known = {row[0] for row in scope.rows("SELECT id FROM hypotheses WHERE owner = :owner")}
    start = scope.one("SELECT COALESCE(MAX(position) + 1, 0) FROM hypotheses WHERE owner = :owner")[
        0
    ]
    fresh: dict[str, Hypothesis] = {}
    for hypothesis in hypotheses:
        if hypothesis.id not in known:
            fresh.setdefault(hypothesis.id, hypothesis)
    for offset, h in enumerate(fresh.values()):
        _save_record(
            scope,
            "hypotheses",
            "id",
            h.id,
            codec.dumps(h),
            None,
            _hypothesis_label(h.id, h.statement),
            position=start + offset,
        )


def _add_contacts(scope: OwnerScope, contacts: Iterable[Contact]) -> int:
    """Merge `contacts` into the stored list in one pass; how many people are new."""
    stored = {
        key: (position, codec.loads(content))
        for key, position, content in scope.rows(
            "SELECT id, position, content FROM contacts WHERE owner = :owner"
        )
    }
    before = [c for _, c in sorted(stored.values(), key=lambda kept: kept[0])]
    merged = unique([*before, *contacts])
    rows = []
    for position, contact in enumerate(merged):
        content = codec.dumps(contact)
        if stored.get(contact.id, (None, None))[1] == contact and stored[contact.id][0] == position:
            continue
        rows.append({"id": contact.id, "position": position, "content": content})
    gone = set(stored) - {c.id for c in merged} | {r["id"] for r in rows if r["id"] in stored}
    scope.executemany(
        "DELETE FROM contacts WHERE owner = :owner AND id = :id", [{"id": k} for k in gone]
    )
    scope.executemany(
        "INSERT INTO contacts (owner, id, position, content, version) "
        "VALUES (:owner, :id, :position, :content, 1)",
        rows,
    )
    return len(merged) - len(before)


def _expected(base: Mapping[str, int] | None, key: str) -> int | None:
    """The version the caller read (0: it did not have the record), or None: no check."""
    return None if base is None else base.get(key, 0)


def _hypothesis_label(key: str, statement: str = "") -> str:
    return f'The hypothesis "{statement}"' if statement else f"The hypothesis {key}"


def _save_record(
    scope: OwnerScope,
    table: str,
    key_column: str,
    key: str,
    content: str,
    expected: int | None,
    what: str,
    position: int | None = None,
    extra: Mapping[str, object] | None = None,
) -> int:
    """Insert or update one versioned record; its version after the write.

    `expected` is the version the caller's copy came from (0: a new record), None to skip the
    check. Writing what is already stored changes nothing and is never a conflict."""
    row = scope.one(
        f"SELECT version, content, position FROM {table} "
        f"WHERE owner = :owner AND {key_column} = :key",
        {"key": key},
    )
    if row is not None:
        version, stored, stored_position = row
        if stored == content and position in (None, stored_position):
            return version
        if expected is not None and expected != version and stored != content:
            raise WorkspaceConflict(what, key)
        scope.execute(
            f"UPDATE {table} SET content = :content, position = :position, "
            f"version = version + 1 WHERE owner = :owner AND {key_column} = :key",
            {
                "key": key,
                "content": content,
                "position": stored_position if position is None else position,
            },
        )
        return version + 1
    if expected:
        raise WorkspaceConflict(what, key)  # removed in another tab since it was read
    if position is None:
        position = scope.one(
            f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table} WHERE owner = :owner"
        )[0]
    values = {key_column: key, "content": content, "position": position, **(extra or {})}
    scope.execute(
        f"INSERT INTO {table} (owner, version, {', '.join(values)}) "
        f"VALUES (:owner, 1, {', '.join(':' + c for c in values)})",
        values,
    )
    return 1


def _delete_record(
    scope: OwnerScope, table: str, key_column: str, key: str, expected: int | None, what: str
) -> None:
    row = scope.one(
        f"SELECT version FROM {table} WHERE owner = :owner AND {key_column} = :key", {"key": key}
    )
    if row is None:
        return
    if expected is not None and expected != row[0]:
        raise WorkspaceConflict(what, key)
    scope.execute(f"DELETE FROM {table} WHERE owner = :owner AND {key_column} = :key", {"key": key})


def _save_document(scope: OwnerScope, key: str, content: str, expected: int | None) -> int:
    row = scope.one(
        "SELECT version, content FROM documents WHERE owner = :owner AND key = :key",
        {"key": key},
    )
    if row is None:
        if expected:
            raise WorkspaceConflict(f'The saved "{key}"', key)
        scope.execute(
            "INSERT INTO documents (owner, key, content, version) "
            "VALUES (:owner, :key, :content, 1)",
            {"key": key, "content": content},
        )
        return 1
    version, stored = row
    if stored == content:
        return version
    if expected is not None and expected != version:
        raise WorkspaceConflict(f'The saved "{key.replace("_", " ")}"', key)
    scope.execute(
        "UPDATE documents SET content = :content, version = version + 1 "
        "WHERE owner = :owner AND key = :key",
        {"key": key, "content": content},
    )
    return version + 1


def profile_digest(profile: Profile) -> str:
    """Equal profiles share one row: they are found by this digest of their content."""
    return hashlib.sha256(codec.dumps(profile).encode()).hexdigest()


def _profile_id(scope: OwnerScope, profile: Profile) -> int:
    digest = profile_digest(profile)
    row = scope.one(
        "SELECT id FROM profiles WHERE owner = :owner AND digest = :digest", {"digest": digest}
    )
    if row is not None:
        scope.execute(
            "UPDATE profiles SET saved_at = :at WHERE owner = :owner AND id = :id",
            {"at": now(), "id": row[0]},
        )
        return row[0]
    profile_id = _next_id(scope, "profiles")
    scope.execute(
        "INSERT INTO profiles (owner, id, digest, content, saved_at) "
        "VALUES (:owner, :id, :digest, :content, :at)",
        {"id": profile_id, "digest": digest, "content": codec.dumps(profile), "at": now()},
    )
    return profile_id


def _next_id(scope: OwnerScope, table: str) -> int:
    """Ids count per owner, so an export keeps them; the write transaction makes this safe."""
    return scope.one(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table} WHERE owner = :owner")[0]


def _grouped(rows: Iterable[tuple]) -> dict[object, list[tuple]]:
    """Rows keyed by their first value, the rest of each row kept in order."""
    groups: dict[object, list[tuple]] = {}
    for row in rows:
        groups.setdefault(row[0], []).append(tuple(row[1:]))
    return groups


def _check_export(document: object, source: str) -> None:
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise WorkspaceError(
            f"{source} is not an InfoView workspace export; create one with "
            "`python -m infoview workspace export -o FILE`."
        )
    if document.get("schema") != LATEST or not isinstance(document.get("tables"), dict):
        raise WorkspaceError(
            f"{source} was exported with workspace schema {document.get('schema')}; this "
            f"InfoView reads schema {LATEST}. Export it again with this version."
        )
