"""About me, the Interviewee profile and the contact form keep what was typed across pages and
a restart (drafts in the workspace) until it is saved or cleared."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from infoview.store import open_workspace
from infoview.ui import persistence
from tests.ui.test_flow import labelled, new_app


def away_and_back(app: AppTest, page: str) -> None:
    app.switch_page("pages/research.py").run()
    app.switch_page(page).run()
    assert not app.exception


def restarted(page: str) -> AppTest:
    """A new session on the same workspace, as after the app was stopped and started."""
    app = new_app()
    app.switch_page(page).run()
    assert not app.exception
    return app


def kept_drafts() -> dict:
    return open_workspace().document(persistence.DRAFTS_DOCUMENT) or {}


def about_me(app: AppTest) -> tuple:
    return (
        labelled(app.text_input, "Your name").value,
        labelled(app.text_input, "One-line background").value,
        labelled(app.multiselect, "Work I am exploring").value,
        labelled(app.text_input, "Where").value,
    )


def test_about_me_keeps_what_was_typed_until_it_is_saved():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Your name").set_value("Mei Chen").run()
    labelled(app.text_input, "One-line background").set_value("a nurse moving into data").run()
    labelled(app.multiselect, "Work I am exploring").select("Data Scientists (15-2051)").run()
    labelled(app.text_input, "Where").set_value("Denver, CO").run()
    typed = ("Mei Chen", "a nurse moving into data", ["Data Scientists (15-2051)"], "Denver, CO")
    assert about_me(app) == typed

    away_and_back(app, "pages/interviewee.py")
    assert about_me(app) == typed
    outreach = restarted("pages/outreach.py")  # the same form, kept on the Outreach page
    assert about_me(outreach) == typed
    assert outreach.session_state["seeker"].name == ""  # typed, not saved

    labelled(outreach.button, "Save about me").click().run()
    assert [s.value for s in outreach.success] == ["About me saved."]
    assert not any(name.startswith("draft-seeker_form") for name in kept_drafts())
    assert about_me(restarted("pages/interviewee.py")) == typed


def test_clearing_about_me_goes_back_to_what_was_saved():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Your name").set_value("Mei Chen").run()
    labelled(app.button, "Save about me").click().run()
    labelled(app.text_input, "Your name").set_value("Mei C.").run()
    app.button(key="seeker_form//clear").click().run()
    assert labelled(app.text_input, "Your name").value == "Mei Chen"
    assert labelled(restarted("pages/interviewee.py").text_input, "Your name").value == "Mei Chen"


def profile_form(app: AppTest) -> tuple:
    return (
        labelled(app.text_input, "Name").value,
        labelled(app.text_input, "Title").value,
        labelled(app.text_input, "Organization").value,
        labelled(app.selectbox, "Seniority").value,
        labelled(app.number_input, "Meeting minutes").value,
        labelled(app.date_input, "Meeting date").value,
    )


def test_the_interviewee_form_keeps_what_was_typed_until_it_is_saved():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Ruth Okoye").run()
    labelled(app.text_input, "Title").set_value("Clinical Data Manager").run()
    labelled(app.text_input, "Organization").set_value("Mercy Health").run()
    labelled(app.selectbox, "Seniority").set_value("senior").run()
    labelled(app.number_input, "Meeting minutes").set_value(20).run()
    labelled(app.date_input, "Meeting date").set_value(date(2026, 12, 14)).run()
    typed = (
        "Ruth Okoye",
        "Clinical Data Manager",
        "Mercy Health",
        "senior",
        20,
        date(2026, 12, 14),
    )
    assert profile_form(app) == typed
    # the insider box names the organization as typed, before any save
    assert [c.label for c in app.checkbox][0].startswith("Works at my target organization (Mercy")

    away_and_back(app, "pages/interviewee.py")
    assert profile_form(app) == typed
    again = restarted("pages/interviewee.py")
    assert profile_form(again) == typed
    assert again.session_state["profiles"] == {}

    labelled(again.button, "Save profile").click().run()
    assert not again.exception and not again.error
    [saved] = again.session_state["profiles"].values()
    assert (saved.name, saved.title, saved.minutes) == ("Ruth Okoye", "Clinical Data Manager", 20)
    assert not any(name.startswith("draft-profile_form") for name in kept_drafts())
    # the new-profile form starts empty again; the saved profile shows what was saved
    labelled(again.selectbox, "Plan for").set_value("New profile…").run()
    assert labelled(again.text_input, "Name").value == ""


def test_a_change_to_a_saved_profile_is_kept_apart_from_a_new_one():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Ruth Okoye").run()
    labelled(app.button, "Save profile").click().run()
    labelled(app.text_input, "Title").set_value("Director of Nursing Informatics").run()
    labelled(app.selectbox, "Plan for").set_value("New profile…").run()
    assert labelled(app.text_input, "Title").value == ""
    labelled(app.text_input, "Name").set_value("Sam Ortiz").run()
    labelled(app.selectbox, "Plan for").set_value("Ruth Okoye").run()
    assert labelled(app.text_input, "Title").value == "Director of Nursing Informatics"
    assert (
        "Not saved yet: the new profile you started for Sam Ortiz. Pick “New profile…” to "
        "finish it." in [c.value for c in app.caption]
    )
    away_and_back(app, "pages/interviewee.py")  # the picker keeps its choice
    assert labelled(app.selectbox, "Plan for").value == "Ruth Okoye"
    app.button(key="profile_form/Ruth Okoye/clear").click().run()
    assert labelled(app.text_input, "Title").value == ""


def contact_form(app: AppTest) -> tuple:
    return tuple(
        labelled(app.text_input, label).value
        for label in ("Name", "Organization", "Position", "How you know them")
    )


def test_the_contact_form_keeps_what_was_typed_until_it_is_added_or_cleared():
    app = new_app()
    app.switch_page("pages/next.py").run()
    labelled(app.text_input, "Name").set_value("Tomás Ibarra").run()
    labelled(app.text_input, "Organization").set_value("Front Range Clinics").run()
    labelled(app.text_input, "How you know them").set_value("my cousin's manager").run()
    typed = ("Tomás Ibarra", "Front Range Clinics", "", "my cousin's manager")
    assert contact_form(app) == typed

    away_and_back(app, "pages/next.py")
    assert contact_form(app) == typed
    again = restarted("pages/next.py")
    assert contact_form(again) == typed
    again.button(key="contact_form//clear").click().run()
    assert contact_form(again) == ("", "", "", "")
    assert contact_form(restarted("pages/next.py")) == ("", "", "", "")

    labelled(again.text_input, "Name").set_value("Tomás Ibarra").run()
    labelled(again.button, "Add to my list").click().run()
    assert [c.name for c in again.session_state["contacts"]] == ["Tomás Ibarra"]
    assert contact_form(again) == ("", "", "", "")
    assert contact_form(restarted("pages/next.py")) == ("", "", "", "")


def test_the_profile_picker_follows_the_profile_the_sheet_is_planned_for():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Ruth Okoye").run()
    labelled(app.button, "Save profile").click().run()
    away_and_back(app, "pages/interviewee.py")  # saved from "New profile…": shows the saved one
    assert labelled(app.selectbox, "Plan for").value == "Ruth Okoye"

    labelled(app.selectbox, "Plan for").set_value("New profile…").run()
    labelled(app.text_input, "Name").set_value("Sam Ortiz").run()
    labelled(app.button, "Save profile").click().run()
    labelled(app.selectbox, "Plan for").set_value("New profile…").run()
    away_and_back(app, "pages/interviewee.py")  # a new profile being started stays picked
    assert labelled(app.selectbox, "Plan for").value == "New profile…"

    app.switch_page("pages/research.py").run()
    app.session_state["active_profile"] = "Ruth Okoye"  # as Whom to meet next or Sheet do
    app.switch_page("pages/interviewee.py").run()
    assert labelled(app.selectbox, "Plan for").value == "Ruth Okoye"
