"""Workspace commands (`research add`, `workspace export/import`) and `sheet --db` planning."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from infoview.anonymize import secrets_of
from infoview.contacts import research_close
from infoview.contacts.cli import workspace_list
from infoview.contacts.fit import occupation_fit
from infoview.errors import WorkspaceError
from infoview.findings import propose_findings
from infoview.hypotheses import Hypothesis, merge_findings
from infoview.learning import learned_sheet
from infoview.output import OutputError, write_output
from infoview.profile import Profile
from infoview.questions import BankQuestion, Sheet, plan_sheet
from infoview.questions.targets import Targets
from infoview.research import ResearchTable, file_assuming_currency, read_research_path_isolated
from infoview.seeker import SEEKER_DOCUMENT, kept_currency, kept_english
from infoview.store import DB_ENV, default_location, open_workspace
from infoview.store.database import POSTGRES_PREFIXES

EXIT_OK, EXIT_UNREADABLE = 0, 2


def register(commands: argparse._SubParsersAction, parser: argparse.ArgumentParser) -> None:
    """Add `--db PATH` to `parser` and the workspace commands to `commands`."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"the workspace database (default: ${DB_ENV}, else one in your user data folder); "
        "with `sheet`, only when given: its logged interviews shape the plan; a PATH that "
        "does not exist needs --create",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="start a new workspace at --db PATH when there is none there yet",
    )
    research = commands.add_parser("research", help="research kept in the workspace")
    research_commands = research.add_subparsers(required=True, metavar="ACTION")
    add = research_commands.add_parser("add", help="read research files into the workspace")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.set_defaults(run=_research_add)

    workspace = commands.add_parser("workspace", help="move a whole workspace as one file")
    workspace_commands = workspace.add_subparsers(required=True, metavar="ACTION")
    export = workspace_commands.add_parser("export", help="write the workspace to one file")
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the file to write; - for stdout"
    )
    export.add_argument("--force", action="store_true", help="replace FILE when it exists")
    export.set_defaults(run=_export)
    load = workspace_commands.add_parser("import", help="load an exported file into an empty one")
    load.add_argument("file", metavar="FILE")
    load.set_defaults(run=_import)


def check_db(args: argparse.Namespace) -> None:
    """Refuse a --db file that does not exist, unless it is the default one or --create is
    given: a typo in the path must not start an empty workspace."""
    if args.db is None or args.create or str(args.db).startswith(POSTGRES_PREFIXES):
        return
    given = Path(args.db)
    default = default_location()
    if given.exists() or (isinstance(default, Path) and given.resolve() == default.resolve()):
        return
    raise OutputError(
        f"there is no workspace at {args.db}. Check the path, or add --create to start a new "
        f"workspace there: python -m infoview --db {args.db} --create ..."
    )


def db_file(args: argparse.Namespace) -> Path | None:
    """The workspace database file the command reads, when it is a file: an output must not
    replace it."""
    location = args.db or default_location()
    return None if str(location).startswith(POSTGRES_PREFIXES) else Path(location)


def plan_with_workspace(
    db: str | None,
    profile: Profile,
    hypotheses: Sequence[Hypothesis],
    bank: Sequence[BankQuestion],
    tables: Sequence[ResearchTable],
    asker: str = "",
    background: str | None = None,
    english: str | None = None,
    occupations: Sequence[str] = (),
) -> Sheet:
    """The sheet; when `db` names a workspace, built on its interviews and research list like
    the app's sheets. The close names the contacts tables of `tables` too, people in or near
    the seeker's target `occupations` (SOC codes) first. `background` is the SOC code of the
    seeker's own occupation (a career changer's); `english` its spelling, by default the
    workspace's (About me), else US."""
    leave_out = (profile.name, profile.organization, profile.referred_by)
    workspace = None if db is None else open_workspace(db)
    if english is None:
        english = kept_english(workspace and workspace.document(SEEKER_DOCUMENT))

    def plan(ordered: list[Hypothesis], targets: Targets) -> Sheet:
        return plan_sheet(
            profile, ordered, bank, targets, asker=asker, background=background, english=english
        )

    if workspace is None:
        fit = occupation_fit(occupations)
        return plan(list(hypotheses), research_close(tables, *leave_out, fit=fit))
    interviews = workspace.interviews()
    listed = workspace_list(workspace, list(tables), occupations)
    contacts = workspace.contacts()
    secrets = secrets_of(interviews, [p.profile for p in workspace.profiles()], contacts)
    targets = listed.close(*leave_out)
    return learned_sheet(lambda ordered: plan(ordered, targets), hypotheses, interviews, secrets)


def _research_add(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.db)
    code = kept_currency(workspace.document(SEEKER_DOCUMENT))
    files = [file_assuming_currency(read_research_path_isolated(path), code) for path in args.files]
    for research in files:
        for issue in research.all_issues:
            if issue.severity == "error":
                print(f"infoview: {issue.where()}: {issue.message}", file=sys.stderr)
    readable = [f for f in files if f.error is None]
    workspace.save_research(readable)
    tables = [t for f in workspace.research_files() for t in f.tables]
    hypotheses = merge_findings(workspace.hypotheses(), propose_findings(tables))
    workspace.save_hypotheses(hypotheses)
    for research in readable:
        print(f"stored {research.file}: {len(research.tables)} tables", file=sys.stderr)
    print(f"workspace {workspace.location}: {len(hypotheses)} hypotheses", file=sys.stderr)
    return EXIT_UNREADABLE if len(readable) < len(files) else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.db)
    text = json.dumps(workspace.export_data(), ensure_ascii=False, sort_keys=True)
    # private: an export holds a whole workspace
    write_output(args.output, (text + "\n").encode(), [db_file(args)], args.force, private=True)
    print(f"wrote {args.output} from {workspace.location}", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise WorkspaceError(
            f"{args.file} cannot be read ({exc.strerror}). Check the path."
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WorkspaceError(
            f"{args.file} is not a workspace export ({exc}). Create one with "
            "`python -m infoview workspace export -o FILE`."
        ) from exc
    workspace = open_workspace(args.db)
    rows = workspace.import_data(document, args.file)
    print(f"loaded {rows} rows from {args.file} into {workspace.location}", file=sys.stderr)
    return EXIT_OK
