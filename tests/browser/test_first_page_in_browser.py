"""Every page works as the first page a fresh server is asked for, by its URL."""

from __future__ import annotations

import pytest

from tests.browser.conftest import served
from tests.browser.test_flow_in_browser import wait_idle

pytestmark = pytest.mark.browser

PAGES = [
    ("", "Research"),
    ("hypotheses", "Hypotheses"),
    ("interviewee", "Interviewee"),
    ("next", "Whom to meet next"),
    ("sheet", "Question sheet"),
    ("coverage", "Coverage"),
    ("log", "Interview log"),
    ("outreach", "Outreach"),
]
NAVIGATION = [
    "Research",
    "Hypotheses",
    "Interviewee",
    "Whom to meet next",
    "Question sheet",
    "Coverage",
    "Interview log",
    "Outreach",
]


@pytest.mark.parametrize(("path", "title"), PAGES)
def test_a_page_opened_first_on_a_fresh_server_works(browser, tmp_path, path, title):
    with served(tmp_path / "ws.sqlite") as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{url}/{path}")
        page.get_by_role("heading", name=title, exact=True).wait_for()
        wait_idle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        links = page.locator('[data-testid="stSidebarNavLink"]').all_inner_texts()
        assert [link.split("\n")[-1].strip() for link in links] == NAVIGATION
        context.close()
