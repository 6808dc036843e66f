"""Question sheet: the plan for this interviewee, with why, and the downloads."""

import streamlit as st

from infoview.export import FORMATS, file_name
from infoview.ui import loaders, state
from infoview.ui.progress import require_profile
from infoview.ui.state import Keys

st.title("Question sheet")
require_profile()

profile = state.profile()
sheet = loaders.planned(profile, tuple(state.flagged()), tuple(state.targets()))
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

paper = st.radio(
    "Paper",
    options=("letter", "a4"),
    format_func={"letter": "US Letter", "a4": "A4"}.get,
    horizontal=True,
    key=Keys.SHEET_PAPER,
)
downloads = {
    "pdf": "Download PDF",
    "docx": "Word (DOCX)",
    "md": "Markdown",
    "csv": "CSV",
    "xlsx": "Excel (XLSX)",
}
for column, (fmt, label) in zip(st.columns(len(downloads)), downloads.items(), strict=True):
    column.download_button(
        label,
        data=loaders.rendered(sheet, fmt, paper),
        file_name=file_name(sheet, fmt),
        mime=FORMATS[fmt][0],
        type="primary" if fmt == "pdf" else "secondary",
        icon="⬇️",
        on_click="ignore",
    )

elapsed = 0.0
for section in sheet.sections:
    st.subheader(f"{section.title} · {section.minutes:g} min")
    for question in section.questions:
        elapsed += question.minutes
        st.markdown(
            f"☐ {question.text}  \n"
            f"<small>by {elapsed:g} min · why: "
            f"{'; '.join(r.text for r in question.why)}</small>",
            unsafe_allow_html=False,
        )
if sheet.if_time_permits:
    with st.expander(f"If time permits ({len(sheet.if_time_permits)})"):
        for question in sheet.if_time_permits:
            st.markdown(f"☐ {question.text}")
