"""Downloads are prepared with the page: twenty PDF downloads from five sessions, each while the
other sessions rerun (and clean up the files no one references), all arrive."""

from __future__ import annotations

import pytest

from tests.browser.conftest import served
from tests.browser.test_flow_in_browser import go_to, wait_idle

pytestmark = pytest.mark.browser
SESSIONS, ROUNDS = 5, 4


def test_twenty_pdf_downloads_while_other_sessions_rerun_all_arrive(browser, tmp_path):
    with served(tmp_path / "ws.sqlite") as url:
        tabs = []
        for number in range(SESSIONS):
            context = browser.new_context(
                accept_downloads=True, viewport={"width": 1280, "height": 1000}
            )
            tab = context.new_page()
            tab.set_default_timeout(60_000)
            tab.goto(url)
            tab.get_by_role("heading", name="Research", exact=True).wait_for()
            if number == 0:  # one workspace (local mode): the first session fills it
                tab.get_by_role("button", name="Load sample research").click()
                tab.get_by_text("Salaries: salary, 10 rows").wait_for()
                go_to(tab, "Interviewee")
                tab.get_by_label("Name", exact=True).fill("Dana Whitfield")
                tab.get_by_role("button", name="Save profile").click()
                tab.get_by_text("Saved “Dana Whitfield”").wait_for()
            else:
                tab.reload()
            go_to(tab, "Question sheet")
            tab.get_by_role("button", name="Download PDF", exact=True).wait_for()
            tabs.append(tab)

        pdfs = []
        for round_number in range(ROUNDS):
            for index, tab in enumerate(tabs):
                for other in tabs:  # every other session reruns meanwhile
                    if other is not tab:
                        paper = ("US Letter", "A4")[(round_number + index) % 2]
                        other.get_by_text(paper, exact=True).click(no_wait_after=True)
                # this session's own rerun (its paper clicked for an earlier download) ends
                # first, as a person waits for the page; the others rerun while it downloads
                wait_idle(tab)
                with tab.expect_download() as download:
                    tab.get_by_role("button", name="Download PDF", exact=True).click()
                pdfs.append(download.value.path().read_bytes())
            for tab in tabs:
                wait_idle(tab)
        assert len(pdfs) == SESSIONS * ROUNDS
        assert all(pdf.startswith(b"%PDF") for pdf in pdfs)
        for tab in tabs:
            tab.context.close()
