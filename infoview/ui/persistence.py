"""The app's workspace: opened once per server, read at session start, written on each change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import TypeVar

import streamlit as st

from infoview.errors import WorkspaceError
from infoview.hypotheses import Hypothesis
from infoview.log import Referral
from infoview.outreach import Seeker, Tracked
from infoview.outreach.tracker import from_rows as tracked_from_rows
from infoview.outreach.tracker import to_rows as tracker_rows
from infoview.profile import Profile
from infoview.questions.edits import SheetEdits
from infoview.research import ResearchFile
from infoview.store import Workspace, default_db_path, open_workspace
from infoview.ui.messages import show_error

T = TypeVar("T")
SEEKER_DOCUMENT, TRACKED_DOCUMENT = "outreach_seeker", "outreach_tracked"
SHEET_EDITS_DOCUMENT = "sheet_edits"
PENDING_REFERRALS_DOCUMENT = "pending_referrals"


@dataclass(frozen=True)
class Kept:
    """What the workspace kept from earlier sessions, as the session holds it."""

    research: dict[str, ResearchFile]
    hypotheses: list[Hypothesis]
    profiles: list[Profile]
    current_profile: Profile | None
    sheet_edits: dict[str, SheetEdits]
    pending_referrals: list[Referral]
    seeker: Seeker | None
    tracked: list[Tracked]


@st.cache_resource(show_spinner=False)
def _open(path: str) -> Workspace:
    return open_workspace(path)


def workspace() -> Workspace:
    """This app's workspace; raises WorkspaceError when it cannot be opened."""
    return _open(str(default_db_path()))


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


def save_seeker(seeker: Seeker) -> None:
    with_workspace(lambda w: w.save_document(SEEKER_DOCUMENT, asdict(seeker)), None)


def save_tracked(tracked: list[Tracked]) -> None:
    with_workspace(lambda w: w.save_document(TRACKED_DOCUMENT, tracker_rows(tracked)), None)
