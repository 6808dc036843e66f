"""Coverage: what the sheet covers of the flagged hypotheses and the meeting's minutes."""

import streamlit as st

from infoview.coverage import compute_coverage, hypothesis_coverage_figure, section_minutes_figure
from infoview.ui import loaders, state
from infoview.ui.progress import require_profile

st.title("Coverage")
require_profile()

sheet = loaders.planned(state.profile(), tuple(state.flagged()), tuple(state.targets()))
coverage = compute_coverage(sheet)
left, right = st.columns(2)
left.metric(
    "Flagged hypotheses on the sheet",
    f"{coverage.hypotheses_covered} of {coverage.hypotheses_flagged}",
)
right.metric("Minutes planned", f"{sheet.minutes_planned:g} of {sheet.minutes_budget}")
st.plotly_chart(hypothesis_coverage_figure(sheet), key="coverage-hypotheses")
st.plotly_chart(section_minutes_figure(sheet), key="coverage-sections")
