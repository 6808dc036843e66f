"""Header names: blanks named by position, repeats numbered, never two columns alike."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from infoview.research import read_research_path
from infoview.research.layout import unique_headers
from infoview.ui.keys import Keys
from tests.conftest import DATA, ROOT


@pytest.mark.parametrize(
    ("cells", "headers"),
    [
        (["Role", "Pay", "Pay"], ["Role", "Pay", "Pay (2)"]),
        (["Pay", "Pay", "Pay (2)"], ["Pay", "Pay (3)", "Pay (2)"]),
        (["Pay (2)", "Pay", "Pay"], ["Pay (2)", "Pay", "Pay (3)"]),
        (["", "Column 1"], ["Column 1 (2)", "Column 1"]),
        (["Column 2", ""], ["Column 2", "Column 2 (2)"]),
        (["", "", "x"], ["Column 1", "Column 2", "x"]),
    ],
)
def test_every_header_is_different_after_numbering(cells, headers):
    assert unique_headers(cells) == headers


def test_a_file_whose_numbered_repeats_collide_reads_and_shows():
    research = read_research_path(DATA / "duplicate_headers_after_numbering.csv")
    (table,) = research.tables
    assert list(table.frame.columns) == [
        "Role",
        "Pay",
        "Pay (3)",
        "Pay (2)",
        "Column 5 (2)",
        "Column 5",
    ]
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    content = (DATA / "duplicate_headers_after_numbering.csv").read_bytes()
    app.file_uploader(key=Keys.UPLOADER).set_value((research.file, content, "text/csv"))
    app.run()
    assert not app.exception
    assert list(app.dataframe[0].value.columns) == list(table.frame.columns)
