"""A writer killed mid-save, and two writers at once, leave a sound and consistent workspace."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from infoview.errors import WorkspaceBusy
from infoview.store import open_workspace
from tests.conftest import ROOT
from tests.store.busy_writer import COLUMNS, FILES, HYPOTHESES

ROWS = 8000
KILL_DELAYS = (0.0, 0.01, 0.03, 0.06, 0.1)  # a round's save takes about 0.2 s


def start_writer(path, label: str, times: int, rows: int = ROWS) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.busy_writer", str(path), label, str(times), str(rows)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen, prefix: str) -> str:
    for line in process.stdout:
        if line.startswith(prefix):
            return line.split()[1]
    raise AssertionError(f"writer ended early: {process.stderr.read()}")


def last_begun(process: subprocess.Popen, read: str) -> str:
    """The mark of the last round an ended writer began; `read` if none after it."""
    begun = [line.split()[1] for line in process.stdout if line.startswith("begin")]
    return begun[-1] if begun else read


def marks_of(path) -> tuple[dict[str, set[str]], set[str], int]:
    """Per stored file the rounds its cells come from; the hypotheses' rounds and count."""
    workspace = open_workspace(path)
    assert workspace.integrity() == "ok"
    files = {}
    for research in workspace.research_files():
        (table,) = research.tables
        assert list(table.frame.columns) == list(COLUMNS)
        assert table.rows == ROWS
        cells = table.frame.to_numpy().ravel()
        files[research.file] = {cell.split(":")[0] for cell in cells}
    hypotheses = workspace.hypotheses()
    return files, {h.statement.split(" #")[0] for h in hypotheses}, len(hypotheses)


@pytest.mark.parametrize("delay", KILL_DELAYS)
def test_a_writer_killed_mid_save_leaves_the_last_whole_round(tmp_path, delay):
    path = tmp_path / "ws.sqlite"
    writer = start_writer(path, "w", times=0)
    try:
        wait_for_line(writer, "saved")
        began = wait_for_line(writer, "begin")
        time.sleep(delay)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait()
    # On a fast machine the writer may be rounds ahead of what was read: the round it was in
    # when killed is the last one it began.
    last_round = int(last_begun(writer, began).split("-")[1])
    files, hypothesis_marks, count = marks_of(path)
    assert sorted(files) == list(FILES)
    for marks in files.values():
        assert len(marks) == 1  # never half of one round and half of another
    assert len(hypothesis_marks) == 1 and count == HYPOTHESES
    stored_round = int(next(iter(files["a.csv"])).split("-")[1])
    assert stored_round in (last_round - 1, last_round)


def test_two_writers_at_once_queue_and_leave_whole_rounds(tmp_path):
    path = tmp_path / "ws.sqlite"
    writers = [start_writer(path, label, times=15, rows=500) for label in ("x", "y")]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.count("saved") == 15
    workspace = open_workspace(path)
    assert workspace.integrity() == "ok"
    for research in workspace.research_files():
        (table,) = research.tables
        marks = {cell.split(":")[0] for cell in table.frame.to_numpy().ravel()}
        assert len(marks) == 1 and table.rows == 500
    hypotheses = workspace.hypotheses()
    assert len(hypotheses) == HYPOTHESES
    assert len({h.statement.split(" #")[0] for h in hypotheses}) == 1


def test_a_workspace_locked_too_long_says_to_try_again(tmp_path, monkeypatch):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    monkeypatch.setattr("infoview.store.database.BUSY_SECONDS", 0.1)
    holder = sqlite3.connect(workspace.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WorkspaceBusy) as caught:
            workspace.save_hypotheses([])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(caught.value) == (
        f"The workspace database {workspace.path} stayed busy for 0.1 s: another InfoView "
        "window or command is writing to it. Try again in a moment."
    )
