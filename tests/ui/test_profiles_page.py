"""The Interviewee page's profile picker: it follows saves and deletes; saves are idempotent."""

from __future__ import annotations

from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app, save_profile


def sidebar_steps(app) -> list[str]:
    return [m.value for m in app.sidebar.markdown][1:]


def test_after_a_save_the_picker_shows_the_saved_profile_and_a_second_save_edits_it():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    save_profile(app, "Dana Test", "Northwind Motors", "senior")
    assert labelled(app.selectbox, "Plan for").value == "Dana Test (Northwind Motors)"
    labelled(app.text_input, "Title").set_value("Controller")
    labelled(app.button, "Save profile").click().run()
    assert not app.exception
    assert list(app.session_state[Keys.PROFILES]) == ["Dana Test (Northwind Motors)"]
    assert app.session_state[Keys.PROFILES]["Dana Test (Northwind Motors)"].title == "Controller"
    assert labelled(app.selectbox, "Plan for").value == "Dana Test (Northwind Motors)"


def test_saving_the_same_new_profile_twice_keeps_one():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    save_profile(app, "Dana Test", "Northwind Motors", "senior")
    save_profile(app, "Dana Test", "Northwind Motors", "senior")
    assert list(app.session_state[Keys.PROFILES]) == ["Dana Test (Northwind Motors)"]
    assert app.success[0].value.startswith("Saved “Dana Test (Northwind Motors)”")


def test_after_a_delete_the_picker_shows_the_profile_planned_for():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    save_profile(app, "Ana Ruiz", "Acme", "junior")
    save_profile(app, "Ben Ode", "Initech", "executive")
    labelled(app.button, "Delete this profile").click().run()
    assert list(app.session_state[Keys.PROFILES]) == ["Ana Ruiz (Acme)"]
    assert labelled(app.selectbox, "Plan for").value == "Ana Ruiz (Acme)"
    assert labelled(app.selectbox, "Plan for").options == ["Ana Ruiz (Acme)", "New profile…"]
    assert labelled(app.text_input, "Name").value == "Ana Ruiz"
    assert app.success[0].value == "Deleted “Ben Ode (Initech)”."


def test_a_profile_without_a_name_is_refused_and_the_sheet_is_not_ready():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Organization").set_value("Northwind Motors")
    labelled(app.button, "Save profile").click().run()
    assert app.error[0].value == (
        "Type the person's name: it labels the profile and heads the printed sheet."
    )
    assert app.session_state[Keys.PROFILES] == {}
    assert sidebar_steps(app)[2:4] == [
        ":material/radio_button_unchecked: Interviewee: not set",
        ":material/radio_button_unchecked: Question sheet: waiting",
    ]
