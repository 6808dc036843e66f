"""The Interviewee page: About me on a first visit, the occupation search and what it understood."""

from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app


def test_about_me_is_asked_on_the_first_visit_and_keeps_the_work_explored():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    assert not app.exception
    assert "About me" in [e.label for e in app.expander]
    labelled(app.text_input, "Your name").set_value("Ana Ruiz")
    labelled(app.multiselect, "Work I am exploring").set_value(["Data Scientists (15-2051)"])
    labelled(app.text_input, "Where").set_value("Denver, CO")
    labelled(app.button, "Save about me").click().run()
    assert not app.exception
    seeker = app.session_state[Keys.SEEKER]
    assert (seeker.name, seeker.targets, seeker.place) == ("Ana Ruiz", ("15-2051",), "Denver, CO")


def test_a_title_is_placed_and_the_page_says_what_it_understood():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Title").set_value("Charge Nurse")
    labelled(app.button, "Save profile").click().run()
    assert not app.exception
    assert [i.value for i in app.info][-1].startswith("We understood: Registered Nurses (29-1141).")


def test_an_unplaced_title_asks_for_the_closest_occupation_and_a_pick_pins_one():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Sam Lee")
    labelled(app.text_input, "Title").set_value("Team 4")
    labelled(app.button, "Save profile").click().run()
    assert [w.value for w in app.warning][-1] == (
        "We could not place “Team 4”: pick the closest occupation. Until then the sheet is "
        "planned from their seniority alone."
    )
    labelled(app.selectbox, "Occupation").set_value("Statisticians (15-2041)")
    labelled(app.button, "Save profile").click().run()
    assert not app.exception
    (saved,) = app.session_state[Keys.PROFILES].values()
    assert (saved.title, saved.occupation) == ("Team 4", "15-2041")
    assert [i.value for i in app.info][-1].startswith("We understood: Statisticians (15-2041).")
