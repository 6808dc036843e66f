"""`python -m infoview inspect`: what was detected in each research file.

It needs only the importer, so `__main__` runs it without loading the planner, the exports and
the store: a large file's report is not kept waiting on imports it does not use. The reader
process makes the report it prints, so this process never loads pandas either.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from infoview.commands import EXIT_OK, EXIT_UNREADABLE, run
from infoview.research.issues import Issue
from infoview.research.worker import read_research_path_isolated

if TYPE_CHECKING:
    from infoview.research.model import ResearchFile


def add_inspect(commands) -> None:
    """The `inspect` command on a parser's subcommands."""
    inspect = commands.add_parser("inspect", help="what was detected in each research file")
    inspect.add_argument("files", nargs="+", metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="print the JSON report")
    inspect.set_defaults(run=inspect_files)


@dataclass(frozen=True)
class Report:
    """What `inspect` prints of one file: its JSON shape and its lines of text."""

    error: Issue | None
    json: dict
    lines: tuple[str, ...]


def report(research: ResearchFile) -> Report:
    """The report of a file read; made in the reader process, which holds the tables."""
    lines = [research.file]
    if research.error:
        lines.append(f"  error: {research.error.message}")
    for table in research.tables:
        roles = ", ".join(f"{r}={c}" for r, c in table.columns.items())
        lines.append(
            f"  {table.sheet}: {table.kind}, {table.rows} rows, header row "
            f"{table.header_row}; {roles}"
        )
    for issue in research.all_issues:
        if issue is not research.error:
            lines.append(f"  {issue.severity}: {issue.where()}: {issue.message}")
    return Report(research.error, research.to_dict(), tuple(lines))


def inspect_files(args: argparse.Namespace) -> int:
    """Print what was read from each file; 2 when any file could not be read."""
    # the report needs no grouping text, places nor occupations: the reader skips them
    reports = [
        read_research_path_isolated(path, then=report, grouping=False) for path in args.files
    ]
    if args.json:
        files = [each.json for each in reports]
        print(json.dumps({"files": files}, indent=2, ensure_ascii=False))
    else:
        for each in reports:
            print("\n".join(each.lines))
    return EXIT_UNREADABLE if any(each.error for each in reports) else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """`inspect` alone, as `infoview.cli.main` would run it."""
    parser = argparse.ArgumentParser(prog="python -m infoview")
    add_inspect(parser.add_subparsers(required=True, metavar="COMMAND"))
    return run(parser.parse_args(argv))
