"""The command line: inspect research, list findings, write a question sheet, keep a workspace."""

from __future__ import annotations

import argparse
import json
import sys

from infoview.contacts.cli import register as register_contacts
from infoview.errors import InfoViewError, OutreachError
from infoview.export import FORMATS, PAPER_MM, render
from infoview.findings import Finding, propose_findings
from infoview.hypotheses import custom_hypothesis, flag, from_finding
from infoview.occupations.cli import add_occupation
from infoview.output import STDOUT, OutputError, write_output
from infoview.outreach.cli import register as register_outreach
from infoview.profile import SENIORITIES, Profile
from infoview.questions import load_bank
from infoview.questions.placeholders import asker_line
from infoview.ranking import for_seeker, relevance
from infoview.research import ResearchFile, read_research_path_isolated
from infoview.research.cli import add_inspect
from infoview.seeker import SEEKER_DOCUMENT, Seeker, stored_seeker, target_codes
from infoview.spelling import ENGLISHES
from infoview.store import cli as store_cli
from infoview.store import open_workspace

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2
EXIT_CANNOT_WRITE = 2  # like an unreadable input: the command was given a path it cannot use
PLAIN_LISTING = 20  # findings the plain listing prints; --json gives them all


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        store_cli.check_db(args)
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m infoview", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    add_inspect(commands)
    add_occupation(commands)

    findings = commands.add_parser(
        "findings",
        help="findings proposed from the research, most relevant first; with --db and no "
        "FILE, the workspace's own",
        description="Findings proposed from the research, sorted by score: their evidence "
        "strength, and with profile options, how relevant each is to that interviewee.",
    )
    findings.add_argument("files", nargs="*", metavar="FILE")
    findings.add_argument("--json", action="store_true", help="print every finding as JSON")
    findings.add_argument("--limit", type=_positive, metavar="N", help="keep the top N")
    findings.add_argument("--seniority", choices=SENIORITIES, help="rank for this seniority")
    findings.add_argument("--specialty", help="rank for this specialty or field (any text)")
    findings.add_argument("--title", default="", help="rank for someone with this job title")
    findings.add_argument(
        "--occupation", default="", metavar="CODE", help="rank for this SOC occupation (15-2051)"
    )
    findings.add_argument("--industry", default="", help="rank for this industry")
    findings.add_argument("--org", default="", help="rank for someone at this organization")
    findings.add_argument("--insider", action="store_true", help="they work at --org")
    _target_option(findings, "without profile options, findings are ranked for the first one")
    findings.set_defaults(run=_findings)

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
    _target_option(sheet, "the referral close names people in or near it first")
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


def _target_option(parser: argparse.ArgumentParser, use: str) -> None:
    parser.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="OCCUPATION",
        help=f"work you are exploring, a job title or SOC code (repeat for more): {use}; "
        "with --db and no --target, the ones saved in About me",
    )


def _targets(args: argparse.Namespace) -> tuple[str, ...]:
    """The SOC codes of the seeker's target occupations: --target placed in the occupation
    map, else About me's in the --db workspace, else none."""
    if args.target:
        return target_codes(args.target, "--target")
    if args.db is None:
        return ()
    return stored_seeker(open_workspace(args.db).document(SEEKER_DOCUMENT)).targets


def _read_all(paths: list[str]) -> list[ResearchFile]:
    return [read_research_path_isolated(path) for path in paths]


def _report_problems(files: list[ResearchFile]) -> None:
    for research in files:
        for issue in research.all_issues:
            if issue.severity == "error":
                print(f"infoview: {issue.where()}: {issue.message}", file=sys.stderr)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _findings(args: argparse.Namespace) -> int:
    if not args.files:
        return _workspace_findings(args)
    files = _read_all(args.files)
    _report_problems(files)
    findings = propose_findings(t for f in files for t in f.tables)
    ranked = _ranked(findings, args)
    if args.json:
        print(json.dumps([f.to_dict(score) for score, f in ranked], indent=2, ensure_ascii=False))
    else:
        _list(
            [(score, f, f"[{f.topic}] {f.statement}  ({f.source})") for score, f in ranked],
            len(findings),
        )
    return EXIT_UNREADABLE if any(f.error for f in files) else EXIT_OK


def _ranked(findings: list[Finding], args: argparse.Namespace) -> list[tuple[float, Finding]]:
    """(score, finding) best first, for the profile the options describe, else for someone in
    the seeker's first target occupation (as the Hypotheses page does); the top --limit."""
    profile = for_seeker(Seeker(targets=_targets(args)))
    described = (args.seniority, args.specialty, args.title, args.occupation, args.industry)
    if any(described) or args.org or args.insider:
        profile = Profile(
            organization=args.org,
            title=args.title,
            seniority=args.seniority or "mid",
            specialty=(args.specialty or "").strip().lower(),
            insider=args.insider,
            industry=args.industry.strip().lower(),
            occupation=args.occupation.strip(),
        )
    scored = sorted(((relevance(f, profile), f) for f in findings), key=lambda pair: -pair[0])
    return scored[: args.limit] if args.limit else scored


def _list(lines: list[tuple[float, Finding, str]], total: int) -> None:
    """The top of the listing, and how many more there are."""
    shown = lines[:PLAIN_LISTING]
    for score, finding, text in shown:
        print(f"{finding.id}  {score:.2f}  {text}")
    if total > len(shown):
        more = total - len(shown)
        print(f"... and {more:,} more finding{'s' * (more > 1)}; see them all with --json.")


def _workspace_findings(args: argparse.Namespace) -> int:
    """The findings of the research kept in the workspace, with the seeker's flag, priority and
    wording of each."""
    if args.db is None:
        print(
            "infoview: give research files to read, or --db PATH before `findings` to list the "
            "findings of a workspace: python -m infoview --db ws.sqlite findings --json",
            file=sys.stderr,
        )
        return EXIT_FAILED
    workspace = open_workspace(args.db)
    findings = propose_findings(t for f in workspace.research_files() for t in f.tables)
    kept = {h.id: h for h in workspace.hypotheses()}
    ranked = _ranked(findings, args)
    chosen = [kept.get(f.id) or from_finding(f) for _, f in ranked]
    if args.json:
        rows = [
            {
                **f.to_dict(score),
                "flagged": h.flagged,
                "priority": h.priority,
                "worded_as": h.statement,
            }
            for (score, f), h in zip(ranked, chosen, strict=True)
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        lines = []
        for (score, finding), hypothesis in zip(ranked, chosen, strict=True):
            mark = f"flagged, {hypothesis.priority}" if hypothesis.flagged else hypothesis.priority
            lines.append((score, finding, f"[{finding.topic}] {hypothesis.statement}  ({mark})"))
        _list(lines, len(findings))
    return EXIT_OK


def _sheet(args: argparse.Namespace) -> int:
    files = _read_all(args.files)
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
        occupations=_targets(args),
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
