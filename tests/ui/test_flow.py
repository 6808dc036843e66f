"""The whole flow through AppTest: upload, flag, profile, sheet, coverage."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from infoview.profile import target_label
from infoview.ui.keys import Keys
from tests.conftest import ROOT, SAMPLE

PAGES = [
    "pages/research.py",
    "pages/hypotheses.py",
    "pages/interviewee.py",
    "pages/sheet.py",
    "pages/coverage.py",
]
TIMEOUT = 60


def new_app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.run()
    return app


def labelled(widgets, label: str):
    """The one widget with this label."""
    [widget] = [w for w in widgets if w.label == label]
    return widget


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_research(page):
    app = new_app()
    app.switch_page(page).run()
    assert not app.exception
    assert app.title[0].value in {
        "Research",
        "Hypotheses",
        "Interviewee",
        "Question sheet",
        "Coverage",
    }


def test_upload_flag_profile_sheet_and_coverage():
    app = new_app()
    app.file_uploader(key=Keys.UPLOADER).set_value(
        (
            "sample_research.xlsx",
            SAMPLE.read_bytes(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    )
    app.run()
    assert not app.exception
    expanders = [e.label for e in app.expander if not e.label.startswith("More column roles")]
    assert expanders == [
        "Technical notes: 3 on how sample_research.xlsx was read",
        "Salaries: **salary**, 10 rows (header on row 3)",
        "Trends: **trends**, 4 rows (header on row 1)",
        "Org chart: **org_chart**, 6 rows (header on row 3)",
    ]

    app.switch_page("pages/hypotheses.py").run()
    hypotheses = app.session_state[Keys.HYPOTHESES]
    assert len(hypotheses) == 13
    assert [h.flagged for h in hypotheses].count(True) == 2  # pre-flagged by "Ask about?"
    app.session_state[app.session_state[Keys.HYPOTHESES_EDITOR_NOW]] = {
        "edited_rows": {0: {"flag": True, "priority": "high"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    flagged = [h for h in app.session_state[Keys.HYPOTHESES] if h.flagged]
    assert len(flagged) == 3
    # Row 0 is the finding with the strongest evidence: no profile is chosen yet.
    assert flagged[0].statement.startswith("Pay for Financial Analyst across all places")
    assert flagged[0].priority == "high"

    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Organization").set_value("Northwind Motors")
    labelled(app.selectbox, "Seniority").set_value("senior")
    labelled(app.selectbox, "Specialty").set_value("finance")
    labelled(app.checkbox, target_label("")).check()
    labelled(app.button, "Save profile").click()
    app.run()
    assert not app.exception
    [profile] = app.session_state[Keys.PROFILES].values()
    assert (profile.name, profile.seniority, profile.specialty, profile.insider) == (
        "Dana Whitfield",
        "senior",
        "finance",
        True,
    )

    app.switch_page("pages/sheet.py").run()
    assert not app.exception
    assert [b.label for b in app.get("download_button")] == ["Download PDF"]
    headings = [h.value for h in app.subheader]
    assert headings[0].startswith("Opening")
    assert any(h.startswith("Industry & hypotheses") for h in headings)

    app.switch_page("pages/coverage.py").run()
    assert not app.exception
    assert app.metric[0].value == "3 of 3"


def test_bad_upload_shows_a_message_and_keeps_working():
    app = new_app()
    app.file_uploader(key=Keys.UPLOADER).set_value(
        ("broken.xlsx", b"PK\x03\x04 this is not a workbook", "application/octet-stream")
    )
    app.run()
    assert not app.exception
    assert "broken.xlsx" in app.error[0].value
    labelled(app.button, "Load sample research").click().run()  # still works after a bad file
    assert not app.exception
    assert list(app.session_state[Keys.RESEARCH]) == ["broken.xlsx", "sample_research.xlsx"]
    app.button(key="file-remove-unreadable-broken.xlsx").click().run()
    assert list(app.session_state[Keys.RESEARCH]) == ["sample_research.xlsx"]
    assert not app.error


def save_profile(app: AppTest, name: str, organization: str, seniority: str) -> None:
    labelled(app.selectbox, "Plan for").set_value("New profile…").run()
    labelled(app.text_input, "Name").set_value(name)
    labelled(app.text_input, "Organization").set_value(organization)
    labelled(app.selectbox, "Seniority").set_value(seniority)
    labelled(app.button, "Save profile").click().run()


def test_several_profiles_are_kept_and_one_is_picked():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    save_profile(app, "Ana Ruiz", "Acme", "junior")
    save_profile(app, "Ben Ode", "Initech", "executive")
    assert not app.exception
    assert list(app.session_state[Keys.PROFILES]) == ["Ana Ruiz (Acme)", "Ben Ode (Initech)"]
    assert app.session_state[Keys.ACTIVE_PROFILE] == "Ben Ode (Initech)"
    assert app.success[0].value.startswith("Saved “Ben Ode (Initech)”")

    labelled(app.selectbox, "Plan for").set_value("Ana Ruiz (Acme)").run()
    assert app.session_state[Keys.ACTIVE_PROFILE] == "Ana Ruiz (Acme)"
    assert labelled(app.selectbox, "Seniority").value == "junior"
    labelled(app.button, "Delete this profile").click().run()
    assert list(app.session_state[Keys.PROFILES]) == ["Ben Ode (Initech)"]


def test_an_empty_specialty_is_refused_on_the_page():
    app = new_app()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Ana Ruiz")
    labelled(app.text_input, "Other specialty").set_value("   ")
    labelled(app.selectbox, "Specialty").set_value("other…")
    labelled(app.button, "Save profile").click().run()
    assert not app.exception
    assert app.error[0].value == "Specialty is empty: pick one or type the person's field."
    assert app.session_state[Keys.PROFILES] == {}


def test_hypotheses_filter_and_the_guard_on_reworded_findings():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/hypotheses.py").run()
    app.session_state[Keys.TOPIC_FILTER] = ["organization"]
    app.run()
    assert "2 of 13 hypotheses flagged; 3 match." in [c.value for c in app.caption]
    hypotheses = app.session_state[Keys.HYPOTHESES]
    app.session_state[app.session_state[Keys.HYPOTHESES_EDITOR_NOW]] = {
        "edited_rows": {0: {"statement": "Could you hire me for the VP role?", "flag": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    assert not app.exception
    assert "asks for a job" in app.warning[0].value
    first = next(h for h in hypotheses if h.topic == "organization")
    [org] = [h for h in app.session_state[Keys.HYPOTHESES] if h.id == first.id]
    assert org.statement == first.statement
    assert org.flagged is True


def test_own_hypothesis_that_asks_for_a_job_is_not_added():
    app = new_app()
    app.switch_page("pages/hypotheses.py").run()
    labelled(app.text_input, "Add your own hypothesis").set_value("Are there any openings for me?")
    app.button[0].click().run()
    assert "asks for a job" in app.warning[0].value
    assert app.session_state[Keys.HYPOTHESES] == []
    labelled(app.text_input, "Add your own hypothesis").set_value("Rolling forecasts are common")
    app.button[0].click().run()
    assert [h.statement for h in app.session_state[Keys.HYPOTHESES]] == [
        "Rolling forecasts are common"
    ]


def planned_app() -> AppTest:
    """The sample loaded and an insider finance profile saved, on the sheet page."""
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    app.switch_page("pages/interviewee.py").run()
    labelled(app.text_input, "Name").set_value("Dana Whitfield")
    labelled(app.text_input, "Organization").set_value("Northwind Motors")
    labelled(app.selectbox, "Specialty").set_value("finance")
    labelled(app.checkbox, target_label("")).check()
    labelled(app.button, "Save profile").click().run()
    app.switch_page("pages/sheet.py").run()
    assert not app.exception
    return app


def sheet_texts(app: AppTest) -> list[str]:
    return [t.value for t in app.text if t.value.startswith("☐ ")]


def test_sheet_questions_can_be_removed_swapped_pinned_and_added():
    app = planned_app()
    before = sheet_texts(app)
    rapport = before[1]
    removes = [b.key for b in app.button if b.key and b.key.startswith("sheet-remove-")]
    app.button(key=removes[1]).click().run()  # the buttons follow the questions' order
    assert rapport not in sheet_texts(app)
    edits = next(iter(app.session_state[Keys.SHEET_EDITS].values()))
    assert len(edits.removed) == 1

    swap = next(b for b in app.button if b.key and b.key.startswith("sheet-swap-"))
    swap.click().run()
    assert not app.exception
    edits = next(iter(app.session_state[Keys.SHEET_EDITS].values()))
    assert len(edits.removed) == 2 and len(edits.pinned) == 1

    labelled(app.text_input, "Question").set_value("Can I apply for a role on your team?")
    labelled(app.button, "Add question").click().run()
    assert "asks for a job" in app.warning[0].value
    assert not any("apply for a role" in t for t in sheet_texts(app))

    labelled(app.text_input, "Question").set_value("What surprised you in your first year?")
    labelled(app.button, "Add question").click().run()
    assert "☐ What surprised you in your first year?" in sheet_texts(app)

    labelled(app.button, "Undo my changes to this sheet").click().run()
    assert sheet_texts(app) == before


def test_detection_can_be_corrected_on_the_research_page():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    kinds = [s for s in app.selectbox if s.label == "Kind"]
    assert [s.value for s in kinds] == ["salary", "trends", "org_chart"]
    kinds[1].set_value("notes").run()
    assert not app.exception
    files = app.session_state[Keys.RESEARCH]
    assert [t.kind for t in files["sample_research.xlsx"].tables] == [
        "salary",
        "notes",
        "org_chart",
    ]
    assert not any(
        h.topic == "trends" and not h.custom
        for h in app.session_state[Keys.HYPOTHESES]
        if h.source == "Trade magazine"
    )

    location = next(s for s in app.selectbox if s.label == "Location" and s.value == "Location")
    location.set_value("(none)").run()
    salary = app.session_state[Keys.RESEARCH]["sample_research.xlsx"].tables[0]
    assert "location" not in salary.columns
    assert salary.columns["role"] == "Role"


def test_edits_about_me_and_tracked_people_survive_a_restart():
    app = planned_app()
    removes = [b.key for b in app.button if b.key and b.key.startswith("sheet-remove-")]
    app.button(key=removes[1]).click().run()  # the buttons follow the questions' order
    labelled(app.text_input, "Question").set_value("What surprised you in your first year?")
    labelled(app.button, "Add question").click().run()
    edits = dict(app.session_state[Keys.SHEET_EDITS])
    app.switch_page("pages/outreach.py").run()
    labelled(app.text_input, "Your name").set_value("Ana Ruiz")
    labelled(app.text_input, "Profile link").set_value("https://example.org/ana")
    labelled(app.button, "Save about me").click().run()
    assert not app.exception

    restarted = new_app()
    assert restarted.session_state[Keys.SHEET_EDITS] == edits
    assert restarted.session_state[Keys.SEEKER].name == "Ana Ruiz"
    restarted.switch_page("pages/sheet.py").run()
    assert "☐ What surprised you in your first year?" in sheet_texts(restarted)


def test_currency_and_pay_period_can_be_corrected_on_the_research_page():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    labelled(app.selectbox, "Currency of the amounts").set_value("EUR").run()
    labelled(app.selectbox, "Pay period where a cell does not say").set_value("month").run()
    assert not app.exception
    salary = app.session_state[Keys.RESEARCH]["sample_research.xlsx"].tables[0]
    assert (salary.currency, salary.pay_period) == ("EUR", "month")
    assert labelled(app.selectbox, "Currency of the amounts").value == "EUR"


def test_uk_english_chosen_in_about_me_spells_the_sheet_and_survives_a_restart():
    app = planned_app()
    assert any("organized" in t or "organization" in t for t in sheet_texts(app))
    app.switch_page("pages/outreach.py").run()
    labelled(app.text_input, "Your name").set_value("Ana Ruiz")
    labelled(app.selectbox, "Spelling").set_value("uk")
    labelled(app.button, "Save about me").click().run()
    assert not app.exception

    restarted = new_app()
    assert restarted.session_state[Keys.SEEKER].english == "uk"
    restarted.switch_page("pages/sheet.py").run()
    said = " ".join(sheet_texts(restarted))
    assert "organis" in said
    assert "organiz" not in said


def test_a_currency_chosen_in_about_me_says_unmarked_amounts_in_it_and_keeps_the_flags():
    app = new_app()
    content = (ROOT / "tests/data/survey_salaries_naming_no_currency.csv").read_bytes()
    app.file_uploader(key=Keys.UPLOADER).set_value(("survey.csv", content, "text/csv"))
    app.run()
    [coordinator, manager] = app.session_state[Keys.HYPOTHESES]
    assert coordinator.statement.startswith("Pay for Project Coordinator is about $30,500")
    app.switch_page("pages/hypotheses.py").run()
    app.session_state[app.session_state[Keys.HYPOTHESES_EDITOR_NOW]] = {
        "edited_rows": {0: {"flag": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.switch_page("pages/outreach.py").run()
    labelled(app.selectbox, "Currency").set_value("GBP")
    labelled(app.button, "Save about me").click().run()
    assert not app.exception

    def shown(app: AppTest) -> list[tuple[str, bool, str]]:
        return [(h.id, h.flagged, h.statement) for h in app.session_state[Keys.HYPOTHESES]]

    pounds = [
        (
            coordinator.id,
            True,
            "Pay for Project Coordinator is about £30,500 a year across three responses "
            "(75% of all 4), from £28,000 to £31,000",
        ),
        (manager.id, False, "One response puts pay for Operations Manager at about £47,000 a year"),
    ]
    assert shown(app) == pounds
    app.switch_page("pages/research.py").run()
    assert labelled(app.selectbox, "Currency of the amounts").value == "GBP"
    chosen = "pounds sterling, the currency chosen under About me"
    assert any(chosen in warning.value for warning in app.warning)

    restarted = new_app()
    assert restarted.session_state[Keys.SEEKER].currency == "GBP"
    assert shown(restarted) == pounds
