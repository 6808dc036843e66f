"""Coverage: what the sheet covers of the hypotheses, the minutes, topics and org-chart gaps."""

import streamlit as st

from infoview.coverage import (
    compute_coverage,
    hypothesis_coverage_figure,
    left_out,
    org_gaps_figure,
    section_minutes_figure,
    topics_covered_figure,
)
from infoview.learning import outcome_heatmap, untested_figure
from infoview.markup import markdown_text
from infoview.ui import loaders, state
from infoview.ui.first_page import run_through_app
from infoview.ui.progress import (
    HYPOTHESES_PAGE,
    INTERVIEWEE_PAGE,
    SHEET_PAGE,
    require_profile,
)

run_through_app()  # a fresh server may open this page before app.py

st.title("Coverage")
require_profile()

sheet = loaders.current_sheet()
coverage = compute_coverage(sheet)
hypotheses = state.hypotheses()
flagged = state.tally().flagged
left, middle, right = st.columns(3)
left.metric(
    "Flagged hypotheses on the sheet",
    f"{coverage.hypotheses_covered} of {flagged}",
    help="Of all you flagged; the sheet leaves out any you removed from it and any this person "
    "told you themselves",
)
middle.metric("Minutes planned", f"{sheet.minutes_planned:g} of {sheet.minutes_budget}")
right.metric("Questions", len(sheet.questions), help="Planned; more wait under If time permits")

if not flagged:
    st.info("No hypothesis is flagged: the sheet tests none of your research yet.")
    st.page_link(HYPOTHESES_PAGE, label="Flag hypotheses to test", icon=":material/flag:")
missed = left_out(sheet, state.flagged())
for priority, statements in missed.items():
    st.markdown(
        f"**{priority.title()} priority, left out of the sheet ({len(statements)}):**\n"
        + "\n".join(f"- {markdown_text(statement)}" for statement in statements)
    )
if missed:
    to_sheet, to_hypotheses = st.columns(2)
    to_sheet.page_link(
        SHEET_PAGE, label="Add them to the sheet (Question sheet)", icon=":material/add_task:"
    )
    to_hypotheses.page_link(
        HYPOTHESES_PAGE, label="Change their priority or flag (Hypotheses)", icon=":material/flag:"
    )

first, second = st.columns(2)
first.plotly_chart(hypothesis_coverage_figure(sheet, state.flagged()), key="coverage-hypotheses")
second.plotly_chart(section_minutes_figure(sheet), key="coverage-sections")
if hypotheses:
    first.plotly_chart(topics_covered_figure(sheet, hypotheses), key="coverage-topics")
    gaps = org_gaps_figure(sheet, hypotheses)
    if gaps is not None:
        second.plotly_chart(gaps, key="coverage-org-gaps")
        second.page_link(
            HYPOTHESES_PAGE, label="Flag the org-chart gaps to ask about", icon=":material/flag:"
        )

st.subheader("Across interviews")
logged = state.interviews()
if not logged:
    st.info("Log an interview to see which hypotheses it supported, refuted or nuanced.")
    st.page_link("pages/log.py", label="Go to Interview log", icon=":material/edit_note:")
else:
    st.plotly_chart(outcome_heatmap(state.hypotheses(), logged), key="coverage-outcomes")
st.plotly_chart(untested_figure(state.hypotheses(), logged), key="coverage-untested")
st.page_link(
    INTERVIEWEE_PAGE,
    label="Plan another interview for what is untested or contested",
    icon=":material/person_add:",
)
