"""Coverage: what the sheet covers of the flagged hypotheses and the meeting's minutes."""

import streamlit as st

from infoview.coverage import compute_coverage, hypothesis_coverage_figure, section_minutes_figure
from infoview.learning import outcome_heatmap, untested_figure
from infoview.ui import loaders, state
from infoview.ui.progress import require_profile

st.title("Coverage")
require_profile()

sheet = loaders.current_sheet()
coverage = compute_coverage(sheet)
left, right = st.columns(2)
left.metric(
    "Flagged hypotheses on the sheet",
    f"{coverage.hypotheses_covered} of {coverage.hypotheses_flagged}",
)
right.metric("Minutes planned", f"{sheet.minutes_planned:g} of {sheet.minutes_budget}")
st.plotly_chart(hypothesis_coverage_figure(sheet), key="coverage-hypotheses")
st.plotly_chart(section_minutes_figure(sheet), key="coverage-sections")

st.subheader("Across interviews")
logged = state.interviews()
if not logged:
    st.info("Log an interview to see which hypotheses it supported, refuted or nuanced.")
    st.page_link("pages/log.py", label="Go to Interview log", icon=":material/edit_note:")
else:
    st.plotly_chart(outcome_heatmap(state.hypotheses(), logged), key="coverage-outcomes")
st.plotly_chart(untested_figure(state.hypotheses(), logged), key="coverage-untested")
