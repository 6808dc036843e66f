"""Uploads are read by a pool of reader processes: a file that outgrows or outlasts its reader
stops only itself, and the limits apply to reading only, however large the server has grown."""

import csv
import io
import mmap
import os
import signal
import threading
import zipfile

import pytest

from infoview.research import read_research, read_research_isolated, worker
from infoview.research.worker import PoolSettings, ReaderPool
from tests.research.conftest import DATA
from tests.research.slow_then import SECONDS, read_research_sheets, slow_sheet_names

FOUR_SHEETS = "hand_kept_research_four_sheets.xlsx"


def _shape(research):
    return [(t.sheet, t.kind, t.columns, t.frame.values.tolist()) for t in research.tables]


def test_the_child_returns_what_reading_in_process_returns():
    data = (DATA / FOUR_SHEETS).read_bytes()
    isolated = read_research_isolated(FOUR_SHEETS, data)
    assert isolated == read_research(FOUR_SHEETS, data)
    assert _shape(isolated) == _shape(read_research(FOUR_SHEETS, data))


def test_what_the_reader_makes_of_a_file_is_not_timed_as_its_read():
    # the findings of a large survey can outlast the read's limit; the read itself did not
    data = (DATA / FOUR_SHEETS).read_bytes()
    worker.pool().warm()
    sheets = read_research_isolated(FOUR_SHEETS, data, seconds=SECONDS - 1, then=slow_sheet_names)
    assert sheets == [t.sheet for t in read_research(FOUR_SHEETS, data).tables]


def test_a_quick_answer_after_the_read_is_seen_at_once(monkeypatch):
    # the answer right behind `READ` must not wait in a buffer where `select` cannot see it
    monkeypatch.setattr(worker, "THEN_SECONDS", 5)
    data = (DATA / FOUR_SHEETS).read_bytes()
    for _ in range(4):
        research = read_research_isolated(FOUR_SHEETS, data, then=read_research_sheets)
        assert research == ["Salary", "Trends", "Org chart", "Contacts"]


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
    research = read_research_isolated(name, data)
    assert (research.tables, research.error.code) == ((), "file-too-costly")
    assert research.error.message.startswith(f"{name} stopped the reader")
    assert "Your other files are not affected" in research.error.message


def test_a_read_past_its_time_is_stopped():
    data = (DATA / FOUR_SHEETS).read_bytes()
    research = read_research_isolated(FOUR_SHEETS, data, seconds=0)
    assert research.error.code == "file-too-slow"
    assert research.error.message.startswith(f"{FOUR_SHEETS} took more than 0 seconds to read")
    assert worker.stopped(research)
    again = read_research_isolated(FOUR_SHEETS, data)
    assert (again.error, len(again.tables)) == (None, 4)


@pytest.fixture
def small_pool():
    """A pool of one reader that is replaced after two files."""
    pool = ReaderPool(PoolSettings(readers=1))
    yield pool
    pool.close()


def _reader_pids(pool: ReaderPool) -> list[int]:
    return [reader.process.pid for reader in pool._idle]


def test_a_reader_is_replaced_after_its_share_of_files(small_pool, monkeypatch):
    monkeypatch.setattr(worker, "FILES_PER_READER", 2)
    data = (DATA / FOUR_SHEETS).read_bytes()
    small_pool.read(FOUR_SHEETS, data)
    first = _reader_pids(small_pool)
    small_pool.read(FOUR_SHEETS, data)
    second = _reader_pids(small_pool)
    assert len(first) == len(second) == 1 and first != second


def test_a_reader_killed_from_outside_is_replaced_and_the_file_read(small_pool):
    data = (DATA / FOUR_SHEETS).read_bytes()
    small_pool.read(FOUR_SHEETS, data)
    (killed,) = _reader_pids(small_pool)
    os.kill(killed, signal.SIGKILL)
    research = small_pool.read(FOUR_SHEETS, data)
    assert (research.error, len(research.tables)) == (None, 4)
    assert _reader_pids(small_pool) != [killed]


def _compensation_csv(rows: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(("Company", "Title", "Location", "Base"))
    writer.writerows(
        (f"Company {i % 300}", ("Data Analyst", "Engineer")[i % 2], "Austin, TX", 60_000 + i)
        for i in range(rows)
    )
    return buffer.getvalue().encode()


def test_a_grown_server_still_reads_a_small_and_a_150k_row_file(small_pool):
    """A server with 150 threads and 3 GB of address space (more than a reader may have) still
    reads: a reader is a fresh process, so none of that counts against its limit."""
    release = threading.Event()
    threads = [threading.Thread(target=release.wait, daemon=True) for _ in range(150)]
    reserved = mmap.mmap(-1, 3 * 1024**3, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    try:
        for thread in threads:
            thread.start()
        small = small_pool.read("small.csv", _compensation_csv(20))
        large = small_pool.read("large.csv", _compensation_csv(150_000))
    finally:
        release.set()
        reserved.close()
    assert (small.error, [t.rows for t in small.tables]) == (None, [20])
    assert (large.error, [t.rows for t in large.tables]) == (None, [150_000])
