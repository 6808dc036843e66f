"""Uploads are read in a child process: a file that outgrows or outlasts it stops only itself."""

import io
import zipfile

from infoview.research import read_research, read_research_isolated
from infoview.research.worker import COMMAND_LINE_START
from tests.research.conftest import DATA

FOUR_SHEETS = "hand_kept_research_four_sheets.xlsx"


def _shape(research):
    return [(t.sheet, t.kind, t.columns, t.frame.values.tolist()) for t in research.tables]


def test_the_child_returns_what_reading_in_process_returns():
    data = (DATA / FOUR_SHEETS).read_bytes()
    isolated = read_research_isolated(FOUR_SHEETS, data)
    assert isolated == read_research(FOUR_SHEETS, data)
    assert _shape(isolated) == _shape(read_research(FOUR_SHEETS, data))


def stray_cell_behind_a_small_dimension() -> bytes:
    """The stray cell at XFD1048576 in a sheet claiming `A1:B3`: the engine then lays out 17 G
    cells and aborts its process. Built here, not kept in tests/data, so that no test reading
    every fixture in its own process is killed by it."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(DATA / "stray_cell_at_XFD1048576.xlsx") as original,
        zipfile.ZipFile(buffer, "w") as copy,
    ):
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'ref="A1:XFD1048576"', b'ref="A1:B3"')
            copy.writestr(entry, data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_a_sheet_the_engine_would_lay_out_in_full_is_stopped_by_the_memory_limit():
    name = "stray_cell_behind_small_dimension.xlsx"
    data = stray_cell_behind_a_small_dimension()
    assert b'<dimension ref="A1:B3"/>' in zipfile.ZipFile(io.BytesIO(data)).read(
        "xl/worksheets/sheet1.xml"
    )
    for start in ("forkserver", COMMAND_LINE_START):
        research = read_research_isolated(name, data, start=start)
        assert (research.tables, research.error.code) == ((), "file-too-costly")
        assert research.error.message.startswith(f"{name} stopped the reader")
        assert "Your other files are not affected" in research.error.message


def test_a_read_past_its_time_is_stopped():
    data = (DATA / FOUR_SHEETS).read_bytes()
    research = read_research_isolated(FOUR_SHEETS, data, seconds=0)
    assert research.error.code == "file-too-slow"
    assert research.error.message.startswith(f"{FOUR_SHEETS} took more than 0 seconds to read")
