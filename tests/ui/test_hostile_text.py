"""Markdown, HTML and math in research files are shown as text on every page, never rendered."""

from __future__ import annotations

import re

import pytest

from infoview.ui.keys import Keys
from tests.conftest import ROOT
from tests.ui.test_flow import new_app

DATA = ROOT / "tests" / "data"
HOSTILE = ("hostile_markdown_headers.csv", "hostile_markdown_sheet_name.xlsx")
# Each would render as an image, a link, HTML, math or bold if it reached Markdown as written.
ACTIVE = re.compile(
    r"!\[|(?<!\\)\]\(|(?<!\\)<(img|a |b>)|\$x\$|\*\*bold\*\*|https?://|:red\[|:material/home"
)
J = "\u2060"
# Elements whose value is Markdown; a widget's value is what was picked, shown as text.
MARKDOWN_VALUES = {
    "markdown",
    "caption",
    "error",
    "warning",
    "info",
    "success",
    "title",
    "subheader",
}


def rendered(node) -> list[str]:
    """Every value and label under `node` that Streamlit renders as Markdown."""
    shown = ("label", "help", "value") if node.type in MARKDOWN_VALUES else ("label", "help")
    texts = [text for name in shown if isinstance(text := getattr(node, name, None), str)]
    for child in getattr(node, "children", {}).values():
        texts += rendered(child)
    return texts


def hostile_app():
    app = new_app()
    app.file_uploader(key=Keys.UPLOADER).set_value(
        [(name, (DATA / name).read_bytes(), "application/octet-stream") for name in HOSTILE]
    )
    app.run()
    assert not app.exception
    return app


@pytest.mark.parametrize("page", ["pages/research.py", "pages/hypotheses.py", "pages/coverage.py"])
def test_file_text_reaches_no_page_as_markdown(page):
    app = hostile_app()
    app.switch_page(page).run()
    assert not app.exception
    texts = rendered(app.main) + rendered(app.sidebar)
    assert [t for t in texts if ACTIVE.search(t)] == []


def test_the_research_page_shows_hostile_headers_and_sheet_names_escaped():
    app = hostile_app()
    assert [e.label for e in app.expander if "rows" in e.label] == [
        "hostile_markdown_headers: **salary**, 4 rows (header on row 2)",
        "\\$x\\$ \\<img\\> \\_Pay\\_ \\~x\\~ (a): **salary**, 4 rows (header on row 1)",
        "Notes: **notes**, 2 rows (header on row 0)",
    ]
    assert [w.value for w in app.warning] == [
        f"**hostile_markdown_headers.csv › hostile_markdown_headers, row 4, column "
        f'"Date !\\[pixel\\](http{J}://tracker.invalid/pixel.png)"**: 1 cell(s) of column '
        f'"Date !\\[pixel\\](http{J}://tracker.invalid/pixel.png)" are not dates InfoView can '
        "read (first at row 4); write them as 2026-09-14, 9/14/2026 or Q3 2026.",
        "**hostile_markdown_sheet_name.xlsx › \\$x\\$ \\<img\\> \\_Pay\\_ \\~x\\~ (a), row 1, "
        'column "Annual salary \\*\\*bold\\*\\*"**: Nothing in the file says which currency column '
        '"Annual salary \\*\\*bold\\*\\*" is in (no mark, currency column, country or place), so '
        "its amounts are shown in US dollars (choose your usual currency under About me). If "
        "they are in another currency, pick it on the Research page (Currency of the amounts).",
    ]
