"""Every row belongs to an owner: no statement reaches the database without the owner's filter,
owners never see each other's rows, and one owner's workspace is deleted or moved alone."""

from __future__ import annotations

import inspect
import re
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from infoview.contacts.model import Contact
from infoview.errors import WorkspaceError
from infoview.hypotheses import custom_hypothesis
from infoview.log import Interview, Outcome, Referral
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research_path
from infoview.store import Workspace, open_workspace
from infoview.store.database import Connection
from infoview.store.schema import SCOPED_TABLES
from infoview.store.scope import OwnerScope, UnscopedStatement, check_scoped
from tests.conftest import DATA, SAMPLE

ALICE, BOB = "issuer|alice", "issuer|bob"
DANA = Profile(name="Dana Whitfield", seniority="senior", specialty="finance")


def use_everything(workspace: Workspace, other: Workspace) -> set[str]:
    """Call every public method of the workspace once; the names called."""
    research = read_research_path(SAMPLE)
    hypotheses = [custom_hypothesis("Plants hire controllers"), custom_hypothesis("CFOs rotate")]
    calls = {
        "migrate": lambda: workspace.migrate(),
        "migrations": lambda: workspace.migrations(),
        "save_research": lambda: workspace.save_research([research]),
        "read_research": lambda: workspace.read_research(),
        "research_files": lambda: workspace.research_files(),
        "save_hypotheses": lambda: workspace.save_hypotheses(hypotheses),
        "read_hypotheses": lambda: workspace.read_hypotheses(),
        "hypotheses": lambda: workspace.hypotheses(),
        "save_profile": lambda: workspace.save_profile(DANA),
        "profiles": lambda: workspace.profiles(),
        "save_profile_list": lambda: workspace.save_profile_list([DANA]),
        "read_profile_list": lambda: workspace.read_profile_list(),
        "profile_list": lambda: workspace.profile_list(),
        "current_profile": lambda: workspace.current_profile(),
        "save_document": lambda: workspace.save_document("seeker", {"name": "Sam"}),
        "read_document": lambda: workspace.read_document("seeker"),
        "document": lambda: workspace.document("seeker"),
        "save_sheet": lambda: workspace.save_sheet(plan_sheet(DANA, hypotheses, load_bank())),
        "sheets": lambda: workspace.sheets(),
        "record_interview": lambda: workspace.record_interview(
            Interview(
                DANA,
                date(2026, 11, 2),
                (Outcome(hypotheses[0].id, hypotheses[0].statement, "supported"),),
                (Referral("Omar Haddad", will_introduce=True),),
            ),
            [custom_hypothesis("Audit firms feed the plants")],
        ),
        "interviews": lambda: workspace.interviews(),
        "read_interviews": lambda: workspace.read_interviews(),
        "correct_interview": lambda: workspace.correct_interview(
            workspace.interviews()[0].id,
            replace(workspace.interviews()[0], org_type="a large automaker"),
            [],
        ),
        "set_follow_up_done": lambda: workspace.set_follow_up_done(
            workspace.interviews()[0].follow_ups[0].id, True
        ),
        "add_contacts": lambda: workspace.add_contacts([Contact("Priya Shah", "Acme")]),
        "contacts": lambda: workspace.contacts(),
        "replace_contact": lambda: workspace.replace_contact(
            Contact("Priya Shah", "Acme").id, Contact("Priya Shah", "Acme", status="contacted")
        ),
        "export_data": lambda: workspace.export_data(),
        "import_data": lambda: other.import_data(workspace.export_data(), "export"),
        "remove_research": lambda: workspace.remove_research(research.file),
        "delete_contact": lambda: other.delete_contact(Contact("Priya Shah", "Acme").id),
        "delete_contacts": lambda: other.delete_contacts(),
        "delete_everything": lambda: other.delete_everything(),
        "sign_out": lambda: workspace.sign_out(1_800_000_000),
        "signed_out_at": lambda: workspace.signed_out_at(),
    }
    if workspace.database.dialect == "sqlite":
        calls["integrity"] = lambda: workspace.integrity()
    for call in calls.values():
        call()
    return set(calls)


def public_methods() -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(Workspace)
        if not name.startswith("_") and inspect.isfunction(member)
    }


OWNED = re.compile(r"\b(FROM|JOIN|UPDATE|INTO)\s+(" + "|".join(SCOPED_TABLES) + r")\b", re.I)


def test_no_statement_reaches_the_database_without_the_owner(location, monkeypatch):
    """Every statement the repository sends names the owner for each owned table it touches,
    with this workspace's owner bound; on SQLite, as SQLite itself saw the statement."""
    workspace, other = open_workspace(location, ALICE), open_workspace(location, BOB)
    sent: list[tuple[str, dict]] = []
    seen_by_sqlite: list[str] = []
    execute, executemany = Connection.execute, Connection.executemany

    def recording_execute(self, sql, params=None):
        sent.append((sql, dict(params or {})))
        return execute(self, sql, params)

    def recording_executemany(self, sql, rows):
        rows = list(rows)
        sent.extend((sql, dict(row)) for row in rows)
        return executemany(self, sql, rows)

    connect = sqlite3.connect

    def tracing_connect(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(seen_by_sqlite.append)
        return conn

    monkeypatch.setattr(Connection, "execute", recording_execute)
    monkeypatch.setattr(Connection, "executemany", recording_executemany)
    monkeypatch.setattr(sqlite3, "connect", tracing_connect)

    called = use_everything(workspace, other)

    expected = public_methods() - ({"integrity"} if "integrity" not in called else set())
    assert called == expected, "use_everything must call each public Workspace method"
    data = [(sql, params) for sql, params in sent if OWNED.search(sql)]
    assert len(data) > 50
    for sql, params in data:
        check_scoped(sql)
        assert params["owner"] in (ALICE, BOB), sql
    if workspace.database.dialect == "sqlite":
        expanded = [sql for sql in seen_by_sqlite if OWNED.search(sql)]
        assert len(expanded) >= len(data)
        for sql in expanded:
            references = len(OWNED.findall(sql))
            filters = len(re.findall(r"owner = '(issuer\|alice|issuer\|bob)'", sql))
            inserted = re.match(
                r"INSERT INTO \w+ \(owner,.*VALUES \('(issuer\|alice|issuer\|bob)'", sql
            )
            assert filters >= references or inserted, sql


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT content FROM hypotheses",
        "SELECT content FROM hypotheses WHERE id = :id",
        "DELETE FROM documents WHERE key = :key",
        "UPDATE follow_ups SET content = :c WHERE id = :id",
        "INSERT INTO profiles (id, digest) VALUES (:id, :digest)",
        "SELECT s.id FROM sheets s JOIN profiles p ON p.id = s.profile_id WHERE s.owner = :owner",
    ],
)
def test_the_choke_point_refuses_a_statement_without_the_owner(tmp_path, sql):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    with workspace.database.connect() as conn, pytest.raises(UnscopedStatement):
        OwnerScope(conn, "local").execute(sql, {"id": 1, "key": "k", "c": "", "digest": ""})


def test_owners_see_only_their_own_workspace(location):
    alice, bob = open_workspace(location, ALICE), open_workspace(location, BOB)
    use_everything(alice, open_workspace(location, "issuer|carol"))
    bob.save_research([read_research_path(DATA / "spanish_headers.csv")])
    bob.save_hypotheses([custom_hypothesis("CFOs rotate")])
    bob.save_document("seeker", {"name": "Bo"})

    assert [f.file for f in bob.research_files()] == ["spanish_headers.csv"]
    assert [h.statement for h in bob.hypotheses()] == ["CFOs rotate"]
    assert bob.document("seeker") == {"name": "Bo"}
    assert bob.profiles() == [] and bob.interviews() == [] and bob.sheets() == []
    assert bob.current_profile() is None
    assert alice.document("seeker") == {"name": "Sam"}
    assert [h.statement for h in alice.hypotheses()] == [
        "Plants hire controllers",
        "CFOs rotate",
        "Audit firms feed the plants",
    ]


def test_deleting_a_workspace_for_good_leaves_other_owners_alone(location):
    alice, bob = open_workspace(location, ALICE), open_workspace(location, BOB)
    use_everything(alice, open_workspace(location, "issuer|carol"))
    bob.save_hypotheses([custom_hypothesis("CFOs rotate")])
    before = bob.export_data()

    assert alice.delete_everything() > 0
    assert alice.export_data()["tables"] == {
        table: {"columns": part["columns"], "rows": []} for table, part in before["tables"].items()
    }
    assert bob.export_data() == before
    assert open_workspace(location, ALICE).hypotheses() == []


def test_one_owners_export_imports_into_another_owner(location):
    alice = open_workspace(location, ALICE)
    use_everything(alice, open_workspace(location, "issuer|carol"))
    exported = alice.export_data()
    bob = open_workspace(location, BOB)
    rows = bob.import_data(exported, "alice.json")
    assert rows == sum(len(t["rows"]) for t in exported["tables"].values())
    assert bob.export_data() == exported
    assert bob.interviews() == alice.interviews()


def test_a_deleted_local_workspace_leaves_no_trace_in_the_file(tmp_path):
    path = tmp_path / "ws.sqlite"
    workspace = open_workspace(path)
    workspace.save_hypotheses([custom_hypothesis("Zanzibar-Quokka pay bands leak")])
    workspace.save_document("seeker", {"name": "Xylophone Person"})
    workspace.delete_everything()
    kept = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"Zanzibar-Quokka" not in kept and b"Xylophone Person" not in kept
    assert workspace.hypotheses() == [] and workspace.document("seeker") is None


def test_the_file_integrity_check_says_it_is_for_files(postgres_url):
    with pytest.raises(WorkspaceError, match="is a PostgreSQL database"):
        open_workspace(postgres_url).integrity()


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT content FROM hypotheses WHERE owner = :owner OR 1 = 1",
        "SELECT content FROM hypotheses WHERE owner = :owner AND id = :id OR 1 = 1",
        "SELECT content FROM hypotheses WHERE (owner = :owner OR owner = 'issuer|bob')",
        "SELECT content FROM hypotheses WHERE NOT owner = :owner",
        "SELECT content FROM hypotheses WHERE owner = :owner UNION SELECT content FROM profiles",
        "SELECT id FROM sheets WHERE owner = :owner AND id IN "
        "(SELECT sheet_id FROM sheet_hypotheses)",
        "SELECT h.content FROM hypotheses h, profiles p WHERE h.owner = :owner",
        "SELECT content FROM hypotheses WHERE owner = :other",
        "SELECT content FROM hypotheses WHERE owner = :owner; DELETE FROM hypotheses",
        "SELECT content FROM hypotheses WHERE owner = :owner -- AND 1 = 0",
        "UPDATE documents SET owner = :other WHERE owner = :owner AND key = :key",
        "INSERT INTO profiles (owner, id) VALUES (:other, :id)",
        "INSERT INTO profiles (owner, id) SELECT owner, id FROM profiles",
    ],
)
def test_the_guard_parses_the_statement_and_refuses_what_lets_other_owners_through(sql):
    with pytest.raises(UnscopedStatement):
        check_scoped(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT content FROM hypotheses WHERE owner = :owner AND (id = :id OR id = :other)",
        "SELECT content FROM hypotheses WHERE (owner = :owner) AND id = :id",
        "SELECT content FROM hypotheses WHERE owner = :owner "
        "UNION SELECT content FROM profiles WHERE owner = :owner",
        "SELECT id FROM sheets WHERE owner = :owner AND id IN "
        "(SELECT sheet_id FROM sheet_hypotheses WHERE owner = :owner)",
        "SELECT name FROM schema_migrations WHERE id = 1 OR 1 = 1",
    ],
)
def test_the_guard_lets_scoped_statements_through(sql):
    check_scoped(sql)
