"""Read an uploaded file in a child process with a memory limit and a timeout.

A file built to cost (a zip of cells, a sheet the spreadsheet engine lays out in full) can then
only stop its own reading: the server and the other people using it carry on.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import resource
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

from infoview.research.issues import ERROR, Issue
from infoview.research.model import ResearchFile
from infoview.research.reader import MAX_BYTES, read_research, read_research_path

PARSE_SECONDS = 60
# Address space for one child: the libraries alone take about 400 MB of it.
PARSE_MEMORY_MB = 2048
# The child is forked: a fresh interpreter (forkserver or spawn) never answered under the
# hosted server (sign-in, PostgreSQL), and the child only parses bytes with libraries the
# parent has already imported.
SERVER_START = "fork"
COMMAND_LINE_START = "fork"


def read_research_isolated(
    name: str,
    data: bytes,
    max_bytes: int = MAX_BYTES,
    seconds: float = PARSE_SECONDS,
    memory_mb: int = PARSE_MEMORY_MB,
    start: str = SERVER_START,
) -> ResearchFile:
    """`read_research` in a child process; a file that outlasts or outgrows it gets an error."""
    context = multiprocessing.get_context(start)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_read_in_child, args=(sender, name, data, max_bytes, memory_mb), daemon=True
    )
    child.start()
    sender.close()
    try:
        if receiver.poll(seconds):
            return receiver.recv()
        return _stopped(name, "file-too-slow", _too_slow(name, seconds))
    except EOFError:  # the child died before sending: its memory limit or a crash stopped it
        return _stopped(name, "file-too-costly", _too_costly(name, memory_mb))
    finally:
        receiver.close()
        child.kill()
        child.join()


def read_research_path_isolated(path: str | Path) -> ResearchFile:
    """A file from disk read in a child forked from this (single-threaded) command line."""
    return read_research_path(path, read=partial(read_research_isolated, start=COMMAND_LINE_START))


def _read_in_child(
    sender: Connection, name: str, data: bytes, max_bytes: int, memory_mb: int
) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # A reader that runs out of memory prints its own backtrace; the error we send says it all.
    faulthandler.disable()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    try:
        result = read_research(name, data, max_bytes)
    except MemoryError:
        result = _stopped(name, "file-too-costly", _too_costly(name, memory_mb))
    sender.send(result)
    sender.close()


def _stopped(name: str, code: str, message: str) -> ResearchFile:
    return ResearchFile(file=name, error=Issue(code, ERROR, message, file=name))


def _too_slow(name: str, seconds: float) -> str:
    return (
        f"{name} took more than {seconds:g} seconds to read, so InfoView stopped reading it; "
        "your other files are not affected. It may hold far more cells than it shows: copy "
        "just the table you need into a new file and upload that."
    )


def _too_costly(name: str, memory_mb: int) -> str:
    return (
        f"{name} stopped the reader: it needed more than the {memory_mb:,} MB of memory "
        "InfoView gives one file, or it is damaged. Your other files are not affected. It may "
        "hold far more cells than it shows: copy just the table you need into a new file and "
        "upload that."
    )
