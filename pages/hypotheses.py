"""Hypotheses: flag the findings to test, set priority, edit wording, add your own."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from infoview.coverage import flagged_by_topic_figure
from infoview.findings import TOPICS
from infoview.hypotheses import (
    EDITOR_COLUMNS,
    PRIORITIES,
    custom_hypothesis,
    flag,
    from_rows,
    occupation_groups,
    set_one,
    shown_hypotheses,
    shown_statement,
    to_rows,
)
from infoview.log import UNTESTED, standing_rows, statuses
from infoview.markup import markdown_text
from infoview.questions import find_job_request
from infoview.questions.guard import refuse_job_requests
from infoview.ranking import for_seeker, order_of, suggested
from infoview.ui import cache, drafts, keys, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_flash, show_guard_warning
from infoview.ui.progress import require_research

run_through_app()  # a fresh server may open this page before app.py

ROW_HEIGHT, PAGE_SIZE = 35, 25


def save_outside_editor(values) -> bool:
    """Save hypotheses changed by a control other than the table: the table starts afresh, so
    its pending edits (kept by row position) never land on another row."""
    if not state.set_hypotheses(values):
        return False
    st.session_state[Keys.HYPOTHESES_EDITOR_VERSION] = (
        st.session_state.get(Keys.HYPOTHESES_EDITOR_VERSION, 0) + 1
    )
    return True


def show_detail(shown, current) -> None:
    """One finding in full, wrapped on any screen, with its flag, priority and topic."""
    by_id = {h.id: h for h in current}
    ids = [h.id for h in shown]
    if st.session_state.get(Keys.HYPOTHESIS_DETAIL) not in ids:
        st.session_state.pop(Keys.HYPOTHESIS_DETAIL, None)  # filtered out: show the first row
    picked = st.selectbox(
        "Read or change one finding",
        ids,
        format_func=lambda i: clipped(shown_statement(by_id[i], english)),
        key=Keys.HYPOTHESIS_DETAIL,
        help="Type to search the rows shown; the last one is at the bottom of the list",
    )
    if picked not in by_id:
        return
    hypothesis = by_id[picked]
    with st.container(border=True, key="hypothesis-detail"):
        st.markdown(markdown_text(shown_statement(hypothesis, english)))
        st.caption(f"From {markdown_text(hypothesis.source)}")
        flag_column, priority_column, topic_column = st.columns([1, 2, 2])
        flagged = flag_column.checkbox(
            "Flag",
            value=hypothesis.flagged,
            key=keys.detail_key("flag", hypothesis.id, hypothesis.flagged),
        )
        priority = priority_column.radio(
            "Priority",
            PRIORITIES,
            index=PRIORITIES.index(hypothesis.priority),
            horizontal=True,
            key=keys.detail_key("priority", hypothesis.id, hypothesis.priority),
        )
        topic = topic_column.selectbox(
            "Topic",
            TOPICS,
            index=TOPICS.index(hypothesis.topic) if hypothesis.topic in TOPICS else 0,
            key=keys.detail_key("topic", hypothesis.id, hypothesis.topic),
        )
    changed = replace(hypothesis, flagged=flagged, priority=priority, topic=topic)
    if changed != hypothesis and save_outside_editor(set_one(current, changed)):
        st.rerun()


def clipped(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


st.title("Hypotheses")
st.write(
    "Each finding from your research can become a hypothesis to test with the person you "
    "meet. Tick **Flag** for the ones worth their time, set a priority, and reword them as "
    "you would say them."
)


def add_own() -> None:
    """Add the typed hypothesis (a button's callback, so the inputs empty once it is saved)."""
    text = st.session_state.get(Keys.NEW_HYPOTHESIS, "")
    if not text.strip():
        return
    warning = find_job_request(text)
    if warning:
        st.session_state[Keys.OWN_REFUSED] = warning
        return
    topic = st.session_state.get(Keys.NEW_HYPOTHESIS_TOPIC) or None
    own = custom_hypothesis(text, topic)
    if save_outside_editor([*state.hypotheses(), own]):
        drafts.clear_prefix(Keys.NEW_HYPOTHESIS)  # the text and its topic
        st.session_state[Keys.HYPOTHESIS_DETAIL] = own.id  # shown in full below the table
        flash(
            f"Added “{' '.join(text.split())}” at the top of the list, flagged, with high "
            "priority: it goes on your next sheet. Untick Flag to leave it out."
        )


with st.container(border=True):
    text_column, topic_column = st.columns([4, 1])
    text_column.text_input(
        "Add your own hypothesis",
        placeholder="e.g. Finance teams here are moving to rolling forecasts",
        **drafts.bind(Keys.NEW_HYPOTHESIS, ""),
    )
    topic_column.selectbox("Topic", TOPICS, **drafts.bind(Keys.NEW_HYPOTHESIS_TOPIC, "general"))
    st.button("Add hypothesis", icon=":material/add:", on_click=add_own)
    refusal = st.session_state.pop(Keys.OWN_REFUSED, None)
    if refusal:
        show_guard_warning(refusal)
show_flash()

require_research()

hypotheses = state.hypotheses()
english = state.seeker().english  # About me's Spelling: findings read as the sheet spells them
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
if person:
    picks = [h for h in suggested(hypotheses, person) if not h.flagged]
    if picks:
        with st.container(border=True):
            st.markdown(f"**Worth flagging for {markdown_text(label)}**")
            st.markdown("\n".join(f"- {markdown_text(shown_statement(h, english))}" for h in picks))
            if st.button(f"Flag these {len(picks)}", icon=":material/flag:"):
                wanted = {h.id for h in picks} | {h.id for h in hypotheses if h.flagged}
                if save_outside_editor(flag(hypotheses, wanted)):
                    st.rerun()

for key, default in (
    (Keys.SEARCH, ""),
    (Keys.TOPIC_FILTER, []),
    (Keys.SOURCE_FILTER, []),
    (Keys.GROUP_FILTER, []),
    (Keys.FLAGGED_ONLY, False),
):
    state.keep_choice(key, default)
search = st.text_input(
    "Search findings",
    placeholder="a word, e.g. nurse or remote",
    icon=":material/search:",
    key=Keys.SEARCH,
)
topic_filter, source_filter, group_filter = st.columns([2, 2, 3], vertical_alignment="bottom")
topics = topic_filter.multiselect(
    "Topic", sorted({h.topic for h in hypotheses}), placeholder="All topics", key=Keys.TOPIC_FILTER
)
sources = source_filter.multiselect(
    "Source",
    sorted({h.source for h in hypotheses}),
    placeholder="All sources",
    key=Keys.SOURCE_FILTER,
)
in_words = {g.code: g.label for g in occupation_groups(hypotheses)}
st.session_state[Keys.GROUP_FILTER] = [
    code for code in st.session_state[Keys.GROUP_FILTER] if code in in_words
]  # a group whose findings left the research is no longer offered
groups = group_filter.multiselect(
    "Occupation group",
    list(in_words),
    format_func=in_words.get,
    placeholder="All kinds of work",
    help="The work each finding is about, as placed in the occupation map (SOC major groups, "
    "with their minor groups under them)",
    key=Keys.GROUP_FILTER,
)
flagged_only = st.toggle("Flagged only", key=Keys.FLAGGED_ONLY)
matching = shown_hypotheses(hypotheses, order, search, topics, sources, flagged_only, groups)
if person:
    st.caption(
        f"Your own first, then most relevant to {markdown_text(label)}: how close the work is "
        "to theirs, their level and organization, and the strength of the evidence."
    )
else:
    st.caption(
        "Your own first, then the strongest evidence. Describe the interviewee, or say what "
        "work you are exploring in About me, to rank them for that person."
    )
start = 0
if len(matching) > PAGE_SIZE:
    starts = range(0, len(matching), PAGE_SIZE)
    start = st.selectbox(
        f"Rows shown (of {len(matching):,})",
        starts,
        format_func=lambda at: f"{at + 1}-{min(at + PAGE_SIZE, len(matching))}",
        key=keys.hypotheses_page_key(search, topics, sources, groups, flagged_only),
    )
shown = matching[start : start + PAGE_SIZE]
known = statuses(state.interviews())
editor_key = keys.hypotheses_editor_key([h.id for h in shown])
st.session_state[Keys.HYPOTHESES_EDITOR_NOW] = editor_key
edited = st.data_editor(
    pd.DataFrame(to_rows(shown, english), columns=list(EDITOR_COLUMNS)).assign(
        status=[known.get(h.id, UNTESTED).label for h in shown]
    ),
    key=editor_key,
    hide_index=True,
    width="stretch",
    height=ROW_HEIGHT * (max(len(shown), 1) + 1) + 3,
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
            "Finding", width="large", help="Read it in full, or change it, under the table"
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
updated, refused = refuse_job_requests(
    hypotheses, from_rows(hypotheses, edited.to_dict("records"), english)
)
for warning in refused:
    show_guard_warning(warning)
if updated != hypotheses:
    state.set_hypotheses(updated)

st.caption(
    state.tally().flagged_said
    + (f"; {len(matching):,} match." if len(matching) != len(updated) else ".")
)
if shown:
    show_detail(shown, updated)
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
