"""The research list in a real browser: import connections, star two organizations, make a
contact the interviewee, and download a sheet whose close names the people still to contact."""

from __future__ import annotations

import pytest

from infoview.contacts import read_contacts_path
from tests.browser.test_flow_in_browser import go_to, wait_idle
from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.browser
CONNECTIONS = ROOT / "tests" / "data" / "connections_duplicates_no_company_accents.csv"


def star(page, organization: str) -> None:
    """Add `organization` with the form's three stars."""
    page.get_by_label("Add an organization").fill(organization)
    page.get_by_role("button", name="Add organization").click()
    page.get_by_text(f"{organization} is on your targets with 3 stars.").wait_for()
    wait_idle(page)


def test_connections_stars_interviewee_and_the_close(page, tmp_path, shoot):
    page.locator('input[type="file"]').set_input_files(str(SAMPLE))
    page.get_by_text("Salaries: salary, 10 rows").wait_for()
    wait_idle(page)

    go_to(page, "Whom to meet next")
    page.locator('input[type="file"]').set_input_files(str(CONNECTIONS))
    page.get_by_text("Added 4 people (0 were on your list already).").wait_for()
    wait_idle(page)
    star(page, "Fjord Analytics")
    star(page, "Harbor Freight")
    page.get_by_text("Works at Fjord Analytics (number 2 on your targets, 3 of 3 stars)").wait_for()
    zoe = next(c for c in read_contacts_path(CONNECTIONS).contacts if c.name == "Zoë Ångström")
    shoot(page, "next")
    page.locator(f".st-key-interview-{zoe.id} button").click()
    page.get_by_role("heading", name="Interviewee", exact=True).wait_for()
    wait_idle(page)
    assert page.get_by_label("Name", exact=True).input_value() == "Zoë Ångström"
    assert page.get_by_label("Organization", exact=True).input_value() == "Fjord Analytics"

    go_to(page, "Question sheet")
    page.locator(".st-key-sheet_format").get_by_text("Markdown", exact=True).click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download Markdown", exact=True).click()
    path = tmp_path / "sheet.md"
    download_info.value.save_as(path)
    text = " ".join(path.read_text(encoding="utf-8").split())
    assert "Next I plan to contact Łukasz Wójcik." in text
    assert "Tomás" not in text  # a connection with no tie to the targets is not named
