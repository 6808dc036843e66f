"""Interview log: what each interview said about each hypothesis, referrals, follow-ups."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from infoview.errors import InfoViewError
from infoview.log import (
    CHECK_BACK_DAYS,
    OUTCOMES,
    Interview,
    Referral,
    build_interview,
    done_changes,
    follow_up_rows,
    interview_rows,
    log_targets,
    planned_follow_ups,
    tally,
)
from infoview.markup import markdown_text
from infoview.ui import clock, forms, keys, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_error, show_flash
from infoview.ui.progress import INTERVIEWEE_PAGE

run_through_app()  # a fresh server may open this page before app.py

st.title("Interview log")
show_flash()
st.write(
    "After each interview, record what it said about each hypothesis, whom they suggested you "
    "contact next, and whether your thank-you went out. Later sheets build on it."
)


def logged_message(interview: Interview, earlier: Interview | None) -> str:
    """What saving `interview` did; `earlier` is the one already kept for that meeting."""
    who, day = interview.profile.display_name, interview.held_on.isoformat()
    if earlier is None or replace(earlier, id=None, follow_ups=(), referrals=()) == replace(
        interview, referrals=()
    ):
        saved = ", ".join(r.name for r in interview.referrals)
        return (
            f"Logged the interview with {who}: {tally(interview.outcomes).label}; "
            f"{len(interview.new_findings)} new hypotheses; "
            f"{len(planned_follow_ups(interview))} follow-ups"
            + (f"; referrals saved: {saved}." if saved else ".")
        )
    return f"Your interview with {who} on {day} is logged already (below), kept as first saved."


targets = log_targets(state.kept_sheets(), list(state.profiles().values()), state.flagged())
if not targets:
    st.info("Save the profile of the person you met first; then log the interview here.")
    st.page_link(INTERVIEWEE_PAGE, label="Go to Interviewee", icon=":material/person:")
    st.stop()

labels = [t.label for t in targets]
target = targets[labels.index(st.selectbox("Interview with", labels, key=Keys.LOG_TARGET))]

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
with st.form(f"{Keys.LOG_FORM}-{log_showing}"):
    left, right = st.columns(2)
    day = clock.today()
    held_on = left.date_input("Held on", value=day, max_value=day)
    org_type = right.text_input(
        "Their organization in general terms",
        placeholder="e.g. a large automaker",
        help="Later sheets quote what you learned with this, never with names",
    )
    confidential = left.checkbox("They asked me to keep their organization confidential")
    thank_you = right.checkbox("Thank-you note sent")
    results = []
    for hypothesis_id, statement in target.hypotheses:
        result_column, note_column = st.columns([2, 3])
        result = result_column.selectbox(
            markdown_text(statement),
            OUTCOMES,
            index=OUTCOMES.index("not discussed"),
            key=keys.outcome_key(hypothesis_id, log_showing),
        )
        note = note_column.text_input(
            "Note",
            placeholder="What they said",
            key=keys.note_key(hypothesis_id, log_showing),
        )
        results.append((result, note))
    if not target.hypotheses:
        st.caption("No hypotheses to record for this choice; add new findings below.")
    findings = st.text_area(
        "New findings, one per line",
        help="Each becomes a hypothesis to test in your next interviews",
    )
    submitted = forms.submit_once(Keys.LOG_FORM, "Save interview", type="primary")

if submitted:
    try:
        interview = build_interview(
            target,
            held_on,
            results,
            findings,
            state.pending_referrals(),
            org_type,
            confidential,
            thank_you,
            today=clock.today(),
        )
        with submitted.saving():
            earlier = state.record_interview(interview)
            flash(logged_message(interview, earlier))
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
    st.subheader("Logged interviews")
    st.dataframe(interview_rows(logged), hide_index=True)
