"""My workspace (hosted mode): who is signed in; download, load or delete one's own workspace."""

import streamlit as st

from infoview.ui import persistence, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_error, show_flash

run_through_app()  # a fresh server may open this page before app.py

person = persistence.signed_in()
st.title("My workspace")
st.write(
    f"Signed in as **{persistence.escaped(person.name)}**. Everything you keep here (research, "
    "hypotheses, profiles, sheets, the interview log and outreach) is yours alone."
)
show_flash()

st.subheader("Download a copy")
st.write("One file with everything in your workspace, to keep or to load elsewhere.")
export = persistence.export_text()
if export is not None:
    st.download_button(
        "Download my workspace",
        data=export(),  # prepared now, so no other session's cleanup can lose it (see sheet.py)
        file_name="infoview-workspace.json",
        mime="application/json",
        icon=":material/download:",
        on_click="ignore",
    )

st.subheader("Load a copy")
st.write(
    "Loads a downloaded workspace file into your workspace while it is still empty (delete it "
    "below first to replace what it holds)."
)
upload = st.file_uploader("Workspace file (.json)", type=["json"], key=Keys.WORKSPACE_UPLOAD)
if upload is not None and st.button("Load this file", icon=":material/upload:"):
    loaded, problem = persistence.import_text(upload.getvalue(), upload.name)
    if problem:
        show_error(problem)
    else:
        state.start_over()
        flash(f"Loaded {upload.name}: {loaded} records.")
        st.rerun()

st.subheader("Delete my workspace")
st.write(
    "Removes everything you keep here for good: it cannot be undone. Download a copy first "
    "if you may want it back."
)
sure = st.checkbox("Yes, delete everything in my workspace", key=Keys.DELETE_CONFIRM)
deleting = st.button(
    "Delete my workspace for good", icon=":material/delete_forever:", disabled=not sure
)
if deleting and persistence.erase():
    state.start_over()
    flash("Your workspace was deleted. You start again from an empty one.")
    st.rerun()
