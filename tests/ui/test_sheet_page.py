"""The sheet page's downloads and paper choice."""

from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app, planned_app


def test_sheet_page_offers_every_download_on_the_chosen_paper():
    app = planned_app()
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == ["PDF", "Word", "Markdown", "CSV", "Excel"]
    assert app.radio(key=Keys.SHEET_PAPER).value == "letter"
    app.radio(key=Keys.SHEET_PAPER).set_value("a4").run()
    assert not app.exception
    assert app.radio(key=Keys.SHEET_PAPER).value == "a4"


def test_the_summary_names_the_work_the_title_was_placed_in():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Title").set_value("Charge Nurse")
    labelled(app.button, "Save profile").click().run()
    app.switch_page("pages/sheet.py").run()
    assert not app.exception
    summary = next(m.value for m in app.markdown if m.value.startswith("For **Dana Whitfield**"))
    assert summary.startswith("For **Dana Whitfield** (mid, Registered Nurses): ")
