"""Running one parsed command line: its exit code, or a message and the code for its error.

Shared by the whole command line (`infoview.cli`) and the light entries `__main__` runs
without it (`inspect`, `findings` of files), so each says a failure the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from infoview.errors import InfoViewError, OutreachError
from infoview.output import OutputError

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2
EXIT_CANNOT_WRITE = 2  # like an unreadable input: the command was given a path it cannot use


def run(args: argparse.Namespace, check: Callable[[argparse.Namespace], None] | None = None) -> int:
    """`check(args)` then `args.run(args)`; an InfoView error is printed on stderr as one line
    instead."""
    try:
        if check is not None:
            check(args)
        return args.run(args)
    except OutputError as exc:
        print(f"infoview: {exc}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    except OutreachError as exc:
        option = f" On the command line: {exc.flag}." if exc.flag else ""
        print(f"infoview: {exc}{option}", file=sys.stderr)
        return EXIT_FAILED
    except InfoViewError as exc:
        print(f"infoview: {exc}", file=sys.stderr)
        return EXIT_FAILED
