"""Whom to meet next: your contacts, your target organizations, and the people to contact."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from infoview.contacts import (
    STATUSES,
    Contact,
    ContactError,
    contacts_from_research,
    contacts_from_tables,
    with_interest,
)
from infoview.contacts.importing import contact_details
from infoview.contacts.interviewee import profile_from
from infoview.contacts.model import TYPED
from infoview.contacts.organizations import MAX_STARS
from infoview.markup import markdown_text
from infoview.ui import cache, drafts, loaders, state
from infoview.ui.first_page import run_through_app
from infoview.ui.forms import showing, submit_once
from infoview.ui.keys import Keys
from infoview.ui.messages import flash, show_error, show_flash, show_success

run_through_app()  # a fresh server may open this page before app.py

SHOWN_PEOPLE, SHOWN_TARGETS = 15, 100
STARS = ["", "★", "★★", "★★★"]

st.title("Whom to meet next")
st.write(
    "Your research list: the organizations you target and the people you could meet there. "
    "Add your LinkedIn connections or an address book, star the organizations you care about, "
    "and InfoView lists whom to contact first. The sheet's closing question names them."
)
show_flash()

# Adding people
st.subheader("Add people")
left, right = st.columns(2)
with left:
    uploads = st.file_uploader(
        "Connections or contacts export (LinkedIn Connections.csv, Google or Outlook CSV)",
        type=["csv", "tsv", "txt", "xlsx", "xls", "ods"],
        accept_multiple_files=True,
        key=Keys.CONTACTS_UPLOADER,
    )
    fresh = cache.unseen_uploads(uploads or [])
    if fresh:
        found, problems = [], []
        for upload in fresh:
            read = contacts_from_research(loaders.read_cached(upload.name, upload.getvalue()))
            found += read.contacts
            problems += read.problems
        before = len(state.contacts())
        if state.add_contacts(found):
            added = len(state.contacts()) - before
            show_success(f"Added {added} people ({len(found) - added} were on your list already).")
        else:
            cache.forget_uploads(fresh)
        for problem in problems:
            show_error(problem)
    in_research = contacts_from_tables(state.tables())
    if (
        in_research
        and st.button(
            f"Add the {len(in_research)} people in your research files",
            icon=":material/group_add:",
        )
        and state.add_contacts(in_research)
    ):
        flash(f"Added the people in your research files ({len(in_research)}).")
        st.rerun()
with right, st.container(border=True):
    # What is typed is kept (drafts) across pages and restarts until it is added or cleared.
    field = drafts.form_binder(Keys.CONTACT_FORM)
    st.markdown("**Type a person**")
    name = st.text_input("Name", **field("name", ""))
    organization = st.text_input("Organization", **field("organization", ""))
    position = st.text_input("Position", help="Their job title", **field("position", ""))
    reach = st.text_input("E-mail, phone or profile link", **field("reach", ""))
    how = st.text_input("How you know them", placeholder="a classmate's sister", **field("how", ""))
    referred_by = st.text_input(
        "Referred by", help="Who suggested them, if someone did", **field("referred_by", "")
    )
    add, clear = st.columns(2)
    submitted = submit_once(Keys.CONTACT_FORM, "Add to my list", button=add.button)
    drafts.clear_button(Keys.CONTACT_FORM, button=clear.button)
    if submitted:
        try:
            typed = Contact(
                name=" ".join(name.split()),
                organization=organization.strip(),
                position=position.strip(),
                **contact_details(reach),
                how_known=how.strip(),
                referred_by=referred_by.strip(),
                source=TYPED,
            )
        except ContactError as exc:
            show_error(str(exc))
        else:
            with submitted.saving() as not_saved:
                saved = state.add_contacts([typed])
                if saved:
                    drafts.saved_form(Keys.CONTACT_FORM)
                else:
                    not_saved()
            if saved:
                flash(f"{typed.name} is on your list.")
                st.rerun()

listed = state.listed()

# Target organizations
st.subheader("Target organizations")
st.caption(
    "Ranked by your interest (stars), then postings in your target occupation in your "
    "research, then whom you know there. Give up to three stars to the places you most want "
    "to work; add any your research does not name."
)
shown = listed.organizations[:SHOWN_TARGETS]
if shown:
    table = pd.DataFrame(
        {
            "Stars": [STARS[t.interest] for t in shown],
            "Organization": [t.name for t in shown],
            "Postings": [t.postings for t in shown],
            "People you know": [len(t.contacts) for t in shown],
            "Why here": [t.reason for t in shown],
            "What your research says": ["; ".join(t.said) for t in shown],
        }
    )
    edited = st.data_editor(
        table,
        hide_index=True,
        disabled=[c for c in table.columns if c != "Stars"],
        column_config={
            "Stars": st.column_config.SelectboxColumn("Stars", options=STARS, required=False)
        },
        key=f"targets-editor-{len(shown)}-{hash(tuple(state.interests()))}",
        width="stretch",
    )
    changed = [
        (shown[i].name, STARS.index(edited.at[i, "Stars"] or ""))
        for i in range(len(shown))
        if (edited.at[i, "Stars"] or "") != STARS[shown[i].interest]
    ]
    if changed:
        interests = state.interests()
        for organization_name, stars in changed:
            interests = with_interest(interests, organization_name, stars)
        if state.set_interests(interests):
            st.rerun()
    if len(listed.organizations) > SHOWN_TARGETS:
        st.caption(
            f"The top {SHOWN_TARGETS} of {len(listed.organizations)}; star or add one to move "
            "it up."
        )
else:
    st.info(
        "No organizations yet: add research with employers (pay tables, job postings) on the "
        "Research page, or add one here."
    )
org_form = f"{Keys.ORGANIZATION_FORM}-{showing(Keys.ORGANIZATION_FORM)}"
with st.form(org_form):
    left, right = st.columns([3, 1])
    new_name = left.text_input("Add an organization")
    new_stars = right.selectbox("Stars", range(1, MAX_STARS + 1), index=MAX_STARS - 1)
    added = submit_once(Keys.ORGANIZATION_FORM, "Add organization")
if added:
    if not new_name.strip():
        show_error("Type the organization's name first.")
    else:
        with added.saving():
            saved = state.set_interests(
                with_interest(state.interests(), new_name, new_stars, own=True)
            )
        if saved:
            flash(f"{new_name.strip()} is on your targets with {new_stars} stars.")
            st.rerun()

# People to contact
st.subheader("People to contact, best first")
suggestions = listed.suggestions
if not suggestions:
    st.info(
        "No one to contact yet: add your connections or type a person above. People you met "
        "and whom they suggested join the list when you save an interview in the log."
    )
targets = listed.organizations
for suggestion in suggestions[:SHOWN_PEOPLE]:
    contact = suggestion.contact
    with st.container(border=True):
        left, right = st.columns([3, 2])
        left.markdown(
            f"**{markdown_text(contact.name)}** · {markdown_text(contact.status_label)}  \n"
            f"{markdown_text(suggestion.reason)}"
        )
        if contact.how_known:
            left.caption(markdown_text(f"How you know them: {contact.how_known}"))
        one, two, three = right.columns(3)
        interview = one.button("Make interviewee", key=f"interview-{contact.id}")
        approach = two.button("Draft the approach", key=f"approach-{contact.id}")
        if (interview or approach) and state.set_profile(profile_from(contact, targets)):
            if approach:
                st.session_state[Keys.DRAFT_KIND] = "approach"
                st.session_state.pop(Keys.DRAFT_TO, None)
                st.switch_page("pages/outreach.py")
            st.switch_page("pages/interviewee.py")
        delete = three.button("Delete", key=f"delete-{contact.id}", icon=":material/delete:")
        if delete and state.delete_contacts([contact.id]):
            flash(f"Deleted {contact.name} from your list.")
            st.rerun()
if len(suggestions) > SHOWN_PEOPLE:
    st.caption(f"The top {SHOWN_PEOPLE} of {len(suggestions)} people still to contact.")

# Every contact
everyone = state.contacts()
if everyone:
    with st.expander(f"All your contacts ({state.tally().contacts:,})"):
        frame = pd.DataFrame(
            {
                "Name": [c.name for c in everyone],
                "Organization": [c.organization for c in everyone],
                "Position": [c.position for c in everyone],
                "Status": [c.status for c in everyone],
                "Referred by": [c.referred_by for c in everyone],
                "How you know them": [c.how_known for c in everyone],
                "E-mail": [c.email for c in everyone],
                "Phone": [c.phone for c in everyone],
                "Link": [c.link for c in everyone],
            }
        )
        edited = st.data_editor(
            frame,
            hide_index=True,
            disabled=[c for c in frame.columns if c != "Status"],
            column_config={"Status": st.column_config.SelectboxColumn("Status", options=STATUSES)},
            key=f"contacts-editor-{st.session_state[Keys.CONTACTS_CHANGES]}",
            width="stretch",
        )
        for index, contact in enumerate(everyone):
            status = edited.at[index, "Status"]
            changed = status in STATUSES and status != contact.status
            if changed and state.replace_contact(contact.id, replace(contact, status=status)):
                st.rerun()
        sure = st.checkbox("Yes, delete every contact for good")
        erase = st.button(
            "Delete all contacts", icon=":material/delete_forever:", disabled=not sure
        )
        if erase and state.delete_contacts(None):
            flash("Deleted every contact.")
            st.rerun()
