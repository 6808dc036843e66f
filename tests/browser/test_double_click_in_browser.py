"""Saves are idempotent: a double-click saves once."""

from __future__ import annotations

import pytest

from tests.browser.test_flow_in_browser import go_to, wait_idle

pytestmark = pytest.mark.browser


def test_double_clicking_save_profile_and_save_interview_saves_each_once(page):
    page.set_viewport_size({"width": 1280, "height": 2400})
    page.get_by_role("button", name="Load sample research").click()
    page.get_by_text("Salaries: salary, 10 rows").wait_for()
    wait_idle(page)

    go_to(page, "Interviewee")
    page.get_by_label("Name", exact=True).fill("Dana Test")
    page.get_by_label("Organization", exact=True).fill("Northwind Motors")
    page.get_by_role("button", name="Save profile").dblclick()
    page.get_by_text("Saved “Dana Test (Northwind Motors)”").wait_for()
    wait_idle(page)
    picker = page.locator('[data-testid="stSelectbox"]').filter(has_text="Plan for")
    assert picker.get_by_role("combobox").input_value() == "Dana Test (Northwind Motors)"
    assert page.get_by_text("#2").count() == 0
    assert "#2" not in page.locator('[data-testid="stSidebar"]').inner_text()

    go_to(page, "Interview log")
    page.get_by_label("Their organization in general terms", exact=True).fill("an automaker")
    page.get_by_role("button", name="Save interview").dblclick()
    page.get_by_text("Logged the interview with Dana Test").wait_for()
    wait_idle(page)
    page.get_by_role("heading", name="Logged interviews").wait_for()
    logged, follow_ups = cells(page, -1), cells(page, 0)
    assert sum("Dana Test" in cell for cell in logged) == 1
    assert sum("a thank-you note" in cell for cell in follow_ups) == 1


def cells(page, index: int) -> list[str]:
    """The texts of the cells of one table on the page."""
    grid = page.locator('[data-testid="stDataFrame"]').nth(index)
    grid.locator('[role="gridcell"]').first.wait_for(state="attached")
    return grid.locator('[role="gridcell"]').all_inner_texts()
