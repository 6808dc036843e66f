"""Forms keep what was typed until the save succeeds, then start empty."""

from __future__ import annotations

from infoview.errors import WorkspaceError
from infoview.store import Workspace
from infoview.ui.keys import Keys, note_key, outcome_key
from tests.ui.test_log_page import TRENDS, new_app, prepare, widget

FINDING = "Plant controllers now report to the CFO"


def test_the_log_form_keeps_the_interview_when_the_save_fails(monkeypatch):
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    trends = next(h.id for h in app.session_state[Keys.HYPOTHESES] if h.statement == TRENDS)
    app.selectbox(key=outcome_key(trends)).set_value("supported")
    app.text_input(key=note_key(trends)).set_value("Already done in their team")
    widget(app.text_input, "Their organization in general terms").set_value("a large automaker")
    widget(app.text_area, "New findings, one per line").set_value(FINDING)

    def locked(self, interview, new):
        raise WorkspaceError("The workspace is busy (database is locked); try again.")

    with monkeypatch.context() as patched:
        patched.setattr(Workspace, "record_interview", locked)
        widget(app.button, "Save interview").click().run()
    assert [e.value for e in app.error] == [
        "The workspace is busy (database is locked); try again."
        " What you typed is still here: save it again in a moment."
    ]
    kept = (
        app.selectbox(key=outcome_key(trends)).value,
        app.text_input(key=note_key(trends)).value,
        widget(app.text_input, "Their organization in general terms").value,
        widget(app.text_area, "New findings, one per line").value,
    )
    assert kept == ("supported", "Already done in their team", "a large automaker", FINDING)

    widget(app.button, "Save interview").click().run()
    assert not app.exception and not app.error
    assert app.success[0].value.startswith("Logged the interview with Dana Whitfield: 1 supported")
    emptied = (  # a fresh showing of the form, its widgets keyed anew
        app.selectbox(key=outcome_key(trends, 1)).value,
        app.text_input(key=note_key(trends, 1)).value,
        widget(app.text_area, "New findings, one per line").value,
    )
    assert emptied == ("not discussed", "", "")


def test_a_referral_refused_for_its_missing_name_keeps_what_was_typed():
    app = new_app()
    prepare(app)
    app.switch_page("pages/log.py").run()
    widget(app.text_input, "Referral organization").set_value("Lakeshore Auto Parts")
    widget(app.text_input, "Contact (e-mail or phone)").set_value("priya@example.com")
    widget(app.button, "Add referral").click().run()
    assert app.error[0].value == "A referral needs a name: type who they suggested you contact."
    assert widget(app.text_input, "Referral organization").value == "Lakeshore Auto Parts"
    widget(app.text_input, "Referral name").set_value("Priya Raman")
    widget(app.button, "Add referral").click().run()
    assert not app.error
    assert [r.organization for r in app.session_state[Keys.PENDING_REFERRALS]] == [
        "Lakeshore Auto Parts"
    ]
    assert widget(app.text_input, "Referral name").value == ""


def test_an_own_hypothesis_refused_by_the_guard_stays_in_the_box():
    app = new_app()
    widget(app.button, "Load sample research").click().run()
    app.switch_page("pages/hypotheses.py").run()
    widget(app.text_input, "Add your own hypothesis").set_value("Can you get me a job here?")
    widget(app.button, "Add hypothesis").click().run()
    assert app.warning
    assert widget(app.text_input, "Add your own hypothesis").value == "Can you get me a job here?"
    widget(app.text_input, "Add your own hypothesis").set_value("Controllers report to the CFO")
    widget(app.button, "Add hypothesis").click().run()
    assert app.session_state[Keys.HYPOTHESES][-1].statement == "Controllers report to the CFO"
    assert widget(app.text_input, "Add your own hypothesis").value == ""
