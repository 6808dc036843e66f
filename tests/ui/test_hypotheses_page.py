"""The Hypotheses page: own hypotheses on top, search and filters, one finding in full."""

from __future__ import annotations

from pathlib import Path

from infoview.markup import markdown_text
from infoview.seeker import Seeker
from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app

DATA = Path(__file__).resolve().parents[1] / "data"


def sample_hypotheses_page():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/hypotheses.py").run()
    return app


def shown_statements(app) -> list[str]:
    return list(app.dataframe(key=app.session_state[Keys.HYPOTHESES_EDITOR_NOW]).value["statement"])


def test_an_added_hypothesis_is_on_top_flagged_with_its_topic():
    app = sample_hypotheses_page()
    labelled(app.text_input, "Add your own hypothesis").set_value("Rolling  forecasts are common")
    app.selectbox(key=Keys.NEW_HYPOTHESIS_TOPIC).set_value("trends")
    labelled(app.button, "Add hypothesis").click().run()
    assert not app.exception
    assert [s.value for s in app.success] == [
        "Added “Rolling forecasts are common” at the top of the list, flagged, with high "
        "priority: it goes on your next sheet. Untick Flag to leave it out."
    ]
    assert shown_statements(app)[0] == "Rolling forecasts are common"
    own = app.session_state[Keys.HYPOTHESES][-1]
    assert (own.flagged, own.priority, own.topic) == (True, "high", "trends")


def test_search_finds_a_finding_by_a_word():
    app = sample_hypotheses_page()
    labelled(app.text_input, "Search findings").set_value("ROLLING").run()
    assert not app.exception
    assert shown_statements(app) == [
        h.statement for h in app.session_state[Keys.HYPOTHESES] if "rolling" in h.statement.lower()
    ]
    assert len(shown_statements(app)) == 1
    labelled(app.toggle, "Flagged only").set_value(True).run()
    labelled(app.text_input, "Search findings").set_value("").run()
    assert len(shown_statements(app)) == 2  # the sample pre-flags two


def test_the_last_row_gets_its_priority_from_the_one_finding_view():
    app = sample_hypotheses_page()
    last = shown_statements(app)[-1]
    [hypothesis] = [h for h in app.session_state[Keys.HYPOTHESES] if h.statement == last]
    picker = labelled(app.selectbox, "Read or change one finding")
    picker.set_value(hypothesis.id).run()
    assert markdown_text(last) in [m.value for m in app.markdown]
    labelled(app.radio, "Priority").set_value("low").run()
    assert not app.exception
    [after] = [h for h in app.session_state[Keys.HYPOTHESES] if h.id == hypothesis.id]
    assert after.priority == "low"
    assert labelled(app.radio, "Priority").value == "low"


def test_the_occupation_group_filter_names_groups_in_words_with_counts():
    app = sample_hypotheses_page()
    picker = labelled(app.multiselect, "Occupation group")
    assert picker.options == [
        "Business and Financial Operations (5)",
        "· Financial Specialists (5)",
        "Management (4)",
        "· Operations Specialties Managers (4)",
        "Production (1)",
        "· Other Production (1)",
        "Not about one occupation (3)",
    ]
    picker.select("11-0000").run()
    assert not app.exception
    assert sorted(shown_statements(app)) == sorted(
        h.statement for h in app.session_state[Keys.HYPOTHESES] if h.occupation == "11-3031"
    )
    assert len(shown_statements(app)) == 4
    app.switch_page("pages/research.py").run()
    app.switch_page("pages/hypotheses.py").run()
    assert labelled(app.multiselect, "Occupation group").value == ["11-0000"]
    assert len(shown_statements(app)) == 4


def test_findings_are_shown_in_the_seekers_uk_english_and_kept_as_found():
    app = new_app()
    app.session_state[Keys.SEEKER] = Seeker("Ana Ruiz", english="uk")
    app.file_uploader(key=Keys.UPLOADER).set_value(
        ("news.csv", (DATA / "news_in_us_spelling.csv").read_bytes(), "text/csv")
    )
    app.run()
    app.switch_page("pages/hypotheses.py").run()
    assert not app.exception
    editor = app.dataframe(key=app.session_state[Keys.HYPOTHESES_EDITOR_NOW]).value
    assert list(editor["statement"]) == [
        "Employers reorganise their programmes to cut labour costs"
    ]
    assert list(editor["said"]) == [
        "According to Health Affairs Weekly in 2025, employers reorganise their programmes to "
        "cut labour costs."
    ]
    # shown in UK spelling, never saved as an edit of the finding
    [kept] = app.session_state[Keys.HYPOTHESES]
    assert kept.statement == "Employers reorganize their programs to cut labor costs"
