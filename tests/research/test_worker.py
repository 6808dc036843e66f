"""Uploads are read in a child process: a file that outgrows or outlasts it stops only itself."""

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


def test_a_sheet_the_engine_would_lay_out_in_full_is_stopped_by_the_memory_limit():
    name = "stray_cell_behind_small_dimension.xlsx"
    for start in ("forkserver", COMMAND_LINE_START):
        research = read_research_isolated(name, (DATA / name).read_bytes(), start=start)
        assert (research.tables, research.error.code) == ((), "file-too-costly")
        assert research.error.message.startswith(f"{name} stopped the reader")
        assert "Your other files are not affected" in research.error.message


def test_running_out_of_memory_in_python_is_reported_the_same_way():
    data = (DATA / FOUR_SHEETS).read_bytes()
    research = read_research_isolated(FOUR_SHEETS, data, memory_mb=50)
    assert research.error.code == "file-too-costly"
    assert "50 MB of memory" in research.error.message


def test_a_read_past_its_time_is_stopped():
    data = (DATA / FOUR_SHEETS).read_bytes()
    research = read_research_isolated(FOUR_SHEETS, data, seconds=0)
    assert research.error.code == "file-too-slow"
    assert research.error.message.startswith(f"{FOUR_SHEETS} took more than 0 seconds to read")
