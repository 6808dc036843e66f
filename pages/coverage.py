"""Coverage: what the sheet covers of the hypotheses, the minutes, topics and org-chart gaps."""

import streamlit as st

from infoview.coverage import (
    compute_coverage,
    hypothesis_coverage_figure,
    org_gaps_figure,
    section_minutes_figure,
    topics_covered_figure,
)
from infoview.ui import state
from infoview.ui.progress import current_sheet, require_profile

st.title("Coverage")
require_profile()

sheet = current_sheet()
coverage = compute_coverage(sheet)
hypotheses = state.hypotheses()
left, middle, right = st.columns(3)
left.metric(
    "Flagged hypotheses on the sheet",
    f"{coverage.hypotheses_covered} of {coverage.hypotheses_flagged}",
)
middle.metric("Minutes planned", f"{sheet.minutes_planned:g} of {sheet.minutes_budget}")
right.metric("Questions", len(sheet.questions), help="Planned; more wait under If time permits")

first, second = st.columns(2)
first.plotly_chart(hypothesis_coverage_figure(sheet), key="coverage-hypotheses")
second.plotly_chart(section_minutes_figure(sheet), key="coverage-sections")
if hypotheses:
    first.plotly_chart(topics_covered_figure(sheet, hypotheses), key="coverage-topics")
    gaps = org_gaps_figure(sheet, hypotheses)
    if gaps is not None:
        second.plotly_chart(gaps, key="coverage-org-gaps")
