"""The command line as a user runs it: arguments in; exit code, stdout and stderr out.

`infoview` runs `python -m infoview`'s own entry in the test's process, which keeps the contract
(the same dispatch, exit codes and streams) without a new interpreter's two seconds of imports
per call. `as_process` starts the real `python -m infoview`, for what only a process shows: its
environment, its hash seed, the module entry itself.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys

from infoview.__main__ import run
from tests.conftest import ROOT


def infoview(*args: object) -> subprocess.CompletedProcess:
    """`python -m infoview ARGS` from the project folder, run in this process."""
    argv = [str(arg) for arg in args]
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr), _in(ROOT):
        try:
            code = run(argv)
        except SystemExit as exc:  # argparse's usage errors, as the interpreter reports them
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
            if isinstance(exc.code, str):
                print(exc.code, file=sys.stderr)
        stdout.flush()
        stderr.flush()
    return subprocess.CompletedProcess(argv, code, _text(out), _text(err))


def as_process(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m infoview ARGS` started as its own process from the project folder."""
    return subprocess.run(
        [sys.executable, "-m", "infoview", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _text(stream: io.BytesIO) -> str:
    """What a process's text stream reads as, newlines made universal like `text=True`."""
    return stream.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _in(folder):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)
