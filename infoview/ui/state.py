"""Session state in one place: keys, defaults and typed accessors, saved to the workspace."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, replace
from enum import StrEnum
from typing import TypeVar

import streamlit as st

from infoview.errors import WorkspaceError
from infoview.findings import contact_targets, propose_findings
from infoview.hosted import LOCAL_OWNER, Mode, Person, mode, person_from_claims
from infoview.hypotheses import Hypothesis, merge_findings
from infoview.learning import Secrets, secrets_of
from infoview.log import Interview, KeptSheet, Referral, finding_hypotheses
from infoview.outreach import Draft, Seeker, Tracked
from infoview.outreach.tracker import from_rows as tracked_from_rows
from infoview.outreach.tracker import to_rows as tracker_rows
from infoview.profile import Profile
from infoview.questions import Sheet
from infoview.questions.edits import SheetEdits
from infoview.research import ResearchFile, ResearchTable
from infoview.store import StoredProfile, Workspace, default_db_path, open_workspace

T = TypeVar("T")
SEEKER_DOCUMENT, TRACKED_DOCUMENT = "outreach_seeker", "outreach_tracked"
SHEET_EDITS_DOCUMENT = "sheet_edits"
PENDING_REFERRALS_DOCUMENT = "pending_referrals"


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
    WORKSPACE_LOADED = "workspace_loaded"
    LOG_TARGET = "log_target"
    LOG_FORM = "log_form"
    REFERRAL_FORM = "referral_form"
    PENDING_REFERRALS = "pending_referrals"
    KEPT_SHEETS = "kept_sheets"
    OUTCOME = "outcome"
    OUTCOME_NOTE = "outcome_note"
    FOLLOW_UPS_EDITOR = "follow_ups_editor"
    SEEKER = "seeker"
    SEEKER_FORM = "seeker_form"
    DRAFT_KIND = "draft_kind"
    DRAFT_EDIT = "draft_edit"
    TRACKED = "tracked_contacts"
    TRACKER_EDITOR = "tracker_editor"
    TRACKER_VERSION = "tracker_version"


def outcome_key(hypothesis_id: str) -> str:
    """The log form's outcome widget for one hypothesis."""
    return f"{Keys.OUTCOME}-{hypothesis_id}"


def note_key(hypothesis_id: str) -> str:
    """The log form's note widget for one hypothesis."""
    return f"{Keys.OUTCOME_NOTE}-{hypothesis_id}"


def init() -> None:
    """Defaults for a new session, then what the workspace kept from earlier sessions."""
    loaded_for = st.session_state.get(Keys.WORKSPACE_LOADED)
    if loaded_for is not None and loaded_for != owner():
        st.session_state.clear()  # never carry one person's state into another's session
    st.session_state.setdefault(Keys.RESEARCH, {})
    st.session_state.setdefault(Keys.HYPOTHESES, [])
    st.session_state.setdefault(Keys.PROFILES, {})
    st.session_state.setdefault(Keys.ACTIVE_PROFILE, None)
    st.session_state.setdefault(Keys.SEEN_UPLOADS, set())
    st.session_state.setdefault(Keys.DERIVED, {})
    st.session_state.setdefault(Keys.SHEET_EDITS, {})
    st.session_state.setdefault(Keys.PENDING_REFERRALS, [])
    st.session_state.setdefault(Keys.KEPT_SHEETS, set())
    st.session_state.setdefault(Keys.SEEKER, Seeker())
    st.session_state.setdefault(Keys.TRACKED, [])
    st.session_state.setdefault(Keys.TRACKER_VERSION, 0)
    if Keys.WORKSPACE_LOADED not in st.session_state:
        st.session_state[Keys.WORKSPACE_LOADED] = owner()
        _load_workspace()


@st.cache_resource(show_spinner=False)
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


def _with_workspace(action: Callable[[Workspace], T], fallback: T) -> T:
    """Run `action` on the workspace; when it cannot be used, say so and return `fallback`."""
    try:
        return action(workspace())
    except WorkspaceError as exc:
        from infoview.ui.messages import show_error  # messages needs Keys from this module

        show_error(f"{exc} Your changes in this session are not being saved.")
        return fallback


def _load_workspace() -> None:
    def load(workspace: Workspace) -> None:
        st.session_state[Keys.RESEARCH] = {f.file: f for f in workspace.research_files()}
        st.session_state[Keys.HYPOTHESES] = workspace.hypotheses()
        kept = workspace.profile_list()
        labelled: dict[str, Profile] = {}
        for profile in kept:
            labelled[profile_label(profile, labelled)] = profile
        st.session_state[Keys.PROFILES] = labelled
        st.session_state[Keys.SHEET_EDITS] = {
            label: SheetEdits(
                pinned=tuple(e["pinned"]),
                removed=tuple(e["removed"]),
                custom=tuple(tuple(c) for c in e["custom"]),
            )
            for label, e in (workspace.document(SHEET_EDITS_DOCUMENT) or {}).items()
        }
        st.session_state[Keys.PENDING_REFERRALS] = [
            Referral(**row) for row in workspace.document(PENDING_REFERRALS_DOCUMENT) or []
        ]
        seeker = workspace.document(SEEKER_DOCUMENT)
        if seeker is not None:
            st.session_state[Keys.SEEKER] = Seeker(**seeker)
        st.session_state[Keys.TRACKED] = tracked_from_rows(
            workspace.document(TRACKED_DOCUMENT) or []
        )
        current = workspace.current_profile()
        st.session_state[Keys.ACTIVE_PROFILE] = next(
            (label for label, p in labelled.items() if p == current), None
        )

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


def replace_table(table: ResearchTable) -> None:
    """Put a corrected table in place of the one from the same file and sheet."""
    research = research_files()[table.file]
    tables = tuple(table if t.sheet == table.sheet else t for t in research.tables)
    st.session_state[Keys.RESEARCH] = {
        **research_files(),
        table.file: replace(research, tables=tables),
    }
    _with_workspace(lambda w: w.save_research([research_files()[table.file]]), None)
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
    _with_workspace(lambda w: w.remove_research(name), None)
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
    _with_workspace(lambda w: w.save_hypotheses(values), None)


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
    _save_profiles(value)
    return label


def select_profile(label: str | None) -> None:
    st.session_state[Keys.ACTIVE_PROFILE] = label
    _save_profiles(profile())


def delete_profile(label: str) -> None:
    st.session_state[Keys.PROFILES] = {k: v for k, v in profiles().items() if k != label}
    if st.session_state[Keys.ACTIVE_PROFILE] == label:
        st.session_state[Keys.ACTIVE_PROFILE] = next(iter(profiles()), None)
    _save_profiles(profile())


def _save_profiles(current: Profile | None) -> None:
    """Keep the profile list and the chosen one in the workspace."""

    def save(workspace: Workspace) -> None:
        workspace.save_profile_list(profiles().values())
        if current is not None:
            workspace.save_profile(current)

    _with_workspace(save, None)


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
    kept = {label: asdict(e) for label, e in st.session_state[Keys.SHEET_EDITS].items()}
    _with_workspace(lambda w: w.save_document(SHEET_EDITS_DOCUMENT, kept), None)


def question_key(action: str, question_id: str) -> str:
    """The widget key of an action button on one question of the sheet."""
    return f"sheet-{action}-{question_id}"


def targets() -> list[str]:
    """People and organizations to name in the referral close."""
    chosen = profile()
    organization = chosen.organization if chosen else ""
    return derived(("targets", organization), lambda: contact_targets(tables(), organization))


def stored_profiles() -> list[StoredProfile]:
    return _with_workspace(lambda w: w.profiles(), [])


def kept_sheets() -> list[KeptSheet]:
    return _with_workspace(lambda w: w.sheets(), [])


def keep_sheet(sheet: Sheet) -> None:
    """Keep the sheet the seeker was shown, so the interview can be logged against it."""
    kept = st.session_state[Keys.KEPT_SHEETS]
    if sheet not in kept:  # a rerun showing the same sheet writes nothing
        _with_workspace(lambda w: w.save_sheet(sheet), None)
        kept.add(sheet)


def interviews() -> list[Interview]:
    return _with_workspace(lambda w: w.interviews(), [])


def secrets() -> Secrets:
    """Every name and contact the workspace holds, which later sheets must not reveal."""
    return secrets_of(interviews(), [p.profile for p in stored_profiles()])


def pending_referrals() -> list[Referral]:
    return st.session_state[Keys.PENDING_REFERRALS]


def add_pending_referral(referral: Referral) -> None:
    _set_pending_referrals([*pending_referrals(), referral])


def _set_pending_referrals(referrals: list[Referral]) -> None:
    """Referrals typed before the interview is saved, kept so a restart does not lose them."""
    st.session_state[Keys.PENDING_REFERRALS] = referrals
    rows = [asdict(r) for r in referrals]
    _with_workspace(lambda w: w.save_document(PENDING_REFERRALS_DOCUMENT, rows), None)


def record_interview(interview: Interview) -> list[Hypothesis]:
    """Store the interview (raises WorkspaceError when it cannot); the hypotheses its new
    findings became, with names and contacts removed."""
    kept = workspace()
    known = secrets_of([*kept.interviews(), interview], [p.profile for p in kept.profiles()])
    new = finding_hypotheses(interview, known.scrub)
    kept.record_interview(interview, new)
    st.session_state[Keys.HYPOTHESES] = kept.hypotheses()
    _set_pending_referrals([])
    return new


def set_follow_ups_done(changes: dict[int, bool]) -> None:
    """Store the follow-ups the seeker ticked done, or unticked."""

    def tick(workspace: Workspace) -> None:
        for follow_up_id, done in changes.items():
            workspace.set_follow_up_done(follow_up_id, done)

    _with_workspace(tick, None)


def seeker() -> Seeker:
    return st.session_state[Keys.SEEKER]


def set_seeker(value: Seeker) -> None:
    st.session_state[Keys.SEEKER] = value
    _with_workspace(lambda w: w.save_document(SEEKER_DOCUMENT, asdict(value)), None)


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
    _with_workspace(lambda w: w.save_document(TRACKED_DOCUMENT, tracker_rows(values)), None)


def tracker_editor_key() -> str:
    return f"{Keys.TRACKER_EDITOR}-{st.session_state[Keys.TRACKER_VERSION]}"
