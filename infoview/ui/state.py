"""Session state in one place: keys, defaults and typed accessors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

import streamlit as st

from infoview.findings import contact_targets, propose_findings
from infoview.hypotheses import Hypothesis, merge_findings
from infoview.profile import Profile
from infoview.questions.edits import SheetEdits
from infoview.research import ResearchFile, ResearchTable

T = TypeVar("T")


class Keys(StrEnum):
    """Every session-state key the app uses."""

    RESEARCH = "research_files"
    HYPOTHESES = "hypotheses"
    PROFILES = "profiles"
    ACTIVE_PROFILE = "active_profile"
    PROFILE_PICKER = "profile_picker"
    FLASH = "flash_message"
    SHEET_EDITS = "sheet_edits"
    SHEET_PAPER = "sheet_paper"
    OWN_QUESTION_FORM = "own_question_form"
    TOPIC_FILTER = "hypotheses_topic_filter"
    SOURCE_FILTER = "hypotheses_source_filter"
    UPLOADER = "research_uploader"
    HYPOTHESES_EDITOR = "hypotheses_editor"
    NEW_HYPOTHESIS = "new_hypothesis"
    SEEN_UPLOADS = "seen_uploads"
    DERIVED = "derived_from_research"
    PROFILE_FORM = "profile_form"
    HYPOTHESIS_FORM = "own_hypothesis_form"


def init() -> None:
    """Defaults for a new session."""
    st.session_state.setdefault(Keys.RESEARCH, {})
    st.session_state.setdefault(Keys.HYPOTHESES, [])
    st.session_state.setdefault(Keys.PROFILES, {})
    st.session_state.setdefault(Keys.ACTIVE_PROFILE, None)
    st.session_state.setdefault(Keys.SEEN_UPLOADS, set())
    st.session_state.setdefault(Keys.DERIVED, {})
    st.session_state.setdefault(Keys.SHEET_EDITS, {})


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


def replace_table(table: ResearchTable) -> None:
    """Put a corrected table in place of the one from the same file and sheet."""
    research = research_files()[table.file]
    tables = tuple(table if t.sheet == table.sheet else t for t in research.tables)
    st.session_state[Keys.RESEARCH] = {
        **research_files(),
        table.file: replace(research, tables=tables),
    }
    refresh_hypotheses()


def file_key(what: str, research: ResearchFile) -> str:
    """The widget key of a control on one research file."""
    return f"file-{what}-{research.file}"


def table_key(what: str, table: ResearchTable, role: str = "") -> str:
    """The widget key of a correction control on one research table."""
    return f"table-{what}-{table.label}-{role}"


def remove_research(name: str) -> None:
    current = dict(research_files())
    current.pop(name, None)
    st.session_state[Keys.RESEARCH] = current
    refresh_hypotheses()


def derived(key: tuple, compute: Callable[[], T]) -> T:
    """`compute()` once per research state: reruns reuse it until the research changes."""
    cache = st.session_state[Keys.DERIVED]
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def refresh_hypotheses() -> None:
    st.session_state[Keys.DERIVED] = {}
    findings = propose_findings(tables())
    set_hypotheses(merge_findings(hypotheses(), findings))


def hypotheses() -> list[Hypothesis]:
    return st.session_state[Keys.HYPOTHESES]


def set_hypotheses(values: list[Hypothesis]) -> None:
    st.session_state[Keys.HYPOTHESES] = list(values)


def hypotheses_editor_key(topics: list[str], sources: list[str]) -> str:
    """A filtered view gets its own editor state, so edits never land on the wrong rows."""
    if not topics and not sources:
        return Keys.HYPOTHESES_EDITOR
    return f"{Keys.HYPOTHESES_EDITOR}:{'|'.join(topics)}:{'|'.join(sources)}"


def flagged() -> list[Hypothesis]:
    return [h for h in hypotheses() if h.flagged]


def profiles() -> dict[str, Profile]:
    """Saved profiles by label, in the order they were added."""
    return st.session_state[Keys.PROFILES]


def profile() -> Profile | None:
    """The profile the sheet is planned for."""
    return profiles().get(st.session_state[Keys.ACTIVE_PROFILE])


def set_profile(value: Profile, replacing: str | None = None) -> str:
    """Save `value` (in place of the profile labelled `replacing`) and plan for it."""
    saved = {k: v for k, v in profiles().items() if k != replacing}
    label = profile_label(value, saved)
    saved[label] = value
    st.session_state[Keys.PROFILES] = saved
    st.session_state[Keys.ACTIVE_PROFILE] = label
    return label


def select_profile(label: str | None) -> None:
    st.session_state[Keys.ACTIVE_PROFILE] = label


def delete_profile(label: str) -> None:
    st.session_state[Keys.PROFILES] = {k: v for k, v in profiles().items() if k != label}
    if st.session_state[Keys.ACTIVE_PROFILE] == label:
        st.session_state[Keys.ACTIVE_PROFILE] = next(iter(profiles()), None)


def profile_label(value: Profile, taken: dict[str, Profile]) -> str:
    """`Name (Organization)`, numbered when another profile has the same label."""
    base = value.display_name.capitalize() if not value.name else value.name
    if value.organization:
        base = f"{base} ({value.organization})"
    label, number = base, 2
    while label in taken:
        label, number = f"{base} #{number}", number + 1
    return label


def sheet_edits() -> SheetEdits:
    """The seeker's changes to the sheet of the chosen profile."""
    return st.session_state[Keys.SHEET_EDITS].get(
        st.session_state[Keys.ACTIVE_PROFILE], SheetEdits()
    )


def set_sheet_edits(edits: SheetEdits) -> None:
    st.session_state[Keys.SHEET_EDITS] = {
        **st.session_state[Keys.SHEET_EDITS],
        st.session_state[Keys.ACTIVE_PROFILE]: edits,
    }


def question_key(action: str, question_id: str) -> str:
    """The widget key of an action button on one question of the sheet."""
    return f"sheet-{action}-{question_id}"


def targets() -> list[str]:
    """People and organizations to name in the referral close."""
    chosen = profile()
    organization = chosen.organization if chosen else ""
    return derived(("targets", organization), lambda: contact_targets(tables(), organization))
