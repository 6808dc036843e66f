"""The command line: inspect research, list findings, write a question sheet, keep a workspace."""

from __future__ import annotations

import argparse
import sys

from infoview.commands import EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, run
from infoview.contacts.cli import register as register_contacts
from infoview.export import FORMATS, PAPER_MM, render
from infoview.findings import propose_findings
from infoview.findings.cli import add_findings, currency, currency_option, target_option, targets
from infoview.hypotheses import custom_hypothesis, flag, from_finding
from infoview.occupations.cli import add_occupation
from infoview.output import STDOUT, write_output
from infoview.outreach.cli import register as register_outreach
from infoview.profile import SENIORITIES, Profile
from infoview.questions import load_bank
from infoview.questions.placeholders import asker_line
from infoview.research import ResearchFile, file_assuming_currency, read_research_path_isolated
from infoview.research.cli import add_inspect
from infoview.seeker import Seeker
from infoview.spelling import ENGLISHES
from infoview.store import cli as store_cli


def main(argv: list[str] | None = None) -> int:
    return run(_parser().parse_args(argv), check=store_cli.check_db)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m infoview", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    add_inspect(commands)
    add_occupation(commands)
    add_findings(commands)

    sheet = commands.add_parser("sheet", help="write a question sheet for one interviewee")
    sheet.add_argument("files", nargs="*", metavar="FILE")
    sheet.add_argument("--seniority", required=True, choices=SENIORITIES)
    sheet.add_argument(
        "--specialty", default="", help="their function or field, any text: finance, teaching"
    )
    sheet.add_argument("--industry", default="", help="where they work, e.g. healthcare")
    sheet.add_argument("--org", default="")
    sheet.add_argument("--name", default="")
    sheet.add_argument("--title", default="", help="their job title, any text: Sr. Data Analyst")
    sheet.add_argument(
        "--occupation",
        default="",
        metavar="CODE",
        help="pin their SOC occupation (15-2051); find it with `occupation TITLE`",
    )
    sheet.add_argument("--insider", action="store_true")
    sheet.add_argument("--referred-by", default="")
    sheet.add_argument("--me", default="", help="your name, said in the opening")
    sheet.add_argument(
        "--background", default="", help="your one-line background, said in the opening"
    )
    sheet.add_argument("--minutes", type=int, default=15)
    sheet.add_argument(
        "--english",
        choices=sorted(ENGLISHES),
        help="spell the sheet in US or UK English (default: the workspace's, else us)",
    )
    sheet.add_argument(
        "--no-candid-read",
        dest="candid_read",
        action="store_false",
        help="leave out the question asking for a candid read of your chances",
    )
    target_option(sheet, "the referral close names people in or near it first")
    currency_option(sheet)
    sheet.add_argument("--flag", action="append", default=[], metavar="ID")
    sheet.add_argument("--flag-all", action="store_true")
    sheet.add_argument("--hypothesis", action="append", default=[], metavar="TEXT")
    sheet.add_argument("--bank", help="a question bank CSV with the bundled bank's columns")
    sheet.add_argument("--format", required=True, choices=sorted(FORMATS))
    sheet.add_argument(
        "--paper", default="letter", choices=sorted(PAPER_MM), help="page size of pdf and docx"
    )
    sheet.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the file to write; - for stdout"
    )
    sheet.add_argument("--force", action="store_true", help="replace OUT when it exists")
    sheet.set_defaults(run=_sheet)

    store_cli.register(commands, parser)
    register_outreach(commands)
    register_contacts(commands)
    return parser


def _read_all(paths: list[str], code: str) -> list[ResearchFile]:
    """The files read, with `code` for the amounts they state no currency for."""
    return [file_assuming_currency(read_research_path_isolated(path), code) for path in paths]


def _report_problems(files: list[ResearchFile]) -> None:
    for research in files:
        for issue in research.all_issues:
            if issue.severity == "error":
                print(f"infoview: {issue.where()}: {issue.message}", file=sys.stderr)


def _sheet(args: argparse.Namespace) -> int:
    files = _read_all(args.files, currency(args))
    _report_problems(files)
    tables = [t for f in files for t in f.tables]
    findings = propose_findings(tables)
    known = {f.id for f in findings}
    unknown = [i for i in args.flag if i not in known]
    if unknown:
        print(
            f"infoview: no finding has the id {', '.join(unknown)}; list the ids with "
            "`python -m infoview findings FILE...`.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    hypotheses = [from_finding(f) for f in findings]
    if args.flag or args.flag_all:
        wanted = known if args.flag_all else set(args.flag)
        hypotheses = flag(hypotheses, wanted)
    hypotheses += [custom_hypothesis(text) for text in args.hypothesis]
    profile = Profile(
        name=args.name,
        organization=args.org,
        title=args.title,
        seniority=args.seniority,
        specialty=args.specialty.strip().lower(),
        occupation=args.occupation.strip(),
        insider=args.insider,
        referred_by=args.referred_by,
        minutes=args.minutes,
        industry=args.industry.strip().lower(),
        candid_read=args.candid_read,
    )
    bank = load_bank(args.bank)
    sheet = store_cli.plan_with_workspace(
        args.db,
        profile,
        hypotheses,
        bank,
        tables,
        asker_line(args.me, args.background),
        Seeker(args.me, args.background).background_placement.code,
        args.english,
        occupations=targets(args),
    )
    for warning in sheet.warnings:
        print(
            f'infoview: left out "{warning.text}": {warning.message} For example: '
            f"{warning.suggestion}",
            file=sys.stderr,
        )
    for note in sheet.notes:
        print(f"infoview: {note}", file=sys.stderr)
    for deferred in sheet.for_someone_else:
        print(
            f'infoview: for someone else: "{deferred.statement}" (ask {deferred.who})',
            file=sys.stderr,
        )
    write_output(
        args.output,
        render(sheet, args.format, paper=args.paper),
        [*args.files, args.bank, store_cli.db_file(args)],
        args.force,
        fmt=args.format,
    )
    where = "standard output" if args.output == STDOUT else args.output
    print(
        f"wrote {where}: {len(sheet.questions)} questions, {sheet.minutes_planned:g} of "
        f"{sheet.minutes_budget} minutes",
        file=sys.stderr,
    )
    return EXIT_UNREADABLE if any(f.error for f in files) else EXIT_OK
