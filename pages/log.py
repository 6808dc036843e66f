"""Interview log: what each interview said about each hypothesis, referrals, follow-ups."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from infoview.errors import InfoViewError, WorkspaceConflict, WorkspaceError
from infoview.log import (
    CHECK_BACK_DAYS,
    OUTCOMES,
    Interview,
    Referral,
    build_interview,
    correction_target,
    done_changes,
    follow_up_rows,
    interview_rows,
    log_targets,
    planned_follow_ups,
    tally,
)
from infoview.markup import markdown_text
from infoview.ui import clock, drafts, forms, keys, persistence, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_error, show_flash
from infoview.ui.progress import INTERVIEWEE_PAGE

run_through_app()  # a fresh server may open this page before app.py

LOG_DRAFT = "log-draft-"

st.title("Interview log")
show_flash()
st.write(
    "After each interview, record what it said about each hypothesis, whom they suggested you "
    "contact next, and whether your thank-you went out. Later sheets build on it."
)


def logged_message(interview: Interview, earlier: Interview | None) -> str:
    """What saving `interview` did; `earlier` is the one already kept for that meeting."""
    who, day = interview.profile.display_name, interview.held_on.isoformat()
    if earlier is None or same_meeting_record(earlier, interview):
        saved = ", ".join(r.name for r in interview.referrals)
        return (
            f"Logged the interview with {who}: {tally(interview.outcomes).label}; "
            f"{len(interview.new_findings)} new hypotheses; "
            f"{len(planned_follow_ups(interview))} follow-ups"
            + (f"; referrals saved: {saved}." if saved else ".")
        )
    return (
        f"Your interview with {who} on {day} was logged already: it is open below with what "
        "you just typed. Save the correction to replace what was logged, or cancel to keep it "
        "as first saved."
    )


def same_meeting_record(earlier: Interview, interview: Interview) -> bool:
    """Whether `interview` says what `earlier` (as stored) does: a repeat save, not a change."""
    return replace(earlier, id=None, follow_ups=(), referrals=()) == replace(
        interview, referrals=()
    )


def start_correcting(interview_id: int, typed: Interview | None = None) -> None:
    """Open a logged interview in the form, with what was `typed` when there is some."""
    found = state.logged_interview(interview_id)
    if found is not None:
        stored, version = found
        st.session_state[Keys.LOG_EDITING] = (interview_id, version, typed or stored)


def stop_correcting() -> None:
    st.session_state.pop(Keys.LOG_EDITING, None)


targets = log_targets(state.kept_sheets(), list(state.profiles().values()), state.flagged())
if not targets:
    st.info("Save the profile of the person you met first; then log the interview here.")
    st.page_link(INTERVIEWEE_PAGE, label="Go to Interviewee", icon=":material/person:")
    st.stop()

editing = st.session_state.get(Keys.LOG_EDITING)
if editing is None:
    labels = [t.label for t in targets]
    target = targets[labels.index(st.selectbox("Interview with", labels, key=Keys.LOG_TARGET))]
    shown = None
else:
    editing_id, editing_version, shown = editing
    target = correction_target(shown)
    with st.container(border=True):
        st.markdown(
            f"**Correcting your interview with {markdown_text(shown.profile.display_name)} "
            f"on {shown.held_on.isoformat()}.** Saving replaces what was logged."
        )
        st.button("Cancel the correction", icon=":material/close:", on_click=stop_correcting)

st.subheader("Step 1 · Whom they suggested you contact")
with st.form(keys.form_key(Keys.REFERRAL_FORM)):
    left, middle, right = st.columns(3)
    name = left.text_input("Referral name")
    organization = middle.text_input("Referral organization")
    contact = right.text_input("Contact (e-mail or phone)")
    may_use = left.checkbox("May use my interviewee's name")
    will_introduce = middle.checkbox("They will introduce me first")
    days = right.number_input(
        "Check back after (days)",
        min_value=CHECK_BACK_DAYS[0],
        max_value=CHECK_BACK_DAYS[1],
        value=CHECK_BACK_DAYS[0],
        help="When they introduce you, agree on a day 7 to 10 days out to check back",
    )
    if st.form_submit_button("Add referral"):
        try:
            added = state.add_pending_referral(
                Referral(
                    name.strip(),
                    organization.strip(),
                    contact.strip(),
                    may_use,
                    will_introduce,
                    int(days),
                )
            )
        except InfoViewError as exc:
            show_error(str(exc))
        else:
            if added:
                keys.clear_form(Keys.REFERRAL_FORM)
                st.rerun()
pending = state.pending_referrals()
if pending:
    st.caption("Not saved yet: these are saved with the interview in the next step.")
for referral in pending:
    details = f": {markdown_text(referral.details)}" if referral.details else ""
    st.markdown(f"- **{markdown_text(referral.name)}**{details}")

st.subheader("Step 2 · What they said, then save")
log_showing = forms.showing(Keys.LOG_FORM)
# A fresh set of widgets per save and per interview opened, so each shows its own values.
token = f"{log_showing}-{editing[0]}-{editing[1]}" if editing else str(log_showing)
# What is typed is kept (drafts) per interview being written, across pages and restarts.
draft = f"{LOG_DRAFT}{editing[0]}-{editing[1]}-" if editing else f"{LOG_DRAFT}{target.label}-"


def kept(widget_key: str, what: str, default):
    return drafts.bind(widget_key, default, name=f"{draft}{what}")


with st.container(border=True):
    left, right = st.columns(2)
    day = clock.today()
    held_on = left.date_input(
        "Held on", max_value=day, **kept(f"{token}-day", "day", shown.held_on if shown else day)
    )
    org_type = right.text_input(
        "Their organization in general terms",
        placeholder="e.g. a large automaker",
        help="Later sheets quote what you learned with this, never with names",
        **kept(f"{token}-org", "org", shown.org_type if shown else ""),
    )
    confidential = left.checkbox(
        "They asked me to keep their organization confidential",
        **kept(f"{token}-confidential", "confidential", shown.confidential if shown else False),
    )
    thank_you = right.checkbox(
        "Thank-you note sent",
        **kept(f"{token}-thanks", "thanks", shown.thank_you_sent if shown else False),
    )
    said = {o.hypothesis_id: o for o in shown.outcomes} if shown else {}
    results = []
    for hypothesis_id, statement in target.hypotheses:
        before = said.get(hypothesis_id)
        result_column, note_column = st.columns([2, 3])
        result = result_column.selectbox(
            markdown_text(statement),
            OUTCOMES,
            **kept(
                keys.outcome_key(hypothesis_id, token),
                f"outcome-{hypothesis_id}",
                before.result if before else "not discussed",
            ),
        )
        note = note_column.text_input(
            "Note",
            placeholder="What they said",
            **kept(
                keys.note_key(hypothesis_id, token),
                f"note-{hypothesis_id}",
                before.note if before else "",
            ),
        )
        results.append((result, note))
    if not target.hypotheses:
        st.caption("No hypotheses to record for this choice; add new findings below.")
    findings = st.text_area(
        "New findings, one per line",
        help="Each becomes a hypothesis to test in your next interviews",
        **kept(f"{token}-findings", "findings", "\n".join(shown.new_findings) if shown else ""),
    )
    submitted = forms.submit_once(
        Keys.LOG_FORM,
        "Save the correction" if shown else "Save interview",
        button=st.button,
        type="primary",
    )

if submitted:
    try:
        interview = build_interview(
            target,
            held_on,
            results,
            findings,
            [*(shown.referrals if shown else ()), *state.pending_referrals()],
            org_type,
            confidential,
            thank_you,
            today=clock.today(),
        )
        with submitted.saving():
            if editing:
                state.correct_interview(editing_id, interview, editing_version)
                drafts.clear_prefix(draft)  # saved: the form shows what was kept
                stop_correcting()
                flash(
                    f"Saved your correction to the interview with "
                    f"{interview.profile.display_name} on {interview.held_on.isoformat()}."
                )
            else:
                earlier = state.record_interview(interview)
                drafts.clear_prefix(draft)  # saved, or opened for correction with what was typed
                flash(logged_message(interview, earlier))
                if earlier is not None and not same_meeting_record(earlier, interview):
                    start_correcting(earlier.id, replace(interview, referrals=earlier.referrals))
    except WorkspaceConflict as exc:
        show_error(f"{exc} Cancel the correction and open the interview again.")
    except WorkspaceError as exc:
        persistence.not_saved(exc)  # the form keeps what was typed; the banner says why
    except InfoViewError as exc:
        show_error(str(exc))
    else:
        st.rerun()

logged = state.interviews()
if logged:
    st.subheader("Follow-ups")
    rows = follow_up_rows(logged)
    edited = st.data_editor(
        pd.DataFrame(rows),
        key=Keys.FOLLOW_UPS_EDITOR,
        hide_index=True,
        disabled=["due", "action"],
        column_config={"done": st.column_config.CheckboxColumn("Done"), "id": None},
    )
    changes = done_changes(rows, edited.to_dict("records"))
    if changes:
        state.set_follow_ups_done(changes)
        logged = state.interviews()
    st.subheader(f"Logged interviews ({state.tally().interviews:,})")
    st.dataframe(interview_rows(logged), hide_index=True)
    by_id = {i.id: i for i in logged}
    pick, open_button = st.columns([3, 1], vertical_alignment="bottom")
    chosen = pick.selectbox(
        "Open a logged interview to correct it",
        list(reversed(by_id)),
        format_func=lambda i: (
            f"{by_id[i].held_on.isoformat()} · {by_id[i].profile.display_name} · "
            f"{tally(by_id[i].outcomes).label}"
        ),
        key=Keys.LOG_OPEN,
    )
    open_button.button(
        "Open to correct",
        icon=":material/edit:",
        on_click=start_correcting,
        args=(chosen,),
        width="stretch",
    )
