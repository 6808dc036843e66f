"""`python -m infoview findings`: the findings of research files, most relevant first.

Each file's findings are proposed in the reader process that reads it, which sends back only
the findings and the file's errors: this process never loads pandas nor receives the tables,
and `__main__` runs `findings FILE...` without the rest of the command line (planner, exports,
store). A workspace's findings (`--db`, no FILE) load what they need when asked.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from infoview.commands import EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, run
from infoview.findings.model import Finding, merged
from infoview.profile import SENIORITIES, Profile
from infoview.ranking import for_seeker, relevance
from infoview.research.issues import Issue
from infoview.research.vocabulary import CURRENCY_NAMES, DEFAULT_CURRENCY
from infoview.research.worker import read_research_path_isolated
from infoview.seeker import SEEKER_DOCUMENT, Seeker, kept_currency, stored_seeker, target_codes

if TYPE_CHECKING:
    from infoview.research.model import ResearchFile

PLAIN_LISTING = 20  # findings the plain listing prints; --json gives them all


def add_findings(commands) -> None:
    """The `findings` command on a parser's subcommands."""
    findings = commands.add_parser(
        "findings",
        help="findings proposed from the research, most relevant first; with --db and no "
        "FILE, the workspace's own",
        description="Findings proposed from the research, sorted by score: their evidence "
        "strength, and with profile options, how relevant each is to that interviewee.",
    )
    findings.add_argument("files", nargs="*", metavar="FILE")
    findings.add_argument("--json", action="store_true", help="print every finding as JSON")
    findings.add_argument("--limit", type=positive, metavar="N", help="keep the top N")
    findings.add_argument("--seniority", choices=SENIORITIES, help="rank for this seniority")
    findings.add_argument("--specialty", help="rank for this specialty or field (any text)")
    findings.add_argument("--title", default="", help="rank for someone with this job title")
    findings.add_argument(
        "--occupation", default="", metavar="CODE", help="rank for this SOC occupation (15-2051)"
    )
    findings.add_argument("--industry", default="", help="rank for this industry")
    findings.add_argument("--org", default="", help="rank for someone at this organization")
    findings.add_argument("--insider", action="store_true", help="they work at --org")
    target_option(findings, "without profile options, findings are ranked for the first one")
    currency_option(findings)
    findings.set_defaults(run=findings_command)


def currency_option(parser: argparse.ArgumentParser) -> None:
    """The --currency option: what amounts are in where a file does not say."""
    parser.add_argument(
        "--currency",
        type=str.upper,
        choices=sorted(CURRENCY_NAMES),
        metavar="CODE",
        help="the currency of amounts a file states none for, such as GBP; with --db and no "
        "--currency, the one saved in About me, else USD",
    )


def currency(args: argparse.Namespace) -> str:
    """The currency of amounts no file states one for: --currency, else About me's in the --db
    workspace, else US dollars."""
    if args.currency:
        return args.currency
    if getattr(args, "db", None) is None:
        return DEFAULT_CURRENCY
    from infoview.store import open_workspace

    return kept_currency(open_workspace(args.db).document(SEEKER_DOCUMENT))


def target_option(parser: argparse.ArgumentParser, use: str) -> None:
    """The repeatable --target option: the work the seeker is exploring."""
    parser.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="OCCUPATION",
        help=f"work you are exploring, a job title or SOC code (repeat for more): {use}; "
        "with --db and no --target, the ones saved in About me",
    )


def targets(args: argparse.Namespace) -> tuple[str, ...]:
    """The SOC codes of the seeker's target occupations: --target placed in the occupation
    map, else About me's in the --db workspace, else none."""
    if args.target:
        return target_codes(args.target, "--target")
    if getattr(args, "db", None) is None:
        return ()
    from infoview.store import open_workspace

    return stored_seeker(open_workspace(args.db).document(SEEKER_DOCUMENT)).targets


def positive(text: str) -> int:
    """A whole number of 1 or more, for argparse."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


@dataclass(frozen=True)
class FileFindings:
    """What a reader sends back of one file for `findings`: its errors and its findings."""

    error: Issue | None
    errors: tuple[Issue, ...]
    findings: tuple[Finding, ...]


def file_findings(research: ResearchFile, currency: str = DEFAULT_CURRENCY) -> FileFindings:
    """The findings of a file read, proposed in the reader process that holds its tables, with
    `currency` for the amounts it states none for."""
    from infoview.findings import propose_findings
    from infoview.research import file_assuming_currency

    errors = tuple(i for i in research.all_issues if i.severity == "error")
    tables = file_assuming_currency(research, currency).tables
    return FileFindings(research.error, errors, tuple(propose_findings(tables)))


def findings_command(args: argparse.Namespace) -> int:
    """Print the findings of the files (or of the --db workspace), best first."""
    if not args.files:
        return _workspace_findings(args)
    then = partial(file_findings, currency=currency(args))
    files = [read_research_path_isolated(path, then=then) for path in args.files]
    for each in files:
        for issue in each.errors:
            print(f"infoview: {issue.where()}: {issue.message}", file=sys.stderr)
    findings = merged(each.findings for each in files)
    scored = ranked(findings, args)
    if args.json:
        print(json.dumps([f.to_dict(score) for score, f in scored], indent=2, ensure_ascii=False))
    else:
        listing(
            [(score, f, f"[{f.topic}] {f.statement}  ({f.source})") for score, f in scored],
            len(findings),
        )
    return EXIT_UNREADABLE if any(each.error for each in files) else EXIT_OK


def ranked(findings: list[Finding], args: argparse.Namespace) -> list[tuple[float, Finding]]:
    """(score, finding) best first, for the profile the options describe, else for someone in
    the seeker's first target occupation (as the Hypotheses page does); the top --limit."""
    profile = for_seeker(Seeker(targets=targets(args)))
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


def listing(lines: list[tuple[float, Finding, str]], total: int) -> None:
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
    if getattr(args, "db", None) is None:
        print(
            "infoview: give research files to read, or --db PATH before `findings` to list the "
            "findings of a workspace: python -m infoview --db ws.sqlite findings --json",
            file=sys.stderr,
        )
        return EXIT_FAILED
    from infoview.findings import propose_findings
    from infoview.hypotheses import from_finding
    from infoview.store import open_workspace

    workspace = open_workspace(args.db)
    findings = propose_findings(t for f in workspace.research_files() for t in f.tables)
    kept = {h.id: h for h in workspace.hypotheses()}
    scored = ranked(findings, args)
    chosen = [kept.get(f.id) or from_finding(f) for _, f in scored]
    if args.json:
        rows = [
            {
                **f.to_dict(score),
                "flagged": h.flagged,
                "priority": h.priority,
                "worded_as": h.statement,
            }
            for (score, f), h in zip(scored, chosen, strict=True)
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        lines = []
        for (score, finding), hypothesis in zip(scored, chosen, strict=True):
            mark = f"flagged, {hypothesis.priority}" if hypothesis.flagged else hypothesis.priority
            lines.append((score, finding, f"[{finding.topic}] {hypothesis.statement}  ({mark})"))
        listing(lines, len(findings))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """`findings` of files alone, as `infoview.cli.main` would run it."""
    parser = argparse.ArgumentParser(prog="python -m infoview")
    add_findings(parser.add_subparsers(required=True, metavar="COMMAND"))
    return run(parser.parse_args(argv))
