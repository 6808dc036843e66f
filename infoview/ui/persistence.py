"""The app's workspace: opened once per server, read at session start, written on each change."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import TypeVar

import streamlit as st

from infoview.errors import WorkspaceError
from infoview.export.markdown import escape as markdown_escape
from infoview.hosted import Mode, Person, mode, person_from_claims
from infoview.hypotheses import Hypothesis
from infoview.log import Referral
from infoview.outreach import Seeker, Tracked
from infoview.outreach.tracker import from_rows as tracked_from_rows
from infoview.outreach.tracker import to_rows as tracker_rows
from infoview.profile import Profile
from infoview.questions.edits import SheetEdits
from infoview.research import ResearchFile
from infoview.store import LOCAL_OWNER, Workspace, default_db_path, open_workspace
from infoview.ui.messages import show_error

T = TypeVar("T")
OPEN_WORKSPACES = 1000
SEEKER_DOCUMENT, TRACKED_DOCUMENT = "outreach_seeker", "outreach_tracked"
SHEET_EDITS_DOCUMENT = "sheet_edits"
PENDING_REFERRALS_DOCUMENT = "pending_referrals"
VANISHED_DOCUMENT = "vanished_hypotheses"


@dataclass(frozen=True)
class Kept:
    """What the workspace kept from earlier sessions, as the session holds it."""

    research: dict[str, ResearchFile]
    hypotheses: list[Hypothesis]
    vanished: list[Hypothesis]
    profiles: list[Profile]
    current_profile: Profile | None
    sheet_edits: dict[str, SheetEdits]
    pending_referrals: list[Referral]
    seeker: Seeker | None
    tracked: list[Tracked]


# One light handle per owner over the database's shared connection pool; the bound keeps a
# hosted server's handles from growing with every person who ever signed in.
@st.cache_resource(show_spinner=False, max_entries=OPEN_WORKSPACES)
def _open(location: str, owner: str) -> Workspace:
    return open_workspace(location, owner=owner)


def signed_in() -> Person:
    """Hosted mode: the person the signed identity cookie names, read server-side each call."""
    return person_from_claims(st.user.to_dict())


def owner() -> str:
    """Whose workspace this session uses: `local` in local mode, else the signed-in person's."""
    return LOCAL_OWNER if mode() is Mode.LOCAL else signed_in().owner


def workspace() -> Workspace:
    """This person's workspace; raises WorkspaceError when it cannot be opened."""
    return _open(str(default_db_path()), owner())


def with_workspace(action: Callable[[Workspace], T], fallback: T) -> T:
    """Run `action` on the workspace; when it cannot be used, say so and return `fallback`."""
    try:
        return action(workspace())
    except WorkspaceError as exc:
        show_error(f"{exc} Your changes in this session are not being saved.")
        return fallback


def load() -> Kept | None:
    """What the workspace kept, or None (after saying why) when it cannot be read."""

    def read(kept: Workspace) -> Kept:
        seeker = kept.document(SEEKER_DOCUMENT)
        return Kept(
            research={f.file: f for f in kept.research_files()},
            hypotheses=kept.hypotheses(),
            vanished=[Hypothesis(**row) for row in kept.document(VANISHED_DOCUMENT) or []],
            profiles=kept.profile_list(),
            current_profile=kept.current_profile(),
            sheet_edits={
                label: SheetEdits(
                    pinned=tuple(e["pinned"]),
                    removed=tuple(e["removed"]),
                    custom=tuple(tuple(c) for c in e["custom"]),
                )
                for label, e in (kept.document(SHEET_EDITS_DOCUMENT) or {}).items()
            },
            pending_referrals=[
                Referral(**row) for row in kept.document(PENDING_REFERRALS_DOCUMENT) or []
            ],
            seeker=Seeker(**seeker) if seeker is not None else None,
            tracked=tracked_from_rows(kept.document(TRACKED_DOCUMENT) or []),
        )

    return with_workspace(read, None)


def save_profiles(profiles: Iterable[Profile], current: Profile | None) -> None:
    """Keep the profile list and the chosen one."""

    def save(kept: Workspace) -> None:
        kept.save_profile_list(profiles)
        if current is not None:
            kept.save_profile(current)

    with_workspace(save, None)


def save_sheet_edits(edits: dict[str, SheetEdits]) -> None:
    """Keep the seeker's sheet changes, by profile label."""
    rows = {label: asdict(e) for label, e in edits.items()}
    with_workspace(lambda w: w.save_document(SHEET_EDITS_DOCUMENT, rows), None)


def save_pending_referrals(referrals: list[Referral]) -> None:
    """Keep referrals typed before their interview is saved."""
    rows = [asdict(r) for r in referrals]
    with_workspace(lambda w: w.save_document(PENDING_REFERRALS_DOCUMENT, rows), None)


def save_vanished(hypotheses: list[Hypothesis]) -> None:
    """Keep the hypotheses whose findings left the research, with the seeker's work on them."""
    rows = [h.to_dict() for h in hypotheses]
    with_workspace(lambda w: w.save_document(VANISHED_DOCUMENT, rows), None)


def save_seeker(seeker: Seeker) -> None:
    with_workspace(lambda w: w.save_document(SEEKER_DOCUMENT, asdict(seeker)), None)


def save_tracked(tracked: list[Tracked]) -> None:
    with_workspace(lambda w: w.save_document(TRACKED_DOCUMENT, tracker_rows(tracked)), None)


def export_text() -> Callable[[], str]:
    """What makes the text of this person's whole workspace file (as `workspace export`) when
    the download is asked for. Bound to the owner now: a deferred download runs outside the
    session's script run, where st.user is not known."""
    kept = workspace()
    return lambda: json.dumps(kept.export_data(), ensure_ascii=False, sort_keys=True) + "\n"


def import_text(data: bytes, source: str) -> tuple[int, str | None]:
    """Load an exported workspace file into this (empty) workspace: (records loaded, None),
    or (0, what is wrong and what to do)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return 0, (
            f"{source} is not a workspace file: download one from My workspace (or with "
            "`python -m infoview workspace export -o FILE`) and load that."
        )
    try:
        return workspace().import_data(document, source), None
    except WorkspaceError as exc:
        return 0, str(exc)


def erase() -> bool:
    """Delete everything this person keeps, for good; False (after saying why) if it failed."""

    def delete(kept: Workspace) -> bool:
        kept.delete_everything()
        return True

    return with_workspace(delete, False)


def escaped(text: str) -> str:
    """`text` shown exactly as written in Markdown (names from a provider are not ours)."""
    return markdown_escape(text)
