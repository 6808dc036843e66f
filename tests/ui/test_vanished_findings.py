"""A finding gone from re-uploaded research shows as no longer in it; its log and flag stay."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from infoview.ui.keys import Keys, outcome_key
from tests.conftest import DATA, ROOT
from tests.ui.test_log_page import widget

BATTERY = "Plants add battery lines (cost accountants model per-cell costs)"


def upload(app: AppTest, fixture: str) -> None:
    app.switch_page("pages/research.py").run()
    content = (DATA / fixture).read_bytes()
    app.file_uploader(key=Keys.UPLOADER).set_value(("trends.csv", content, "text/csv"))
    app.run()
    assert not app.exception


def no_longer_in_research(app: AppTest) -> list[dict]:
    app.switch_page("pages/hypotheses.py").run()
    shown = [e for e in app.expander if e.label.startswith("No longer in your research")]
    return shown[0].dataframe[0].value.to_dict("records") if shown else []


def test_a_finding_left_out_of_the_new_upload_keeps_its_log_and_comes_back_flagged():
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    upload(app, "trends_two_flagged.csv")
    battery = next(h for h in app.session_state[Keys.HYPOTHESES] if h.statement == BATTERY)
    app.switch_page("pages/hypotheses.py").run()
    app.session_state[app.session_state[Keys.HYPOTHESES_EDITOR_NOW]] = {
        "edited_rows": {1: {"priority": "low"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.switch_page("pages/interviewee.py").run()
    widget(app.text_input, "Name").set_value("Dana Whitfield")
    widget(app.button, "Save profile").click().run()
    app.switch_page("pages/sheet.py").run()
    app.switch_page("pages/log.py").run()
    app.selectbox(key=outcome_key(battery.id)).set_value("supported")
    widget(app.button, "Save interview").click().run()
    assert not app.error

    upload(app, "trends_one_dropped.csv")
    assert BATTERY not in [h.statement for h in app.session_state[Keys.HYPOTHESES]]
    gone = [{"hypothesis": BATTERY, "source": "Auto news", "interviews said": "1 supported"}]
    assert no_longer_in_research(app) == gone

    restarted = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    restarted.run()
    assert no_longer_in_research(restarted) == gone

    upload(restarted, "trends_two_flagged.csv")
    assert no_longer_in_research(restarted) == []
    back = next(h for h in restarted.session_state[Keys.HYPOTHESES] if h.id == battery.id)
    assert (back.statement, back.flagged, back.priority) == (BATTERY, True, "low")
