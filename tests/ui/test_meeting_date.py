"""The Interviewee page asks the meeting date; the sheet is dated by it and names the target."""

from datetime import date

from infoview.profile import Profile
from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app


def test_meeting_date_is_kept_with_the_profile_and_dates_the_sheet():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Organization").set_value("Northwind Motors")
    labelled(app.date_input, "Meeting date").set_value(date(2026, 12, 8))
    labelled(app.button, "Save profile").click().run()
    assert not app.exception
    (saved,) = app.session_state[Keys.PROFILES].values()
    assert saved.meeting_date == date(2026, 12, 8)
    assert [c.label for c in app.checkbox][0] == (
        "Works at my target organization (Northwind Motors is where I want to work)"
    )

    app.switch_page("pages/sheet.py").run()
    assert not app.exception
    assert "Meeting on Tue 08 Dec 2026: the printed sheet carries this date." in [
        c.value for c in app.caption
    ]


def test_the_handout_day_is_the_meeting_date_else_today():
    today = date(2026, 12, 1)
    assert Profile(meeting_date=date(2026, 12, 8)).meeting_day(today) == date(2026, 12, 8)
    assert Profile().meeting_day(today) == today
