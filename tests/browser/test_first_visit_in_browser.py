"""A first visit, from an empty workspace to a downloaded PDF, following only what the screen
says; every page is photographed on the way (at 1280 and 420 px)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from tests.browser.test_flow_in_browser import wait_idle

pytestmark = pytest.mark.browser


def follow(page, label: str, heading: str) -> None:
    """Click a link the page shows (not the sidebar) and wait for the next page."""
    page.locator('[data-testid="stMain"]').get_by_role("link", name=label).click()
    page.get_by_role("heading", name=heading, exact=True).wait_for()
    wait_idle(page)


def test_a_first_visit_ends_with_the_printed_sheet(page, tmp_path, shoot):
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text("Welcome to InfoView.").wait_for()
    main.get_by_text("Your preparation").wait_for()
    assert main.get_by_text("press Load sample research to try it").count() == 1
    wait_idle(page)
    shoot(page, "welcome")

    page.get_by_role("button", name="Load sample research").click()
    page.get_by_text("Salaries: salary, 10 rows").wait_for()
    wait_idle(page)
    assert main.get_by_text("Welcome to InfoView.").count() == 0
    shoot(page, "research")

    follow(page, "Next: pick hypotheses to test", "Hypotheses")
    page.get_by_text(re.compile(r"^[1-9]\d* of \d+ hypotheses flagged")).wait_for()
    shoot(page, "hypotheses")

    follow(page, "Next: describe the interviewee", "Interviewee")
    page.get_by_label("Name", exact=True).fill("Dana Whitfield")
    page.get_by_label("Organization", exact=True).fill("Northwind Motors")
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("Saved “Dana Whitfield (Northwind Motors)”").wait_for()
    wait_idle(page)
    shoot(page, "interviewee")

    follow(page, "Next: see the question sheet", "Question sheet")
    page.get_by_role("heading", name=re.compile("^Industry & hypotheses")).first.wait_for()
    shoot(page, "sheet")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download PDF", exact=True).click()
    pdf_path = tmp_path / "sheet.pdf"
    download_info.value.save_as(pdf_path)
    reader = PdfReader(io.BytesIO(pdf_path.read_bytes()))
    text = " ".join("\n".join(p.extract_text() for p in reader.pages).split())
    assert "Questions for Dana Whitfield" in text

    follow(page, "Next: see what the sheet covers", "Coverage")
    page.get_by_text("Flagged hypotheses on the sheet").wait_for()
    shoot(page, "coverage")
    for link, heading, name in (
        ("Interview log", "Interview log", "log"),
        ("Outreach", "Outreach", "outreach"),
    ):
        page.locator('[data-testid="stSidebarNavLink"]', has_text=link).click()
        page.get_by_role("heading", name=heading, exact=True).wait_for()
        wait_idle(page)
        shoot(page, name)
    assert page.locator('[data-testid="stException"]').count() == 0
