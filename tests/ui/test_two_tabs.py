"""Two tabs on one workspace: each saves only its own changes, and a change to a record the
other tab changed first is refused with a reload, losing nothing typed."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from infoview.store import open_workspace
from infoview.ui.keys import Keys
from tests.conftest import DATA, ROOT
from tests.ui.test_log_page import widget

OWN = "Controllers now report to the CFO"
REFUSED = "was changed in another tab - reload to see the latest"


def tab(page: str = "pages/hypotheses.py") -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    app.switch_page(page).run()
    return app


def edit_priority(app: AppTest, hypothesis_id: str, priority: str) -> None:
    """Set the priority in the editor's row of that hypothesis (rows are ranked, not stored)."""
    shown = app.dataframe(key=app.session_state[Keys.HYPOTHESES_EDITOR_NOW]).value
    row = list(shown["id"]).index(hypothesis_id)
    app.session_state[app.session_state[Keys.HYPOTHESES_EDITOR_NOW]] = {
        "edited_rows": {row: {"priority": priority}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()


def stored_priorities() -> list[str]:
    return [h.priority for h in open_workspace().hypotheses()]


def test_a_hypothesis_added_in_one_tab_survives_a_priority_change_in_the_other():
    first = tab("pages/research.py")
    widget(first.button, "Load sample research").click().run()
    first.switch_page("pages/hypotheses.py").run()
    second = tab()

    widget(first.text_input, "Add your own hypothesis").set_value(OWN)
    widget(first.button, "Add hypothesis").click().run()
    edit_priority(second, open_workspace().hypotheses()[0].id, "low")
    assert not second.error

    stored = open_workspace().hypotheses()
    assert (stored[0].priority, stored[-1].statement) == ("low", OWN)
    assert second.session_state[Keys.HYPOTHESES][-1].statement == OWN
    assert [h.statement for h in tab().session_state[Keys.HYPOTHESES]] == [
        h.statement for h in stored
    ]


def test_a_change_to_what_another_tab_changed_is_refused_then_kept_after_reload():
    first = tab("pages/research.py")
    widget(first.button, "Load sample research").click().run()
    first.switch_page("pages/hypotheses.py").run()
    second = tab()

    target = open_workspace().hypotheses()[0].id
    edit_priority(first, target, "low")
    edit_priority(second, target, "high")
    assert [e.value for e in second.error][0].startswith("The hypothesis")
    assert REFUSED in second.warning[0].value
    assert stored_priorities()[0] == "low"

    widget(second.button, "Reload the latest").click().run()
    assert not second.error and not second.warning
    assert stored_priorities()[0] == "high"
    assert second.session_state[Keys.HYPOTHESES][0].priority == "high"


def test_a_profile_form_refused_for_another_tabs_change_keeps_what_was_typed():
    first, second = tab("pages/interviewee.py"), tab("pages/interviewee.py")
    widget(first.text_input, "Name").set_value("Dana Whitfield")
    widget(first.button, "Save profile").click().run()

    widget(second.text_input, "Name").set_value("Omar Haddad")
    widget(second.text_input, "Organization").set_value("Quiet Axle Ltd")
    widget(second.button, "Save profile").click().run()
    assert REFUSED in second.warning[0].value
    assert widget(second.text_input, "Name").value == "Omar Haddad"

    widget(second.button, "Reload the latest").click().run()
    assert widget(second.text_input, "Organization").value == "Quiet Axle Ltd"
    widget(second.button, "Save profile").click().run()
    assert not second.warning
    assert [p.name for p in open_workspace().profile_list()] == ["Dana Whitfield", "Omar Haddad"]


def test_an_upload_refused_for_another_tabs_file_is_read_again_after_reload():
    first, second = tab("pages/research.py"), tab("pages/research.py")
    for app, fixture in ((first, "trends_two_flagged.csv"), (second, "trends_one_dropped.csv")):
        content = (DATA / fixture).read_bytes()
        app.file_uploader(key=Keys.UPLOADER).set_value(("trends.csv", content, "text/csv"))
        app.run()
    assert REFUSED in second.error[0].value
    second.run()  # the page stopped at "No research yet"; the next run offers the reload
    assert REFUSED in second.warning[0].value
    assert [t.rows for f in open_workspace().research_files() for t in f.tables] == [2]

    widget(second.button, "Reload the latest").click().run()
    assert not second.warning
    assert [t.rows for f in open_workspace().research_files() for t in f.tables] == [1]
