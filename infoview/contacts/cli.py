"""`contacts add FILE...`, `contacts list`, `contacts next` and `targets`: the research list
kept in the workspace, from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from infoview.contacts import (
    INTERESTS,
    STATUSES,
    Contact,
    ResearchList,
    interests_from,
    interests_to,
    read_contacts_path,
    research_list,
    with_interest,
)
from infoview.contacts.fit import occupation_fit
from infoview.contacts.model import TYPED, ContactError
from infoview.log import people_met
from infoview.occupations import group
from infoview.seeker import SEEKER_DOCUMENT, stored_seeker
from infoview.store import Workspace, open_workspace

EXIT_OK, EXIT_UNREADABLE = 0, 2


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `contacts` and `targets` commands."""
    contacts = commands.add_parser("contacts", help="the people on your research list")
    actions = contacts.add_subparsers(required=True, metavar="ACTION")
    add = actions.add_parser(
        "add",
        help="add people from connections or contacts exports (CSV), or one typed person",
        description="Read LinkedIn Connections, Google or Outlook contacts CSV files (or any "
        "table of people with a name and an e-mail, phone or date connected) into the "
        "workspace. Each person is kept once; a second copy fills in what the first lacks.",
    )
    add.add_argument("files", nargs="*", metavar="FILE")
    add.add_argument("--name", default="", help="type one person instead of a file")
    add.add_argument("--org", default="", help="their organization")
    add.add_argument("--position", default="", help="their job title")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--link", default="", help="their profile page")
    add.add_argument("--how", default="", help="how you know them")
    add.add_argument("--status", default=STATUSES[0], choices=STATUSES)
    add.add_argument("--referred-by", default="", help="who suggested them")
    add.set_defaults(run=_add)
    listing = actions.add_parser("list", help="every contact, in the order added")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_list)
    upcoming = actions.add_parser("next", help="whom to contact next, best first")
    upcoming.add_argument("--json", action="store_true")
    _occupation_option(upcoming)
    upcoming.set_defaults(run=_next)
    delete = actions.add_parser("delete", help="delete contacts for good")
    delete.add_argument("ids", nargs="*", metavar="ID", help="ids from `contacts list --json`")
    delete.add_argument("--all", action="store_true", help="delete every contact")
    delete.set_defaults(run=_delete)

    targets = commands.add_parser(
        "targets",
        help="target organizations, best first",
        description="Organizations your research names, plus your own, ranked by your "
        "interest (--star), then postings in your target occupation, then whom you know there.",
    )
    targets.add_argument("--json", action="store_true")
    targets.add_argument(
        "--star",
        action="append",
        default=[],
        metavar="NAME=N",
        help="give an organization 0 to 3 stars (adds it when your research does not name it)",
    )
    _occupation_option(targets)
    targets.set_defaults(run=_targets)


def _occupation_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--occupation",
        action="append",
        default=[],
        metavar="CODE",
        help="your target occupation, a SOC code such as 15-2051 (python -m infoview "
        "occupation TITLE finds it); postings and people in or near it rank first; without "
        "it, the work you are exploring as saved in About me",
    )


def _add(args: argparse.Namespace) -> int:
    if not args.files and not args.name:
        raise SystemExit("infoview: give FILE... to import, or --name to type one person.")
    workspace = open_workspace(args.db)
    found: list[Contact] = []
    unreadable = 0
    for path in args.files:
        read = read_contacts_path(path)
        for problem in read.problems:
            print(f"infoview: {problem}", file=sys.stderr)
        unreadable += not read.contacts and bool(read.problems)
        found += read.contacts
        print(f"read {len(read.contacts)} people from {read.file}", file=sys.stderr)
    if args.name:
        found.append(
            Contact(
                name=" ".join(args.name.split()),
                organization=args.org.strip(),
                position=args.position.strip(),
                email=args.email.strip(),
                phone=args.phone.strip(),
                link=args.link.strip(),
                how_known=args.how.strip(),
                status=args.status,
                referred_by=args.referred_by.strip(),
                source=TYPED,
            )
        )
    added = workspace.add_contacts(found)
    total = len(workspace.contacts())
    print(f"workspace {workspace.location}: {added} new, {total} contacts", file=sys.stderr)
    return EXIT_UNREADABLE if unreadable else EXIT_OK


def _list(args: argparse.Namespace) -> int:
    contacts = open_workspace(args.db).contacts()
    if args.json:
        print(json.dumps([c.to_dict() for c in contacts], indent=2, ensure_ascii=False))
    else:
        for contact in contacts:
            where = f", {contact.position}" if contact.position else ""
            where += f" at {contact.organization}" if contact.organization else ""
            print(f"{contact.name}{where} ({contact.status_label})")
    return EXIT_OK


def _next(args: argparse.Namespace) -> int:
    listed = workspace_list(open_workspace(args.db), occupations=args.occupation or None)
    if args.json:
        print(json.dumps([s.to_dict() for s in listed.suggestions], indent=2, ensure_ascii=False))
    else:
        for suggestion in listed.suggestions:
            print(f"{suggestion.contact.name}: {suggestion.reason}")
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    if not args.ids and not args.all:
        raise SystemExit("infoview: give the ids to delete, or --all.")
    workspace = open_workspace(args.db)
    if args.all:
        print(f"deleted {workspace.delete_contacts()} contacts", file=sys.stderr)
        return EXIT_OK
    known = {c.id for c in workspace.contacts()}
    for contact_id in args.ids:
        if contact_id not in known:
            print(
                f"infoview: no contact has the id {contact_id}; list them with "
                "`contacts list --json`.",
                file=sys.stderr,
            )
            return EXIT_UNREADABLE
        workspace.delete_contact(contact_id)
    print(f"deleted {len(args.ids)} contacts", file=sys.stderr)
    return EXIT_OK


def _targets(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.db)
    if args.star:
        interests = interests_from(workspace.document(INTERESTS))
        for given in args.star:
            name, _, stars = given.rpartition("=")
            if not name.strip() or stars not in ("0", "1", "2", "3"):
                raise SystemExit(
                    f'infoview: --star "{given}" should be NAME=N with N from 0 to 3, '
                    'e.g. --star "Northwind Motors=3".'
                )
            interests = with_interest(interests, name, int(stars), own=True)
        workspace.save_document(INTERESTS, interests_to(interests))
    listed = workspace_list(workspace, occupations=args.occupation or None)
    if args.json:
        print(json.dumps([t.to_dict() for t in listed.organizations], indent=2, ensure_ascii=False))
    else:
        for target in listed.organizations:
            print(f"{'*' * target.interest:<3} {target.name}: {target.reason}")
    return EXIT_OK


def workspace_list(
    workspace: Workspace, tables: list | None = None, occupations: Sequence[str] | None = None
) -> ResearchList:
    """The workspace's research list: its research (or `tables`), contacts, stars and
    interviews, ranked for the target `occupations` (SOC codes; None: About me's, as the
    page ranks it)."""
    if occupations is None:
        occupations = stored_seeker(workspace.document(SEEKER_DOCUMENT)).targets
    unknown = [code for code in occupations if group(code) is None]
    if unknown:
        raise ContactError(
            f'"{unknown[0]}" is not a 2018 SOC code: use one like 15-2051 (python -m infoview '
            "occupation TITLE finds it)."
        )
    if tables is None:
        tables = [t for f in workspace.research_files() for t in f.tables]
    return research_list(
        tables,
        workspace.contacts(),
        interests_from(workspace.document(INTERESTS)),
        occupation_fit(occupations),
        met=people_met(workspace.interviews()),
    )
