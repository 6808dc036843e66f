"""PostgreSQL keeps owners apart by itself: hand-written SQL through the app's connection, with
no owner filter, sees and changes only the owner its transaction names, and no one's without."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from infoview.store import open_workspace
from infoview.store.database import close_database
from infoview.store.schema import SCOPED_TABLES

ALICE, BOB = "issuer|alice", "issuer|bob"


@pytest.fixture(scope="module")
def app_url(postgres_server):
    """A database owned by a role like the app's in production: no superuser, no BYPASSRLS."""
    role = f"app_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS")
        admin.execute(f"CREATE DATABASE {role} OWNER {role}")
    url = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/{role}"
    yield url
    close_database(url)


@pytest.fixture(scope="module")
def two_owners(app_url):
    alice, bob = open_workspace(app_url, ALICE), open_workspace(app_url, BOB)
    alice.save_document("seeker", {"name": "Alice"})
    bob.save_document("seeker", {"name": "Bob"})
    return alice, bob


def test_every_owned_table_has_its_policy_forced(app_url, two_owners):
    with psycopg.connect(app_url) as conn:
        rows = conn.execute(
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
            "WHERE relname = ANY(%s) ORDER BY relname",
            (list(SCOPED_TABLES),),
        ).fetchall()
    assert rows == [(table, True, True) for table in sorted(SCOPED_TABLES)]


def test_a_query_without_the_owner_reads_only_the_transactions_owner(two_owners):
    alice, _ = two_owners
    with alice.database.connect() as conn, alice.database.reading(conn, ALICE):
        rows = conn.execute("SELECT owner, content FROM documents").fetchall()
        union = conn.execute(
            "SELECT owner FROM documents WHERE owner = :me OR 1 = 1 "
            "UNION ALL SELECT owner FROM documents",
            {"me": ALICE},
        ).fetchall()
    assert [row[0] for row in rows] == [ALICE]
    assert {row[0] for row in union} == {ALICE}


def test_a_connection_that_names_no_owner_sees_no_rows(two_owners):
    alice, _ = two_owners
    with alice.database.connect() as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_another_owners_rows_cannot_be_changed_or_given_away(two_owners):
    alice, bob = two_owners
    with alice.database.connect() as conn, alice.database.transaction(conn, ALICE):
        deleted = conn.execute("DELETE FROM documents WHERE owner = :bob", {"bob": BOB})
        assert deleted.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO documents (owner, key, content, version) "
                "VALUES (:bob, 'planted', '1', 1)",
                {"bob": BOB},
            )
    assert bob.read_document("seeker").value == {"name": "Bob"}
