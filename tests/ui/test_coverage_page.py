"""The Coverage page names the flagged hypotheses the sheet leaves out."""

from dataclasses import replace

from infoview.ui.keys import Keys
from tests.ui.test_flow import planned_app


def test_coverage_names_the_hypotheses_left_out_by_priority():
    app = planned_app()
    app.session_state[Keys.HYPOTHESES] = [
        replace(h, flagged=True, priority="high") for h in app.session_state[Keys.HYPOTHESES]
    ]
    app.switch_page("pages/coverage.py").run()
    assert not app.exception
    [listed] = [m.value for m in app.markdown if "left out of the sheet" in m.value]
    heading, *items = listed.split("\n")
    assert heading.startswith("**High priority, left out of the sheet (")
    assert heading == f"**High priority, left out of the sheet ({len(items)}):**"
    assert len(items) > 3 and all(item.startswith("- ") for item in items)
    links = [link.proto.label for link in app.get("page_link")]
    assert links == [
        "Add them to the sheet (Question sheet)",
        "Change their priority or flag (Hypotheses)",
        "Flag the org-chart gaps to ask about",
        "Go to Interview log",
        "Plan another interview for what is untested or contested",
    ]
