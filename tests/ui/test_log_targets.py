""" "Interview with" lists the saved profiles and the newest sheet of each, nothing stale."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from infoview.hypotheses import custom_hypothesis
from infoview.log import KeptSheet, log_targets
from infoview.profile import Profile
from infoview.ui.keys import Keys
from tests.conftest import ROOT
from tests.ui.test_log_page import prepare, widget

DANA = Profile(name="Dana Whitfield", organization="Northwind Motors", seniority="senior")
OMAR = Profile(name="Omar Haddad", seniority="junior")
PAY = custom_hypothesis("Analyst pay is about $72,000")


def kept(sheet_id: int, profile: Profile) -> KeptSheet:
    return KeptSheet(
        sheet_id, profile, f"2026-11-{sheet_id:02d}T09:00:00", ((PAY.id, PAY.statement),)
    )


def test_each_saved_profile_offers_its_newest_sheet_and_itself():
    edited_away = Profile(name="Dana Whitfield", seniority="mid")
    sheets = [kept(4, DANA), kept(3, edited_away), kept(2, DANA), kept(1, OMAR)]
    labels = [t.label for t in log_targets(sheets, [DANA], [PAY])]
    assert labels == [
        "Sheet #4 for Dana Whitfield (Northwind Motors), 2026-11-04 09:00",
        "Profile: Dana Whitfield (Northwind Motors), 1 flagged hypotheses",
    ]


def options(app: AppTest) -> list[str]:
    app.switch_page("pages/log.py").run()
    return [o.split(",")[0] for o in app.selectbox(key=Keys.LOG_TARGET).options]


def test_pins_swaps_edits_and_deletes_leave_one_choice_per_profile():
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    prepare(app)
    next(b for b in app.button if b.key and b.key.startswith("sheet-pin-")).click().run()
    next(b for b in app.button if b.key and b.key.startswith("sheet-swap-")).click().run()
    assert not app.exception
    newest = options(app)
    assert newest[1:] == ["Profile: Dana Whitfield (Northwind Motors)"]
    assert len(newest) == 2 and newest[0].startswith("Sheet #")

    app.switch_page("pages/interviewee.py").run()
    widget(app.text_input, "Name").set_value("Dana R. Whitfield")
    widget(app.button, "Save profile").click().run()
    assert options(app) == ["Profile: Dana R. Whitfield (Northwind Motors)"]

    app.switch_page("pages/interviewee.py").run()
    widget(app.button, "Delete this profile").click().run()
    app.switch_page("pages/log.py").run()
    assert app.info[0].value.startswith("Save the profile of the person you met first")
