"""Two browser tabs on one workspace: what one tab adds survives what the other changes."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from infoview.store import open_workspace
from tests.browser.conftest import served
from tests.browser.test_flow_in_browser import go_to, wait_idle

pytestmark = pytest.mark.browser

OWN = "Controllers now report to the CFO"


def open_tab(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto(app_url)
    tab.get_by_role("heading", name="Research", exact=True).wait_for()
    wait_idle(tab)
    return context, tab


def set_first_priority(tab, priority: str) -> None:
    """Pick `priority` in the Priority cell of the first row of the hypotheses grid."""
    grid = tab.locator('[data-testid="stDataFrame"]').first
    option = tab.get_by_role("option", name=priority, exact=True)
    for _ in range(3):  # a rerun that redraws the grid under the double click closes the editor
        wait_idle(tab)
        grid.wait_for()
        box = grid.bounding_box()
        tab.mouse.dblclick(box["x"] + 120, box["y"] + 35 + 17)
        try:
            option.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            tab.keyboard.press("Escape")
    option.click()
    tab.keyboard.press("Escape")
    wait_idle(tab)


def test_a_hypothesis_added_in_one_tab_survives_a_priority_change_in_the_other(browser, tmp_path):
    db = tmp_path / "ws.sqlite"
    with served(db) as app_url:
        both_tabs_edit(browser, app_url)
    stored = open_workspace(db).hypotheses()
    assert ([h.priority for h in stored].count("low"), stored[-1].statement) == (1, OWN)


def both_tabs_edit(browser, app_url) -> None:
    first_context, first = open_tab(browser, app_url)
    first.get_by_role("button", name="Load sample research").click()
    first.get_by_text("Salaries: salary, 10 rows").wait_for()
    go_to(first, "Hypotheses")
    second_context, second = open_tab(browser, app_url)
    go_to(second, "Hypotheses")
    caption = second.get_by_text(re.compile(r"^\d+ of \d+ hypotheses flagged"))
    flagged, total = map(int, re.findall(r"\d+", caption.inner_text())[:2])
    after = f"{flagged + 1} of {total + 1} hypotheses flagged"

    first.get_by_label("Add your own hypothesis").fill(OWN)
    first.get_by_role("button", name="Add hypothesis").click()
    first.get_by_text(after).wait_for()

    set_first_priority(second, "low")
    assert second.locator('[data-testid="stAlert"]').count() == 0

    for tab in (first, second):
        tab.reload()
        tab.get_by_role("heading", name="Hypotheses", exact=True).wait_for()
        tab.get_by_text(after).wait_for()
    first_context.close()
    second_context.close()
