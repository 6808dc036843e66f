"""The sidebar guide: which steps are done, and a guard for pages that need earlier steps."""

from __future__ import annotations

import streamlit as st

from infoview.markup import markdown_text
from infoview.ui import state

RESEARCH_PAGE = "pages/research.py"
HYPOTHESES_PAGE = "pages/hypotheses.py"
INTERVIEWEE_PAGE = "pages/interviewee.py"
SHEET_PAGE = "pages/sheet.py"


def show_progress(guide) -> None:
    """Ticks for research loaded, hypotheses flagged, profile chosen, sheet ready, and how
    many interviews are logged and people are on the research list."""
    tally = state.tally()
    profile = state.profile()
    steps = [
        (tally.tables > 0, f"Research: {tally.research}" if tally.files else "Research: none yet"),
        (
            tally.flagged > 0,
            f"Hypotheses: {tally.flagged:,} of {tally.hypotheses:,} flagged"
            if tally.hypotheses
            else "Hypotheses: none yet",
        ),
        (
            profile is not None,
            f"Interviewee: {markdown_text(profile.display_name)}"
            if profile
            else "Interviewee: not set",
        ),
        (profile is not None, "Question sheet ready" if profile else "Question sheet: waiting"),
        (tally.interviews > 0, f"Interview log: {tally.interviews_said}"),
        (tally.contacts > 0, f"Whom to meet next: {tally.contacts_said}"),
    ]
    with guide:
        st.markdown("**Your preparation**")
        for done, label in steps:
            icon = ":material/check_circle:" if done else ":material/radio_button_unchecked:"
            st.markdown(f"{icon} {label}")


def require_profile() -> None:
    """Stop the page with a pointer to the Interviewee step when no profile is set."""
    if state.profile() is None:
        st.info("Describe the person you are meeting first: the sheet is planned for them.")
        st.page_link(INTERVIEWEE_PAGE, label="Go to Interviewee", icon=":material/person:")
        st.stop()


def require_research() -> None:
    """Stop the page with a pointer to the Research step when nothing is loaded."""
    if not state.hypotheses():
        st.info("Load your research first (or the sample) to see findings to test.")
        st.page_link(RESEARCH_PAGE, label="Go to Research", icon=":material/table_chart:")
        st.stop()
