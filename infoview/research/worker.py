"""Read uploaded files in a small pool of reader processes, each with its own memory and time.

A file built to cost (a zip of cells, a sheet the spreadsheet engine lays out in full) can then
only stop its own reading: the server and the other people using it carry on.

Each reader is a fresh interpreter (`python -m infoview.research.reader_process`), never a fork
of the server: a fork inherits the server's address space (its threads' stacks and the research
it holds count against the child's memory limit) and any lock another thread held. Nor is it a
multiprocessing spawn/forkserver child: those re-run the parent's `__main__` before reading, and
under `streamlit run` the parent's `__main__` is app.py itself (Streamlit installs the page
script as `__main__`), so the child ran the whole app, which in hosted mode stops on sign-in and
never answered. A reader sets its limits when it starts, reads up to FILES_PER_READER files and
is replaced after that or after any failure.

This module imports no pandas: the command line starts a reader first thing, so that the
reader's imports overlap its own, and `inspect` never loads pandas at all (the reader sends
back the report it prints, see `then`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from infoview.errors import ResearchImportError
from infoview.research.files import MAX_BYTES, file_bytes
from infoview.research.issues import ERROR, Issue

if TYPE_CHECKING:
    from infoview.research.model import ResearchFile

PARSE_SECONDS = 60
# Address space for one reader: the libraries alone take about 400 MB of it.
PARSE_MEMORY_MB = 2048
# A reader's libraries take a second or two to import before its first file.
START_SECONDS = 60
# What a reader makes of a file it read (`then`, such as the findings of a large survey) is
# its own work, not the file's cost: it gets this long after the read itself is over.
THEN_SECONDS = 600
READ = "read"  # a reader's word that the read is over and `then` has begun
FILES_PER_READER = 20
READERS_ENV = "INFOVIEW_READERS"
DEFAULT_READERS = 2
# The codes of a read the pool stopped: a retry reads the file again, so they are never cached.
STOPPED_CODES = frozenset({"file-too-slow", "file-too-costly", "reader-busy"})
_LENGTH = struct.Struct("!Q")
_ROOT = Path(__file__).resolve().parents[2]


# What a reader makes of the ResearchFile before sending it back: a module-level function
# (pickled by name), such as the report `inspect` prints, which needs no pandas to receive.
Then = Callable[["ResearchFile"], object]


class ReaderGone(Exception):
    """The reader process ended or went silent before it answered."""


def send(stream, payload: object) -> None:
    """One length-prefixed pickle on `stream` (the pool's message format, both ways)."""
    body = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(body)) + body)
    stream.flush()


def receive(stream) -> object:
    """One message from `stream`; EOFError when it closed first."""
    head = _read_exactly(stream, _LENGTH.size)
    return pickle.loads(_read_exactly(stream, _LENGTH.unpack(head)[0]))


def _read_exactly(stream, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class Reader:
    """One reader process: started with its limits, it answers one file at a time."""

    def __init__(self, memory_mb: int, seconds: float) -> None:
        path = os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}
        cpu = int(seconds * FILES_PER_READER) + 5
        self.process = subprocess.Popen(
            [sys.executable, "-m", "infoview.research.reader_process", str(memory_mb), str(cpu)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=_ROOT,
        )
        # Answers are read unbuffered: a buffer could hold the next message already read from
        # the pipe, where `select` would never see it (the answer that follows `READ`).
        self.answers = self.process.stdout.raw
        self.files = 0
        self.ready = False

    def read(
        self,
        name: str,
        data: bytes,
        max_bytes: int,
        seconds: float,
        then: Then | None,
        grouping: bool = True,
    ) -> object:
        """The reader's ResearchFile for the file (or `then` of it); ReaderGone if it died or
        outlasted `seconds`."""
        if not self.ready:
            self._wait(START_SECONDS)
            receive_or_gone(self.answers)
            self.ready = True
        self.files += 1
        try:
            send(self.process.stdin, (name, data, max_bytes, then, grouping))
        except OSError as exc:
            raise ReaderGone from exc
        self._wait(seconds)
        answer = receive_or_gone(self.answers)
        if then is not None and isinstance(answer, str) and answer == READ:
            self._wait(THEN_SECONDS)
            answer = receive_or_gone(self.answers)
        return answer

    def _wait(self, seconds: float) -> None:
        ready, _, _ = select.select([self.answers], [], [], max(seconds, 0))
        if not ready:
            raise ReaderGone("timeout")

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()


def receive_or_gone(stream) -> object:
    try:
        return receive(stream)
    except (EOFError, OSError, pickle.UnpicklingError) as exc:
        raise ReaderGone from exc


@dataclass(frozen=True)
class PoolSettings:
    """How many readers, and the limits each reader starts with."""

    readers: int = DEFAULT_READERS
    memory_mb: int = PARSE_MEMORY_MB


class ReaderPool:
    """At most `settings.readers` readers; idle ones wait, warm, for the next file."""

    def __init__(self, settings: PoolSettings) -> None:
        self.settings = settings
        self._slots = threading.BoundedSemaphore(settings.readers)
        self._lock = threading.Lock()
        self._idle: list[Reader] = []

    def read(
        self,
        name: str,
        data: bytes,
        max_bytes: int = MAX_BYTES,
        seconds: float = PARSE_SECONDS,
        then: Then | None = None,
        grouping: bool = True,
    ) -> object:
        """The file read by a reader, as a ResearchFile or `then` of it; a reader that dies is
        replaced and the file read once more (it may have been stopped from outside), a second
        death means the file itself. `grouping=False`: see `read_research`."""
        started = time.monotonic()
        if not self._slots.acquire(timeout=seconds):
            return _failed(name, "reader-busy", _busy(name), then)
        try:
            for attempt in range(2):
                reader = self._take()
                try:
                    result = reader.read(name, data, max_bytes, seconds, then, grouping)
                except ReaderGone as gone:
                    reader.stop()
                    if str(gone) == "timeout" or time.monotonic() - started > seconds:
                        return _failed(name, "file-too-slow", _too_slow(name, seconds), then)
                    if attempt == 1:
                        memory = self.settings.memory_mb
                        return _failed(name, "file-too-costly", _too_costly(name, memory), then)
                    continue
                self._give_back(reader, failed=stopped(result))
                return result
            raise AssertionError("unreachable")
        finally:
            self._slots.release()

    def warm(self) -> None:
        """Start a reader now, when none waits, so that its imports overlap the caller's."""
        with self._lock:
            if not self._idle:
                self._idle.append(Reader(self.settings.memory_mb, PARSE_SECONDS))

    def _take(self) -> Reader:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return Reader(self.settings.memory_mb, PARSE_SECONDS)

    def _give_back(self, reader: Reader, failed: bool) -> None:
        if failed or reader.files >= FILES_PER_READER:
            reader.stop()
            reader = Reader(self.settings.memory_mb, PARSE_SECONDS)  # warm for the next file
        with self._lock:
            self._idle.append(reader)

    def close(self) -> None:
        """Stop every idle reader (at exit)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for reader in idle:
            reader.stop()


_pools: dict[PoolSettings, ReaderPool] = {}
_pools_lock = threading.Lock()


def pool(memory_mb: int = PARSE_MEMORY_MB) -> ReaderPool:
    """This process's pool for readers of `memory_mb` (`$INFOVIEW_READERS` readers)."""
    readers = max(1, int(os.environ.get(READERS_ENV, "") or DEFAULT_READERS))
    settings = PoolSettings(readers=readers, memory_mb=memory_mb)
    with _pools_lock:
        if settings not in _pools:
            _pools[settings] = ReaderPool(settings)
        return _pools[settings]


@atexit.register
def _close_pools() -> None:
    with _pools_lock:
        for each in _pools.values():
            each.close()


def read_research_isolated(
    name: str,
    data: bytes,
    max_bytes: int = MAX_BYTES,
    seconds: float = PARSE_SECONDS,
    memory_mb: int = PARSE_MEMORY_MB,
    then: Then | None = None,
    grouping: bool = True,
) -> ResearchFile:
    """`read_research` in a reader process; a file that outlasts or outgrows it gets an error.

    With `then`, the reader's `then(research)` instead (the parent's own for a stopped read);
    `grouping=False` reads only what `inspect` reports (see `read_research`).
    """
    return pool(memory_mb).read(name, data, max_bytes, seconds, then, grouping)


def read_research_path_isolated(
    path: str | Path, then: Then | None = None, grouping: bool = True
) -> ResearchFile:
    """A file from disk read by the same readers as an upload."""
    path = Path(path)
    try:
        data = file_bytes(path)
    except ResearchImportError as exc:
        return _failed(path.name, exc.code, exc.message, then)
    return read_research_isolated(path.name, data, then=then, grouping=grouping)


def stopped(research: object) -> bool:
    """True when a reader stopped the read (time, memory, busy): reading again may succeed."""
    error = getattr(research, "error", None)
    return error is not None and error.code in STOPPED_CODES


def _failed(name: str, code: str, message: str, then: Then | None = None) -> object:
    """A file not read, with its error; `then` of it when given."""
    # here, not at the top: only a failed read needs the model (and the pandas it imports)
    from infoview.research.model import ResearchFile

    research = ResearchFile(file=name, error=Issue(code, ERROR, message, file=name))
    return research if then is None else then(research)


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


def _busy(name: str) -> str:
    return (
        f"{name} was not read: every file reader was busy with other people's files for "
        "a minute. Upload it again in a moment."
    )
