"""The app's workspace: opened once per server, read at session start, written on each change.

Every write passes the versions this session read, so a record changed in another tab since is
refused (`WorkspaceConflict`) instead of overwritten: the change is not taken into the session,
what was typed stays in its form, and `show_conflict` offers to reload."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import TypeVar

import streamlit as st

from infoview.contacts import INTERESTS, Contact, Interest, interests_from, interests_to
from infoview.errors import (
    WorkspaceBusy,
    WorkspaceConflict,
    WorkspaceError,
    WorkspaceFull,
    WorkspaceReadOnly,
    WorkspaceUnreachable,
    WorkspaceUnreadable,
)
from infoview.hosted import Mode, Person, mode, person_from_claims
from infoview.hypotheses import Hypothesis
from infoview.log import Referral
from infoview.markup import markdown_text
from infoview.outreach import Seeker, Tracked
from infoview.outreach.business_days import HOLIDAYS_DOCUMENT
from infoview.outreach.tracker import from_rows as tracked_from_rows
from infoview.outreach.tracker import to_rows as tracker_rows
from infoview.profile import Profile
from infoview.questions.edits import SheetEdits
from infoview.research import ResearchFile
from infoview.seeker import SEEKER_DOCUMENT, stored_seeker
from infoview.store import LOCAL_OWNER, Workspace, default_db_path, open_workspace
from infoview.store.database import database_at
from infoview.store.workspace import PROFILE_LIST
from infoview.ui.keys import Keys
from infoview.ui.messages import show_error

T = TypeVar("T")
LOG = logging.getLogger("infoview")
RETRY_SECONDS = 1.0
# What a student is told when a save fails; the details (database, cause) go to the server log.
NOT_SAVED = {
    WorkspaceUnreachable: "Not saved: the database is unavailable, retrying.",
    WorkspaceBusy: "Not saved: the database is busy, retrying.",
    WorkspaceFull: "Not saved: the storage InfoView keeps your work in is full.",
    WorkspaceReadOnly: "Not saved: the database is not taking changes right now.",
}
KEPT_IN_FORM = " What you typed is still here: save it again in a moment."
OPEN_WORKSPACES = 1000
TRACKED_DOCUMENT = "outreach_tracked"
SHEET_EDITS_DOCUMENT = "sheet_edits"
PENDING_REFERRALS_DOCUMENT = "pending_referrals"
VANISHED_DOCUMENT = "vanished_hypotheses"
DRAFTS_DOCUMENT = "drafts"  # what was typed and not saved yet (see drafts.py)
DOCUMENTS = (
    HOLIDAYS_DOCUMENT,
    SEEKER_DOCUMENT,
    TRACKED_DOCUMENT,
    SHEET_EDITS_DOCUMENT,
    PENDING_REFERRALS_DOCUMENT,
    VANISHED_DOCUMENT,
)
RESEARCH, HYPOTHESES, DOCUMENTS_READ = "research", "hypotheses", "documents"


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
    holidays: str
    versions: dict[str, dict[str, int]]


# One light handle per owner over the database's shared connection pool; the bound keeps a
# hosted server's handles from growing with every person who ever signed in.
@st.cache_resource(show_spinner=False, max_entries=OPEN_WORKSPACES)
def _open(location: str, owner: str) -> Workspace:
    return open_workspace(location, owner=owner)


def signed_in() -> Person:
    """Hosted mode: the person the signed identity cookie names, read server-side each call."""
    return person_from_claims(st.user.to_dict())


def session_ended() -> bool:
    """Hosted mode: whether the signed-in cookie is from before this person's last sign-out
    (anywhere): a copy of it kept from before then no longer signs in."""
    issued = st.user.to_dict().get("iat")
    ended = with_workspace(lambda kept: kept.signed_out_at(), None)
    if ended is None:
        return False
    return not isinstance(issued, int | float) or issued <= ended


def end_sessions() -> None:
    """Sign-out: every sign-in of this person made until now ends, on every server."""
    with_workspace(lambda kept: kept.sign_out(int(time.time())), None)


def owner() -> str:
    """Whose workspace this session uses: `local` in local mode, else the signed-in person's."""
    return LOCAL_OWNER if mode() is Mode.LOCAL else signed_in().owner


def workspace() -> Workspace:
    """This person's workspace; raises WorkspaceError when it cannot be opened."""
    return _open(str(default_db_path()), owner())


def said(exc: WorkspaceError) -> str:
    """What to tell the person about `exc`: in hosted mode words of our own (the details go to
    the server log, never a database address or a command to the student); locally, all of it."""
    if mode() is Mode.LOCAL or isinstance(exc, WorkspaceUnreadable):
        return str(exc)
    LOG.warning("workspace: %s", exc)
    return next(
        (text for kind, text in NOT_SAVED.items() if isinstance(exc, kind)),
        "Not saved: InfoView could not store this change.",
    )


def with_workspace(action: Callable[[Workspace], T], fallback: T) -> T:
    """Run `action` on the workspace; when it cannot be used, say so and return `fallback`."""
    try:
        return action(workspace())
    except WorkspaceError as exc:
        show_error(said(exc))
        return fallback


def write(action: Callable[[Workspace], T]) -> T | None:
    """What the save `action` returns, or None when nothing was saved: another tab changed the
    record first (`show_conflict` offers to reload), or the database failed (once retried; the
    banner `show_unsaved` says so until a save succeeds). The caller keeps what was typed."""
    for attempt in range(2):
        try:
            result = action(workspace())
        except WorkspaceConflict as exc:
            st.session_state[Keys.CONFLICT] = str(exc)
            show_error(str(exc))
            return None
        except (WorkspaceUnreachable, WorkspaceBusy) as exc:
            if attempt == 0:
                time.sleep(RETRY_SECONDS)  # a restarting database is often back at once
                continue
            return not_saved(exc)
        except WorkspaceError as exc:
            return not_saved(exc)
        st.session_state.pop(Keys.NOT_SAVED, None)
        return result
    raise AssertionError("unreachable")


def not_saved(exc: WorkspaceError) -> None:
    """Say a save failed (the banner keeps saying so until one succeeds); the caller keeps what
    was typed."""
    message = said(exc) + KEPT_IN_FORM
    retrying = isinstance(exc, WorkspaceUnreachable | WorkspaceBusy)
    st.session_state[Keys.NOT_SAVED] = (message, retrying)
    show_error(message)
    return None


def database_answers() -> bool:
    """Whether the workspace database answers now (the health check and the banner's retry)."""
    try:
        database_at(default_db_path()).ping()
    except WorkspaceError as exc:
        LOG.warning("health: %s", exc)
        return False
    return True


def load() -> Kept | None:
    """What the workspace kept, with the versions read, or None (after saying why) when it
    cannot be read."""

    def read(kept: Workspace) -> Kept:
        research, hypotheses, profiles = (
            kept.read_research(),
            kept.read_hypotheses(),
            kept.read_profile_list(),
        )
        documents = {key: kept.read_document(key) for key in DOCUMENTS}
        seeker = documents[SEEKER_DOCUMENT].value
        return Kept(
            research={f.file: f for f in research.value},
            hypotheses=hypotheses.value,
            vanished=[Hypothesis(**row) for row in documents[VANISHED_DOCUMENT].value or []],
            profiles=profiles.value,
            current_profile=kept.current_profile(),
            sheet_edits={
                label: SheetEdits(
                    pinned=tuple(e["pinned"]),
                    removed=tuple(e["removed"]),
                    custom=tuple(tuple(c) for c in e["custom"]),
                )
                for label, e in (documents[SHEET_EDITS_DOCUMENT].value or {}).items()
            },
            pending_referrals=[
                Referral(**row) for row in documents[PENDING_REFERRALS_DOCUMENT].value or []
            ],
            seeker=stored_seeker(seeker) if seeker is not None else None,
            tracked=tracked_from_rows(documents[TRACKED_DOCUMENT].value or []),
            holidays=documents[HOLIDAYS_DOCUMENT].value or "",
            versions={
                RESEARCH: dict(research.versions),
                HYPOTHESES: dict(hypotheses.versions),
                DOCUMENTS_READ: {
                    **{k: v for d in documents.values() for k, v in d.versions.items()},
                    **profiles.versions,
                },
            },
        )

    def checked(kept: Workspace) -> Kept:
        try:
            return read(kept)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            # Records no InfoView wrote: the app must stay usable (My workspace, sign-out).
            raise WorkspaceUnreadable(
                "Your workspace holds records InfoView cannot read, so it opened empty. On My "
                "workspace you can download it as it is, or delete it and start again."
            ) from exc

    return with_workspace(checked, None)


def _versions(kind: str) -> dict[str, int]:
    """The versions this session last read or wrote of one kind of record."""
    return st.session_state.setdefault(Keys.VERSIONS, {}).setdefault(kind, {})


def save_research(files: Iterable[ResearchFile]) -> bool:
    def save(kept: Workspace) -> bool:
        _versions(RESEARCH).update(kept.save_research(files, base=_versions(RESEARCH)))
        return True

    return bool(write(save))


def remove_research(name: str) -> bool:
    def remove(kept: Workspace) -> bool:
        kept.remove_research(name, version=_versions(RESEARCH).get(name, 0))
        _versions(RESEARCH).pop(name, None)
        return True

    return bool(write(remove))


def save_hypotheses(hypotheses: list[Hypothesis]) -> list[Hypothesis] | None:
    """Save this session's hypotheses; the stored list after it (with those another tab added),
    or None when the save was refused."""

    def save(kept: Workspace) -> list[Hypothesis]:
        kept.save_hypotheses(hypotheses, base=_versions(HYPOTHESES))
        after = kept.read_hypotheses()
        st.session_state[Keys.VERSIONS][HYPOTHESES] = dict(after.versions)
        return after.value

    return write(save)


def _save_document(key: str, value: object) -> bool:
    def save(kept: Workspace) -> bool:
        versions = _versions(DOCUMENTS_READ)
        versions[key] = kept.save_document(key, value, version=versions.get(key, 0))
        return True

    return bool(write(save))


def save_profiles(profiles: Iterable[Profile], current: Profile | None) -> bool:
    """Keep the profile list and the chosen one."""

    def save(kept: Workspace) -> bool:
        versions = _versions(DOCUMENTS_READ)
        versions[PROFILE_LIST] = kept.save_profile_list(
            profiles, version=versions.get(PROFILE_LIST, 0)
        )
        if current is not None:
            kept.save_profile(current)
        return True

    return bool(write(save))


def save_sheet_edits(edits: dict[str, SheetEdits]) -> bool:
    """Keep the seeker's sheet changes, by profile label."""
    return _save_document(SHEET_EDITS_DOCUMENT, {label: asdict(e) for label, e in edits.items()})


def save_pending_referrals(referrals: list[Referral]) -> bool:
    """Keep referrals typed before their interview is saved."""
    return _save_document(PENDING_REFERRALS_DOCUMENT, [asdict(r) for r in referrals])


def save_vanished(hypotheses: list[Hypothesis]) -> bool:
    """Keep the hypotheses whose findings left the research, with the seeker's work on them."""
    return _save_document(VANISHED_DOCUMENT, [h.to_dict() for h in hypotheses])


def save_seeker(seeker: Seeker) -> bool:
    return _save_document(SEEKER_DOCUMENT, asdict(seeker))


def save_tracked(tracked: list[Tracked]) -> bool:
    return _save_document(TRACKED_DOCUMENT, tracker_rows(tracked))


def save_holidays(region: str) -> bool:
    """Keep the country (and region) whose public holidays the reminders skip."""
    return _save_document(HOLIDAYS_DOCUMENT, region)


def load_research_list() -> tuple[list[Contact], list[Interest]]:
    """The contacts and the stars kept, with the stars' version read."""

    def read(kept: Workspace) -> tuple[list[Contact], list[Interest]]:
        stars = kept.read_document(INTERESTS)
        _versions(DOCUMENTS_READ).update(stars.versions)
        return kept.contacts(), interests_from(stars.value)

    return with_workspace(read, ([], []))


def add_contacts(contacts: list[Contact]) -> list[Contact] | None:
    """Add people to the list; the whole list as kept, or None when it cannot be saved."""

    def add(kept: Workspace) -> list[Contact]:
        kept.add_contacts(contacts)
        return kept.contacts()

    return write(add)


def replace_contact(contact_id: str, contact: Contact) -> list[Contact] | None:
    def change(kept: Workspace) -> list[Contact]:
        kept.replace_contact(contact_id, contact)
        return kept.contacts()

    return write(change)


def delete_contacts(contact_ids: list[str] | None) -> list[Contact] | None:
    """Delete these contacts (every one when None); the list left."""

    def delete(kept: Workspace) -> list[Contact]:
        if contact_ids is None:
            kept.delete_contacts()
        for contact_id in contact_ids or ():
            kept.delete_contact(contact_id)
        return kept.contacts()

    return write(delete)


def save_interests(interests: list[Interest]) -> bool:
    """Keep the stars and the organizations the seeker added."""
    return _save_document(INTERESTS, interests_to(interests))


def export_text() -> Callable[[], str] | None:
    """What makes the text of this person's whole workspace file (as `workspace export`) when
    the download is asked for, or None (after saying why) when the workspace cannot be used.
    Bound to the owner now: a deferred download runs outside the session's script run, where
    st.user is not known."""

    def bind(kept: Workspace) -> Callable[[], str]:
        return lambda: json.dumps(kept.export_data(), ensure_ascii=False, sort_keys=True) + "\n"

    return with_workspace(bind, None)


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
    return markdown_text(text)
