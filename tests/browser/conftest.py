"""A real `streamlit run` on a free loopback port, driven by Debian's chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect

from infoview.ui.server import free_port, start_app, stop, wait_healthy

# Assertions wait as long as actions do: a rerun on a loaded two-core machine can take more
# than playwright's default five seconds.
expect.set_options(timeout=30_000)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("INFOVIEW_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STARTUP_SECONDS = 60


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"Browser tests need Debian's chromium at {CHROMIUM} (scripts/ensure-chromium)."
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def served(db_path: Path) -> Iterator[str]:
    """A fresh `streamlit run` process on `db_path`: its URL while it runs."""
    require_chromium()
    port = free_port()
    process = start_app(port, db_path, subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, STARTUP_SECONDS)
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory) -> Iterator[str]:
    """The app served by a real `streamlit run`, with a workspace database per test module."""
    with served(tmp_path_factory.mktemp("app") / "ws.sqlite") as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_url):
    """A fresh browser tab on the app's first page, with downloads allowed."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto(app_url)
    tab.get_by_role("heading", name="Research", exact=True).wait_for()
    yield tab
    context.close()


WIDTHS = (1280, 420)
TALLEST = """() => Math.max(...[
    ...document.querySelectorAll('[data-testid="stMain"], [data-testid="stMain"] *')]
    .filter(e => e.scrollHeight > e.clientHeight + 1).map(e => e.scrollHeight), 0)"""


@pytest.fixture(scope="session")
def shoot(tmp_path_factory):
    """`shoot(page, name)` saves full-page screenshots of a page at each of WIDTHS; with
    INFOVIEW_REFRESH_SCREENSHOTS=1 they become the README's pictures at the end."""
    folder = tmp_path_factory.mktemp("screenshots")

    def save(page, name: str) -> None:
        viewport = page.viewport_size
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_timeout(600)  # the layout settles at the new width
            # The page scrolls inside Streamlit's main area: grow the window to all of it.
            height = page.evaluate(TALLEST)
            page.set_viewport_size({"width": width, "height": min(max(height, 900), 9000)})
            page.wait_for_timeout(600)
            page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
        page.set_viewport_size(viewport)
        page.wait_for_timeout(300)

    yield save
    if os.environ.get("INFOVIEW_REFRESH_SCREENSHOTS") == "1":
        for shot in folder.iterdir():
            shutil.copy(shot, ROOT / "docs" / f"screenshot-{shot.name}")
