"""The database falters: each failure is reported as one, nothing is reported saved that was
not, and the connection pool serves again once the database is back."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from infoview.errors import WorkspaceReadOnly, WorkspaceUnreachable
from infoview.store import database, open_workspace
from infoview.store.database import close_database, database_at
from tests.postgres import ThrowawayPostgres, require_postgres


@pytest.fixture(scope="module")
def own_cluster():
    """A cluster of this module's own, since these tests stop and restart it."""
    server = ThrowawayPostgres(require_postgres())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def url(own_cluster):
    url = own_cluster.create_database()
    yield url
    close_database(url)


def test_a_save_while_the_database_is_down_fails_and_one_after_its_restart_is_kept(
    own_cluster, url, monkeypatch
):
    monkeypatch.setattr(database, "POOL_WAIT_SECONDS", 2.0)
    workspace = open_workspace(url, owner="ana")
    first = workspace.save_document("seeker", {"name": "Ana"}, version=0)
    own_cluster.halt()
    try:
        started = time.monotonic()
        with pytest.raises(WorkspaceUnreachable):
            workspace.save_document("seeker", {"name": "Ana Ruiz"}, version=first)
        assert time.monotonic() - started < 5
        with pytest.raises(WorkspaceUnreachable):
            database_at(url).ping()
    finally:
        own_cluster.resume()
    assert workspace.read_document("seeker").value == {"name": "Ana"}  # the failed one is not
    # The pool's connections died with the server: each is checked and replaced, not reused.
    second = workspace.save_document("seeker", {"name": "Ana Ruiz"}, version=first)
    assert (second, workspace.read_document("seeker").value) == (first + 1, {"name": "Ana Ruiz"})
    database_at(url).ping()


def test_a_read_only_database_refuses_the_save_and_keeps_what_was_there(own_cluster, url):
    workspace = open_workspace(url, owner="ana")
    version = workspace.save_document("seeker", {"name": "Ana"}, version=0)
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(own_cluster.url(), autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
    with pytest.raises(WorkspaceReadOnly):
        workspace.save_document("seeker", {"name": "Ana Ruiz"}, version=version)
    assert workspace.read_document("seeker").value == {"name": "Ana"}


def test_a_wrong_password_is_told_apart_from_a_server_that_cannot_be_reached(own_cluster):
    with psycopg.connect(own_cluster.url(), autocommit=True) as admin:
        admin.execute("CREATE ROLE clerk LOGIN PASSWORD 'right-password'")
        hba = admin.execute("SHOW hba_file").fetchone()[0]
        rules = Path(hba).read_text(encoding="utf-8")
        Path(hba).write_text("host all clerk 127.0.0.1/32 scram-sha-256\n" + rules, "utf-8")
        admin.execute("SELECT pg_reload_conf()")
    port = own_cluster.port
    wrong = f"postgresql://clerk:wrong-password@127.0.0.1:{port}/postgres"
    with pytest.raises(WorkspaceUnreachable) as refused:
        database_at(wrong)
    assert "refused InfoView's sign-in" in str(refused.value)
    assert "Check the user name and password in INFOVIEW_DB." in str(refused.value)
    assert "wrong-password" not in str(refused.value)
    nobody = f"postgresql://clerk:right-password@127.0.0.1:{_closed_port()}/postgres"
    with pytest.raises(WorkspaceUnreachable) as unreachable:
        database_at(nobody)
    assert "cannot be reached" in str(unreachable.value)


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
