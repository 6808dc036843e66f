"""`python -m infoview occupation TEXT... [--json]`: where each text sits in the occupation map."""

from __future__ import annotations

import argparse
import json

from infoview.occupations import Placement, classify


def add_occupation(commands: argparse._SubParsersAction) -> None:
    """Register the `occupation` command."""
    command = commands.add_parser(
        "occupation",
        help="place job titles or fields in the O*NET-SOC occupation map",
        description="Each TEXT (a job title, a field, a cell of a research table) placed in the "
        "2018 SOC / O*NET 29.1 occupation map, with the level words found; unknown when it "
        "names no work.",
    )
    command.add_argument("texts", nargs="+", metavar="TEXT")
    command.add_argument("--json", action="store_true", help="print a JSON list, one per TEXT")
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    placements = [classify(text) for text in args.texts]
    if args.json:
        print(json.dumps([p.to_json() for p in placements], ensure_ascii=False, indent=2))
    else:
        for placement in placements:
            print(describe(placement))
    return 0


def describe(placement: Placement) -> str:
    """One readable line: `Sr. Data Scientist: 15-2051 Data Scientists (senior, 97% sure)`."""
    level = f"{placement.level}, " if placement.level else ""
    if not placement.known:
        return f"{placement.text}: unknown ({level}names no occupation we could place)"
    return (
        f"{placement.text}: {placement.code} {placement.title} "
        f"({level}{placement.confidence:.0%} sure)"
    )


def main(argv: list[str] | None = None) -> int:
    """The command on its own: `python -m infoview occupation` loads nothing else."""
    parser = argparse.ArgumentParser(prog="python -m infoview")
    add_occupation(parser.add_subparsers(required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return args.run(args)
