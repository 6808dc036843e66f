"""Session state in one place: keys, defaults and typed accessors, saved to the workspace."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

import streamlit as st

from infoview.errors import WorkspaceError
from infoview.findings import contact_targets, propose_findings
from infoview.hypotheses import Hypothesis, merge_findings
from infoview.learning import Secrets, secrets_of
from infoview.log import Interview, KeptSheet, Referral, finding_hypotheses
from infoview.profile import Profile
from infoview.questions import Sheet
from infoview.research import ResearchFile, ResearchTable
from infoview.store import StoredProfile, Workspace, default_db_path, open_workspace
from infoview.ui.messages import show_error

T = TypeVar("T")


class Keys(StrEnum):
    """Every session-state key the app uses."""

    RESEARCH = "research_files"
    HYPOTHESES = "hypotheses"
    PROFILE = "profile"
    UPLOADER = "research_uploader"
    HYPOTHESES_EDITOR = "hypotheses_editor"
    NEW_HYPOTHESIS = "new_hypothesis"
    SEEN_UPLOADS = "seen_uploads"
    PROFILE_FORM = "profile_form"
    HYPOTHESIS_FORM = "own_hypothesis_form"
    WORKSPACE_LOADED = "workspace_loaded"
    LOG_TARGET = "log_target"
    LOG_FORM = "log_form"
    REFERRAL_FORM = "referral_form"
    PENDING_REFERRALS = "pending_referrals"
    OUTCOME = "outcome"
    OUTCOME_NOTE = "outcome_note"
    FOLLOW_UPS_EDITOR = "follow_ups_editor"


def outcome_key(hypothesis_id: str) -> str:
    """The log form's outcome widget for one hypothesis."""
    return f"{Keys.OUTCOME}-{hypothesis_id}"


def note_key(hypothesis_id: str) -> str:
    """The log form's note widget for one hypothesis."""
    return f"{Keys.OUTCOME_NOTE}-{hypothesis_id}"


def init() -> None:
    """Defaults for a new session, then what the workspace kept from earlier sessions."""
    st.session_state.setdefault(Keys.RESEARCH, {})
    st.session_state.setdefault(Keys.HYPOTHESES, [])
    st.session_state.setdefault(Keys.PROFILE, None)
    st.session_state.setdefault(Keys.SEEN_UPLOADS, set())
    st.session_state.setdefault(Keys.PENDING_REFERRALS, [])
    if not st.session_state.get(Keys.WORKSPACE_LOADED):
        st.session_state[Keys.WORKSPACE_LOADED] = True
        _load_workspace()


@st.cache_resource(show_spinner=False)
def _open(path: str) -> Workspace:
    return open_workspace(path)


def workspace() -> Workspace:
    """This app's workspace; raises WorkspaceError when it cannot be opened."""
    return _open(str(default_db_path()))


def _with_workspace(action: Callable[[Workspace], T], fallback: T) -> T:
    """Run `action` on the workspace; when it cannot be used, say so and return `fallback`."""
    try:
        return action(workspace())
    except WorkspaceError as exc:
        show_error(f"{exc} Your changes in this session are not being saved.")
        return fallback


def _load_workspace() -> None:
    def load(workspace: Workspace) -> None:
        st.session_state[Keys.RESEARCH] = {f.file: f for f in workspace.research_files()}
        st.session_state[Keys.HYPOTHESES] = workspace.hypotheses()
        st.session_state[Keys.PROFILE] = workspace.current_profile()

    _with_workspace(load, None)


def research_files() -> dict[str, ResearchFile]:
    return st.session_state[Keys.RESEARCH]


def tables() -> list[ResearchTable]:
    return [t for f in research_files().values() for t in f.tables]


def unseen_uploads(uploads: list) -> list:
    """Uploaded files not read yet in this session, so a rerun does not read them again."""
    seen = st.session_state[Keys.SEEN_UPLOADS]
    fresh = [u for u in uploads if u.file_id not in seen]
    seen.update(u.file_id for u in fresh)
    return fresh


def add_research(files: list[ResearchFile]) -> None:
    """Keep these files (replacing any with the same name) and refresh the hypotheses."""
    current = dict(research_files())
    for research in files:
        current[research.file] = research
    st.session_state[Keys.RESEARCH] = current
    _with_workspace(lambda w: w.save_research(files), None)
    refresh_hypotheses()


def remove_research(name: str) -> None:
    current = dict(research_files())
    current.pop(name, None)
    st.session_state[Keys.RESEARCH] = current
    _with_workspace(lambda w: w.remove_research(name), None)
    refresh_hypotheses()


def refresh_hypotheses() -> None:
    findings = propose_findings(tables())
    set_hypotheses(merge_findings(hypotheses(), findings))


def hypotheses() -> list[Hypothesis]:
    return st.session_state[Keys.HYPOTHESES]


def set_hypotheses(values: list[Hypothesis]) -> None:
    st.session_state[Keys.HYPOTHESES] = list(values)
    _with_workspace(lambda w: w.save_hypotheses(values), None)


def flagged() -> list[Hypothesis]:
    return [h for h in hypotheses() if h.flagged]


def profile() -> Profile | None:
    return st.session_state[Keys.PROFILE]


def set_profile(value: Profile) -> None:
    st.session_state[Keys.PROFILE] = value
    _with_workspace(lambda w: w.save_profile(value), None)


def targets() -> list[str]:
    chosen = profile()
    return contact_targets(tables(), chosen.organization if chosen else "")


def profiles() -> list[StoredProfile]:
    return _with_workspace(lambda w: w.profiles(), [])


def kept_sheets() -> list[KeptSheet]:
    return _with_workspace(lambda w: w.sheets(), [])


def keep_sheet(sheet: Sheet) -> None:
    """Keep the sheet the seeker was shown, so the interview can be logged against it."""
    _with_workspace(lambda w: w.save_sheet(sheet), None)


def interviews() -> list[Interview]:
    return _with_workspace(lambda w: w.interviews(), [])


def secrets() -> Secrets:
    """Every name and contact the workspace holds, which later sheets must not reveal."""
    return secrets_of(interviews(), [p.profile for p in profiles()])


def pending_referrals() -> list[Referral]:
    return st.session_state[Keys.PENDING_REFERRALS]


def add_pending_referral(referral: Referral) -> None:
    st.session_state[Keys.PENDING_REFERRALS] = [*pending_referrals(), referral]


def record_interview(interview: Interview) -> list[Hypothesis]:
    """Store the interview (raises WorkspaceError when it cannot); the hypotheses its new
    findings became, with names and contacts removed."""
    kept = workspace()
    known = secrets_of([*kept.interviews(), interview], [p.profile for p in kept.profiles()])
    new = finding_hypotheses(interview, known.scrub)
    kept.record_interview(interview, new)
    st.session_state[Keys.HYPOTHESES] = kept.hypotheses()
    st.session_state[Keys.PENDING_REFERRALS] = []
    return new


def set_follow_ups_done(changes: dict[int, bool]) -> None:
    """Store the follow-ups the seeker ticked done, or unticked."""

    def tick(workspace: Workspace) -> None:
        for follow_up_id, done in changes.items():
            workspace.set_follow_up_done(follow_up_id, done)

    _with_workspace(tick, None)
