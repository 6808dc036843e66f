"""The Interviewee page keeps the industry and the candid-read choice, and the sheet follows."""

from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app, sheet_texts


def test_industry_and_candid_read_are_saved_and_shape_the_sheet():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/interviewee.py").run()
    candid = labelled(app.checkbox, "Ask for a candid read of my chances")
    assert candid.value is True
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Organization").set_value("Northwind Motors")
    labelled(app.selectbox, "Specialty").set_value("finance")
    labelled(app.selectbox, "Industry").set_value("automotive")
    candid.uncheck()
    labelled(app.button, "Save profile").click().run()
    assert not app.exception
    (saved,) = app.session_state[Keys.PROFILES].values()
    assert (saved.industry, saved.candid_read) == ("automotive", False)

    app.switch_page("pages/sheet.py").run()
    assert not app.exception
    texts = sheet_texts(app)
    assert any("automotive" in t for t in texts)
    assert not any("competitive" in t for t in texts)
