"""The Hypotheses page confirms an added hypothesis."""

from __future__ import annotations

from tests.ui.test_flow import labelled, new_app


def test_an_added_hypothesis_is_confirmed():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/hypotheses.py").run()
    labelled(app.text_input, "Add your own hypothesis").set_value("Rolling  forecasts are common")
    labelled(app.button, "Add hypothesis").click().run()
    assert not app.exception
    assert [s.value for s in app.success] == [
        "Added “Rolling forecasts are common”: flag it below to test it."
    ]
