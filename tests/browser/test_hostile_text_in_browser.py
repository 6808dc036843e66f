"""Hostile research files in a real browser: their Markdown and HTML show as text, and no image,
link or request reaches the address they name."""

from __future__ import annotations

import pytest

from tests.browser.test_flow_in_browser import go_to, wait_idle
from tests.conftest import DATA

pytestmark = pytest.mark.browser

HOSTILE = ("hostile_markdown_headers.csv", "hostile_markdown_sheet_name.xlsx")
TRACKER = "tracker.invalid"
# Any element whose src, href (HTML or SVG) or srcset names the tracker.
POINTING_AT_TRACKER = """(host) => [...document.querySelectorAll('*')].filter(e =>
    ['src', 'href', 'xlink:href', 'srcset'].some(a => (e.getAttribute(a) || '').includes(host))
).map(e => e.outerHTML.slice(0, 200))"""


def test_hostile_files_render_as_text_and_load_nothing(page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.locator('input[type="file"]').set_input_files([str(DATA / name) for name in HOSTILE])
    page.get_by_text("hostile_markdown_headers: salary, 4 rows").wait_for()
    wait_idle(page)
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        summary.click()
    wait_idle(page)
    assert page.evaluate(POINTING_AT_TRACKER, TRACKER) == []
    assert [url for url in requested if TRACKER in url] == []
    assert page.get_by_text("Date ![pixel](http").first.is_visible()
    assert page.get_by_text("$x$ <img> _Pay_ ~x~ (a): salary, 4 rows").is_visible()
    go_to(page, "Hypotheses")
    assert page.evaluate(POINTING_AT_TRACKER, TRACKER) == []
    assert [url for url in requested if TRACKER in url] == []
