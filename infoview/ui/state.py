"""Session state in one place: keys, defaults and typed accessors."""

from __future__ import annotations

import hashlib
from enum import StrEnum

import streamlit as st

from infoview.findings import contact_targets, propose_findings
from infoview.hypotheses import Hypothesis, merge_findings
from infoview.outreach import Draft, Seeker, Tracked
from infoview.profile import Profile
from infoview.research import ResearchFile, ResearchTable


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
    SEEKER = "seeker"
    SEEKER_FORM = "seeker_form"
    DRAFT_KIND = "draft_kind"
    DRAFT_EDIT = "draft_edit"
    TRACKED = "tracked_contacts"
    TRACKER_EDITOR = "tracker_editor"
    TRACKER_VERSION = "tracker_version"


def init() -> None:
    """Defaults for a new session."""
    st.session_state.setdefault(Keys.RESEARCH, {})
    st.session_state.setdefault(Keys.HYPOTHESES, [])
    st.session_state.setdefault(Keys.PROFILE, None)
    st.session_state.setdefault(Keys.SEEN_UPLOADS, set())
    st.session_state.setdefault(Keys.SEEKER, Seeker())
    st.session_state.setdefault(Keys.TRACKED, [])
    st.session_state.setdefault(Keys.TRACKER_VERSION, 0)


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
    refresh_hypotheses()


def remove_research(name: str) -> None:
    current = dict(research_files())
    current.pop(name, None)
    st.session_state[Keys.RESEARCH] = current
    refresh_hypotheses()


def refresh_hypotheses() -> None:
    findings = propose_findings(tables())
    set_hypotheses(merge_findings(hypotheses(), findings))


def hypotheses() -> list[Hypothesis]:
    return st.session_state[Keys.HYPOTHESES]


def set_hypotheses(values: list[Hypothesis]) -> None:
    st.session_state[Keys.HYPOTHESES] = list(values)


def flagged() -> list[Hypothesis]:
    return [h for h in hypotheses() if h.flagged]


def profile() -> Profile | None:
    return st.session_state[Keys.PROFILE]


def set_profile(value: Profile) -> None:
    st.session_state[Keys.PROFILE] = value


def targets() -> list[str]:
    chosen = profile()
    return contact_targets(tables(), chosen.organization if chosen else "")


def seeker() -> Seeker:
    return st.session_state[Keys.SEEKER]


def set_seeker(value: Seeker) -> None:
    st.session_state[Keys.SEEKER] = value


def draft_edit_key(draft: Draft, part: str) -> str:
    """A widget key per generated draft, so edits last until the inputs change the draft."""
    digest = hashlib.sha1(f"{draft.kind}|{draft.subject}|{draft.body}".encode()).hexdigest()[:12]
    return f"{Keys.DRAFT_EDIT}-{part}-{digest}"


def tracked() -> list[Tracked]:
    return st.session_state[Keys.TRACKED]


def set_tracked(values: list[Tracked]) -> None:
    """Keep these people and start a fresh editor, so its pending edits are not applied twice."""
    st.session_state[Keys.TRACKED] = list(values)
    st.session_state[Keys.TRACKER_VERSION] += 1


def tracker_editor_key() -> str:
    return f"{Keys.TRACKER_EDITOR}-{st.session_state[Keys.TRACKER_VERSION]}"
