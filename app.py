"""InfoView: the Streamlit entry point with navigation and the progress guide."""

import streamlit as st

from infoview.ui import state
from infoview.ui.progress import show_progress

st.set_page_config(page_title="InfoView", page_icon="🗂️", layout="wide")
state.init()

PAGES = [
    st.Page("pages/research.py", title="Research", icon="📊", default=True),
    st.Page("pages/hypotheses.py", title="Hypotheses", icon="🧪"),
    st.Page("pages/interviewee.py", title="Interviewee", icon="🧑"),
    st.Page("pages/sheet.py", title="Question sheet", icon="📝"),
    st.Page("pages/coverage.py", title="Coverage", icon="🎯"),
]

navigation = st.navigation(PAGES)
show_progress()
navigation.run()
