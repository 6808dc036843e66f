"""Interviewee: who you are meeting decides which questions suit them."""

import streamlit as st

from infoview.errors import ProfileError
from infoview.profile import SENIORITIES, SPECIALTIES, Profile
from infoview.ui import state
from infoview.ui.messages import show_error, show_success
from infoview.ui.state import Keys

st.title("Interviewee")
st.write(
    "Describe the person you are meeting. Seniority, specialty and whether they work at "
    "your target organization decide which questions InfoView picks."
)

current = state.profile() or Profile()
with st.form(Keys.PROFILE_FORM):
    left, right = st.columns(2)
    name = left.text_input("Name", value=current.name)
    title = right.text_input("Title", value=current.title)
    organization = left.text_input("Organization", value=current.organization)
    referred_by = right.text_input(
        "Referred by", value=current.referred_by, help="Who put you in touch, if anyone"
    )
    seniority = left.selectbox("Seniority", SENIORITIES, index=SENIORITIES.index(current.seniority))
    known = current.specialty in SPECIALTIES
    specialty = right.selectbox(
        "Specialty",
        [*SPECIALTIES, "other…"],
        index=SPECIALTIES.index(current.specialty) if known else len(SPECIALTIES),
    )
    other = right.text_input(
        "Other specialty",
        value="" if known else current.specialty,
        help="Used when Specialty is “other…”",
    )
    insider = left.checkbox("Works at my target organization", value=current.insider)
    minutes = right.number_input(
        "Meeting minutes",
        min_value=5,
        max_value=120,
        value=current.minutes,
        step=5,
        help="Ask for 15 minutes; the sheet fits what you set",
    )
    if st.form_submit_button("Save profile", type="primary"):
        chosen = other.strip().lower() if specialty == "other…" else specialty
        try:
            state.set_profile(
                Profile(
                    name=name.strip(),
                    organization=organization.strip(),
                    title=title.strip(),
                    seniority=seniority,
                    specialty=chosen,
                    insider=insider,
                    referred_by=referred_by.strip(),
                    minutes=int(minutes),
                )
            )
        except ProfileError as exc:
            show_error(str(exc))
        else:
            show_success("Profile saved.")

if state.profile() is not None:
    st.page_link(
        "pages/sheet.py", label="Next: see the question sheet", icon=":material/checklist:"
    )
