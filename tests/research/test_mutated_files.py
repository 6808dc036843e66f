"""Property: any mutation of a valid file yields a report or the documented import error."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview.research import ResearchFile, read_research
from infoview.research.issues import CODES
from tests.research.conftest import DATA

VALID = (
    "hand_kept_research_four_sheets.xlsx",
    "oews_wages_title_footnotes_markers.xlsx",
    "comp_site_export_bom.csv",
    "semicolon_cp1252_euro_crlf.csv",
    "contacts_pipe_utf16.csv",
    "french_headers_semicolon.csv",
    "german_headers_tab.tsv",
    "contacts_spanish_headers.ods",
)
STRUCTURE = (b'"', b"\r", b"\n", b"\r\n", b";", b",", b"\t", b"|", b'""', b"#", b"*")
SOURCES = {name: (DATA / name).read_bytes() for name in VALID}
FILE_ERRORS = {
    "empty-file",
    "text-unreadable",
    "not-a-spreadsheet",
    "workbook-truncated",
    "workbook-encrypted",
    "workbook-too-large",
    "workbook-unreadable",
}


@st.composite
def mutated(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(VALID))
    data = bytearray(SOURCES[name])
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(("flip", "cut", "insert", "punctuate", "delete")))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == "punctuate":
            data[at:at] = draw(st.sampled_from(STRUCTURE))
        elif data:
            del data[at : at + draw(st.integers(1, 256))]
    return name, bytes(data)


def assert_report(name: str, research: ResearchFile) -> None:
    assert research.file == name
    if research.error is not None:
        assert research.error.code in FILE_ERRORS
        assert research.error.message.startswith(name)
        assert research.tables == ()
    assert {issue.code for issue in research.all_issues} <= set(CODES)
    json.dumps(research.to_dict())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_file_gives_a_report_or_a_documented_error(case):
    name, data = case
    assert_report(name, read_research(name, data))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=6), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t", "|"]),
)
def test_any_text_grid_gives_a_report(rows, delimiter):
    text = "\n".join(delimiter.join(row) for row in rows)
    assert_report("grid.csv", read_research("grid.csv", text.encode("utf-8")))
