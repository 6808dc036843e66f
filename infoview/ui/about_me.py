"""About me: the seeker's own form, asked where it is first needed (the Interviewee page on a
first visit) and kept on the Outreach page."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from infoview.errors import OutreachError
from infoview.occupations import choices, classify, from_label, label
from infoview.seeker import Seeker
from infoview.spelling import ENGLISHES
from infoview.ui import state
from infoview.ui.keys import Keys
from infoview.ui.messages import show_error, show_success


def occupation_options() -> list[str]:
    """Every occupation as it is picked, "Data Scientists (15-2051)": type to search them."""
    return [label(g.code) for g in choices()]


def read_occupation(text: str) -> tuple[str | None, str]:
    """The SOC code of a picked label or typed title, and "" or what to say when it cannot be
    placed."""
    picked = from_label(text)
    if picked:
        return picked, ""
    found = classify(text)
    if found.known:
        return found.code, ""
    return None, f"We could not place “{text}”: pick the closest occupation."


def about_me_form(first_visit_note: bool = False) -> Seeker:
    """The About me form; the seeker as saved after it."""
    me = state.seeker()
    with st.form(Keys.SEEKER_FORM):
        st.markdown("**About me**")
        if first_visit_note:
            st.caption(
                "Say who you are and what work you are exploring: the opening of every sheet "
                "introduces you, and findings are ranked for that work until you describe an "
                "interviewee."
            )
        left, right = st.columns(2)
        name = left.text_input("Your name", value=me.name)
        link = right.text_input(
            "Profile link",
            value=me.profile_link,
            placeholder="https://www.linkedin.com/in/your-name",
            help="Goes in the signature: the elegant alternative to attaching a résumé",
        )
        background = st.text_input(
            "One-line background",
            value=me.background,
            placeholder="a financial analyst in banking, moving into corporate finance",
            help="Completes “I am <your name>, …”",
        )
        targets = left.multiselect(
            "Work I am exploring",
            occupation_options(),
            default=[label(code) for code in me.targets],
            accept_new_options=True,
            placeholder="Type a job title to search",
            help="Occupations you want to learn about; type any title and pick the closest",
            key=f"{Keys.SEEKER_FORM}:targets",
        )
        place = right.text_input(
            "Where", value=me.place, placeholder="Denver, CO", help="The place you want to work"
        )
        english = right.selectbox(
            "Spelling",
            options=tuple(ENGLISHES),
            index=tuple(ENGLISHES).index(me.english),
            format_func=ENGLISHES.get,
            help="How your sheets, downloads and drafts are spelled",
        )
        if not st.form_submit_button("Save about me"):
            return me
    codes, problems = [], []
    for text in targets:
        code, problem = read_occupation(text)
        if code and code not in codes:
            codes.append(code)
        if problem:
            problems.append(problem)
    if problems:
        show_error(" ".join(problems))
        return me
    try:
        chosen = replace(
            me,
            name=name.strip(),
            background=background.strip(),
            profile_link=link.strip(),
            targets=tuple(codes),
            place=place.strip(),
            english=english,
        )
    except OutreachError as exc:
        show_error(str(exc))
        return me
    if state.set_seeker(chosen):
        show_success("About me saved.")
    return state.seeker()
