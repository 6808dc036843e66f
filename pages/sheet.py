"""Question sheet: the plan for this interviewee, with why, and the downloads."""

import streamlit as st

from infoview.export import FORMATS, file_name
from infoview.ui import loaders, state
from infoview.ui.progress import require_profile

st.title("Question sheet")
require_profile()

profile = state.profile()
sheet = loaders.current_sheet()
state.keep_sheet(sheet)
st.write(
    f"For **{profile.display_name}** ({profile.seniority}, {profile.specialty}): "
    f"{len(sheet.questions)} questions, {sheet.minutes_planned:g} of "
    f"{sheet.minutes_budget} minutes."
)
if not state.flagged():
    st.info(
        "No hypotheses flagged: the sheet uses general questions only. Flag findings on the "
        "Hypotheses page to add springboard questions."
    )

if sheet.talking_points:
    with st.expander(f"Talking points to share ({len(sheet.talking_points)})"):
        for point in sheet.talking_points:
            st.markdown(f"- {point}")

st.download_button(
    "Download PDF",
    data=loaders.rendered(sheet, "pdf"),
    file_name=file_name(sheet, "pdf"),
    mime=FORMATS["pdf"][0],
    type="primary",
    icon=":material/download:",
    on_click="ignore",
)

elapsed = 0.0
for section in sheet.sections:
    st.subheader(f"{section.title} · {section.minutes:g} min")
    for question in section.questions:
        elapsed += question.minutes
        st.text(f"☐ {question.text}")
        st.caption(f"by {elapsed:g} min · why: {'; '.join(r.text for r in question.why)}")
if sheet.if_time_permits:
    with st.expander(f"If time permits ({len(sheet.if_time_permits)})"):
        for question in sheet.if_time_permits:
            st.text(f"☐ {question.text}")
