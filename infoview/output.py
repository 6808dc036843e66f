"""Where the command line writes: never over an input, never over a file without --force."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from infoview.errors import InfoViewError

STDOUT = "-"
BINARY_FORMATS = frozenset({"pdf", "docx", "xlsx"})  # bytes a terminal or pipe of text mangles
PRIVATE_FILE = 0o600
SHARED_FILE = 0o666  # before the umask, like any file the shell creates


class OutputError(InfoViewError):
    """An output cannot be written where it was asked; the command exits with 2."""


def write_output(
    path: str,
    data: bytes,
    inputs: Iterable[str | Path | None],
    force: bool,
    *,
    fmt: str = "",
    private: bool = False,
) -> None:
    """Write `data` to `path` (`-`: standard output, text formats only), refusing to replace any
    of `inputs`, or an existing file unless `force`; `private` files are readable by the owner
    only."""
    if path == STDOUT:
        if fmt in BINARY_FORMATS:
            raise OutputError(
                f"{fmt} is a binary format and is not written to standard output; "
                f"give a file name instead, e.g. -o out.{fmt}."
            )
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    _refuse_inputs(path, target, inputs)
    if target.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder. Give a file name with -o.")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(
            f"cannot write {path}: the folder {folder} does not exist. Create it first or "
            "choose another -o FILE."
        )
    if target.exists() and not force:
        raise OutputError(
            f"{path} already exists; add --force to replace it, or choose another -o FILE."
        )
    try:
        descriptor = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE if private else SHARED_FILE
        )
        with os.fdopen(descriptor, "wb") as file:
            if private:
                os.fchmod(file.fileno(), PRIVATE_FILE)  # a replaced file keeps its mode otherwise
            file.write(data)
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror}. Choose a folder you may write to."
        ) from exc


def _refuse_inputs(path: str, target: Path, inputs: Iterable[str | Path | None]) -> None:
    """Raise when `target` is one of `inputs`: by name, through a link, or as a hard link."""
    resolved = target.resolve()
    for given in inputs:
        if given is None or str(given).startswith(("postgresql:", "postgres:")):
            continue
        source = Path(given)
        same = source.resolve() == resolved
        if not same and source.exists() and target.exists():
            same = os.path.samefile(source, target)
        if same:
            raise OutputError(
                f"will not write {path}: it is the input {given}, which would be lost. "
                "Choose another -o FILE."
            )
