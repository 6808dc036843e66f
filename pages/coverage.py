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
from infoview.ui.progress import require_profile

run_through_app()  # a fresh server may open this page before app.py

st.title("Coverage")
require_profile()

sheet = loaders.current_sheet()
coverage = compute_coverage(sheet)
hypotheses = state.hypotheses()
left, middle, right = st.columns(3)
left.metric(
    "Flagged hypotheses on the sheet",
    f"{coverage.hypotheses_covered} of {coverage.hypotheses_flagged}",
)
middle.metric("Minutes planned", f"{sheet.minutes_planned:g} of {sheet.minutes_budget}")
right.metric("Questions", len(sheet.questions), help="Planned; more wait under If time permits")

for priority, statements in left_out(sheet).items():
    st.markdown(
        f"**{priority.title()} priority, left out of the sheet ({len(statements)}):**\n"
        + "\n".join(f"- {markdown_text(statement)}" for statement in statements)
    )

first, second = st.columns(2)
first.plotly_chart(hypothesis_coverage_figure(sheet), key="coverage-hypotheses")
second.plotly_chart(section_minutes_figure(sheet), key="coverage-sections")
if hypotheses:
    first.plotly_chart(topics_covered_figure(sheet, hypotheses), key="coverage-topics")
    gaps = org_gaps_figure(sheet, hypotheses)
    if gaps is not None:
        second.plotly_chart(gaps, key="coverage-org-gaps")

st.subheader("Across interviews")
logged = state.interviews()
if not logged:
    st.info("Log an interview to see which hypotheses it supported, refuted or nuanced.")
    st.page_link("pages/log.py", label="Go to Interview log", icon=":material/edit_note:")
else:
    st.plotly_chart(outcome_heatmap(state.hypotheses(), logged), key="coverage-outcomes")
st.plotly_chart(untested_figure(state.hypotheses(), logged), key="coverage-untested")
