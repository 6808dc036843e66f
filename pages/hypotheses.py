"""Hypotheses: flag the findings to test, set priority, edit wording, add your own."""

import pandas as pd
import streamlit as st

from infoview.coverage import flagged_by_topic_figure
from infoview.findings import TOPICS
from infoview.hypotheses import PRIORITIES, custom_hypothesis, flag, from_rows, to_rows
from infoview.log import UNTESTED, standing_rows, statuses
from infoview.markup import markdown_text
from infoview.questions import find_job_request
from infoview.questions.guard import refuse_job_requests
from infoview.ranking import for_seeker, order_of, suggested
from infoview.ui import cache, keys, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_flash, show_guard_warning
from infoview.ui.progress import require_research

run_through_app()  # a fresh server may open this page before app.py

ROW_HEIGHT, MAX_ROWS_SHOWN = 35, 20

st.title("Hypotheses")
st.write(
    "Each finding from your research can become a hypothesis to test with the person you "
    "meet. Tick **Flag** for the ones worth their time, set a priority, and reword them as "
    "you would say them."
)

with st.form(keys.form_key(Keys.HYPOTHESIS_FORM)):
    text_column, topic_column = st.columns([4, 1])
    text = text_column.text_input(
        "Add your own hypothesis",
        placeholder="e.g. Finance teams here are moving to rolling forecasts",
        key=Keys.NEW_HYPOTHESIS,
    )
    topic = topic_column.selectbox("Topic", TOPICS, index=TOPICS.index("general"))
    if st.form_submit_button("Add hypothesis", icon=":material/add:") and text.strip():
        warning = find_job_request(text)
        if warning:
            show_guard_warning(warning)
        elif state.set_hypotheses([*state.hypotheses(), custom_hypothesis(text, topic)]):
            keys.clear_form(Keys.HYPOTHESIS_FORM, Keys.NEW_HYPOTHESIS)
            flash(f"Added “{' '.join(text.split())}”: flag it below to test it.")
            st.rerun()
show_flash()

require_research()

hypotheses = state.hypotheses()
topic_filter, source_filter = st.columns(2)
topics = topic_filter.multiselect(
    "Topic", sorted({h.topic for h in hypotheses}), placeholder="All topics", key=Keys.TOPIC_FILTER
)
sources = source_filter.multiselect(
    "Source",
    sorted({h.source for h in hypotheses}),
    placeholder="All sources",
    key=Keys.SOURCE_FILTER,
)
interviewee = state.profile()
# before an interviewee is chosen, rank for someone in the seeker's target occupation
person = interviewee or for_seeker(state.seeker())
if interviewee:
    label = st.session_state[Keys.ACTIVE_PROFILE]
else:
    label = f"your target work ({person.placement.title})" if person else ""
# Ranked once per profile and set of findings: rewording one does not move rows under the user.
order = cache.derived(
    ("hypothesis-order", label, tuple(h.id for h in hypotheses)),
    lambda: order_of(hypotheses, person),
)
shown = sorted(
    (
        h
        for h in hypotheses
        if (not topics or h.topic in topics) and (not sources or h.source in sources)
    ),
    key=lambda h: order.get(h.id, len(order)),
)
if person:
    st.caption(
        f"Most relevant to {markdown_text(label)} first: how close the work is to theirs, "
        "their level and organization, and the strength of the evidence."
    )
    picks = [h for h in suggested(hypotheses, person) if not h.flagged]
    if picks:
        with st.container(border=True):
            st.markdown(f"**Worth flagging for {markdown_text(label)}**")
            st.markdown("\n".join(f"- {markdown_text(h.statement)}" for h in picks))
            if st.button(f"Flag these {len(picks)}", icon=":material/flag:"):
                wanted = {h.id for h in picks} | {h.id for h in hypotheses if h.flagged}
                if state.set_hypotheses(flag(hypotheses, wanted)):
                    st.rerun()
else:
    st.caption(
        "Strongest evidence first. Describe the interviewee, or say what work you are exploring "
        "in About me, to rank them for that person."
    )
known = statuses(state.interviews())
edited = st.data_editor(
    pd.DataFrame(to_rows(shown)).assign(status=[known.get(h.id, UNTESTED).label for h in shown]),
    key=keys.hypotheses_editor_key(topics, sources, label),
    hide_index=True,
    width="stretch",
    height=ROW_HEIGHT * (min(len(shown), MAX_ROWS_SHOWN) + 1) + 3,
    disabled=["said", "source", "id", "status"],
    column_config={
        "flag": st.column_config.CheckboxColumn(
            "Flag", help="Test this in the interview", width="small"
        ),
        "priority": st.column_config.SelectboxColumn(
            "Priority", options=PRIORITIES, required=True, width="small"
        ),
        "topic": st.column_config.SelectboxColumn(
            "Topic", options=TOPICS, required=True, width="small"
        ),
        "statement": st.column_config.TextColumn(
            "Finding", width="large", help="Double-click a cell to read or reword all of it"
        ),
        "said": st.column_config.TextColumn(
            "Said aloud", width="large", help="How the question sheet says it to the person"
        ),
        "source": st.column_config.TextColumn("Source", width="small"),
        "id": None,
        "status": st.column_config.TextColumn(
            "Interviews", help="What logged interviews said", width="small"
        ),
    },
)
updated, refused = refuse_job_requests(hypotheses, from_rows(hypotheses, edited.to_dict("records")))
for warning in refused:
    show_guard_warning(warning)
if updated != hypotheses:
    state.set_hypotheses(updated)

flagged = sum(h.flagged for h in updated)
st.caption(
    f"{flagged} of {len(updated)} hypotheses flagged"
    + (f"; {len(shown)} shown." if len(shown) != len(updated) else ".")
)
st.caption(
    "Some arrive flagged: the rows your research marked to ask about (a column such as "
    "“Ask about?” or “Flag” saying yes), with a high priority."
)
st.plotly_chart(flagged_by_topic_figure(updated), key="flagged-by-topic")
gone = state.vanished()
if gone:
    with st.expander(f"No longer in your research ({len(gone)})", icon=":material/history:"):
        st.caption(
            "Your research no longer has these findings. They stay off your sheets; what "
            "interviews said about them stays in the log, and they come back, flag and wording "
            "included, if the finding returns."
        )
        st.dataframe(standing_rows(gone, state.interviews()), hide_index=True, width="stretch")
st.page_link(
    "pages/interviewee.py", label="Next: describe the interviewee", icon=":material/person:"
)
