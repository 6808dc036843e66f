"""A run reads the logged interviews from the workspace once, however many parts of the page
ask, and the next run reads them again: an interview logged in another tab shows."""

from __future__ import annotations

from infoview.store.workspace import Workspace
from infoview.ui.keys import Keys, outcome_key
from tests.ui.test_log_page import TRENDS, new_app, prepare, widget


def test_one_read_of_the_interviews_per_run_and_another_tabs_interview_shows(monkeypatch):
    sheet_tab = new_app()
    prepare(sheet_tab)  # on the question sheet, which plans from the interviews
    reads = []
    read = Workspace.read_interviews
    monkeypatch.setattr(Workspace, "read_interviews", lambda w: reads.append(1) or read(w))
    sheet_tab.run()
    assert not sheet_tab.exception
    assert len(reads) == 1
    assert sheet_tab.session_state[Keys.RUN_INTERVIEWS] == []

    log_tab = new_app()
    log_tab.switch_page("pages/log.py").run()
    [trends_id] = [h.id for h in log_tab.session_state[Keys.HYPOTHESES] if h.statement == TRENDS]
    log_tab.selectbox(key=outcome_key(trends_id)).set_value("supported")
    widget(log_tab.button, "Save interview").click().run()
    assert not log_tab.exception

    reads.clear()
    sheet_tab.run()
    assert len(reads) == 1
    assert [i.profile.name for i in sheet_tab.session_state[Keys.RUN_INTERVIEWS]] == [
        "Dana Whitfield"
    ]
