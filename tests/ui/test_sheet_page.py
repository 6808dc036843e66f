"""The sheet page's downloads and paper choice."""

from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app, planned_app


def rendered_formats(app) -> list[tuple[str, str]]:
    """The (format, paper) of every download this session has prepared."""
    return [(key[2], key[3]) for key in app.session_state[Keys.DERIVED] if key[0] == "rendered"]


def test_sheet_page_prepares_only_the_chosen_format_on_the_chosen_paper():
    app = planned_app()
    [download] = app.get("download_button")
    assert (download.proto.label, download.proto.url.rsplit(".", 1)[1]) == ("Download PDF", "pdf")
    assert app.segmented_control(key=Keys.SHEET_FORMAT).value == "pdf"
    assert app.radio(key=Keys.SHEET_PAPER).value == "letter"
    assert rendered_formats(app) == [("pdf", "letter")]

    app.radio(key=Keys.SHEET_PAPER).set_value("a4").run()
    assert not app.exception
    assert rendered_formats(app) == [("pdf", "letter"), ("pdf", "a4")]

    app.segmented_control(key=Keys.SHEET_FORMAT).set_value("md").run()
    [download] = app.get("download_button")
    assert (download.proto.label, download.proto.url.rsplit(".", 1)[1]) == (
        "Download Markdown",
        "md",
    )
    assert app.radio(key=Keys.SHEET_PAPER).disabled
    assert rendered_formats(app) == [("pdf", "letter"), ("pdf", "a4"), ("md", "letter")]


def test_the_chosen_format_and_paper_are_kept_after_leaving_the_page():
    app = planned_app()
    app.segmented_control(key=Keys.SHEET_FORMAT).set_value("docx").run()
    app.radio(key=Keys.SHEET_PAPER).set_value("a4").run()
    app.switch_page("pages/coverage.py").run()
    app.switch_page("pages/sheet.py").run()
    assert not app.exception
    assert app.segmented_control(key=Keys.SHEET_FORMAT).value == "docx"
    assert app.radio(key=Keys.SHEET_PAPER).value == "a4"
    [download] = app.get("download_button")
    assert download.proto.label == "Download Word"


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
