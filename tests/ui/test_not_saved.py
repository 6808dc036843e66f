"""A save the database failed is said to have failed: no "Saved", a banner until a save
succeeds, what was typed kept; a student in hosted mode reads our words, never the database's."""

from __future__ import annotations

import pytest

from infoview.errors import WorkspaceFull, WorkspaceUnreachable
from infoview.store import Workspace
from infoview.store.database import sqlite_error
from infoview.ui import persistence
from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app

DETAILS = "The workspace database server at db.example cannot be reached (connection refused)."


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch):
    monkeypatch.setattr(persistence, "RETRY_SECONDS", 0)


def _fill_profile(app) -> None:
    labelled(app.text_input, "Name").set_value("Dana Test")
    labelled(app.text_input, "Organization").set_value("Northwind Motors")


def test_a_profile_saved_while_the_database_is_down_is_not_said_saved(monkeypatch):
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    _fill_profile(app)
    calls = []

    def down(self, profiles, version=None):
        calls.append(version)
        raise WorkspaceUnreachable(DETAILS)

    with monkeypatch.context() as patched:
        patched.setattr(Workspace, "save_profile_list", down)
        labelled(app.button, "Save profile").click().run()
        assert len(calls) == 2  # tried again once before saying so
        assert not app.success and not app.exception
        assert app.error[0].value.startswith(DETAILS)
        assert app.error[0].value.endswith(
            "What you typed is still here: save it again in a moment."
        )
        # The banner: the database itself answers (only the save was refused), so it says
        # the work can be saved again now.
        back = "The database is back. What you typed is still in its form: save it again."
        assert back in [i.value for i in app.info]
        assert labelled(app.text_input, "Name").value == "Dana Test"
        assert app.session_state[Keys.PROFILES] == {}
    labelled(app.button, "Save profile").click().run()
    assert app.success[0].value.startswith("Saved “Dana Test (Northwind Motors)”")
    assert back not in [i.value for i in app.info] and Keys.NOT_SAVED not in app.session_state


def test_hosted_students_read_a_message_of_ours_and_the_log_gets_the_details(monkeypatch, caplog):
    monkeypatch.setattr(persistence, "mode", lambda: persistence.Mode.HOSTED)
    assert persistence.said(WorkspaceUnreachable(DETAILS)) == (
        "Not saved: the database is unavailable, retrying."
    )
    assert persistence.said(WorkspaceFull("The disk holding /srv/iv is full.")) == (
        "Not saved: the storage InfoView keeps your work in is full."
    )
    assert DETAILS in caplog.text and "/srv/iv" in caplog.text


def test_research_added_on_a_full_disk_is_not_kept_and_adds_once_there_is_room(
    monkeypatch, tmp_path
):
    full = sqlite_error(tmp_path / "ws.sqlite", OSError(28, "No space left on device"))
    app = new_app()
    with monkeypatch.context() as patched:
        patched.setattr(Workspace, "save_research", lambda self, files, base=None: raise_(full))
        labelled(app.button, "Load sample research").click().run()
        assert app.error[0].value.startswith("The disk holding the workspace database")
        assert app.session_state[Keys.RESEARCH] == {} and not app.success
    labelled(app.button, "Load sample research").click().run()
    assert list(app.session_state[Keys.RESEARCH]) == ["sample_research.xlsx"]
    assert Keys.NOT_SAVED not in app.session_state


def raise_(error: Exception):
    raise error
