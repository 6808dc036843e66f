"""The occupation search on the Interviewee page, typed in a real browser."""

from __future__ import annotations

import pytest

from tests.browser.test_flow_in_browser import go_to, wait_idle

pytestmark = pytest.mark.browser


def test_an_unplaced_title_asks_for_an_occupation_found_by_typing_part_of_it(page):
    go_to(page, "Interviewee")
    page.get_by_label("Name", exact=True).fill("Dana Whitfield")
    page.get_by_label("Title", exact=True).fill("Team 4")
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("We could not place “Team 4”: pick the closest occupation.").wait_for()

    page.get_by_label("Occupation", exact=True).click()
    page.keyboard.type("registered nur")
    page.get_by_role("option", name="Registered Nurses (29-1141)", exact=True).click()
    wait_idle(page)
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("We understood: Registered Nurses (29-1141).").wait_for()
