"""The Outreach page through AppTest: about me, drafts with edits, follow-ups and the .ics."""

from __future__ import annotations

import os
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from infoview.outreach import DRAFT_KINDS
from infoview.outreach.business_days import HOLIDAYS_DOCUMENT
from infoview.profile import Profile
from infoview.say import lower_first, say_statement
from infoview.store import DB_ENV, open_workspace
from infoview.ui.keys import Keys
from tests.conftest import ROOT
from tests.outreach.logged_workspace import logged_workspace

TIMEOUT = 60
LINK = "https://www.linkedin.com/in/ana-ruiz"


def outreach_page() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.run()
    app.switch_page("pages/outreach.py").run()
    assert not app.exception
    return app


def by_label(elements, label: str):
    return next(e for e in elements if e.label == label)


def save_about_me(app: AppTest, link: str = LINK) -> None:
    by_label(app.text_input, "Your name").set_value("Ana Ruiz")
    by_label(app.text_input, "One-line background").set_value("a financial analyst in banking")
    by_label(app.text_input, "Profile link").set_value(link)
    by_label(app.button, "Save about me").click()
    app.run()
    assert not app.exception


def test_without_about_me_the_page_says_what_to_add():
    app = outreach_page()
    assert app.title[0].value == "Outreach"
    assert app.info[0].value == "Add your name: every draft is signed with it."
    assert app.text_area.len == 0


@pytest.mark.parametrize("kind", DRAFT_KINDS)
def test_every_kind_renders_or_says_what_it_needs(kind):
    app = outreach_page()
    save_about_me(app)
    app.selectbox(key=Keys.DRAFT_KIND).set_value(kind).run()
    by_label(app.text_input, "To").set_value("Dana")
    by_label(app.text_input, "Referred by").set_value("Ravi Patel").run()
    assert not app.exception
    needs = {
        "referral": "You have not recorded that Ravi Patel agreed to be named.",
        "thanks": "No interview with Dana is logged: thank-yous and check-backs go to people "
        "you met.",
        "check-back": "No interview with Dana is logged",
    }
    opens = {
        "approach": "Dear Dana,\n\nRavi Patel suggested I write to you.",
        "letter": "Dear Dana,\n\nRavi Patel suggested I write to you.",
        "follow-up": "Dear Dana,\n\nI wrote on ",
        "phone": "Hello, is this Dana? Ravi Patel suggested I call you.",
    }
    if kind in needs:
        assert app.info[0].value.startswith(needs[kind])
        assert app.text_area.len == 0
    else:
        body = by_label(app.text_area, "Body").value
        undated = body.split("\n\n", 1)[1] if kind == "letter" else body
        assert undated.startswith(opens[kind])
    mail = [b.label for b in app.get("link_button")]
    assert mail == ([] if kind == "phone" or kind in needs else ["Open in my mail program"])


def test_a_bad_profile_link_is_explained():
    app = outreach_page()
    save_about_me(app, link="linkedin.com/in/ana")
    assert app.error[0].value.startswith('Profile link "linkedin.com/in/ana" must start with')


def test_approach_for_the_interviewee_with_word_count_mailto_and_copy():
    app = outreach_page()
    app.session_state[Keys.PROFILES] = {
        "Dana Whitfield (Northwind Motors)": Profile(
            name="Dana Whitfield",
            organization="Northwind Motors",
            title="Controller",
            referred_by="Ravi Patel",
        )
    }
    app.session_state[Keys.ACTIVE_PROFILE] = "Dana Whitfield (Northwind Motors)"
    save_about_me(app)
    assert app.success[0].value == "About me saved."
    by_label(app.text_input, "E-mail address").set_value("dana@northwind.example").run()

    subject = by_label(app.text_input, "Subject").value
    body = by_label(app.text_area, "Body").value
    assert subject == "Ravi Patel suggested I get in touch"
    assert body.split("\n\n")[:2] == [
        "Dear Dana Whitfield,",
        "Ravi Patel suggested I write to you. I am Ana Ruiz, a financial analyst in banking.",
    ]
    assert body.endswith(f"Ana Ruiz\n{LINK}")
    assert app.caption[0].value == f"{len(body.split())} words (keep under 120)"
    [mail] = app.get("link_button")
    assert mail.proto.url.startswith(
        "mailto:dana@northwind.example?subject=Ravi%20Patel%20suggested%20I%20get%20in%20touch"
        "&body=Dear%20Dana%20Whitfield%2C%0D%0A%0D%0ARavi%20Patel"
    )
    assert app.code[0].value == f"Subject: {subject}\n\n{body}"

    app.selectbox(key=Keys.DRAFT_KIND).set_value("referral").run()
    assert by_label(app.text_input, "To").value == ""
    assert by_label(app.text_input, "Referred by").value == "Dana Whitfield"
    by_label(app.checkbox, "They agreed that I may mention their name").check().run()
    assert by_label(app.text_area, "Body").value.startswith(
        "Hello,\n\nDana Whitfield, whom I spoke with recently, suggested I write to you"
    )


def test_edits_are_kept_counted_and_guarded():
    app = outreach_page()
    save_about_me(app)
    body = by_label(app.text_area, "Body")
    edited = body.value + "\nI am happy to send my résumé as well."
    body.set_value(edited).run()
    assert not app.exception
    assert by_label(app.text_area, "Body").value == edited
    assert app.caption[0].value == f"{len(edited.split())} words (keep under 120)"
    assert app.warning[0].value.startswith("This sends or hands over a résumé")
    assert app.code[0].value.endswith("I am happy to send my résumé as well.")

    by_label(app.text_area, "Body").set_value("word " * 130).run()
    assert app.warning[0].value == ("130 words: keep the body under 120 so it is read to the end.")


def test_thank_you_note_asks_for_what_was_learned():
    app = logged_outreach_page()
    app.selectbox(key=Keys.DRAFT_KIND).set_value("thanks").run()
    by_label(app.text_input, "One specific thing you learned").set_value("").run()
    assert app.info[0].value == "Add one specific thing you learned."
    by_label(app.text_input, "One specific thing you learned").set_value("forecasts are weekly")
    by_label(app.text_input, "What you will do next").set_value("call Kim Ito")
    by_label(app.date_input, "Date you met").set_value(date(2026, 11, 24))
    app.run()
    body = by_label(app.text_area, "Body").value
    assert body.split("\n\n")[1:3] == [
        "Thank you for taking the time to talk with me on Tuesday 24 November 2026. One thing "
        "I learned that will stay with me: forecasts are weekly.",
        "As a next step, I will call Kim Ito. I will let you know how it goes.",
    ]


def test_a_flagged_finding_becomes_the_teaser():
    app = outreach_page()
    app.switch_page("pages/research.py").run()
    by_label(app.button, "Load sample research").click().run()
    app.switch_page("pages/outreach.py").run()
    save_about_me(app)
    finding = by_label(app.selectbox, "Research finding to offer")
    flagged = [h.statement for h in app.session_state[Keys.HYPOTHESES] if h.flagged]
    assert finding.options[1 : 1 + len(flagged)] == flagged
    finding.set_value(flagged[0]).run()
    teaser = f"My research suggests that {lower_first(say_statement(flagged[0]))}"
    assert teaser in by_label(app.text_area, "Body").value


def test_logged_people_give_reminders_and_an_ics_download():
    app = outreach_page()
    editor_key = f"{Keys.TRACKER_EDITOR}-{app.session_state[Keys.TRACKER_VERSION]}"
    app.session_state[editor_key] = {
        "edited_rows": {},
        "added_rows": [
            {"contact": "Lee Chen", "approached_on": "2020-11-20"},
            {"contact": "Dana", "met_on": "2020-11-24", "thanked": True, "introduce_to": "Kim"},
        ],
        "deleted_rows": [],
    }
    app.run()
    assert not app.exception
    assert [t.contact for t in app.session_state[Keys.TRACKED]] == ["Lee Chen", "Dana"]
    reminders = app.dataframe[1].value
    assert reminders[["due", "status", "kind"]].values.tolist() == [
        ["2020-11-25", "done", "thank-you"],
        ["2020-11-25", "overdue", "no-reply"],
        ["2020-11-27", "overdue", "re-send"],
        ["2020-12-01", "overdue", "check-back"],
    ]
    [download] = app.get("download_button")
    assert download.proto.label == "Download reminders (.ics)"
    app.switch_page("pages/sheet.py").run()
    app.switch_page("pages/outreach.py").run()
    assert [t.contact for t in app.session_state[Keys.TRACKED]] == ["Lee Chen", "Dana"]


def logged_outreach_page() -> AppTest:
    """The page on a workspace where Dana, the current interviewee, was met and logged."""
    logged_workspace(os.environ[DB_ENV])
    app = outreach_page()
    save_about_me(app)
    return app


def test_thank_you_note_starts_from_the_latest_logged_interview():
    app = logged_outreach_page()
    app.selectbox(key=Keys.DRAFT_KIND).set_value("thanks").run()
    assert app.caption[0].value == (
        "Filled in from your interview on 2026-11-20; change anything you like."
    )
    assert by_label(app.text_input, "One specific thing you learned").value == (
        "what I had read, that Analyst pay in Detroit is around $72,000, does not match what you "
        "see"
    )
    assert by_label(app.date_input, "Date you met").value == date(2026, 11, 20)
    assert app.info[0].value.startswith("Add what you will do next")
    by_label(app.text_input, "What you will do next").set_value("write to Priya Raman").run()
    assert by_label(app.text_area, "Body").value.split("\n\n")[:2] == [
        "Dear Dana Whitfield,",
        "Thank you for taking the time to talk with me on Friday 20 November 2026. One thing I "
        "learned that will stay with me: what I had read, that Analyst pay in Detroit is "
        "around $72,000, does not match what you see.",
    ]


def test_check_back_and_referral_start_from_the_logged_referral():
    app = logged_outreach_page()
    app.selectbox(key=Keys.DRAFT_KIND).set_value("check-back").run()
    assert by_label(app.text_input, "Whom they offered to introduce you to").value == (
        "Priya Raman"
    )
    assert by_label(app.date_input, "Agreed date").value == date(2026, 11, 10)
    assert "we agreed I would check back on Tuesday 10 November 2026." in (
        by_label(app.text_area, "Body").value
    )


def test_logged_follow_ups_join_the_tracked_ones_in_one_list():
    """Dana's meetings are in the log: a thank-you ticked in the tracker is not a second
    record of them (tick it in the Interview log)."""
    app = logged_outreach_page()
    editor_key = f"{Keys.TRACKER_EDITOR}-{app.session_state[Keys.TRACKER_VERSION]}"
    app.session_state[editor_key] = {
        "edited_rows": {},
        "added_rows": [{"contact": "Dana Whitfield", "met_on": "2026-11-02", "thanked": True}],
        "deleted_rows": [],
    }
    app.run()
    assert not app.exception
    reminders = app.dataframe[1].value
    assert reminders[["due", "status", "contact", "kind"]].values.tolist() == [
        ["2026-11-03", "overdue", "Dana Whitfield", "thank-you"],
        ["2026-11-10", "done", "Omar Haddad", "thank-you"],
        ["2026-11-10", "overdue", "Dana Whitfield", "check-back"],
        ["2026-11-21", "overdue", "Dana Whitfield", "thank-you"],
    ]


def test_the_page_speaks_of_its_own_fields_never_of_command_line_options():
    app = outreach_page()
    save_about_me(app)
    for kind in DRAFT_KINDS:
        app.selectbox(key=Keys.DRAFT_KIND).set_value(kind).run()
        shown = [e.value for e in (*app.info, *app.markdown, *app.caption)]
        assert not [text for text in shown if "--" in text], kind


def test_the_message_type_is_kept_when_leaving_the_page_and_coming_back():
    app = outreach_page()
    app.selectbox(key=Keys.DRAFT_KIND).set_value("thanks").run()
    app.switch_page("pages/research.py").run()
    app.switch_page("pages/outreach.py").run()
    assert app.selectbox(key=Keys.DRAFT_KIND).value == "thanks"


def test_the_holiday_country_moves_reminders_and_is_kept_in_the_workspace():
    app = outreach_page()
    editor_key = f"{Keys.TRACKER_EDITOR}-{app.session_state[Keys.TRACKER_VERSION]}"
    app.session_state[editor_key] = {
        "edited_rows": {},
        "added_rows": [{"contact": "Lee Chen", "approached_on": "2025-07-01"}],
        "deleted_rows": [],
    }
    app.run()
    assert app.dataframe[1].value["due"].tolist() == ["2025-07-04", "2025-07-08"]
    by_label(app.selectbox, "Public holidays of").set_value("US").run()
    assert not app.exception
    assert app.dataframe[1].value["due"].tolist() == ["2025-07-07", "2025-07-08"]
    by_label(app.selectbox, "Region").set_value("NY").run()
    assert open_workspace(os.environ[DB_ENV]).document(HOLIDAYS_DOCUMENT) == "US-NY"

    restarted = outreach_page()
    assert by_label(restarted.selectbox, "Public holidays of").value == "US"
    assert by_label(restarted.selectbox, "Region").value == "NY"
    assert restarted.dataframe[1].value["due"].tolist() == ["2025-07-07", "2025-07-08"]
    by_label(restarted.selectbox, "Public holidays of").set_value("").run()
    assert [e.label for e in restarted.selectbox if e.label == "Region"] == []
    assert open_workspace(os.environ[DB_ENV]).document(HOLIDAYS_DOCUMENT) == ""


def test_a_thank_you_goes_to_someone_met_and_typing_a_name_brings_their_interview():
    app = logged_outreach_page()
    app.session_state[Keys.PROFILES] = {"Priya Nair": Profile(name="Priya Nair")}
    app.session_state[Keys.ACTIVE_PROFILE] = "Priya Nair"
    app.selectbox(key=Keys.DRAFT_KIND).set_value("thanks").run()
    assert by_label(app.text_input, "To").value == "Dana Whitfield"  # met last, not Priya
    by_label(app.text_input, "To").set_value("Omar Haddad").run()
    assert not app.exception
    assert app.caption[0].value == (
        "Filled in from your interview on 2026-11-09; change anything you like."
    )
    assert by_label(app.date_input, "Date you met").value == date(2026, 11, 9)
    by_label(app.text_input, "To").set_value("Priya Nair").run()
    assert app.info[0].value.startswith("No interview with Priya Nair is logged")
    assert app.text_area.len == 0


def test_a_referral_who_will_introduce_you_gets_no_cold_email():
    app = logged_outreach_page()
    app.selectbox(key=Keys.DRAFT_KIND).set_value("referral").run()
    assert by_label(app.text_input, "To").value == "Priya Raman"
    assert app.info[0].value.startswith(
        "Dana Whitfield offered to introduce you to Priya Raman: wait for that introduction"
    )
    assert app.text_area.len == 0


def test_what_was_typed_is_kept_across_pages_and_a_restart_until_cleared():
    app = outreach_page()
    save_about_me(app)
    app.selectbox(key=Keys.DRAFT_KIND).set_value("follow-up").run()
    by_label(app.text_input, "To").set_value("Dana").run()
    body = by_label(app.text_area, "Body")
    body.set_value(body.value + "\nP.S. I loved your talk.").run()
    app.switch_page("pages/research.py").run()
    app.switch_page("pages/outreach.py").run()
    assert by_label(app.text_area, "Body").value.endswith("P.S. I loved your talk.")

    restarted = outreach_page()
    assert restarted.selectbox(key=Keys.DRAFT_KIND).value == "follow-up"
    assert by_label(restarted.text_input, "To").value == "Dana"
    assert by_label(restarted.text_area, "Body").value.endswith("P.S. I loved your talk.")
    by_label(restarted.button, "Clear this message").click().run()
    assert not restarted.exception
    assert not by_label(restarted.text_area, "Body").value.endswith("P.S. I loved your talk.")
    assert by_label(restarted.text_input, "To").value == ""
