"""Every session-state key the app uses, and the widget keys built from them."""

from __future__ import annotations

import hashlib
from enum import StrEnum

import streamlit as st

from infoview.outreach import Draft
from infoview.research import ResearchFile, ResearchTable


class Keys(StrEnum):
    """Every session-state key the app uses."""

    RESEARCH = "research_files"
    HYPOTHESES = "hypotheses"
    VANISHED = "vanished_hypotheses"
    PROFILES = "profiles"
    ACTIVE_PROFILE = "active_profile"
    PROFILE_PICKER = "profile_picker"
    PROFILE_SAVED = "profile_saved"
    PROFILE_NEW_OVER = "profile_new_over"  # the active profile "New profile…" was picked over
    FLASH = "flash_message"
    PAGE = "current_page"
    SHEET_EDITS = "sheet_edits"
    SHEET_PAPER = "sheet_paper"
    SHEET_FORMAT = "sheet_format"
    SHEET_MOVED = "sheet_moved"
    OWN_QUESTION_FORM = "own_question_form"
    TOPIC_FILTER = "hypotheses_topic_filter"
    SOURCE_FILTER = "hypotheses_source_filter"
    GROUP_FILTER = "hypotheses_group_filter"
    UPLOADER = "research_uploader"
    KIND_CHANGED = "research_kind_changed"
    HYPOTHESES_EDITOR = "hypotheses_editor"
    HYPOTHESES_EDITOR_NOW = "hypotheses_editor_now"
    HYPOTHESES_EDITOR_VERSION = "hypotheses_editor_version"
    HYPOTHESIS_DETAIL = "hypothesis_detail"
    SEARCH = "hypotheses_search"
    FLAGGED_ONLY = "hypotheses_flagged_only"
    NEW_HYPOTHESIS = "new_hypothesis"
    NEW_HYPOTHESIS_TOPIC = "new_hypothesis_topic"
    OWN_REFUSED = "own_hypothesis_refused"
    SEEN_UPLOADS = "seen_uploads"
    DERIVED = "derived_from_research"
    RUN_INTERVIEWS = "interviews_this_run"
    PROFILE_FORM = "profile_form"
    WORKSPACE_LOADED = "workspace_loaded"
    WORKSPACE_UPLOAD = "workspace_upload"
    DELETE_CONFIRM = "delete_workspace_confirm"
    VERSIONS = "workspace_versions"
    CONFLICT = "workspace_conflict"
    NOT_SAVED = "workspace_not_saved"
    LOG_TARGET = "log_target"
    LOG_FORM = "log_form"
    LOG_EDITING = "log_editing"
    LOG_OPEN = "log_open"
    REFERRAL_FORM = "referral_form"
    PENDING_REFERRALS = "pending_referrals"
    KEPT_SHEETS = "kept_sheets"
    OUTCOME = "outcome"
    OUTCOME_NOTE = "outcome_note"
    FOLLOW_UPS_EDITOR = "follow_ups_editor"
    SEEKER = "seeker"
    SEEKER_FORM = "seeker_form"
    DRAFT_KIND = "draft_kind"
    DRAFT_TO = "draft_to"
    DRAFT_EDIT = "draft_edit"
    DRAFTS = "typed_drafts"
    TRACKED = "tracked_contacts"
    TRACKER_EDITOR = "tracker_editor"
    TRACKER_VERSION = "tracker_version"
    HOLIDAYS = "holidays_region"
    HOLIDAYS_COUNTRY = "holidays_country"
    HOLIDAYS_SUBDIVISION = "holidays_subdivision"
    CONTACTS = "contacts"
    CONTACTS_CHANGES = "contacts_changes"
    INTERESTS = "target_interests"
    CONTACTS_UPLOADER = "contacts_uploader"
    CONTACT_FORM = "contact_form"
    ORGANIZATION_FORM = "organization_form"


def outcome_key(hypothesis_id: str, showing: int | str = 0) -> str:
    """The log form's outcome widget for one hypothesis, in the form's `showing`-th showing."""
    return f"{Keys.OUTCOME}-{hypothesis_id}-{showing}"


def note_key(hypothesis_id: str, showing: int | str = 0) -> str:
    """The log form's note widget for one hypothesis, in the form's `showing`-th showing."""
    return f"{Keys.OUTCOME_NOTE}-{hypothesis_id}-{showing}"


def file_key(what: str, research: ResearchFile) -> str:
    """The widget key of a control on one research file."""
    return f"file-{what}-{research.file}"


def table_key(what: str, table: ResearchTable, role: str = "") -> str:
    """The widget key of a correction control on one research table."""
    return f"table-{what}-{table.label}-{role}"


def hypotheses_editor_key(ids: list[str]) -> str:
    """An editor state per set of rows shown (and per change made outside it), so its edits,
    kept by row position, never land on the wrong rows."""
    version = st.session_state.get(Keys.HYPOTHESES_EDITOR_VERSION, 0)
    digest = hashlib.sha1("|".join(ids).encode()).hexdigest()[:12]
    return f"{Keys.HYPOTHESES_EDITOR}-{version}-{digest}"


def hypotheses_page_key(search: str, *filters: object) -> str:
    """The row-window picker of one search and filter: a new search starts at its first rows."""
    what = "|".join(map(repr, (search, *filters)))
    return f"hypotheses-rows-{hashlib.sha1(what.encode()).hexdigest()[:12]}"


def detail_key(what: str, hypothesis_id: str, value: object) -> str:
    """A control of the one-finding view, per finding and stored value: a change made in the
    table shows here instead of an older choice."""
    return f"hypothesis-{what}-{hypothesis_id}-{value}"


def question_key(action: str, question_id: str) -> str:
    """The widget key of an action button on one question of the sheet."""
    return f"sheet-{action}-{question_id}"


def draft_edit_key(draft: Draft, part: str) -> str:
    """A widget key per generated draft, so edits last until the inputs change the draft."""
    digest = hashlib.sha1(f"{draft.kind}|{draft.subject}|{draft.body}".encode()).hexdigest()[:12]
    return f"{Keys.DRAFT_EDIT}-{part}-{digest}"


def tracker_editor_key() -> str:
    """The tracker editor of this version of the tracked list (see `state.set_tracked`)."""
    return f"{Keys.TRACKER_EDITOR}-{st.session_state[Keys.TRACKER_VERSION]}"


def uploader_key() -> str:
    """The research uploader as drawn now; `renew_uploader` gives it a fresh, empty one."""
    version = st.session_state.get(f"{Keys.UPLOADER}-version", 0)
    return Keys.UPLOADER if not version else f"{Keys.UPLOADER}-{version}"


def renew_uploader() -> None:
    """An empty uploader on the next run: its chips would still name a file just removed."""
    version = f"{Keys.UPLOADER}-version"
    st.session_state[version] = st.session_state.get(version, 0) + 1


def form_key(form: Keys) -> str:
    """The key of `form` as drawn now; `clear_form` gives it a fresh one."""
    return f"{form}-{st.session_state.get(_form_version(form), 0)}"


def clear_form(form: Keys, *widget_keys: str) -> None:
    """Empty `form` on the next run, once what it held was saved: until then (a refused or
    failed save) it keeps what was typed. Keyed widgets in it are named in `widget_keys`."""
    version = _form_version(form)
    st.session_state[version] = st.session_state.get(version, 0) + 1
    for key in widget_keys:
        st.session_state.pop(key, None)


def _form_version(form: Keys) -> str:
    return f"{form}-version"
