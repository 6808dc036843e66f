"""`python -m infoview`: the command line."""

import sys
from pathlib import Path


def run(argv: list[str]) -> int:
    """Run one command line (without the program name); its exit code."""
    command = argv[:1]
    if command in (["inspect"], ["findings"], ["sheet"]) and any(
        map(Path.is_file, map(Path, argv[1:]))
    ):
        # a reader process starts now: its imports overlap this process's own
        from infoview.research.worker import pool

        pool().warm()
    if command == ["inspect"]:
        # inspect needs only the importer: no planner, exports or store to load first
        from infoview.research.cli import main
    elif command == ["findings"]:
        # findings of files come from the readers: no pandas, planner, exports or store here
        from infoview.findings.cli import main
    elif command == ["occupation"]:
        from infoview.occupations.cli import main
    else:
        from infoview.cli import main
    return main(argv)


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
