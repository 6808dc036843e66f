"""Dates on the sheet, the log and the reminders follow the browser's day, not the server's."""

from __future__ import annotations

from datetime import date, timedelta

from streamlit.testing.v1 import AppTest

from infoview.clock import today_in
from infoview.export import render
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.ui import loaders
from infoview.ui.keys import Keys
from tests.conftest import ROOT
from tests.ui.test_log_page import prepare, widget

AHEAD, BEHIND = "Pacific/Kiritimati", "Etc/GMT+12"  # UTC+14 and UTC-12


def zone_on_another_day() -> str:
    """A time zone whose date is not the server's right now (one of the two always is)."""
    return AHEAD if today_in(AHEAD) != date.today() else BEHIND


def test_an_interview_held_today_in_the_users_time_zone_can_be_logged():
    zone = zone_on_another_day()
    users_day = today_in(zone)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.context["timezone"] = zone
    app.run()
    prepare(app)
    app.switch_page("pages/log.py").run()
    held_on = widget(app.date_input, "Held on")
    assert (held_on.value, held_on.max) == (users_day, users_day)
    widget(app.button, "Save interview").click().run()
    assert not app.exception and not app.error
    follow_ups = app.dataframe(key=Keys.FOLLOW_UPS_EDITOR).value.to_dict("records")
    assert [row["due"] for row in follow_ups] == [(users_day + timedelta(days=1)).isoformat()]


def test_a_download_made_on_thursday_is_dated_thursday():
    """The cached download is keyed on the day, so Monday's copy is never served on Thursday."""
    sheet = plan_sheet(Profile(name="Dana Whitfield", seniority="senior"), [], load_bank())
    monday, thursday = date(2026, 11, 30), date(2026, 12, 3)
    assert b"Mon 30 Nov 2026" in loaders.rendered(sheet, "md", "letter", monday)
    assert b"Thu 3 Dec 2026" in loaders.rendered(sheet, "md", "letter", thursday)
    assert loaders.rendered(sheet, "md", "letter", thursday) == render(sheet, "md", day=thursday)
