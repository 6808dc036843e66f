"""About me: the seeker's own form, asked where it is first needed (the Interviewee page on a
first visit) and kept on the Outreach page."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from infoview.errors import OutreachError
from infoview.occupations import choices, label
from infoview.research.vocabulary import CURRENCY_NAMES
from infoview.seeker import Seeker, target_codes
from infoview.spelling import ENGLISHES
from infoview.ui import drafts, state
from infoview.ui.forms import submit_once
from infoview.ui.keys import Keys
from infoview.ui.messages import show_error, show_success


def occupation_options() -> list[str]:
    """Every occupation as it is picked, "Data Scientists (15-2051)": type to search them."""
    return [label(g.code) for g in choices()]


def about_me_form(first_visit_note: bool = False) -> Seeker:
    """The About me form, which keeps what is typed (across pages and restarts) until it is
    saved or cleared; the seeker as saved after it."""
    me = state.seeker()
    field = drafts.form_binder(Keys.SEEKER_FORM)
    with st.container(border=True):
        st.markdown("**About me**")
        if first_visit_note:
            st.caption(
                "Say who you are and what work you are exploring: the opening of every sheet "
                "introduces you, and findings are ranked for that work until you describe an "
                "interviewee."
            )
        left, right = st.columns(2)
        name = left.text_input("Your name", **field("name", me.name))
        link = right.text_input(
            "Profile link",
            placeholder="https://www.linkedin.com/in/your-name",
            help="Goes in the signature: the elegant alternative to attaching a résumé",
            **field("link", me.profile_link),
        )
        background = st.text_input(
            "One-line background",
            placeholder="a financial analyst in banking, moving into corporate finance",
            help="Completes “I am <your name>, …”",
            **field("background", me.background),
        )
        targets = left.multiselect(
            "Work I am exploring",
            occupation_options(),
            accept_new_options=True,
            placeholder="Type a job title to search",
            help="Occupations you want to learn about; type any title and pick the closest",
            **field("targets", [label(code) for code in me.targets]),
        )
        currency = left.selectbox(
            "Currency",
            options=tuple(CURRENCY_NAMES),
            format_func=lambda code: f"{code}: {CURRENCY_NAMES[code]}",
            help="What amounts are in when a research file does not say",
            **field("currency", me.currency),
        )
        place = right.text_input(
            "Where",
            placeholder="Denver, CO",
            help="The place you want to work",
            **field("place", me.place),
        )
        english = right.selectbox(
            "Spelling",
            options=tuple(ENGLISHES),
            format_func=ENGLISHES.get,
            help="How your sheets, downloads and drafts are spelled",
            **field("english", me.english),
        )
        save, clear = st.columns(2)
        submitted = submit_once(Keys.SEEKER_FORM, "Save about me", button=save.button)
        drafts.clear_button(
            Keys.SEEKER_FORM, button=clear.button, help="Back to About me as last saved"
        )
    if not submitted:
        return me
    try:
        chosen = replace(
            me,
            name=name.strip(),
            background=background.strip(),
            profile_link=link.strip(),
            targets=target_codes(targets),
            place=place.strip(),
            english=english,
            currency=currency,
        )
    except OutreachError as exc:
        show_error(str(exc))
        return me
    with submitted.saving() as not_saved:
        if state.set_seeker(chosen):
            drafts.saved_form(Keys.SEEKER_FORM)
            show_success("About me saved.")
        else:
            not_saved()
    return state.seeker()
