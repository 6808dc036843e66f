"""Interviewee: who you are meeting decides which questions suit them."""

import streamlit as st

from infoview.errors import ProfileError
from infoview.markup import markdown_text
from infoview.occupations import label
from infoview.profile import INDUSTRIES, SENIORITIES, SPECIALTIES, Profile, target_label
from infoview.seeker import read_occupation
from infoview.ui import drafts, state
from infoview.ui.about_me import about_me_form, occupation_options
from infoview.ui.first_page import run_through_app
from infoview.ui.forms import submit_once
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_error, show_flash

run_through_app()  # a fresh server may open this page before app.py

NEW = "New profile…"
OTHER = "other…"
NO_INDUSTRY = NOT_SET = ""

st.title("Interviewee")
st.write(
    "Describe the person you are meeting. Their occupation (from their title or specialty, or "
    "picked), seniority and whether they work at your target organization decide which "
    "questions InfoView picks. Keep one profile per person; the sheet is planned for the one "
    "you pick."
)

show_flash()
me = state.seeker()
# asked where it is first needed: open until the seeker has said who they are
with st.expander("About me", expanded=not (me.name or me.targets), icon=":material/person:"):
    about_me_form(first_visit_note=True)

saved = state.profiles()
active = st.session_state[Keys.ACTIVE_PROFILE]
choices = [*saved, NEW]
shown = active if active in saved else NEW
# The picker follows the profile the sheet is planned for, which other pages change too (Whom to
# meet next, Sheet); "New profile…" comes back after a page visit only while that profile is the
# one it was picked over. Set before the widget is drawn: the browser sends back what it shows.
if st.session_state.pop(Keys.PROFILE_SAVED, False):
    st.session_state[Keys.PROFILE_PICKER] = shown
elif Keys.PROFILE_PICKER not in st.session_state:
    new_kept = Keys.PROFILE_NEW_OVER in st.session_state
    new_kept = new_kept and st.session_state[Keys.PROFILE_NEW_OVER] == active
    st.session_state[Keys.PROFILE_PICKER] = NEW if new_kept else shown
elif st.session_state[Keys.PROFILE_PICKER] not in choices:
    st.session_state[Keys.PROFILE_PICKER] = shown
picked = st.selectbox("Plan for", choices, key=Keys.PROFILE_PICKER)
if picked == NEW:
    st.session_state[Keys.PROFILE_NEW_OVER] = active
else:
    st.session_state.pop(Keys.PROFILE_NEW_OVER, None)
started = str(drafts.typed(Keys.PROFILE_FORM, NEW).get("name") or "").strip()
if picked != NEW and started:
    st.caption(
        f"Not saved yet: the new profile you started for {markdown_text(started)}. Pick "
        f"“{NEW}” to finish it."
    )
if picked != NEW and picked != active:
    state.select_profile(picked)
editing = saved.get(picked)
current = editing or Profile()

# What is typed is kept per profile (drafts) across pages and restarts until saved or cleared.
field = drafts.form_binder(Keys.PROFILE_FORM, picked)
with st.container(border=True):
    left, right = st.columns(2)
    name = left.text_input("Name", **field("name", current.name))
    title = right.text_input("Title", **field("title", current.title))
    organization = left.text_input("Organization", **field("organization", current.organization))
    options = ["", *occupation_options()]
    pinned = label(current.occupation) if current.occupation else ""
    occupation_text = right.selectbox(
        "Occupation",
        options,
        accept_new_options=True,
        format_func=lambda value: value or "from the title or specialty",
        help="Type to search the occupations; leave it to place their title or specialty",
        **field("occupation", pinned if pinned in options else ""),
    )
    referred_by = right.text_input(
        "Referred by",
        help="Who put you in touch, if anyone",
        **field("referred_by", current.referred_by),
    )
    seniority = left.selectbox("Seniority", SENIORITIES, **field("seniority", current.seniority))
    specialties = [NOT_SET, *SPECIALTIES]
    known = current.specialty in specialties
    specialty = right.selectbox(
        "Specialty",
        [*specialties, OTHER],
        format_func=lambda value: value or "not set",
        help="What they do; leave it when their title says it",
        **field("specialty", current.specialty if known else OTHER),
    )
    other = right.text_input(
        "Other specialty",
        help="Used when Specialty is “other…”",
        **field("other_specialty", "" if known else current.specialty),
    )
    industries = [NO_INDUSTRY, *INDUSTRIES, OTHER]
    listed = current.industry in industries
    industry = left.selectbox(
        "Industry",
        industries,
        format_func=lambda value: value or "not set",
        help="Where they work; the specialty is what they do",
        **field("industry", current.industry if listed else OTHER),
    )
    other_industry = left.text_input(
        "Other industry",
        help="Used when Industry is “other…”",
        **field("other_industry", "" if listed else current.industry),
    )
    insider = left.checkbox(
        target_label(markdown_text(organization.strip())),
        help="Tick when their organization (the one typed above) is where you want to work: "
        "the sheet then asks how it is organized and fills gaps in your org chart",
        **field("insider", current.insider),
    )
    candid_read = right.checkbox(
        "Ask for a candid read of my chances",
        help="One question on how competitive a background like yours is, never a job request",
        **field("candid_read", current.candid_read),
    )
    minutes = right.number_input(
        "Meeting minutes",
        min_value=5,
        max_value=120,
        step=5,
        help="Ask for 15 minutes; the sheet fits what you set",
        **field("minutes", current.minutes),
    )
    meeting_date = right.date_input(
        "Meeting date",
        format="YYYY-MM-DD",
        help="Printed on the sheet and used for the follow-up dates; leave empty for today",
        **field("meeting_date", current.meeting_date),
    )
    save, clear = st.columns(2)
    submitted = submit_once(Keys.PROFILE_FORM, "Save profile", button=save.button, type="primary")
    drafts.clear_button(
        Keys.PROFILE_FORM,
        picked,
        button=clear.button,
        help="Back to this profile as last saved (empty for a new one)",
    )

if submitted and not name.strip():
    show_error("Type the person's name: it labels the profile and heads the printed sheet.")
elif submitted and specialty == OTHER and not other.strip():
    show_error("Specialty is empty: pick one or type the person's field.")
elif submitted:
    chosen = other.strip().lower() if specialty == OTHER else specialty
    code, problem = read_occupation(occupation_text) if occupation_text else ("", "")
    try:
        if problem:
            raise ProfileError(problem)
        profile = Profile(
            name=name.strip(),
            organization=organization.strip(),
            title=title.strip(),
            seniority=seniority,
            specialty=chosen,
            insider=insider,
            referred_by=referred_by.strip(),
            minutes=int(minutes),
            industry=other_industry.strip().lower() if industry == OTHER else industry,
            candid_read=candid_read,
            meeting_date=meeting_date,
            occupation=code or "",
        )
    except ProfileError as exc:
        show_error(str(exc))
    else:
        with submitted.saving() as not_saved:
            label = state.set_profile(profile, replacing=picked if editing else None)
            if label is None:
                not_saved()
            else:
                drafts.saved_form(Keys.PROFILE_FORM, picked)
                st.session_state[Keys.PROFILE_SAVED] = True
                flash(f"Saved “{label}”. The question sheet is planned for this profile.")
        if label is not None:
            st.rerun()

deleting = editing and st.button("Delete this profile", icon=":material/delete:")
if deleting and state.delete_profile(picked):
    st.session_state[Keys.PROFILE_SAVED] = True
    flash(f"Deleted “{picked}”.")
    st.rerun()

if state.profile() is not None:
    understood = state.profile().placement
    if understood.known:
        level = f", {understood.level}" if understood.level else ""
        st.info(
            f"We understood: {markdown_text(understood.title)} ({understood.code}){level}. "
            "Pick another occupation above if that is not their work.",
            icon=":material/work:",
        )
    elif state.profile().placed_from:
        st.warning(
            f"We could not place “{markdown_text(state.profile().placed_from)}”: pick the "
            "closest occupation. Until then the sheet is planned from their seniority alone.",
            icon=":material/help:",
        )
    st.page_link(
        "pages/sheet.py", label="Next: see the question sheet", icon=":material/checklist:"
    )
