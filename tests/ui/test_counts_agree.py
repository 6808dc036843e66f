"""Every count of files, findings, flagged hypotheses, interviews and contacts is the same on
the sidebar and on each page that shows it (`infoview.counts`)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from infoview.ui.keys import Keys
from tests.conftest import DATA
from tests.ui.test_flow import labelled, new_app

# The sample research (3 tables, 13 findings, 2 flagged by its "Ask about?" column), one more
# finding flagged, one own hypothesis, and a trends file with 2 flagged findings uploaded and
# removed again: its findings are no longer in the research, so not counted.
SIDEBAR = [
    "Research: 1 file, 3 tables, 13 findings",
    "Hypotheses: 4 of 14 flagged",
    "Interviewee: Dana Whitfield",
    "Question sheet ready",
    "Interview log: 1 interview",
    "Whom to meet next: 2 people",  # Ravi, and Dana once her interview is logged
]


def sidebar(app: AppTest) -> list[str]:
    """The progress guide's lines, without their tick icons."""
    lines = [m.value.split(" ", 1)[1] for m in app.sidebar.markdown if m.value.startswith(":")]
    return lines


def captions(app: AppTest) -> list[str]:
    return [c.value for c in app.caption]


def build_workspace() -> AppTest:
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    trends = (DATA / "trends_two_flagged.csv").read_bytes()
    app.file_uploader(key=Keys.UPLOADER).set_value(("trends.csv", trends, "text/csv")).run()
    assert sum(h.flagged for h in app.session_state[Keys.HYPOTHESES]) == 4

    app.switch_page("pages/hypotheses.py").run()
    labelled(app.text_input, "Add your own hypothesis").set_value("Finance hires from nursing")
    labelled(app.button, "Add hypothesis").click().run()
    first_unflagged = next(
        number
        for number, flagged in enumerate(
            app.dataframe(key=app.session_state[Keys.HYPOTHESES_EDITOR_NOW]).value["flag"]
        )
        if not flagged
    )
    app.session_state[app.session_state[Keys.HYPOTHESES_EDITOR_NOW]] = {
        "edited_rows": {first_unflagged: {"flag": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()

    app.switch_page("pages/research.py").run()
    app.button(key="file-remove-trends.csv").click().run()
    assert not app.exception

    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Title").set_value("Senior Financial Analyst")
    labelled(app.button, "Save profile").click().run()
    app.switch_page("pages/next.py").run()
    labelled(app.text_input, "Name").set_value("Ravi Okafor")
    labelled(app.button, "Add to my list").click().run()
    app.switch_page("pages/sheet.py").run()
    # one flagged hypothesis taken off this sheet: still flagged, counted as left out
    removes = [b.key for b in app.button if (b.key or "").startswith("sheet-remove-hyp-")]
    app.button(key=removes[0]).click().run()
    app.switch_page("pages/log.py").run()
    labelled(app.button, "Save interview").click().run()
    assert not app.exception
    return app


def test_sidebar_and_pages_give_the_same_counts():
    app = build_workspace()
    hypotheses = app.session_state[Keys.HYPOTHESES]
    assert (len(hypotheses), sum(h.flagged for h in hypotheses)) == (14, 4)

    app.switch_page("pages/research.py").run()
    assert sidebar(app) == SIDEBAR
    assert "Your research: 1 file, 3 tables, 13 findings." in captions(app)

    app.switch_page("pages/hypotheses.py").run()
    assert sidebar(app) == SIDEBAR
    assert "4 of 14 hypotheses flagged." in captions(app)

    app.switch_page("pages/sheet.py").run()
    assert sidebar(app) == SIDEBAR
    [summary] = [m.value for m in app.markdown if m.value.startswith("For **Dana")]
    assert summary.endswith("they test 3 of your 4 flagged hypotheses.")

    app.switch_page("pages/coverage.py").run()
    assert sidebar(app) == SIDEBAR
    [on_sheet] = [m for m in app.metric if m.label == "Flagged hypotheses on the sheet"]
    assert on_sheet.value == "3 of 4"  # the one taken off the sheet is left out
    assert sum(len(m.value.splitlines()) - 1 for m in app.markdown if "left out" in m.value) == 1

    app.switch_page("pages/log.py").run()
    assert sidebar(app) == SIDEBAR
    assert "Logged interviews (1)" in [s.value for s in app.subheader]

    app.switch_page("pages/next.py").run()
    assert sidebar(app) == SIDEBAR
    assert "All your contacts (2)" in [e.label for e in app.expander]
