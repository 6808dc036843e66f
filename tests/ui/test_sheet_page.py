"""The sheet page's downloads and paper choice."""

from infoview.ui.keys import Keys
from tests.ui.test_flow import planned_app


def test_sheet_page_offers_every_download_on_the_chosen_paper():
    app = planned_app()
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == ["PDF", "Word", "Markdown", "CSV", "Excel"]
    assert app.radio(key=Keys.SHEET_PAPER).value == "letter"
    app.radio(key=Keys.SHEET_PAPER).set_value("a4").run()
    assert not app.exception
    assert app.radio(key=Keys.SHEET_PAPER).value == "a4"
