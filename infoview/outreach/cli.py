"""`python -m infoview draft ...` and `python -m infoview reminders ...`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from datetime import date

from infoview.anonymize import secrets_of
from infoview.errors import OutreachError
from infoview.log import FollowUp, check_back_due, logged_follow_ups, thanks_due
from infoview.output import STDOUT, write_output
from infoview.outreach.business_days import HOLIDAYS_DOCUMENT, public_holidays
from infoview.outreach.drafts import DRAFT_KINDS, DraftRequest, guard_warnings, write_draft
from infoview.outreach.ics import reminders_calendar
from infoview.outreach.logged import (
    Prefill,
    interviewee,
    prefill,
)
from infoview.outreach.model import Contact, Seeker
from infoview.outreach.reminders import Approach, follow_ups
from infoview.seeker import SEEKER_DOCUMENT, kept_english
from infoview.spelling import ENGLISHES
from infoview.store import DB_ENV, Workspace, open_workspace
from infoview.store.cli import db_file

EXIT_OK, EXIT_FAILED = 0, 1
DATE_HELP = "a date as YYYY-MM-DD, e.g. 2026-11-20"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `draft` and `reminders` commands to the top-level parser."""
    draft = commands.add_parser(
        "draft",
        help="draft an outreach message",
        description="Print a draft: `Subject: ...`, a blank line, then the body. With a "
        f"workspace (--db PATH or ${DB_ENV}), what is not given comes from it: the current "
        "interviewee, and from the interview log the date met and one thing learned (thanks), "
        "the introduction and its agreed date (check-back), the person suggested and the "
        "permission to name the interviewee (referral).",
    )
    draft.add_argument("kind", choices=DRAFT_KINDS, metavar="|".join(DRAFT_KINDS))
    draft.add_argument("--name", default="", help="the recipient's name")
    draft.add_argument("--org", default="", help="the recipient's organization")
    draft.add_argument("--title", default="", help="the recipient's title")
    draft.add_argument("--email", default="", help="the recipient's address, for --mailto")
    draft.add_argument("--referred-by", default="", help="who suggested this contact")
    draft.add_argument(
        "--permission",
        action=argparse.BooleanOptionalAction,
        help="the referrer agreed (or not) to be named",
    )
    draft.add_argument("--finding", default="", help="one research finding to offer as a teaser")
    draft.add_argument("--me", default="", help="your name, to sign with")
    draft.add_argument("--background", default="", help='completes "I am <your name>, …"')
    draft.add_argument("--profile-link", default="", metavar="URL", help="for the signature")
    draft.add_argument(
        "--english",
        choices=sorted(ENGLISHES),
        help="spell the draft in US or UK English (default: the workspace's, else us)",
    )
    draft.add_argument("--learned", default="", help="thanks: one specific thing you learned")
    draft.add_argument("--next-step", default="", help='thanks: completes "I will …"')
    draft.add_argument("--introduce", default="", metavar="NAME", help="check-back: whom to meet")
    draft.add_argument(
        "--date",
        type=_date,
        help="letter: its date; follow-up: when you sent the approach; thanks: when you met; "
        "check-back: the agreed date",
    )
    draft.add_argument("--mailto", action="store_true", help="also print a mailto: link")
    draft.set_defaults(run=_draft)

    reminders = commands.add_parser(
        "reminders",
        help="the follow-up list, or an .ics calendar of it",
        description="Each NAME=DATE uses a date as YYYY-MM-DD. Weekends are skipped when "
        "counting business days, and the public holidays of --holidays COUNTRY. With a "
        f"workspace (--db PATH or ${DB_ENV}), the follow-ups of its logged interviews are "
        "included, and its country (chosen on the Outreach page) when --holidays is not given.",
    )
    reminders.add_argument(
        "--approached",
        action="append",
        default=[],
        type=_named_date,
        metavar="NAME=DATE",
        help="an approach sent on DATE",
    )
    reminders.add_argument("--replied", action="append", default=[], metavar="NAME")
    reminders.add_argument(
        "--met",
        action="append",
        default=[],
        type=_named_date,
        metavar="NAME=DATE",
        help="an interview held on DATE",
    )
    reminders.add_argument("--thanked", action="append", default=[], metavar="NAME")
    reminders.add_argument(
        "--check-back",
        action="append",
        default=[],
        type=_named_date,
        metavar="NAME=DATE",
        help="the date agreed with NAME to check back",
    )
    reminders.add_argument("--checked-back", action="append", default=[], metavar="NAME")
    reminders.add_argument(
        "--holidays",
        type=_region,
        metavar="COUNTRY",
        help="skip this country's public holidays: a code such as US or GB, with a region "
        "after a dash (US-NY); an empty value skips none",
    )
    reminders.add_argument(
        "--today", type=_date, metavar="DATE", help="the day statuses are relative to"
    )
    reminders.add_argument("--ics", action="store_true", help="write an iCalendar file")
    reminders.add_argument("--json", action="store_true", help="print the list as JSON")
    reminders.add_argument(
        "-o", "--output", metavar="FILE", help="where to write (default, or -: stdout)"
    )
    reminders.add_argument("--force", action="store_true", help="replace FILE when it exists")
    reminders.set_defaults(run=_reminders)


def _draft(args: argparse.Namespace) -> int:
    logged = _prefill(args)
    contact = logged.contact
    request = DraftRequest(
        kind=args.kind,
        seeker=Seeker(
            args.me.strip(),
            args.background.strip(),
            args.profile_link.strip(),
            english=args.english or _kept_english(args),
        ),
        contact=Contact(
            args.name.strip() or contact.name,
            args.org.strip() or contact.organization,
            args.title.strip() or contact.title,
            args.email.strip() or contact.email,
            args.referred_by.strip() or contact.referred_by,
        ),
        finding=args.finding,
        learned=args.learned or logged.learned,
        next_step=args.next_step,
        on=args.date or logged.on,
        introduce_to=args.introduce.strip() or logged.introduce_to,
        permission=logged.permission if args.permission is None else args.permission,
    )
    draft = write_draft(request)
    warnings = guard_warnings(draft.subject, draft.body)
    for warning in warnings:
        print(f'infoview: "{warning.text}": {warning.message}', file=sys.stderr)
    if warnings:
        print(
            "infoview: no draft written; reword the text you gave and run again.", file=sys.stderr
        )
        return EXIT_FAILED
    print(draft.text)
    if args.mailto:
        print(f"\n{draft.mailto(request.contact.email)}")
    limit = f" (keep under {draft.word_limit})" if draft.word_limit else ""
    print(f"{draft.word_count} words{limit}", file=sys.stderr)
    if not draft.within_limit:
        print(
            "infoview: the body is too long; shorten your background or the finding.",
            file=sys.stderr,
        )
    return EXIT_OK


def _reminders(args: argparse.Namespace) -> int:
    replied = _names(args.replied)
    thanked = _names(args.thanked)
    checked = _names(args.checked_back)
    ticked = {"thank-you": thanked, "check-back": checked}
    after_meetings = [
        *(thanks_due(n, d) for n, d in args.met),
        *(check_back_due(n, d) for n, d in args.check_back),
        *_logged(args),
    ]
    reminders = follow_ups(
        approaches=[Approach(n, d, n.lower() in replied) for n, d in args.approached],
        after_meetings=[
            replace(f, done=f.done or f.contact.lower() in ticked[f.kind]) for f in after_meetings
        ],
        today=args.today,
        holidays=public_holidays(_holidays_region(args)),
    )
    if args.ics:
        payload = reminders_calendar(reminders)
    elif args.json:
        payload = (json.dumps([r.to_dict() for r in reminders], indent=2) + "\n").encode()
    else:
        lines = [f"{r.due.isoformat()}  {r.status:<9}  {r.action}" for r in reminders]
        payload = "".join(f"{line}\n" for line in lines).encode()
    if args.output and args.output != STDOUT:
        write_output(args.output, payload, [db_file(args)], args.force)
        to_do = sum(not r.done for r in reminders)
        print(f"wrote {args.output}: {len(reminders)} reminders, {to_do} to do", file=sys.stderr)
    else:
        write_output(STDOUT, payload, (), args.force)
    return EXIT_OK


def _workspace(args: argparse.Namespace) -> Workspace | None:
    """The workspace when one is named (--db PATH or the environment); None keeps flags only."""
    if args.db is None and not os.environ.get(DB_ENV, "").strip():
        return None
    return open_workspace(args.db)


def _prefill(args: argparse.Namespace) -> Prefill:
    """What the workspace knows about the person the draft is about."""
    workspace = _workspace(args)
    if workspace is None:
        return Prefill(Contact())
    saved = [p.profile for p in workspace.profiles()]
    named = args.referred_by if args.kind == "referral" else args.name
    profile = interviewee(workspace.current_profile(), saved, named)
    interviews = workspace.interviews()
    referral = args.name if args.kind == "referral" else ""
    return prefill(args.kind, profile, interviews, secrets_of(interviews, saved), referral)


def _kept_english(args: argparse.Namespace) -> str:
    """The English kept with About me in the workspace, when one is named; else US."""
    workspace = _workspace(args)
    return kept_english(workspace and workspace.document(SEEKER_DOCUMENT))


def _holidays_region(args: argparse.Namespace) -> str:
    """--holidays when given, else the country kept in the workspace, else none."""
    if args.holidays is not None:
        return args.holidays
    workspace = _workspace(args)
    kept = None if workspace is None else workspace.document(HOLIDAYS_DOCUMENT)
    return kept if isinstance(kept, str) else ""


def _logged(args: argparse.Namespace) -> tuple[FollowUp, ...]:
    workspace = _workspace(args)
    return () if workspace is None else logged_follow_ups(workspace.interviews())


def _names(values: list[str]) -> set[str]:
    return {v.strip().lower() for v in values}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not {DATE_HELP}') from None


def _region(text: str) -> str:
    try:
        public_holidays(text)
    except OutreachError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text.strip().upper()


def _named_date(text: str) -> tuple[str, date]:
    name, sep, day = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            f'"{text}" should be NAME=DATE, e.g. "Dana Lee=2026-11-20"'
        )
    return name.strip(), _date(day)
