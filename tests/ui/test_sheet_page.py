from pathlib import Path

from streamlit.testing.v1 import AppTest

from infoview.profile import Profile
from infoview.ui.state import Keys

PAGE = Path(__file__).resolve().parents[2] / "pages" / "sheet.py"


def test_sheet_page_offers_every_download_on_the_chosen_paper():
    app = AppTest.from_file(str(PAGE), default_timeout=60)
    app.session_state[Keys.RESEARCH] = {}
    app.session_state[Keys.HYPOTHESES] = []
    app.session_state[Keys.PROFILE] = Profile(name="Zoë Ólafsdóttir", seniority="senior")
    app.run()
    assert not app.exception
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == ["Download PDF", "Word (DOCX)", "Markdown", "CSV", "Excel (XLSX)"]
    app.radio(key=Keys.SHEET_PAPER).set_value("a4").run()
    assert not app.exception
    assert app.radio(key=Keys.SHEET_PAPER).value == "a4"
