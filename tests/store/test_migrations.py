"""The schema's numbered migrations: applied once, in order, upgrading data in place."""

from __future__ import annotations

import sqlite3

import pytest

from infoview.errors import WorkspaceError
from infoview.hypotheses import custom_hypothesis
from infoview.profile import Profile
from infoview.research import read_research_path
from infoview.store import Workspace, open_workspace
from infoview.store.schema import LATEST, MIGRATIONS

EXPECTED = [
    (1, "research_hypotheses_profiles"),
    (2, "interview_log"),
    (3, "profile_industry_candid_read"),
]


def test_migrations_are_numbered_one_by_one_with_unique_names():
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    assert MIGRATIONS[-1].number == LATEST


def test_a_new_workspace_gets_every_migration_in_wal_mode(tmp_path):
    workspace = open_workspace(tmp_path / "new" / "ws.sqlite")
    assert workspace.migrations() == EXPECTED
    with sqlite3.connect(workspace.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert workspace.migrate() == []


def test_an_old_workspace_is_upgraded_keeping_its_data(tmp_path, sample_path):
    old = Workspace(tmp_path / "ws.sqlite")
    assert old.migrate(upto=1) == ["research_hypotheses_profiles"]
    research = read_research_path(sample_path)
    old.save_research([research])
    old.save_hypotheses([custom_hypothesis("Plants hire controllers from audit firms")])
    with sqlite3.connect(old.path) as conn:  # a profile as schema 1 stored it
        conn.execute(
            "INSERT INTO profiles (name, organization, title, seniority, specialty, insider, "
            "referred_by, minutes, saved_at) VALUES ('Dana Whitfield', '', '', 'senior', "
            "'finance', 0, '', 15, '2026-11-01T09:00:00+00:00')"
        )
        conn.execute("INSERT INTO settings VALUES ('current_profile_id', '1')")
    with pytest.raises(WorkspaceError, match="no such table: interviews"):
        old.interviews()

    upgraded = open_workspace(old.path)
    assert upgraded.migrations() == EXPECTED
    assert upgraded.research_files() == [research]
    assert [h.statement for h in upgraded.hypotheses()] == [
        "Plants hire controllers from audit firms"
    ]
    assert upgraded.current_profile() == Profile(
        name="Dana Whitfield", seniority="senior", specialty="finance", industry=""
    )
    assert upgraded.interviews() == []


def test_a_workspace_from_a_newer_infoview_is_refused_with_advice(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    with sqlite3.connect(workspace.path) as conn:
        conn.execute("INSERT INTO migrations VALUES (99, 'from_the_future', '2030-01-01')")
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(workspace.path)
    assert str(caught.value) == (
        "This workspace was written by a newer InfoView (schema 99, this one knows up to 3). "
        "Update InfoView, or pass another --db PATH."
    )


def test_a_file_that_is_not_a_database_is_refused_with_advice(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes, not a database\n" * 100)
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(path)
    assert str(caught.value) == (
        f"The workspace database {path} cannot be used (file is not a database). If it is not "
        "an InfoView workspace, move it away or choose another file with INFOVIEW_DB or "
        "--db PATH."
    )
