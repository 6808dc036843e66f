"""The schema's numbered migrations: applied once, in order, upgrading data in place."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pandas as pd
import pytest

from infoview.errors import NotAWorkspace, WorkspaceError
from infoview.log import FollowUp, Interview, Outcome, Referral
from infoview.profile import Profile
from infoview.research import read_research_path
from infoview.store import open_workspace
from infoview.store.database import PostgresDatabase, SqliteDatabase
from infoview.store.schema import LATEST, MIGRATIONS
from infoview.store.workspace import Workspace

EXPECTED = [
    (1, "research_hypotheses_profiles"),
    (2, "interview_log"),
    (3, "owners_versions_exact_records"),
    (6, "contacts"),
    (7, "row_level_security"),
]
DANA = Profile(name="Dana Whitfield", seniority="senior", specialty="finance")


def test_migrations_are_numbered_in_growing_order_with_unique_names():
    numbers = [m.number for m in MIGRATIONS]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    assert MIGRATIONS[-1].number == LATEST


def test_a_new_workspace_gets_every_migration_in_wal_mode(tmp_path):
    workspace = open_workspace(tmp_path / "new" / "ws.sqlite")
    assert workspace.migrations() == EXPECTED
    with sqlite3.connect(workspace.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert workspace.migrate() == []


def test_a_new_postgres_workspace_gets_the_same_migrations(postgres_url):
    workspace = open_workspace(postgres_url)
    assert workspace.migrations() == EXPECTED
    assert workspace.migrate() == []


def schema_two_workspace(path, research) -> None:
    """A workspace as InfoView wrote it before owners and versions (schema 2)."""
    Workspace(SqliteDatabase(path)).migrate(upto=2)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO research_files VALUES (1, ?, NULL, NULL, '2026-11-01T09:00:00+00:00')",
        (research.file,),
    )
    for position, table in enumerate(research.tables):
        table_id = position + 1
        conn.execute(
            "INSERT INTO research_tables VALUES (?, 1, ?, ?, ?, ?, ?)",
            (table_id, position, table.sheet, table.kind, table.header_row, table.rows),
        )
        conn.executemany(
            "INSERT INTO research_columns VALUES (?, ?, ?)",
            [(table_id, i, name) for i, name in enumerate(table.frame.columns)],
        )
        conn.executemany(
            "INSERT INTO research_roles VALUES (?, ?, ?, ?)",
            [(table_id, i, role, col) for i, (role, col) in enumerate(table.columns.items())],
        )
        conn.executemany(
            "INSERT INTO research_cells VALUES (?, ?, ?, ?)",
            [
                (table_id, r, c, value)
                for r, row in enumerate(table.frame.itertuples(index=False))
                for c, value in enumerate(row)
                if isinstance(value, str) and value
            ],
        )
    conn.execute(
        "INSERT INTO hypotheses VALUES ('own-1', 0, 'Plants hire controllers from audit firms', "
        "'career', 'high', 1, 'my own', NULL, 1)"
    )
    conn.execute(
        "INSERT INTO profiles VALUES (1, 'Dana Whitfield', '', '', 'senior', 'finance', 0, '', "
        "15, '2026-11-01T09:00:00+00:00')"
    )
    conn.execute("INSERT INTO settings VALUES ('current_profile_id', '1')")
    conn.execute(
        "INSERT INTO interviews VALUES (1, 1, NULL, '2026-11-02', 'company', 0, 0, "
        "'2026-11-02T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO outcomes VALUES (1, 0, 'own-1', 'Plants hire controllers from audit firms', "
        "'supported', 'said so twice')"
    )
    conn.execute("INSERT INTO referrals VALUES (1, 1, 'Omar Haddad', 'Acme', '', 1, 1, 10)")
    conn.execute("INSERT INTO follow_ups VALUES (7, 1, 'thank-you', '2026-11-03', 'Thank Dana', 0)")
    conn.close()


def test_a_schema_two_workspace_is_upgraded_in_place_keeping_its_data(tmp_path, sample_path):
    research = read_research_path(sample_path)
    path = tmp_path / "ws.sqlite"
    schema_two_workspace(path, research)

    upgraded = open_workspace(path)
    assert upgraded.migrations() == EXPECTED
    (kept,) = upgraded.research_files()
    assert [(t.sheet, t.kind, t.columns) for t in kept.tables] == [
        (t.sheet, t.kind, t.columns) for t in research.tables
    ]
    for before, after in zip(research.tables, kept.tables, strict=True):
        # Schema 2 kept cell text only, so the cells match but not the column dtype.
        pd.testing.assert_frame_equal(before.frame, after.frame, check_dtype=False)
        # Schema 2 kept only text: the amounts and dates are parsed again on the way in.
        pd.testing.assert_frame_equal(before.values, after.values)
    assert [h.statement for h in upgraded.hypotheses()] == [
        "Plants hire controllers from audit firms"
    ]
    assert upgraded.current_profile() == DANA
    assert upgraded.interviews() == [
        Interview(
            DANA,
            date(2026, 11, 2),
            (
                Outcome(
                    "own-1",
                    "Plants hire controllers from audit firms",
                    "supported",
                    "said so twice",
                ),
            ),
            (Referral("Omar Haddad", "Acme", "", True, True, 10),),
            org_type="company",
            id=1,
            follow_ups=(FollowUp("thank-you", date(2026, 11, 3), "Thank Dana", False, 7),),
        )
    ]
    assert upgraded.integrity() == "ok"


def test_a_workspace_from_a_newer_infoview_is_refused_with_advice(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    with sqlite3.connect(workspace.path) as conn:
        conn.execute("INSERT INTO migrations VALUES (99, 'from_the_future', '2030-01-01')")
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(workspace.path)
    assert str(caught.value) == (
        "This workspace was written by a newer InfoView (schema 99, this one knows up to 7). "
        "Update InfoView, or pass another --db PATH."
    )


def test_a_file_that_is_not_a_database_is_refused_with_advice(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes, not a database\n" * 100)
    with pytest.raises(NotAWorkspace) as caught:
        open_workspace(path)
    assert str(caught.value) == (
        f"The workspace database {path} cannot be used (file is not a database). If it is not "
        "an InfoView workspace, move it away or choose another file with INFOVIEW_DB or "
        "--db PATH."
    )


def test_servers_starting_together_migrate_once(postgres_url):
    """Eight servers (each with its own pool) open one new database at the same moment."""
    servers = 8
    start = threading.Barrier(servers)
    applied: list[list[str]] = []
    failures: list[BaseException] = []

    def server() -> None:
        database = PostgresDatabase(postgres_url)
        try:
            start.wait()
            applied.append(Workspace(database).migrate())
        except BaseException as exc:
            failures.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=server) for _ in range(servers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(applied, key=len) == [[]] * (servers - 1) + [[n for _, n in EXPECTED]]
    assert open_workspace(postgres_url).migrations() == EXPECTED
