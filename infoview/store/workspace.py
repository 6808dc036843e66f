"""The repository: every read and write of the workspace database, each write one transaction."""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from infoview.errors import WorkspaceError
from infoview.hypotheses import Hypothesis
from infoview.log import FollowUp, Interview, KeptSheet, Outcome, Referral, with_follow_ups
from infoview.profile import Profile
from infoview.questions.model import Sheet
from infoview.research import Issue, ResearchFile, ResearchTable
from infoview.store.schema import LATEST, migrate, now

BUSY_SECONDS = 15
EXPORT_FORMAT = "infoview-workspace"
# Parents before children, so an import never meets a dangling reference.
DATA_TABLES = (
    "research_files",
    "research_tables",
    "research_columns",
    "research_roles",
    "research_cells",
    "research_issues",
    "hypotheses",
    "profiles",
    "sheets",
    "sheet_hypotheses",
    "settings",
    "interviews",
    "outcomes",
    "referrals",
    "follow_ups",
)
CURRENT_PROFILE = "current_profile_id"
PROFILE_LIST = "profile_list"


@dataclass(frozen=True)
class StoredProfile:
    """A saved interviewee profile and its row id."""

    id: int
    profile: Profile


class Workspace:
    """One workspace database file; opens a short connection per operation."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            # FULL: a commit the user saw must survive a crash right after it.
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise _unusable(self.path, exc) from exc
        return conn

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            raise _unusable(self.path, exc) from exc
        finally:
            conn.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A transaction that takes the write lock at once, so two writers queue, not fail."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise _unusable(self.path, exc) from exc
        finally:
            conn.close()

    def migrate(self, upto: int = LATEST) -> list[str]:
        """Bring the schema up to date (WAL mode on); the names of the migrations applied."""
        conn = self._connect()
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return migrate(conn, upto)
        except sqlite3.DatabaseError as exc:
            raise _unusable(self.path, exc) from exc
        finally:
            conn.close()

    def migrations(self) -> list[tuple[int, str]]:
        """The migrations this database has, as (number, name)."""
        with self._reading() as conn:
            return conn.execute("SELECT number, name FROM migrations ORDER BY number").fetchall()

    def integrity(self) -> str:
        """SQLite's own integrity check: `ok` when the file is sound."""
        with self._reading() as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]

    # Research

    def save_research(self, files: Iterable[ResearchFile]) -> None:
        """Store these files, replacing the tables of any file with the same name."""
        with self._writing() as conn:
            for research in files:
                _save_research_file(conn, research)

    def remove_research(self, name: str) -> None:
        with self._writing() as conn:
            conn.execute("DELETE FROM research_files WHERE name = ?", (name,))

    def research_files(self) -> list[ResearchFile]:
        """Every stored research file with its tables and issues, in the order added."""
        with self._reading() as conn:
            files = conn.execute(
                "SELECT id, name, error_code, error_message FROM research_files ORDER BY id"
            ).fetchall()
            return [_load_research_file(conn, *row) for row in files]

    # Hypotheses

    def save_hypotheses(self, hypotheses: Iterable[Hypothesis]) -> None:
        """Replace the stored hypotheses with these, in this order."""
        with self._writing() as conn:
            conn.execute("DELETE FROM hypotheses")
            _insert_hypotheses(conn, hypotheses, start=0)

    def hypotheses(self) -> list[Hypothesis]:
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, statement, topic, priority, flagged, source, figure, custom "
                "FROM hypotheses ORDER BY position"
            ).fetchall()
        return [
            Hypothesis(
                id=i,
                statement=s,
                topic=t,
                priority=p,
                flagged=bool(f),
                source=src,
                figure=fig,
                custom=bool(c),
            )
            for i, s, t, p, f, src, fig, c in rows
        ]

    # Profiles

    def save_profile(self, profile: Profile) -> int:
        """Store the profile (once per distinct profile), make it the current one; its id."""
        with self._writing() as conn:
            profile_id = _profile_id(conn, profile)
            _set(conn, CURRENT_PROFILE, str(profile_id))
            return profile_id

    def profiles(self) -> list[StoredProfile]:
        """Every saved profile, most recently saved first."""
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT p.id, {_PROFILE_FIELDS} FROM profiles p "
                "ORDER BY p.saved_at DESC, p.id DESC"
            ).fetchall()
        return [StoredProfile(row[0], _profile(row[1:])) for row in rows]

    def save_profile_list(self, profiles: Iterable[Profile]) -> None:
        """The profiles the seeker keeps on the Interviewee page, in order."""
        with self._writing() as conn:
            ids = [_profile_id(conn, profile) for profile in profiles]
            _set(conn, PROFILE_LIST, json.dumps(ids))

    def profile_list(self) -> list[Profile]:
        """The kept profiles in order; every saved one when no list was kept yet."""
        kept = self.document(PROFILE_LIST)
        if kept is None:
            return [p.profile for p in reversed(self.profiles())]
        by_id = {p.id: p.profile for p in self.profiles()}
        return [by_id[i] for i in kept if i in by_id]

    # Documents: small JSON values the pages keep (the seeker's details, people tracked)

    def save_document(self, key: str, value: object) -> None:
        """Keep a JSON-ready value under `key`, replacing what was there."""
        with self._writing() as conn:
            _set(conn, key, json.dumps(value, default=str))

    def document(self, key: str) -> object | None:
        """The value kept under `key`, or None."""
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def current_profile(self) -> Profile | None:
        """The profile saved last from the Interviewee page, if any."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_PROFILE_FIELDS} FROM profiles p WHERE p.id = "
                "(SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?)",
                (CURRENT_PROFILE,),
            ).fetchone()
        return None if row is None else _profile(row)

    # Sheets

    def save_sheet(self, sheet: Sheet) -> int:
        """Keep a generated sheet (once per distinct content); its id."""
        from infoview.export import sheet_to_dict

        content = json.dumps(sheet_to_dict(sheet), sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(content.encode()).hexdigest()
        with self._writing() as conn:
            row = conn.execute("SELECT id FROM sheets WHERE digest = ?", (digest,)).fetchone()
            if row:
                return row[0]
            sheet_id = conn.execute(
                "INSERT INTO sheets (profile_id, digest, created_at, content) VALUES (?, ?, ?, ?)",
                (_profile_id(conn, sheet.profile), digest, now(), content),
            ).lastrowid
            conn.executemany(
                "INSERT INTO sheet_hypotheses (sheet_id, position, hypothesis_id, statement) "
                "VALUES (?, ?, ?, ?)",
                [(sheet_id, i, h.id, h.statement) for i, h in enumerate(sheet.hypotheses)],
            )
            return sheet_id

    def sheets(self) -> list[KeptSheet]:
        """Every kept sheet, newest first."""
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT s.id, s.created_at, {_PROFILE_FIELDS} "
                "FROM sheets s JOIN profiles p ON p.id = s.profile_id ORDER BY s.id DESC"
            ).fetchall()
            tested = _grouped(
                conn.execute(
                    "SELECT sheet_id, hypothesis_id, statement FROM sheet_hypotheses "
                    "ORDER BY sheet_id, position"
                )
            )
        return [
            KeptSheet(row[0], _profile(row[2:]), row[1], tuple(tested.get(row[0], ())))
            for row in rows
        ]

    # The interview log

    def record_interview(self, interview: Interview, new_hypotheses: Iterable[Hypothesis]) -> int:
        """Store an interview with its outcomes, referrals and follow-ups, and the hypotheses
        its new findings became, all in one transaction; the interview's id."""
        interview = with_follow_ups(interview)
        with self._writing() as conn:
            interview_id = conn.execute(
                "INSERT INTO interviews (profile_id, sheet_id, held_on, org_type, confidential, "
                "thank_you_sent, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _profile_id(conn, interview.profile),
                    interview.sheet_id,
                    interview.held_on.isoformat(),
                    interview.org_type,
                    int(interview.confidential),
                    int(interview.thank_you_sent),
                    now(),
                ),
            ).lastrowid
            conn.executemany(
                "INSERT INTO outcomes (interview_id, position, hypothesis_id, statement, result, "
                "note) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (interview_id, i, o.hypothesis_id, o.statement, o.result, o.note)
                    for i, o in enumerate(interview.outcomes)
                ],
            )
            conn.executemany(
                "INSERT INTO referrals (interview_id, name, organization, contact, "
                "may_use_my_name, will_introduce, check_back_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        interview_id,
                        r.name,
                        r.organization,
                        r.contact,
                        int(r.may_use_my_name),
                        int(r.will_introduce),
                        r.check_back_days,
                    )
                    for r in interview.referrals
                ],
            )
            conn.executemany(
                "INSERT INTO follow_ups (interview_id, kind, due_on, action, done) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (interview_id, f.kind, f.due_on.isoformat(), f.action, int(f.done))
                    for f in interview.follow_ups
                ],
            )
            known = {row[0] for row in conn.execute("SELECT id FROM hypotheses")}
            start = conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM hypotheses")
            _insert_hypotheses(
                conn, [h for h in new_hypotheses if h.id not in known], start=start.fetchone()[0]
            )
            return interview_id

    def interviews(self) -> list[Interview]:
        """Every logged interview with its outcomes, referrals and follow-ups, oldest first."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT i.id, i.sheet_id, i.held_on, i.org_type, i.confidential, "
                f"i.thank_you_sent, {_PROFILE_FIELDS} "
                "FROM interviews i JOIN profiles p ON p.id = i.profile_id "
                "ORDER BY i.held_on, i.id"
            ).fetchall()
            outcomes = _grouped(
                conn.execute(
                    "SELECT interview_id, hypothesis_id, statement, result, note FROM outcomes "
                    "ORDER BY interview_id, position"
                )
            )
            referrals = _grouped(
                conn.execute(
                    "SELECT interview_id, name, organization, contact, may_use_my_name, "
                    "will_introduce, check_back_days FROM referrals ORDER BY interview_id, id"
                )
            )
            follow_ups = _grouped(
                conn.execute(
                    "SELECT interview_id, kind, due_on, action, done, id FROM follow_ups "
                    "ORDER BY interview_id, id"
                )
            )
        return [
            Interview(
                profile=_profile(row[6:]),
                held_on=date.fromisoformat(row[2]),
                outcomes=tuple(Outcome(*o) for o in outcomes.get(row[0], ())),
                referrals=tuple(
                    Referral(n, org, c, bool(m), bool(w), d)
                    for n, org, c, m, w, d in referrals.get(row[0], ())
                ),
                org_type=row[3],
                confidential=bool(row[4]),
                thank_you_sent=bool(row[5]),
                sheet_id=row[1],
                id=row[0],
                follow_ups=tuple(
                    FollowUp(kind, date.fromisoformat(due), action, bool(done), follow_up_id)
                    for kind, due, action, done, follow_up_id in follow_ups.get(row[0], ())
                ),
            )
            for row in rows
        ]

    def set_follow_up_done(self, follow_up_id: int, done: bool) -> None:
        """Tick a follow-up done or not; a thank-you also marks its interview's thanks sent."""
        with self._writing() as conn:
            conn.execute("UPDATE follow_ups SET done = ? WHERE id = ?", (int(done), follow_up_id))
            conn.execute(
                "UPDATE interviews SET thank_you_sent = ? WHERE id = "
                "(SELECT interview_id FROM follow_ups WHERE id = ? AND kind = 'thank-you')",
                (int(done), follow_up_id),
            )

    # Moving a whole workspace

    def export_data(self) -> dict:
        """Every row of every table, in primary-key order, as one JSON-ready document."""
        with self._reading() as conn:
            tables = {}
            for table in DATA_TABLES:
                columns = _columns(conn, table)
                keys = _primary_key(conn, table) or ["rowid"]
                rows = conn.execute(
                    f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(keys)}"
                ).fetchall()
                tables[table] = {"columns": columns, "rows": [list(r) for r in rows]}
        return {"format": EXPORT_FORMAT, "schema": LATEST, "tables": tables}

    def import_data(self, document: dict, source: str) -> int:
        """Load an exported workspace into this empty one; the number of rows loaded."""
        _check_export(document, source)
        with self._writing() as conn:
            if any(conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in DATA_TABLES):
                raise WorkspaceError(
                    f"The workspace {self.path} already holds data; import {source} into a new, "
                    "empty one with --db PATH."
                )
            loaded = 0
            for table in DATA_TABLES:
                part = document["tables"].get(table, {"columns": [], "rows": []})
                columns = _columns(conn, table)
                if part["rows"] and part["columns"] != columns:
                    raise WorkspaceError(
                        f'{source}: table "{table}" has columns {part["columns"]}, expected '
                        f"{columns}. Export it again with this version of InfoView."
                    )
                marks = ", ".join("?" * len(columns))
                try:
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                        part["rows"],
                    )
                except (sqlite3.IntegrityError, sqlite3.ProgrammingError) as exc:
                    raise WorkspaceError(
                        f'{source}: a row of table "{table}" cannot be loaded ({exc}). The file '
                        "was changed after export; export the workspace again."
                    ) from exc
                loaded += len(part["rows"])
            return loaded

    def erase(self) -> None:
        """Delete every record of this workspace for good (children before their parents)."""
        with self._writing() as conn:
            for table in reversed(DATA_TABLES):
                conn.execute(f"DELETE FROM {table}")


def _unusable(path: Path, exc: Exception) -> WorkspaceError:
    if "locked" in str(exc):
        return WorkspaceError(
            f"The workspace database {path} stayed busy for {BUSY_SECONDS} s: another InfoView "
            "window or command is writing to it. Try again in a moment."
        )
    return WorkspaceError(
        f"The workspace database {path} cannot be used ({exc}). If it is not an InfoView "
        "workspace, move it away or choose another file with INFOVIEW_DB or --db PATH."
    )


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


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    info = sorted((row[5], row[1]) for row in conn.execute(f"PRAGMA table_info({table})"))
    return [name for order, name in info if order > 0]


def _grouped(rows: Iterable[tuple]) -> dict[object, list[tuple]]:
    """Rows keyed by their first value, the rest of each row kept in order."""
    groups: dict[object, list[tuple]] = {}
    for row in rows:
        groups.setdefault(row[0], []).append(tuple(row[1:]))
    return groups


_PROFILE_COLUMNS = (
    "name",
    "organization",
    "title",
    "seniority",
    "specialty",
    "insider",
    "referred_by",
    "minutes",
)
_PROFILE_FIELDS = ", ".join(f"p.{c}" for c in _PROFILE_COLUMNS)


def _profile(row: tuple) -> Profile:
    values = dict(zip(_PROFILE_COLUMNS, row, strict=True))
    return Profile(**{**values, "insider": bool(values["insider"])})


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _profile_id(conn: sqlite3.Connection, profile: Profile) -> int:
    values = [getattr(profile, c) for c in _PROFILE_COLUMNS]
    values[_PROFILE_COLUMNS.index("insider")] = int(profile.insider)
    return conn.execute(
        f"INSERT INTO profiles ({', '.join(_PROFILE_COLUMNS)}, saved_at) "
        f"VALUES ({', '.join('?' * (len(values) + 1))}) "
        f"ON CONFLICT ({', '.join(_PROFILE_COLUMNS)}) DO UPDATE SET saved_at = excluded.saved_at "
        "RETURNING id",
        (*values, now()),
    ).fetchone()[0]


def _insert_hypotheses(
    conn: sqlite3.Connection, hypotheses: Iterable[Hypothesis], start: int
) -> None:
    conn.executemany(
        "INSERT INTO hypotheses (id, position, statement, topic, priority, flagged, source, "
        "figure, custom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                h.id,
                start + i,
                h.statement,
                h.topic,
                h.priority,
                int(h.flagged),
                h.source,
                h.figure,
                int(h.custom),
            )
            for i, h in enumerate(hypotheses)
        ],
    )


def _save_research_file(conn: sqlite3.Connection, research: ResearchFile) -> None:
    error = research.error
    file_id = conn.execute(
        "INSERT INTO research_files (name, error_code, error_message, added_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "error_code = excluded.error_code, error_message = excluded.error_message "
        "RETURNING id",
        (research.file, error and error.code, error and error.message, now()),
    ).fetchone()[0]
    conn.execute("DELETE FROM research_issues WHERE file_id = ?", (file_id,))
    conn.execute("DELETE FROM research_tables WHERE file_id = ?", (file_id,))
    _insert_issues(conn, file_id, None, research.issues)
    for position, table in enumerate(research.tables):
        table_id = conn.execute(
            "INSERT INTO research_tables (file_id, position, sheet, kind, header_row, row_count) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (file_id, position, table.sheet, table.kind, table.header_row, table.rows),
        ).lastrowid
        conn.executemany(
            "INSERT INTO research_columns (table_id, position, name) VALUES (?, ?, ?)",
            [(table_id, i, str(name)) for i, name in enumerate(table.frame.columns)],
        )
        conn.executemany(
            "INSERT INTO research_roles (table_id, position, role, column_name) "
            "VALUES (?, ?, ?, ?)",
            [(table_id, i, role, col) for i, (role, col) in enumerate(table.columns.items())],
        )
        conn.executemany(
            "INSERT INTO research_cells (table_id, row, col, value) VALUES (?, ?, ?, ?)",
            _cells(table_id, table.frame),
        )
        _insert_issues(conn, file_id, table_id, table.issues)


def _cells(table_id: int, frame: pd.DataFrame) -> Iterator[tuple[int, int, int, str]]:
    """Non-empty cells only; a missing cell reads back as the empty text it was."""
    for row, values in enumerate(frame.itertuples(index=False, name=None)):
        for col, value in enumerate(values):
            text = _cell_text(value)
            if text:
                yield table_id, row, col, text


def _cell_text(value: object) -> str:
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value)


def _insert_issues(
    conn: sqlite3.Connection, file_id: int, table_id: int | None, issues: Iterable[Issue]
) -> None:
    conn.executemany(
        "INSERT INTO research_issues (file_id, table_id, code, severity, message, sheet, row, "
        "column_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (file_id, table_id, i.code, i.severity, i.message, i.sheet, i.row, i.column)
            for i in issues
        ],
    )


def _load_research_file(
    conn: sqlite3.Connection, file_id: int, name: str, code: str | None, message: str | None
) -> ResearchFile:
    issues = _grouped(
        conn.execute(
            "SELECT COALESCE(table_id, 0), code, severity, message, sheet, row, column_name "
            "FROM research_issues WHERE file_id = ? ORDER BY id",
            (file_id,),
        )
    )

    def issues_of(key: int) -> tuple[Issue, ...]:
        return tuple(
            Issue(c, s, m, name, sh, r, col) for c, s, m, sh, r, col in issues.get(key, ())
        )

    tables = []
    for table_id, sheet, kind, header_row, row_count in conn.execute(
        "SELECT id, sheet, kind, header_row, row_count FROM research_tables "
        "WHERE file_id = ? ORDER BY position",
        (file_id,),
    ).fetchall():
        columns = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM research_columns WHERE table_id = ? ORDER BY position",
                (table_id,),
            )
        ]
        grid = [[""] * len(columns) for _ in range(row_count)]
        for row, col, value in conn.execute(
            "SELECT row, col, value FROM research_cells WHERE table_id = ?", (table_id,)
        ):
            grid[row][col] = value
        roles = dict(
            conn.execute(
                "SELECT role, column_name FROM research_roles WHERE table_id = ? ORDER BY position",
                (table_id,),
            ).fetchall()
        )
        tables.append(
            ResearchTable(
                file=name,
                sheet=sheet,
                kind=kind,
                header_row=header_row,
                columns=roles,
                frame=pd.DataFrame(grid, columns=columns, dtype="str"),
                issues=issues_of(table_id),
            )
        )
    error = None if code is None else Issue(code, "error", message or "", file=name)
    return ResearchFile(file=name, tables=tuple(tables), error=error, issues=issues_of(0))
