"""InfoView: the Streamlit entry point with navigation and the progress guide."""

import streamlit as st

from infoview.ui import health, oidc, persistence, signin, state, tls
from infoview.ui.messages import on_page, show_conflict, show_not_saved
from infoview.ui.progress import show_progress

health.install(persistence.database_answers)  # /_stcore/health asks the database too
tls.install()  # sign-in's calls to the provider share one TLS context
oidc.install()  # and the provider's settings and keys, fetched once for a while
st.set_page_config(page_title="InfoView", page_icon=":material/assignment:", layout="wide")
person = signin.gate()  # hosted mode: stops on the sign-in page until someone signs in
state.init()
state.new_run()

PAGES = [
    st.Page("pages/research.py", title="Research", icon=":material/table_chart:", default=True),
    st.Page("pages/hypotheses.py", title="Hypotheses", icon=":material/science:"),
    st.Page("pages/interviewee.py", title="Interviewee", icon=":material/person:"),
    st.Page("pages/next.py", title="Whom to meet next", icon=":material/group:"),
    st.Page("pages/sheet.py", title="Question sheet", icon=":material/checklist:"),
    st.Page("pages/coverage.py", title="Coverage", icon=":material/donut_large:"),
    st.Page("pages/log.py", title="Interview log", icon=":material/edit_note:"),
    st.Page("pages/outreach.py", title="Outreach", icon=":material/mail:"),
]

if person is not None:
    PAGES.append(st.Page("pages/account.py", title="My workspace", icon=":material/badge:"))

navigation = st.navigation(PAGES)
on_page(navigation.url_path)
if person is not None:
    signin.show_account(st.sidebar.container(), person)
guide = st.sidebar.container()
banner = st.container()
warned = show_conflict(banner, state.reload)  # refused in an earlier run, not reloaded yet
try:
    navigation.run()
finally:
    # Drawn after the page so they reflect what the page just did (even after st.stop()).
    show_progress(guide)
    if not warned:
        show_conflict(banner, state.reload)
    show_not_saved(banner, persistence.database_answers)
