"""The Outreach page in a real browser: about me, a draft with mailto, edits, the .ics."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.test_flow_in_browser import go_to, wait_idle

pytestmark = pytest.mark.browser
LINK = "https://www.linkedin.com/in/ana-ruiz"


def textbox(page, name: str):
    return page.get_by_role("textbox", name=name, exact=True)


def test_draft_edit_mailto_and_follow_up_calendar(page, tmp_path, shoot):
    go_to(page, "Interviewee")
    textbox(page, "Name").fill("Dana Whitfield")
    textbox(page, "Organization").fill("Northwind Motors")
    textbox(page, "Referred by").fill("Ravi Patel")
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("Saved “Dana Whitfield (Northwind Motors)”").wait_for()

    go_to(page, "Outreach")
    textbox(page, "Your name").fill("Ana Ruiz")
    textbox(page, "One-line background").fill("a financial analyst in banking")
    textbox(page, "Profile link").fill(LINK)
    page.get_by_role("button", name="Save about me").click()
    page.get_by_text("About me saved.").wait_for()
    # The save's run is still placing the inputs below the message: a box typed in before it
    # ends may be redrawn and lose its unsent text, so wait as a reader of the message would.
    wait_idle(page)
    textbox(page, "E-mail address").fill("dana@northwind.example")
    textbox(page, "E-mail address").press("Enter")
    wait_idle(page)
    expect(textbox(page, "E-mail address")).to_have_value("dana@northwind.example")

    body = textbox(page, "Body")
    expect(body).to_have_value(re.compile(r"^Dear Dana Whitfield,"))
    text = body.input_value()
    assert text.split("\n\n")[:2] == [
        "Dear Dana Whitfield,",
        "Ravi Patel suggested I write to you. I am Ana Ruiz, a financial analyst in banking.",
    ]
    assert text.endswith(f"Ana Ruiz\n{LINK}")
    page.get_by_text(f"{len(text.split())} words (keep under 120)").wait_for()
    link = page.get_by_role("link", name="Open in my mail program")
    expect(link).to_have_attribute("href", re.compile(r"^mailto:dana@northwind\.example\?"))
    mail = urlsplit(link.get_attribute("href"))
    assert (mail.scheme, mail.path) == ("mailto", "dana@northwind.example")
    assert parse_qs(mail.query) == {
        "subject": ["Ravi Patel suggested I get in touch"],
        "body": [text.replace("\n", "\r\n")],
    }

    shoot(page, "outreach")

    body.fill(f"{text}\nCould you give me a job on your team?")
    body.press("Control+Enter")
    page.get_by_text("This asks for a job").wait_for()
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0

    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    grid.hover()
    page.get_by_role("button", name="Add row").click()
    box = grid.bounding_box()
    first_row = box["y"] + 35 + 17
    # The date first: a row without a name is not kept, so only the name triggers a rerun.
    page.mouse.dblclick(box["x"] + 150, first_row)  # the Approached on cell of the new row
    page.locator("input[type=date]").fill("2026-11-20")
    page.keyboard.press("Enter")
    page.locator("input[type=date]").wait_for(state="detached")
    page.mouse.click(box["x"] + 70, first_row)  # its Person cell
    page.keyboard.press("Enter")
    editor = page.locator("#portal textarea")
    editor.fill("Lee Chen")
    editor.press("Enter")
    page.locator('[data-testid="stDataFrame"]').nth(1).wait_for()  # the reminders table
    wait_idle(page)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download reminders (.ics)").click()
    ics = tmp_path / "follow-ups.ics"
    download_info.value.save_as(ics)
    calendar = Calendar.from_ical(ics.read_bytes())
    assert [(str(e["SUMMARY"]), e.start) for e in calendar.events] == [
        (
            "No reply from Lee Chen after 3 business days: approach someone else too",
            date(2026, 11, 25),
        ),
        ("Still no reply from Lee Chen: re-send your note", date(2026, 11, 27)),
    ]
