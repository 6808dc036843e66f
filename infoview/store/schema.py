"""The workspace schema as numbered migrations; each runs once, in order, in a transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from infoview.contacts.from_log import met_in, referred_in
from infoview.contacts.model import unique
from infoview.errors import WorkspaceError
from infoview.store import codec
from infoview.store.database import OWNER_SETTING, Connection
from infoview.store.legacy import move_legacy_rows


@dataclass(frozen=True)
class Migration:
    """One step of the schema: applied once, recorded in `migrations` by number and name.

    The same SQL serves SQLite and PostgreSQL; `upgrade`, when set, moves existing rows in
    Python after the SQL ran and before `cleanup` drops what they came from."""

    number: int
    name: str
    sql: str
    upgrade: Callable[[Connection], None] | None = None
    cleanup: str = ""


def contacts_from_log(conn: Connection) -> None:
    """Each owner's interviews logged before contacts were kept: the people met and whom they
    suggested join the research list, as an interview saved today would add them."""
    people: dict[str, list] = {}
    for owner, content in conn.execute(
        "SELECT owner, content FROM interviews ORDER BY owner, held_on, id"
    ).fetchall():
        interview = codec.loads(content)
        people.setdefault(owner, []).extend([*met_in(interview), *referred_in(interview)])
    conn.executemany(
        "INSERT INTO contacts (owner, id, position, content, version) "
        "VALUES (:owner, :id, :position, :content, 1)",
        [
            {"owner": owner, "id": c.id, "position": i, "content": codec.dumps(c)}
            for owner, found in people.items()
            for i, c in enumerate(unique(found))
        ],
    )


MIGRATIONS = (
    Migration(
        1,
        "research_hypotheses_profiles",
        """
        CREATE TABLE research_files (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            error_code TEXT,
            error_message TEXT,
            added_at TEXT NOT NULL
        );
        CREATE TABLE research_tables (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES research_files(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sheet TEXT NOT NULL,
            kind TEXT NOT NULL,
            header_row INTEGER NOT NULL,
            row_count INTEGER NOT NULL,
            UNIQUE (file_id, position)
        );
        CREATE TABLE research_columns (
            table_id INTEGER NOT NULL REFERENCES research_tables(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (table_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE research_roles (
            table_id INTEGER NOT NULL REFERENCES research_tables(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            column_name TEXT NOT NULL,
            PRIMARY KEY (table_id, position),
            UNIQUE (table_id, role)
        ) WITHOUT ROWID;
        CREATE TABLE research_cells (
            table_id INTEGER NOT NULL REFERENCES research_tables(id) ON DELETE CASCADE,
            row INTEGER NOT NULL,
            col INTEGER NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (table_id, row, col)
        ) WITHOUT ROWID;
        CREATE TABLE research_issues (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES research_files(id) ON DELETE CASCADE,
            table_id INTEGER REFERENCES research_tables(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            sheet TEXT,
            row INTEGER,
            column_name TEXT
        );
        CREATE TABLE hypotheses (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE,
            statement TEXT NOT NULL,
            topic TEXT NOT NULL,
            priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
            flagged INTEGER NOT NULL CHECK (flagged IN (0, 1)),
            source TEXT NOT NULL,
            figure TEXT,
            custom INTEGER NOT NULL CHECK (custom IN (0, 1))
        );
        CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            organization TEXT NOT NULL,
            title TEXT NOT NULL,
            seniority TEXT NOT NULL,
            specialty TEXT NOT NULL,
            insider INTEGER NOT NULL CHECK (insider IN (0, 1)),
            referred_by TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            UNIQUE (name, organization, title, seniority, specialty, insider, referred_by, minutes)
        );
        CREATE TABLE sheets (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            digest TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            content TEXT NOT NULL
        );
        CREATE TABLE sheet_hypotheses (
            sheet_id INTEGER NOT NULL REFERENCES sheets(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            hypothesis_id TEXT NOT NULL,
            statement TEXT NOT NULL,
            PRIMARY KEY (sheet_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
    Migration(
        2,
        "interview_log",
        """
        CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            sheet_id INTEGER REFERENCES sheets(id),
            held_on TEXT NOT NULL,
            org_type TEXT NOT NULL,
            confidential INTEGER NOT NULL CHECK (confidential IN (0, 1)),
            thank_you_sent INTEGER NOT NULL CHECK (thank_you_sent IN (0, 1)),
            recorded_at TEXT NOT NULL
        );
        CREATE TABLE outcomes (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            hypothesis_id TEXT NOT NULL,
            statement TEXT NOT NULL,
            result TEXT NOT NULL
                CHECK (result IN ('supported', 'refuted', 'nuanced', 'not discussed')),
            note TEXT NOT NULL,
            PRIMARY KEY (interview_id, position),
            UNIQUE (interview_id, hypothesis_id)
        ) WITHOUT ROWID;
        CREATE INDEX outcomes_by_hypothesis ON outcomes (hypothesis_id);
        CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            organization TEXT NOT NULL,
            contact TEXT NOT NULL,
            may_use_my_name INTEGER NOT NULL CHECK (may_use_my_name IN (0, 1)),
            will_introduce INTEGER NOT NULL CHECK (will_introduce IN (0, 1)),
            check_back_days INTEGER NOT NULL
        );
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('thank-you', 'check-back')),
            due_on TEXT NOT NULL,
            action TEXT NOT NULL,
            done INTEGER NOT NULL CHECK (done IN (0, 1))
        );
        """,
    ),
    Migration(
        3,
        "owners_versions_exact_records",
        """
        DROP INDEX outcomes_by_hypothesis;
        ALTER TABLE research_files RENAME TO legacy_research_files;
        ALTER TABLE research_tables RENAME TO legacy_research_tables;
        ALTER TABLE research_columns RENAME TO legacy_research_columns;
        ALTER TABLE research_roles RENAME TO legacy_research_roles;
        ALTER TABLE research_cells RENAME TO legacy_research_cells;
        ALTER TABLE research_issues RENAME TO legacy_research_issues;
        ALTER TABLE hypotheses RENAME TO legacy_hypotheses;
        ALTER TABLE profiles RENAME TO legacy_profiles;
        ALTER TABLE sheets RENAME TO legacy_sheets;
        ALTER TABLE sheet_hypotheses RENAME TO legacy_sheet_hypotheses;
        ALTER TABLE settings RENAME TO legacy_settings;
        ALTER TABLE interviews RENAME TO legacy_interviews;
        ALTER TABLE outcomes RENAME TO legacy_outcomes;
        ALTER TABLE referrals RENAME TO legacy_referrals;
        ALTER TABLE follow_ups RENAME TO legacy_follow_ups;
        CREATE TABLE research_files (
            owner TEXT NOT NULL,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            content TEXT NOT NULL,
            version INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (owner, name)
        );
        CREATE TABLE hypotheses (
            owner TEXT NOT NULL,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            content TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (owner, id)
        );
        CREATE TABLE profiles (
            owner TEXT NOT NULL,
            id INTEGER NOT NULL,
            digest TEXT NOT NULL,
            content TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (owner, id),
            UNIQUE (owner, digest)
        );
        CREATE TABLE sheets (
            owner TEXT NOT NULL,
            id INTEGER NOT NULL,
            profile_id INTEGER NOT NULL,
            digest TEXT NOT NULL,
            created_at TEXT NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (owner, id),
            UNIQUE (owner, digest),
            FOREIGN KEY (owner, profile_id) REFERENCES profiles (owner, id)
        );
        CREATE TABLE sheet_hypotheses (
            owner TEXT NOT NULL,
            sheet_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            hypothesis_id TEXT NOT NULL,
            statement TEXT NOT NULL,
            PRIMARY KEY (owner, sheet_id, position),
            FOREIGN KEY (owner, sheet_id) REFERENCES sheets (owner, id) ON DELETE CASCADE
        );
        CREATE TABLE documents (
            owner TEXT NOT NULL,
            key TEXT NOT NULL,
            content TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (owner, key)
        );
        CREATE TABLE interviews (
            owner TEXT NOT NULL,
            id INTEGER NOT NULL,
            profile_id INTEGER NOT NULL,
            sheet_id INTEGER,
            held_on TEXT NOT NULL,
            content TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (owner, id),
            FOREIGN KEY (owner, profile_id) REFERENCES profiles (owner, id),
            FOREIGN KEY (owner, sheet_id) REFERENCES sheets (owner, id)
        );
        CREATE TABLE follow_ups (
            owner TEXT NOT NULL,
            id INTEGER NOT NULL,
            interview_id INTEGER NOT NULL,
            content TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (owner, id),
            FOREIGN KEY (owner, interview_id) REFERENCES interviews (owner, id) ON DELETE CASCADE
        );
        """,
        upgrade=move_legacy_rows,
        cleanup="""
        DROP TABLE legacy_follow_ups;
        DROP TABLE legacy_referrals;
        DROP TABLE legacy_outcomes;
        DROP TABLE legacy_interviews;
        DROP TABLE legacy_settings;
        DROP TABLE legacy_sheet_hypotheses;
        DROP TABLE legacy_sheets;
        DROP TABLE legacy_profiles;
        DROP TABLE legacy_hypotheses;
        DROP TABLE legacy_research_issues;
        DROP TABLE legacy_research_cells;
        DROP TABLE legacy_research_roles;
        DROP TABLE legacy_research_columns;
        DROP TABLE legacy_research_tables;
        DROP TABLE legacy_research_files;
        """,
    ),
    Migration(
        6,
        "contacts",
        """
        CREATE TABLE contacts (
            owner TEXT NOT NULL,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            content TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (owner, id)
        );
        """,
        upgrade=contacts_from_log,
    ),
    Migration(
        7,
        "row_level_security",
        """
        CREATE TABLE sessions (
            owner TEXT PRIMARY KEY,
            signed_out_at INTEGER NOT NULL
        )
        """,
        upgrade=lambda conn: owner_rows_only(conn),
    ),
)

LATEST = MIGRATIONS[-1].number
# Every table that holds an owner's rows, parents before children.
OWNED_TABLES = (
    "research_files",
    "hypotheses",
    "profiles",
    "sheets",
    "sheet_hypotheses",
    "documents",
    "interviews",
    "follow_ups",
    "contacts",
)
# When each owner last signed out: kept apart from the workspace (not exported, not deleted
# with it), so a sign-in from before it stays refused.
SESSIONS_TABLE = "sessions"
SCOPED_TABLES = (*OWNED_TABLES, SESSIONS_TABLE)


def owner_rows_only(conn: Connection) -> None:
    """PostgreSQL: each owned table shows and takes only the rows of the owner the transaction
    names (`OWNER_SETTING`, set with set_config(..., true)); none when it names no one. FORCE
    holds the tables' own role to it too: only a superuser or a BYPASSRLS role sees past it,
    and the app's role must be neither (docs/deploy.md). SQLite has no such thing: there the
    repository's owner scope (`scope.py`) is the guard."""
    if conn.dialect != "postgresql":
        return
    mine = f"owner = current_setting('{OWNER_SETTING}', true)"
    for table in SCOPED_TABLES:
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        conn.execute(f"CREATE POLICY owner_rows ON {table} USING ({mine}) WITH CHECK ({mine})")


def applied(conn: Connection) -> list[int]:
    """Numbers of the migrations this database has, in order."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT number FROM migrations ORDER BY number")]


def migrate(database, conn: Connection, upto: int = LATEST) -> list[str]:
    """Apply the missing migrations up to `upto` under the database's migration lock, each in
    its own transaction; their names."""
    names = []
    with database.migration_lock(conn):
        done = set(applied(conn))
        if done and max(done) > LATEST:
            raise WorkspaceError(
                f"This workspace was written by a newer InfoView (schema {max(done)}, this one "
                f"knows up to {LATEST}). Update InfoView, or pass another --db PATH."
            )
        for migration in MIGRATIONS:
            if migration.number in done or migration.number > upto:
                continue
            database.begin_migration(conn)
            try:
                # Re-check under the write lock: another process may have migrated meanwhile.
                if conn.execute(
                    "SELECT 1 FROM migrations WHERE number = :number",
                    {"number": migration.number},
                ).fetchone():
                    conn.execute("ROLLBACK")
                    continue
                for statement in _statements(migration.sql):
                    conn.execute(_dialect_sql(statement, conn.dialect))
                if migration.upgrade:
                    migration.upgrade(conn)
                for statement in _statements(migration.cleanup):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO migrations (number, name, applied_at) "
                    "VALUES (:number, :name, :applied_at)",
                    {"number": migration.number, "name": migration.name, "applied_at": now()},
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            names.append(migration.name)
    return names


def _dialect_sql(statement: str, dialect: str) -> str:
    """SQLite's table option has no PostgreSQL twin; the rest of the schema SQL is shared."""
    return statement if dialect == "sqlite" else statement.replace("WITHOUT ROWID", "")


def _statements(sql: str) -> list[str]:
    # executescript would commit the open transaction, so run the statements one by one.
    return [s.strip() for s in sql.split(";") if s.strip()]


def now() -> str:
    """The current UTC time, to the second, as ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
