"""The session's research, hypotheses, profiles, log and outreach: typed accessors that keep
session state and the workspace in step (keys in `keys`, storage in `persistence`)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from infoview.anonymize import Secrets, secrets_of
from infoview.contacts import Contact, Interest, ResearchList, research_list
from infoview.contacts.fit import occupation_fit
from infoview.counts import Tally
from infoview.counts import tally as count
from infoview.findings import propose_findings
from infoview.hypotheses import Hypothesis, left_behind, merge_findings
from infoview.log import Interview, KeptSheet, Referral, finding_hypotheses, people_met
from infoview.outreach import Seeker, Tracked
from infoview.profile import Profile
from infoview.questions import Sheet
from infoview.questions.edits import SheetEdits
from infoview.questions.targets import Targets
from infoview.research import ResearchFile, ResearchTable, file_assuming_currency
from infoview.store import StoredProfile
from infoview.ui import cache, persistence
from infoview.ui.keys import Keys
from infoview.ui.labels import labelled_profiles, profile_label


def init() -> None:
    """Defaults for a new session, then what the workspace kept from earlier sessions."""
    loaded_for = st.session_state.get(Keys.WORKSPACE_LOADED)
    if loaded_for is not None and loaded_for != persistence.owner():
        st.session_state.clear()  # never carry one person's state into another's session
    st.session_state.setdefault(Keys.RESEARCH, {})
    st.session_state.setdefault(Keys.HYPOTHESES, [])
    st.session_state.setdefault(Keys.VANISHED, [])
    st.session_state.setdefault(Keys.PROFILES, {})
    st.session_state.setdefault(Keys.ACTIVE_PROFILE, None)
    st.session_state.setdefault(Keys.SEEN_UPLOADS, set())
    st.session_state.setdefault(Keys.DERIVED, {})
    st.session_state.setdefault(Keys.SHEET_EDITS, {})
    st.session_state.setdefault(Keys.PENDING_REFERRALS, [])
    st.session_state.setdefault(Keys.KEPT_SHEETS, set())
    st.session_state.setdefault(Keys.SEEKER, Seeker())
    st.session_state.setdefault(Keys.TRACKED, [])
    st.session_state.setdefault(Keys.HOLIDAYS, "")
    st.session_state.setdefault(Keys.TRACKER_VERSION, 0)
    st.session_state.setdefault(Keys.CONTACTS, [])
    st.session_state.setdefault(Keys.CONTACTS_CHANGES, 0)
    st.session_state.setdefault(Keys.INTERESTS, [])
    if Keys.WORKSPACE_LOADED not in st.session_state:
        st.session_state[Keys.WORKSPACE_LOADED] = persistence.owner()
        _restore(persistence.load())
        contacts, interests = persistence.load_research_list()
        st.session_state[Keys.CONTACTS] = contacts
        st.session_state[Keys.CONTACTS_CHANGES] += 1
        st.session_state[Keys.INTERESTS] = interests


def reload() -> None:
    """Read the workspace again on the next run, as another tab left it; what is typed in
    forms stays."""
    st.session_state.pop(Keys.WORKSPACE_LOADED, None)
    st.session_state.pop(Keys.CONFLICT, None)
    st.session_state[Keys.DERIVED] = {}


def start_over() -> None:
    """Forget this session's state and read the workspace afresh (after a load or a delete)."""
    st.session_state.clear()
    init()


def _restore(kept: persistence.Kept | None) -> None:
    if kept is None:
        return
    labelled = labelled_profiles(kept.profiles)
    st.session_state[Keys.RESEARCH] = kept.research
    st.session_state[Keys.HYPOTHESES] = kept.hypotheses
    st.session_state[Keys.VANISHED] = kept.vanished
    st.session_state[Keys.PROFILES] = labelled
    st.session_state[Keys.SHEET_EDITS] = kept.sheet_edits
    st.session_state[Keys.PENDING_REFERRALS] = kept.pending_referrals
    if kept.seeker is not None:
        st.session_state[Keys.SEEKER] = kept.seeker
    st.session_state[Keys.TRACKED] = kept.tracked
    st.session_state[Keys.HOLIDAYS] = kept.holidays
    st.session_state[Keys.ACTIVE_PROFILE] = next(
        (label for label, p in labelled.items() if p == kept.current_profile), None
    )
    st.session_state[Keys.VERSIONS] = kept.versions


def research_files() -> dict[str, ResearchFile]:
    return st.session_state[Keys.RESEARCH]


def tables() -> list[ResearchTable]:
    return [t for f in research_files().values() for t in f.tables]


def add_research(files: list[ResearchFile]) -> bool:
    """Keep these files (replacing any with the same name) and refresh the hypotheses; False
    when another tab changed one of them first."""
    files = [file_assuming_currency(research, seeker().currency) for research in files]
    if not persistence.save_research(files):
        return False
    current = dict(research_files())
    for research in files:
        current[research.file] = research
    st.session_state[Keys.RESEARCH] = current
    return refresh_hypotheses()


def replace_table(table: ResearchTable) -> bool:
    """Put a corrected table in place of the one from the same file and sheet."""
    research = research_files()[table.file]
    tables = tuple(table if t.sheet == table.sheet else t for t in research.tables)
    corrected = replace(research, tables=tables)
    if not persistence.save_research([corrected]):
        return False
    st.session_state[Keys.RESEARCH] = {**research_files(), table.file: corrected}
    return refresh_hypotheses()


def remove_research(name: str) -> bool:
    if not persistence.remove_research(name):
        return False
    st.session_state[Keys.RESEARCH] = {k: v for k, v in research_files().items() if k != name}
    return refresh_hypotheses()


def refresh_hypotheses() -> bool:
    """Hypotheses for the findings of the research now; those of findings that left it, with
    the seeker's work on them, are kept aside (`vanished`) and come back with the finding."""
    cache.forget_derived()
    before = [*hypotheses(), *vanished()]
    merged = merge_findings(before, propose_findings(tables()))
    logged = {o.hypothesis_id for interview in interviews() for o in interview.outcomes}
    if not set_hypotheses(merged):
        return False
    gone = left_behind(before, merged, logged)
    if gone != vanished() and persistence.save_vanished(gone):
        st.session_state[Keys.VANISHED] = gone
    return True


def vanished() -> list[Hypothesis]:
    """Hypotheses whose findings are no longer in the research, kept for their flag and log."""
    return st.session_state[Keys.VANISHED]


def hypotheses() -> list[Hypothesis]:
    return st.session_state[Keys.HYPOTHESES]


def set_hypotheses(values: list[Hypothesis]) -> bool:
    """Save these hypotheses and show them with any another tab added; False when another tab
    changed one of them first."""
    stored = persistence.save_hypotheses(list(values))
    if stored is None:
        return False
    st.session_state[Keys.HYPOTHESES] = stored
    return True


def flagged() -> list[Hypothesis]:
    return [h for h in hypotheses() if h.flagged]


def tally() -> Tally:
    """The workspace's counts as every page and the sidebar show them."""
    return count(research_files().values(), hypotheses(), len(interviews()), len(contacts()))


def profiles() -> dict[str, Profile]:
    """Saved profiles by label, in the order they were added."""
    return st.session_state[Keys.PROFILES]


def profile() -> Profile | None:
    """The profile the sheet is planned for."""
    return profiles().get(st.session_state[Keys.ACTIVE_PROFILE])


def set_profile(value: Profile, replacing: str | None = None) -> str | None:
    """Save `value` (in place of the profile labelled `replacing`) and plan for it; its label,
    or None when another tab changed the profile list first. Saving a profile already kept,
    as a double-click does, keeps its label."""
    saved = {k: v for k, v in profiles().items() if k != replacing}
    same = next((label for label, p in saved.items() if p == value), None)
    label = same or profile_label(value, saved)
    saved[label] = value
    if not persistence.save_profiles(saved.values(), value):
        return None
    st.session_state[Keys.PROFILES] = saved
    st.session_state[Keys.ACTIVE_PROFILE] = label
    return label


def select_profile(label: str | None) -> None:
    st.session_state[Keys.ACTIVE_PROFILE] = label
    persistence.save_profiles(profiles().values(), profile())


def delete_profile(label: str) -> bool:
    kept = {k: v for k, v in profiles().items() if k != label}
    active = st.session_state[Keys.ACTIVE_PROFILE]
    active = next(iter(kept), None) if active == label else active
    if not persistence.save_profiles(kept.values(), kept.get(active)):
        return False
    st.session_state[Keys.PROFILES] = kept
    st.session_state[Keys.ACTIVE_PROFILE] = active
    return True


def sheet_edits() -> SheetEdits:
    """The seeker's changes to the sheet of the chosen profile."""
    return st.session_state[Keys.SHEET_EDITS].get(
        st.session_state[Keys.ACTIVE_PROFILE], SheetEdits()
    )


def set_sheet_edits(edits: SheetEdits) -> bool:
    everyone = {**st.session_state[Keys.SHEET_EDITS], st.session_state[Keys.ACTIVE_PROFILE]: edits}
    if not persistence.save_sheet_edits(everyone):
        return False
    st.session_state[Keys.SHEET_EDITS] = everyone
    return True


def targets() -> Targets:
    """People, then organizations, to name in the referral close: never the interviewee, the
    referrer, their organization or anyone met already."""
    chosen = profile() or Profile()
    return listed().close(chosen.name, chosen.organization, chosen.referred_by)


def contacts() -> list[Contact]:
    return st.session_state[Keys.CONTACTS]


def interests() -> list[Interest]:
    return st.session_state[Keys.INTERESTS]


def listed() -> ResearchList:
    """The research list now: target organizations and people to contact, ranked."""
    met = people_met(interviews())
    aims = seeker().targets
    key = ("research list", st.session_state[Keys.CONTACTS_CHANGES], tuple(interests()), met, aims)
    return cache.derived(
        key,
        lambda: research_list(tables(), contacts(), interests(), occupation_fit(aims), met),
    )


def add_contacts(found: list[Contact]) -> bool:
    return _set_contacts(persistence.add_contacts(found))


def replace_contact(contact_id: str, contact: Contact) -> bool:
    return _set_contacts(persistence.replace_contact(contact_id, contact))


def delete_contacts(contact_ids: list[str] | None) -> bool:
    """Delete these contacts, or every one (None), for good."""
    return _set_contacts(persistence.delete_contacts(contact_ids))


def _set_contacts(kept: list[Contact] | None) -> bool:
    if kept is None:
        return False
    st.session_state[Keys.CONTACTS] = kept
    st.session_state[Keys.CONTACTS_CHANGES] += 1
    return True


def set_interests(values: list[Interest]) -> bool:
    if not persistence.save_interests(values):
        return False
    st.session_state[Keys.INTERESTS] = values
    return True


def stored_profiles() -> list[StoredProfile]:
    return persistence.with_workspace(lambda w: w.profiles(), [])


def kept_sheets() -> list[KeptSheet]:
    return persistence.with_workspace(lambda w: w.sheets(), [])


def keep_sheet(sheet: Sheet) -> None:
    """Keep the sheet the seeker was shown, so the interview can be logged against it."""
    kept = st.session_state[Keys.KEPT_SHEETS]
    if sheet not in kept:  # a rerun showing the same sheet writes nothing
        persistence.with_workspace(lambda w: w.save_sheet(sheet), None)
        kept.add(sheet)


def new_run() -> None:
    """A run starts: what it reads from the workspace is read afresh (another tab may have
    written since the last run)."""
    st.session_state.pop(Keys.RUN_INTERVIEWS, None)


def interviews() -> list[Interview]:
    """The logged interviews, read once per run: a page, the sidebar's counts and the sheet's
    planning each ask, and each read is a database round trip."""
    if Keys.RUN_INTERVIEWS not in st.session_state:
        st.session_state[Keys.RUN_INTERVIEWS] = persistence.with_workspace(
            lambda w: w.interviews(), []
        )
    return st.session_state[Keys.RUN_INTERVIEWS]


def secrets() -> Secrets:
    """Every name and contact the workspace holds, which later sheets must not reveal."""
    return secrets_of(interviews(), [p.profile for p in stored_profiles()], contacts())


def pending_referrals() -> list[Referral]:
    return st.session_state[Keys.PENDING_REFERRALS]


def add_pending_referral(referral: Referral) -> bool:
    return _set_pending_referrals([*pending_referrals(), referral])


def _set_pending_referrals(referrals: list[Referral]) -> bool:
    """Referrals typed before the interview is saved, kept so a restart does not lose them."""
    if not persistence.save_pending_referrals(referrals):
        return False
    st.session_state[Keys.PENDING_REFERRALS] = referrals
    return True


def record_interview(interview: Interview) -> Interview | None:
    """Store the interview (raises WorkspaceError when it cannot), its new findings becoming
    hypotheses with names and contacts removed; the one already logged with the same person on
    the same day instead, when there is one (one entry per meeting, whatever the clicks)."""
    kept = persistence.workspace()
    known = secrets_of(
        [*kept.interviews(), interview], [p.profile for p in kept.profiles()], kept.contacts()
    )
    new_run()  # whether it is stored or not, the next read asks the workspace
    logged = kept.record_interview(interview, finding_hypotheses(interview, known.scrub))
    _take_stored_hypotheses(kept)
    if not logged.new:  # its referrals were not saved with it, and stay pending
        return next(i for i in kept.interviews() if i.id == logged.id)
    _set_pending_referrals([])
    return None


def logged_interview(interview_id: int) -> tuple[Interview, int] | None:
    """A logged interview and its version, read now to be corrected; None when it is gone."""
    read = persistence.with_workspace(lambda w: w.read_interviews(), None)
    if read is None:
        return None
    found = next((i for i in read.value if i.id == interview_id), None)
    return None if found is None else (found, read.versions[str(interview_id)])


def correct_interview(interview_id: int, corrected: Interview, version: int) -> None:
    """Replace a logged interview with its correction (raises WorkspaceError, or
    WorkspaceConflict when another tab corrected it first); pending referrals go with it."""
    kept = persistence.workspace()
    known = secrets_of(
        [*kept.interviews(), corrected], [p.profile for p in kept.profiles()], kept.contacts()
    )
    new_run()  # whether it is stored or not, the next read asks the workspace
    kept.correct_interview(
        interview_id, corrected, finding_hypotheses(corrected, known.scrub), version
    )
    _take_stored_hypotheses(kept)
    _set_pending_referrals([])


def _take_stored_hypotheses(kept) -> None:
    """Show the hypotheses as stored, with those an interview's new findings added, and the
    research list with the people met and their referrals joined to it."""
    _set_contacts(kept.contacts())
    stored = kept.read_hypotheses()
    st.session_state[Keys.HYPOTHESES] = stored.value
    st.session_state.setdefault(Keys.VERSIONS, {})[persistence.HYPOTHESES] = dict(stored.versions)


def set_follow_ups_done(changes: dict[int, bool]) -> None:
    """Store the follow-ups the seeker ticked done, or unticked."""

    def tick(workspace) -> None:
        for follow_up_id, done in changes.items():
            workspace.set_follow_up_done(follow_up_id, done)

    new_run()  # the follow-ups are read with the interviews
    persistence.with_workspace(tick, None)


def seeker() -> Seeker:
    return st.session_state[Keys.SEEKER]


def set_seeker(value: Seeker) -> bool:
    """Keep About me; research whose amounts state no currency is read again in a newly
    chosen one (its findings with it)."""
    if not persistence.save_seeker(value):
        return False
    st.session_state[Keys.SEEKER] = value
    files = research_files().values()
    changed = [c for f in files if (c := file_assuming_currency(f, value.currency)) is not f]
    return not changed or add_research(changed)


def tracked() -> list[Tracked]:
    return st.session_state[Keys.TRACKED]


def set_tracked(values: list[Tracked]) -> bool:
    """Keep these people and start a fresh editor, so its pending edits are not applied twice;
    False (the editor keeps them) when another tab changed the list first."""
    if not persistence.save_tracked(values):
        return False
    st.session_state[Keys.TRACKED] = list(values)
    st.session_state[Keys.TRACKER_VERSION] += 1
    return True


def holidays_region() -> str:
    """The country, or "US-NY" style region, whose public holidays the reminders skip; "" none."""
    return st.session_state[Keys.HOLIDAYS]


def set_holidays_region(region: str) -> bool:
    if not persistence.save_holidays(region):
        return False
    st.session_state[Keys.HOLIDAYS] = region
    return True


def keep_choice(key: str, default: str) -> None:
    """Put back a widget's last choice before it is drawn: Streamlit drops the state of widgets
    on a page the person left."""
    kept = f"{key}_kept"
    if key in st.session_state:
        st.session_state[kept] = st.session_state[key]
    else:
        st.session_state[key] = st.session_state.get(kept, default)
