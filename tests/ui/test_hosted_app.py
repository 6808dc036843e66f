"""Hosted mode through AppTest: the sign-in page alone before sign-in, one person's app after."""

from __future__ import annotations

import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
import pytest
import streamlit
from streamlit import config
from streamlit.runtime.secrets import Secrets
from streamlit.testing.v1 import AppTest

from infoview.errors import WorkspaceUnreachable
from infoview.hosted import person_from_claims
from infoview.store import Workspace, open_workspace
from infoview.ui import persistence, signin
from infoview.ui.keys import Keys
from infoview.ui.server import free_port
from tests.conftest import ROOT, SAMPLE

TIMEOUT = 60
PROVIDER_PORT = free_port()
ISSUER = f"http://127.0.0.1:{PROVIDER_PORT}"
AUTH = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "c" * 40,
    "client_id": "infoview",
    "client_secret": "abc",
    "server_metadata_url": f"{ISSUER}/.well-known/openid-configuration",
}
ANA = {"is_logged_in": True, "iss": ISSUER, "sub": "ana-1", "name": "Ana Ruiz"}
BEN = {"is_logged_in": True, "iss": ISSUER, "sub": "ben-2", "email": "ben@example.edu"}


@pytest.fixture(autouse=True)
def _hosted(monkeypatch, postgres_url):
    """Hosted mode on a PostgreSQL database of the test's own (it will not start without)."""
    monkeypatch.setenv("INFOVIEW_MODE", "hosted")
    monkeypatch.setenv("INFOVIEW_DB", postgres_url)
    monkeypatch.setattr(signin, "_answered", {})  # each test asks the provider afresh


class _Settings(BaseHTTPRequestHandler):
    """An OpenID provider's settings document, all the sign-in page asks of it."""

    def do_GET(self) -> None:
        body = json.dumps(
            {"issuer": ISSUER, "authorization_endpoint": f"{ISSUER}/authorize"}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module", autouse=True)
def _provider():
    """The provider AUTH names, answering on its port for the module's tests."""
    server = ThreadingHTTPServer(("127.0.0.1", PROVIDER_PORT), _Settings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield
    server.shutdown()
    server.server_close()


def hosted_app(user: dict, auth: dict | None = AUTH) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if auth is not None:
        app.secrets["auth"] = auth
    app.user = user
    app.run()
    assert not app.exception
    return app


def database() -> str:
    return os.environ["INFOVIEW_DB"]


def workspace_opened() -> bool:
    """Whether InfoView created its tables in the test's database."""
    with psycopg.connect(database()) as conn:
        return conn.execute("SELECT to_regclass('research_files')").fetchone()[0] is not None


def test_signed_out_sees_the_sign_in_page_and_nothing_else():
    app = hosted_app({"is_logged_in": False})
    assert [t.value for t in app.title] == ["InfoView"]
    assert [b.label for b in app.button] == ["Sign in"]
    assert not app.sidebar.children or all(not c.children for c in app.sidebar.children.values())
    assert not workspace_opened()  # no workspace was even opened


def test_without_sign_in_settings_the_page_says_what_to_add():
    app = hosted_app({"is_logged_in": False}, auth=None)
    assert [e.value for e in app.error] == [
        "Hosted mode needs sign-in set up: add `redirect_uri` and `cookie_secret` to the [auth] "
        "section of .streamlit/secrets.toml. See docs/deploy.md for a working configuration."
    ]
    assert not app.button and not app.title
    assert not workspace_opened()


def test_a_provider_that_does_not_answer_is_said_in_words_and_nobody_can_sign_in(caplog):
    closed = f"http://127.0.0.1:{free_port()}/.well-known/openid-configuration"
    app = hosted_app({"is_logged_in": False}, auth={**AUTH, "server_metadata_url": closed})
    assert [e.value for e in app.error] == [
        "Signing in is not possible right now: InfoView cannot reach the service you sign in "
        "with. Try again in a few minutes; if it lasts, tell the people who run this site (the "
        "server's log says what went wrong)."
    ]
    assert [(b.label, b.disabled) for b in app.button] == [("Sign in", True)]
    assert f"sign-in: {closed} did not answer" in caplog.text
    assert not workspace_opened()


def test_unreadable_sign_in_settings_are_said_in_words(monkeypatch, tmp_path):
    broken = tmp_path / "secrets.toml"
    broken.write_text('[auth]\nredirect_uri = "http://127.0.0.1:8501/oauth2callback\n')
    monkeypatch.setattr(streamlit, "secrets", Secrets())
    files = config.get_option("secrets.files")
    config.set_option("secrets.files", [str(broken)])
    try:
        app = hosted_app({"is_logged_in": False}, auth=None)
    finally:
        config.set_option("secrets.files", files)
    [error] = [e.value for e in app.error]
    assert error.startswith(
        f"The sign-in settings cannot be read: Error parsing secrets file at {broken}: "
    )
    assert error.endswith(". See docs/deploy.md for a working configuration.")
    assert not app.button and not app.title and not workspace_opened()


def test_identity_headers_are_refused(monkeypatch):
    config.set_option("server.trustedUserHeaders", {"X-Email": "email"})
    try:
        app = hosted_app(ANA)
    finally:
        config.set_option("server.trustedUserHeaders", None)
    assert "server.trustedUserHeaders is set" in app.error[0].value
    assert not app.title and not workspace_opened()


def test_a_sign_in_without_subject_opens_no_workspace():
    app = hosted_app({"is_logged_in": True, "iss": ISSUER, "email": "eve@example.edu"})
    assert "no 'sub' claim" in app.error[0].value
    assert [b.label for b in app.button] == ["Sign out"]
    assert not workspace_opened()


def test_signed_in_person_gets_the_app_with_sign_out_and_their_workspace_page():
    app = hosted_app(ANA)
    assert app.title[0].value == "Research"
    assert [c.value for c in app.sidebar.caption] == ["Signed in as **Ana Ruiz**"]
    assert [b.label for b in app.sidebar.button] == ["Sign out"]
    app.switch_page("pages/account.py").run()
    assert app.title[0].value == "My workspace"
    assert "Signed in as **Ana Ruiz**." in app.markdown[0].value


def upload_sample(app: AppTest) -> None:
    app.file_uploader(key=Keys.UPLOADER).set_value(
        (SAMPLE.name, SAMPLE.read_bytes(), "application/octet-stream")
    )
    app.run()
    assert not app.exception


def research_names(user: dict) -> list[str]:
    """The research files a new session of `user` finds in their workspace."""
    return sorted(hosted_app(user).session_state[Keys.RESEARCH])


def test_each_person_sees_only_their_own_research():
    upload_sample(hosted_app(ANA))
    assert research_names(ANA) == ["sample_research.xlsx"]
    assert research_names(BEN) == []
    assert research_names({**BEN, "email": ANA["name"], "sub": "ana-1-other"}) == []


def test_download_load_and_delete_one_own_workspace():
    ana = hosted_app(ANA)
    upload_sample(ana)
    ana.switch_page("pages/account.py").run()
    exported = open_workspace(database(), owner=person_from_claims(ANA).owner).export_data()
    assert exported["tables"]["research_files"]["rows"]

    ana.checkbox(key=Keys.DELETE_CONFIRM).check().run()
    [delete] = [b for b in ana.button if b.label == "Delete my workspace for good"]
    delete.click().run()
    assert [s.value for s in ana.success] == [
        "Your workspace was deleted. You start again from an empty one."
    ]
    assert research_names(ANA) == []

    ben = hosted_app(BEN)
    ben.switch_page("pages/account.py").run()
    _load(ben, exported)
    assert research_names(BEN) == ["sample_research.xlsx"]
    assert research_names(ANA) == []


def _load(app: AppTest, document: dict, name: str = "ana.json") -> None:
    app.file_uploader(key=Keys.WORKSPACE_UPLOAD).set_value(
        (name, json.dumps(document).encode(), "application/json")
    )
    app.run()
    [load] = [b for b in app.button if b.label == "Load this file"]
    load.click().run()
    assert not app.exception


def test_a_crafted_file_is_refused_and_the_account_stays_usable():
    ana = hosted_app(ANA)
    upload_sample(ana)
    exported = open_workspace(database(), owner=person_from_claims(ANA).owner).export_data()
    ben = hosted_app(BEN)
    ben.switch_page("pages/account.py").run()
    exported["tables"]["research_files"] = "x"
    _load(ben, exported, "crafted.json")
    assert [e.value for e in ben.error] == [
        'crafted.json was not loaded: table "research_files" has no list of rows. Nothing was '
        "changed. Load a file downloaded from My workspace, unchanged."
    ]
    assert research_names(BEN) == []


def test_records_no_infoview_wrote_leave_my_workspace_and_sign_out_reachable():
    owner = person_from_claims(BEN).owner
    open_workspace(database(), owner=owner)  # the tables
    with psycopg.connect(database(), autocommit=True) as conn:
        conn.execute(
            "INSERT INTO research_files (owner, name, position, content, version, added_at) "
            "VALUES (%s, 'x.csv', 0, '\"just text\"', 1, '2026-01-01')",
            (owner,),
        )
    ben = hosted_app(BEN)
    assert not ben.exception
    assert ben.error[0].value.startswith("Your workspace holds records InfoView cannot read")
    assert "Sign out" in [b.label for b in ben.sidebar.button]
    ben.switch_page("pages/account.py").run()
    assert not ben.exception
    assert "Delete my workspace for good" in [c.label for c in ben.checkbox] + [
        b.label for b in ben.button
    ]


def test_a_cookie_from_before_sign_out_no_longer_signs_in():
    issued = int(time.time()) - 60
    ana = hosted_app({**ANA, "iat": issued})
    [sign_out] = [b for b in ana.sidebar.button if b.label == "Sign out"]
    sign_out.click().run()
    copied_cookie = hosted_app({**ANA, "iat": issued})
    assert [t.value for t in copied_cookie.title] == ["InfoView"]
    assert [b.label for b in copied_cookie.button] == ["Sign in"]
    signed_in_again = hosted_app({**ANA, "iat": int(time.time()) + 1})
    assert "Sign out" in [b.label for b in signed_in_again.sidebar.button]
    assert "Sign out" in [b.label for b in hosted_app({**BEN, "iat": issued}).sidebar.button]


def test_an_interview_the_database_did_not_save_is_said_so_and_stays_in_the_form(monkeypatch):
    ana = hosted_app(ANA)
    ana.switch_page("pages/interviewee.py").run()
    [name] = [t for t in ana.text_input if t.label == "Name"]
    name.set_value("Dana Whitfield")
    [save] = [b for b in ana.button if b.label == "Save profile"]
    save.click().run()
    ana.switch_page("pages/log.py").run()
    [findings] = [t for t in ana.text_area if t.label == "New findings, one per line"]
    findings.set_value("Audits moved in-house").run()
    details = "The workspace database server at db.internal:5432 cannot be reached (refused)."

    def down(*args, **kwargs):
        raise WorkspaceUnreachable(details)

    with monkeypatch.context() as patched:
        patched.setattr(persistence, "RETRY_SECONDS", 0)
        patched.setattr(Workspace, "record_interview", down)
        [submit] = [b for b in ana.button if b.label == "Save interview"]
        submit.click().run()
    assert not ana.exception and not ana.success
    assert [e.value for e in ana.error] == [
        "Not saved: the database is unavailable, retrying. What you typed is still here: save "
        "it again in a moment."
    ]
    back = "The database is back. What you typed is still in its form: save it again."
    assert back in [i.value for i in ana.info]
    assert not [e for e in (*ana.error, *ana.warning, *ana.info) if "db.internal" in e.value]
    [findings] = [t for t in ana.text_area if t.label == "New findings, one per line"]
    assert findings.value == "Audits moved in-house"
    owner = person_from_claims(ANA).owner
    assert open_workspace(database(), owner=owner).interviews() == []

    [submit] = [b for b in ana.button if b.label == "Save interview"]
    submit.click().run()
    assert ana.success[0].value.startswith("Logged the interview with Dana Whitfield")
    [logged] = open_workspace(database(), owner=owner).interviews()
    assert logged.new_findings == ("Audits moved in-house",)
    assert back not in [i.value for i in ana.info]
