"""Hosted mode in a real browser: two people, two app servers, one shared database.

The sign-in goes through a real OpenID provider on loopback (oidc-provider-mock) and
Streamlit's own st.login; each server has its own address, so its own redirect_uri.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator

import pytest

from infoview.ui.server import (
    free_port,
    start_app,
    start_oidc_provider,
    stop,
    wait_healthy,
    write_auth_secrets,
)
from tests.browser.conftest import STARTUP_SECONDS, require_chromium
from tests.browser.test_flow_in_browser import go_to, wait_idle
from tests.conftest import DATA, SAMPLE

pytestmark = pytest.mark.browser

ANA = {"sub": "ana-3f1c", "name": "Ana Ruiz", "email": "ana@example.edu"}
# Ben's provider account shares Ana's e-mail: only the subject tells them apart.
BEN = {"sub": "ben-7c2d", "name": "Ben Okafor", "email": "ana@example.edu"}
BEN_FILE = DATA / "salary_ranges_with_sample_size.csv"


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    require_chromium()
    port = free_port()
    process = start_oidc_provider(port, [ANA, BEN], subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, STARTUP_SECONDS, "/.well-known/openid-configuration")
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="module")
def shared_database(postgres_server) -> str:
    """A new PostgreSQL database both app servers use."""
    return postgres_server.create_database()


@pytest.fixture(scope="module")
def servers(provider, shared_database, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """Two hosted app servers on one database, each with its own sign-in address."""
    started = []
    try:
        for name in ("a", "b"):
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            secrets = write_auth_secrets(
                tmp_path_factory.mktemp(f"server-{name}") / "secrets.toml", url, provider
            )
            process = start_app(port, shared_database, subprocess.PIPE, secrets)
            started.append((url, process))
        for url, process in started:
            wait_healthy(url, process, STARTUP_SECONDS)
        yield started[0][0], started[1][0]
    finally:
        for _, process in started:
            stop(process)


def new_tab(browser, url: str):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1600})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto(url)
    return tab


def sign_in(browser, url: str, person: dict):
    """A new browser (own cookies) signed in on the server at `url` as `person`."""
    tab = new_tab(browser, url)
    tab.get_by_role("button", name="Sign in").click()
    tab.get_by_role("button", name=person["sub"], exact=True).click()  # the provider's form
    tab.get_by_role("heading", name="Research", exact=True).wait_for()
    tab.get_by_text(f"Signed in as {person['name']}").wait_for()
    wait_idle(tab)
    return tab


def assert_sign_in_page_only(tab) -> None:
    tab.get_by_role("button", name="Sign in").wait_for()
    wait_idle(tab)
    # An address of the app's (/research) gets Streamlit's "Page not found" note on top.
    main = tab.locator('[data-testid="stMain"]')
    assert [h.inner_text() for h in main.get_by_role("heading").all()] == ["InfoView"]
    assert tab.locator('[data-testid="stSidebarNavLink"]').count() == 0
    assert tab.locator('[data-testid="stSidebar"]').count() == 0
    assert tab.locator('[data-testid="stException"]').count() == 0


def upload(tab, path, shown: str, timeout: float = 30_000) -> None:
    tab.locator('input[type="file"]').set_input_files(str(path))
    tab.get_by_text(shown).first.wait_for(timeout=timeout)
    wait_idle(tab)


def log_interview(tab, name: str) -> None:
    """Save a profile, show its sheet, and log a short interview against it."""
    go_to(tab, "Interviewee")
    tab.get_by_label("Name", exact=True).fill(name)
    tab.get_by_role("button", name="Save profile").click()
    tab.get_by_text(f"Saved “{name}”").wait_for()
    go_to(tab, "Question sheet")
    tab.get_by_role("heading", name=re.compile("^Industry & hypotheses")).first.wait_for()
    go_to(tab, "Interview log")
    tab.get_by_role("button", name="Save interview").click()
    tab.get_by_text(f"Logged the interview with {name}").wait_for()
    tab.get_by_role("heading", name="Logged interviews").wait_for()


def test_a_tab_that_never_signed_in_sees_only_the_sign_in_page(browser, servers):
    server_a, server_b = servers
    for address in (f"{server_a}/research", f"{server_b}/", f"{server_b}/account"):
        tab = new_tab(browser, address)
        assert_sign_in_page_only(tab)
        tab.context.close()


def test_two_people_on_two_servers_each_see_only_their_own(browser, servers, tmp_path):
    server_a, server_b = servers
    ana_a = sign_in(browser, server_a, ANA)
    upload(ana_a, SAMPLE, "Salaries: salary, 10 rows")
    log_interview(ana_a, "Dana Whitfield")

    ben_b = sign_in(browser, server_b, BEN)
    assert ben_b.get_by_text("Salaries: salary, 10 rows").count() == 0
    upload(ben_b, BEN_FILE, BEN_FILE.name)
    go_to(ben_b, "Interview log")
    assert ben_b.get_by_role("heading", name="Logged interviews").count() == 0
    assert ben_b.get_by_text("Dana Whitfield").count() == 0

    ana_b = sign_in(browser, server_b, ANA)
    ana_b.get_by_text("Salaries: salary, 10 rows").wait_for()
    assert ana_b.get_by_text(BEN_FILE.name).count() == 0
    go_to(ana_b, "Interview log")
    ana_b.get_by_role("heading", name="Logged interviews").wait_for()
    assert ana_b.get_by_text("Dana Whitfield").count() > 0

    # What Ana writes on server A is on server B after a reload there.
    go_to(ana_a, "Interviewee")
    ana_a.get_by_label("Name", exact=True).fill("Łucja Wiśniewska")
    ana_a.get_by_role("button", name="Save profile").click()
    ana_a.get_by_text("Saved “Łucja Wiśniewska”").wait_for()
    ana_b.reload()
    go_to(ana_b, "Interviewee")
    plan_for = ana_b.locator('[data-testid="stSelectbox"]').filter(has_text="Plan for")
    plan_for.get_by_role("combobox").click()  # About me's own boxes may come first on the page
    ana_b.get_by_role("option", name="Łucja Wiśniewska", exact=True).wait_for()
    ana_b.keyboard.press("Escape")

    # Her own workspace downloads as one file holding her research, not Ben's.
    go_to(ana_b, "My workspace")
    with ana_b.expect_download() as download:
        ana_b.get_by_role("button", name="Download my workspace").click()
    exported = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert [row[0] for row in exported["tables"]["research_files"]["rows"]] == [SAMPLE.name]
    assert BEN_FILE.name not in json.dumps(exported)

    # Signing out hides it all; a reload still shows only the sign-in page.
    ana_b.get_by_role("button", name="Sign out").click()
    end_session = ana_b.get_by_role("button", name="End session")  # the provider's own page
    end_session.click()
    assert_sign_in_page_only(ana_b)
    assert ana_b.get_by_text("Salaries").count() == 0
    ana_b.reload()
    assert_sign_in_page_only(ana_b)

    # Ben, still signed in on B, keeps only his own.
    ben_b.reload()
    ben_b.get_by_text(f"Signed in as {BEN['name']}").wait_for()
    go_to(ben_b, "Research")
    ben_b.get_by_text(BEN_FILE.name).first.wait_for()
    assert ben_b.get_by_text("Salaries: salary, 10 rows").count() == 0
    for tab in (ana_a, ben_b, ana_b):
        assert tab.locator('[data-testid="stException"]').count() == 0
        tab.context.close()


def compensation_csv(path, rows: int):
    """A compensation export of `rows` rows (one table of that many rows)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Company,Title,Location,Base\n")
        for i in range(rows):
            out.write(
                f"Company {i % 300},{('Data Analyst', 'Engineer')[i % 2]},Austin TX,{60_000 + i}\n"
            )
    return path


def test_a_grown_server_still_reads_a_small_and_a_150k_row_upload(browser, servers, tmp_path):
    """After a large read and a dozen more sessions, uploads are still read: each file goes to a
    fresh reader process, so what the server holds never counts against a file's limits."""
    server_a, _ = servers
    ana = sign_in(browser, server_a, BEN)
    # Past the 200,000 rows a sheet keeps (the header is one): read in full, then cut.
    upload(ana, compensation_csv(tmp_path / "large_export.csv", 240_000), "199999 rows", 120_000)
    others = [new_tab(browser, server_a) for _ in range(12)]
    small = compensation_csv(tmp_path / "small_export.csv", 20)
    upload(ana, small, "20 rows")
    upload(ana, compensation_csv(tmp_path / "mid_export.csv", 150_000), "150000 rows", 120_000)
    assert ana.get_by_text("stopped the reader").count() == 0
    assert ana.locator('[data-testid="stException"]').count() == 0
    for tab in [ana, *others]:
        tab.context.close()
