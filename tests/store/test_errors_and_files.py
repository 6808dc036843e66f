"""Database errors are named for what they are; the workspace and its exports are private."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from infoview.errors import (
    NotAWorkspace,
    WorkspaceFull,
    WorkspaceReadOnly,
    WorkspaceUnreachable,
)
from infoview.hypotheses import custom_hypothesis
from infoview.research import read_research_path
from infoview.store import open_workspace
from infoview.store.database import sqlite_error
from tests.cli import infoview
from tests.conftest import SAMPLE


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_its_wal_and_shm_files_are_private(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    holder = sqlite3.connect(workspace.path)  # an open reader keeps the WAL and SHM files
    try:
        holder.execute("SELECT count(*) FROM migrations").fetchone()
        workspace.save_research([read_research_path(SAMPLE)])
        files = sorted(p.name for p in tmp_path.iterdir())
        assert files == ["ws.sqlite", "ws.sqlite-shm", "ws.sqlite-wal"]
        assert {name: mode(tmp_path / name) for name in files} == dict.fromkeys(files, 0o600)
    finally:
        holder.close()


def test_an_existing_readable_workspace_is_made_private(tmp_path):
    path = tmp_path / "ws.sqlite"
    open_workspace(path)
    path.chmod(0o644)
    open_workspace(path)
    assert mode(path) == 0o600


def test_an_export_is_private(tmp_path):
    db, out = tmp_path / "ws.sqlite", tmp_path / "out.json"
    open_workspace(db).save_hypotheses([custom_hypothesis("CFOs rotate")])
    out.write_text("old")
    out.chmod(0o644)
    done = infoview("--db", db, "workspace", "export", "--force", "-o", out)
    assert done.returncode == 0, done.stderr
    assert mode(out) == 0o600
    assert "CFOs rotate" in out.read_text()


def real_sqlite_error(tmp_path, setup: str, uri: str = "") -> sqlite3.Error:
    path = tmp_path / "probe.sqlite"
    sqlite3.connect(path).executescript("CREATE TABLE t (x TEXT);")
    conn = sqlite3.connect(f"file:{path}{uri}", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        conn.executescript(setup)
    conn.close()
    return caught.value


def test_a_full_disk_is_named(tmp_path):
    exc = real_sqlite_error(
        tmp_path, "PRAGMA max_page_count = 2; INSERT INTO t SELECT hex(randomblob(9000));"
    )
    error = sqlite_error(tmp_path / "ws.sqlite", exc)
    assert isinstance(error, WorkspaceFull)
    assert str(error) == (
        f"The disk holding the workspace database {tmp_path / 'ws.sqlite'} is full; nothing "
        "was saved. Free some space, then try again."
    )


def test_a_read_only_workspace_is_named(tmp_path):
    exc = real_sqlite_error(tmp_path, "INSERT INTO t VALUES ('x');", "?mode=ro")
    error = sqlite_error(tmp_path / "ws.sqlite", exc)
    assert isinstance(error, WorkspaceReadOnly)
    assert str(error).startswith(
        f"The workspace database {tmp_path / 'ws.sqlite'} (or its folder) cannot be written"
    )


def test_a_file_that_is_not_a_workspace_is_named(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"not a database" * 200)
    with pytest.raises(NotAWorkspace, match="is not an InfoView workspace|not a database"):
        open_workspace(path)


def test_a_read_only_postgres_is_named(postgres_url):
    open_workspace(postgres_url)
    read_only = postgres_url + "?options=-c%20default_transaction_read_only%3Don"
    with pytest.raises(WorkspaceReadOnly, match="refuses writes"):
        open_workspace(read_only).save_hypotheses([custom_hypothesis("CFOs rotate")])


def test_an_unreachable_postgres_is_named(postgres_server):
    url = f"postgresql://postgres@127.0.0.1:{postgres_server.port}/no_such_database"
    with pytest.raises(WorkspaceUnreachable) as caught:
        open_workspace(url)
    assert str(caught.value).startswith(f"The workspace database server {url} cannot be reached")


def test_a_password_never_shows_in_a_message(postgres_server):
    url = f"postgresql://postgres:s3cret@127.0.0.1:{postgres_server.port}/no_such_database"
    with pytest.raises(WorkspaceUnreachable) as caught:
        open_workspace(url)
    assert "s3cret" not in str(caught.value)
    assert f"postgres:***@127.0.0.1:{postgres_server.port}" in str(caught.value)
