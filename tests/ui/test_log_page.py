"""The Interview log page through AppTest, and the app coming back as it was after a restart."""

from __future__ import annotations

from datetime import date, timedelta

from streamlit.testing.v1 import AppTest

from infoview.store import open_workspace
from infoview.ui.keys import Keys, note_key, outcome_key
from tests.conftest import ROOT

TIMEOUT = 60
TRENDS = (
    "Automakers are moving finance teams toward rolling forecasts (quarterly re-forecasting "
    "replaces the annual budget cycle)"
)
BATTERY = (
    "Battery plant investments are reshaping supplier cost models (cost accountants now model "
    "per-cell costs)"
)


def new_app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.run()
    return app


def widget(elements, label: str):
    return next(e for e in elements if e.label == label)


def prepare(app: AppTest) -> None:
    """Sample research, a profile for Dana Whitfield, and her sheet opened once."""
    widget(app.button, "Load sample research").click().run()
    app.switch_page("pages/interviewee.py").run()
    widget(app.text_input, "Name").set_value("Dana Whitfield")
    widget(app.text_input, "Organization").set_value("Northwind Motors")
    widget(app.selectbox, "Seniority").set_value("senior")
    widget(app.selectbox, "Specialty").set_value("finance")
    widget(app.button, "Save profile").click().run()
    app.switch_page("pages/sheet.py").run()
    assert not app.exception


def test_log_page_without_a_profile_points_to_the_interviewee_page():
    app = new_app()
    app.switch_page("pages/log.py").run()
    assert not app.exception
    assert app.title[0].value == "Interview log"
    assert app.info[0].value.startswith("Save the profile of the person you met first")


def test_log_an_interview_against_a_sheet_then_restart():
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    assert app.selectbox(key=Keys.LOG_TARGET).options[0].startswith("Sheet #1 for Dana Whitfield")

    widget(app.text_input, "Referral name").set_value("Priya Raman")
    widget(app.text_input, "Referral organization").set_value("Lakeshore Auto Parts")
    widget(app.text_input, "Contact (e-mail or phone)").set_value("priya@example.com")
    widget(app.checkbox, "They will introduce me first").check()
    widget(app.number_input, "Check back after (days)").set_value(9)
    widget(app.button, "Add referral").click().run()
    assert app.caption[-1].value == (
        "Not saved yet: these are saved with the interview in the next step."
    )
    assert app.main.markdown[-1].value == (
        "- **Priya Raman**: Lakeshore Auto Parts; priya@example.com; will introduce; check back "
        "after 9 days"
    )

    trends_id, battery_id = [
        h.id for h in app.session_state[Keys.HYPOTHESES] if h.statement in (TRENDS, BATTERY)
    ]
    app.selectbox(key=outcome_key(trends_id)).set_value("supported")
    app.text_input(key=note_key(trends_id)).set_value("Already done in their team")
    app.selectbox(key=outcome_key(battery_id)).set_value("refuted")
    widget(app.text_input, "Their organization in general terms").set_value("a large automaker")
    widget(app.text_area, "New findings, one per line").set_value(
        "Dana Whitfield says plant controllers now report to the CFO"
    )
    widget(app.button, "Save interview").click().run()
    assert not app.exception
    assert app.success[0].value == (
        "Logged the interview with Dana Whitfield: 1 supported, 1 refuted; 1 new hypotheses; "
        "2 follow-ups; referrals saved: Priya Raman."
    )
    assert app.session_state[Keys.PENDING_REFERRALS] == []
    assert not [c for c in app.caption if c.value.startswith("Not saved yet")]
    assert not [m for m in app.main.markdown if m.value.startswith("- **Priya Raman**")]
    today = date.today()
    assert app.dataframe(key=Keys.FOLLOW_UPS_EDITOR).value.to_dict("records") == [
        {
            "due": (today + timedelta(days=1)).isoformat(),
            "action": "Send Dana Whitfield a thank-you note (within a day of meeting)",
            "done": False,
            "id": 1,
        },
        {
            "due": (today + timedelta(days=9)).isoformat(),
            "action": "Check back with Dana Whitfield about the introduction to Priya Raman, "
            "as agreed",
            "done": False,
            "id": 2,
        },
    ]
    app.session_state[Keys.FOLLOW_UPS_EDITOR] = {
        "edited_rows": {0: {"done": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    assert not app.exception
    (logged,) = open_workspace().interviews()
    assert (logged.thank_you_sent, [f.done for f in logged.follow_ups]) == (True, [True, False])
    newest = app.session_state[Keys.HYPOTHESES][-1]
    assert (newest.statement, newest.flagged, newest.priority) == (
        "Someone says plant controllers now report to the CFO",
        True,
        "high",
    )

    restarted = new_app()
    restarted.switch_page("pages/hypotheses.py").run()
    assert not restarted.exception
    editor = restarted.dataframe(key=restarted.session_state[Keys.HYPOTHESES_EDITOR_NOW]).value
    status = dict(zip(editor["statement"], editor["status"], strict=True))
    assert (status[TRENDS], status[BATTERY]) == ("1 supported", "1 refuted")
    assert status[newest.statement] == "untested"
    profiles = restarted.session_state[Keys.PROFILES]
    assert profiles[restarted.session_state[Keys.ACTIVE_PROFILE]].name == "Dana Whitfield"
    assert list(restarted.session_state[Keys.RESEARCH]) == ["sample_research.xlsx"]

    restarted.switch_page("pages/coverage.py").run()
    assert not restarted.exception
    titles = [chart.proto.spec for chart in restarted.get("plotly_chart")]
    assert any("What each interview said about each hypothesis" in spec for spec in titles)


def test_a_referral_without_a_name_shows_what_to_do():
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    widget(app.text_input, "Referral organization").set_value("Lakeshore Auto Parts")
    widget(app.button, "Add referral").click().run()
    assert not app.exception
    assert app.error[0].value == "A referral needs a name: type who they suggested you contact."
    widget(app.button, "Save interview").click().run()
    assert [i.referrals for i in open_workspace().interviews()] == [()]


def test_an_unusable_workspace_is_explained_and_the_app_still_works(tmp_path, monkeypatch):
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("my own notes\n" * 100)
    monkeypatch.setenv("INFOVIEW_DB", str(not_a_database))
    app = new_app()
    assert not app.exception
    assert app.error[0].value == (
        f"The workspace database {not_a_database} cannot be used (file is not a database). If "
        "it is not an InfoView workspace, move it away or choose another file with INFOVIEW_DB "
        "or --db PATH."
    )
    widget(app.button, "Load sample research").click().run()
    assert not app.exception
    # nothing is shown as kept that the database did not store (#23): the page says so
    assert app.error[0].value.endswith("What you typed is still here: save it again in a moment.")
    assert app.session_state[Keys.HYPOTHESES] == []


def test_referrals_typed_before_saving_survive_a_restart():
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    widget(app.text_input, "Referral name").set_value("Priya Raman")
    widget(app.button, "Add referral").click().run()
    restarted = new_app()
    restarted.switch_page("pages/log.py").run()
    assert [r.name for r in restarted.session_state[Keys.PENDING_REFERRALS]] == ["Priya Raman"]
    assert restarted.main.markdown[-1].value == "- **Priya Raman**"


def log_trends(app: AppTest, result: str, note: str) -> str:
    """Fill the log form with one outcome for the trends hypothesis and save; its id."""
    [trends_id] = [h.id for h in app.session_state[Keys.HYPOTHESES] if h.statement == TRENDS]
    app.selectbox(key=outcome_key(trends_id)).set_value(result)
    app.text_input(key=note_key(trends_id)).set_value(note)
    widget(app.button, "Save interview").click().run()
    assert not app.exception
    return trends_id


def test_saving_again_opens_the_logged_interview_with_what_was_typed_then_corrects_it():
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    trends_id = log_trends(app, "supported", "Done in their team")
    app.switch_page("pages/sheet.py").run()
    app.switch_page("pages/log.py").run()
    # The form is fresh after the first save (showing 1): the same meeting typed again.
    app.selectbox(key=outcome_key(trends_id, 1)).set_value("nuanced")
    app.text_input(key=note_key(trends_id, 1)).set_value("Only at large plants")
    widget(app.button, "Save interview").click().run()
    assert not app.exception
    assert app.success[0].value.startswith(
        f"Your interview with Dana Whitfield on {date.today().isoformat()} was logged already: "
        "it is open below with what you just typed."
    )
    interview_id, version, typed = app.session_state[Keys.LOG_EDITING]
    token = f"2-{interview_id}-{version}"
    assert app.selectbox(key=outcome_key(trends_id, token)).value == "nuanced"
    assert app.text_input(key=note_key(trends_id, token)).value == "Only at large plants"
    widget(app.button, "Save the correction").click().run()
    assert not app.exception
    assert app.success[0].value == (
        f"Saved your correction to the interview with Dana Whitfield on {date.today().isoformat()}."
    )
    [logged] = open_workspace().interviews()
    [outcome] = [o for o in logged.outcomes if o.hypothesis_id == trends_id]
    assert (outcome.result, outcome.note) == ("nuanced", "Only at large plants")

    restarted = new_app()
    restarted.switch_page("pages/log.py").run()
    widget(restarted.button, "Open to correct").click().run()
    interview_id, version, shown = restarted.session_state[Keys.LOG_EDITING]
    assert version == 2
    token = f"0-{interview_id}-{version}"
    assert restarted.selectbox(key=outcome_key(trends_id, token)).value == "nuanced"
    assert restarted.text_input(key=note_key(trends_id, token)).value == "Only at large plants"


def test_a_note_typed_in_the_log_is_kept_across_pages_and_a_restart_until_saved():
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    [trends_id] = [h.id for h in app.session_state[Keys.HYPOTHESES] if h.statement == TRENDS]
    app.text_input(key=note_key(trends_id)).set_value("Half the plants already do").run()
    widget(app.text_area, "New findings, one per line").set_value("Audits moved in-house").run()
    app.switch_page("pages/sheet.py").run()
    restarted = new_app()
    restarted.switch_page("pages/log.py").run()
    assert restarted.text_input(key=note_key(trends_id)).value == "Half the plants already do"
    assert widget(restarted.text_area, "New findings, one per line").value == (
        "Audits moved in-house"
    )
    widget(restarted.button, "Save interview").click().run()
    assert not restarted.exception
    assert restarted.text_input(key=note_key(trends_id, 1)).value == ""  # saved: a fresh form
