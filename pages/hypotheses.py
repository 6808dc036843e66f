"""Hypotheses: flag the findings to test, set priority, edit wording, add your own."""

import pandas as pd
import streamlit as st

from infoview.findings import TOPICS
from infoview.hypotheses import PRIORITIES, custom_hypothesis, from_rows, to_rows
from infoview.log import UNTESTED, statuses
from infoview.questions import find_job_request
from infoview.ui import state
from infoview.ui.messages import show_guard_warning
from infoview.ui.progress import require_research
from infoview.ui.state import Keys

st.title("Hypotheses")
st.write(
    "Each finding from your research can become a hypothesis to test with the person you "
    "meet. Tick **Flag** for the ones worth their time, and set a priority."
)

with st.form(Keys.HYPOTHESIS_FORM, clear_on_submit=True):
    text = st.text_input(
        "Add your own hypothesis",
        placeholder="e.g. Finance teams here are moving to rolling forecasts",
        key=Keys.NEW_HYPOTHESIS,
    )
    topic = st.selectbox("Topic", TOPICS, index=TOPICS.index("general"))
    if st.form_submit_button("Add hypothesis") and text.strip():
        warning = find_job_request(text)
        if warning:
            show_guard_warning(warning)
        else:
            state.set_hypotheses([*state.hypotheses(), custom_hypothesis(text, topic)])

require_research()

hypotheses = state.hypotheses()
known = statuses(state.interviews())
edited = st.data_editor(
    pd.DataFrame(to_rows(hypotheses)).assign(
        status=[known.get(h.id, UNTESTED).label for h in hypotheses]
    ),
    key=Keys.HYPOTHESES_EDITOR,
    hide_index=True,
    use_container_width=True,
    disabled=["source", "id", "status"],
    column_config={
        "flag": st.column_config.CheckboxColumn("Flag", help="Test this in the interview"),
        "priority": st.column_config.SelectboxColumn("Priority", options=PRIORITIES, required=True),
        "topic": st.column_config.SelectboxColumn("Topic", options=TOPICS, required=True),
        "statement": st.column_config.TextColumn("Finding", width="large"),
        "source": st.column_config.TextColumn("Source"),
        "id": None,
        "status": st.column_config.TextColumn("Interviews", help="What logged interviews said"),
    },
)
updated = from_rows(hypotheses, edited.to_dict("records"))
if updated != hypotheses:
    state.set_hypotheses(updated)

count = len(state.flagged())
st.caption(f"{count} of {len(updated)} hypotheses flagged.")
st.page_link(
    "pages/interviewee.py", label="Next: describe the interviewee", icon=":material/person:"
)
