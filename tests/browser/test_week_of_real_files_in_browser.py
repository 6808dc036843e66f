"""A week with real-shaped files in a real browser: Research stays readable, 1,000+ findings
are searchable and editable on any row, and nothing typed or corrected is lost on a restart: an
Outreach draft, a logged interview's correction, a new interviewee's profile not saved yet."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import TALLEST, served
from tests.browser.real_shaped import write_all
from tests.browser.test_flow_in_browser import go_to, wait_idle

pytestmark = pytest.mark.browser
CHART_HEIGHTS = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
    .map(e => e.getBoundingClientRect().height)"""
OWN = "Hospitals here hire analysts who were nurses first"


def open_tab(browser, url, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    tab.goto(url)
    tab.get_by_role("heading", name="Research", exact=True).wait_for()
    wait_idle(tab)
    return context, tab


def textbox(page, name: str):
    return page.get_by_role("textbox", name=name, exact=True)


def new_profile(page) -> None:
    """Pick "New profile…" in the Interviewee page's "Plan for" box."""
    plan_for = page.locator('[data-testid="stSelectbox"]').filter(has_text="Plan for")
    plan_for.get_by_role("combobox").click()  # About me's own boxes come first on the page
    page.get_by_role("option", name="New profile…", exact=True).click()
    wait_idle(page)


def research_sizes(page, width: int) -> tuple[int, list[float]]:
    page.set_viewport_size({"width": width, "height": 1000})
    page.wait_for_timeout(800)
    wait_idle(page)
    return page.evaluate(TALLEST), page.evaluate(CHART_HEIGHTS)


def test_a_week_with_three_real_shaped_files(browser, tmp_path, shoot):
    files = write_all(tmp_path)
    database = tmp_path / "ws.sqlite"
    with served(database) as url:
        context, page = open_tab(browser, url)
        page.locator('input[type="file"]').set_input_files([str(f) for f in files])
        page.get_by_text("hospital_hr_export (pay): salary, 400 rows").wait_for(timeout=120_000)
        wait_idle(page)
        page.locator('[data-testid="stPlotlyChart"]').nth(3).wait_for()
        for width in (1280, 420):
            height, charts = research_sizes(page, width)
            assert charts and max(charts) <= 900, (width, charts)
            print(f"Research at {width} px: {height} px tall, charts {charts}")
            if width == 1280:
                assert height < 8000
        page.set_viewport_size({"width": 1280, "height": 1000})
        shoot(page, "research")

        go_to(page, "Hypotheses")
        caption = page.get_by_test_id("stMain").get_by_text("hypotheses flagged")
        caption.wait_for()
        total = int(caption.inner_text().split(" of ")[1].split()[0].replace(",", ""))
        assert total >= 1000
        search = textbox(page, "Search findings")
        search.fill("radiology")
        search.press("Enter")
        wait_idle(page)
        detail = page.locator(".st-key-hypothesis-detail")
        expect(detail).to_contain_text(re.compile("radiology", re.IGNORECASE))
        search.fill("")
        search.press("Enter")
        wait_idle(page)

        # The last row of the first rows shown: its priority set with the mouse, then the keys.
        picker = page.locator('[data-testid="stSelectbox"]').filter(
            has_text="Read or change one finding"
        )
        for _ in range(5):  # a click or a key opens the list once the page has settled
            picker.get_by_role("combobox").click()
            if page.get_by_role("option").count():
                break
            picker.get_by_role("combobox").press("ArrowDown")
            page.wait_for_timeout(1000)
            if page.get_by_role("option").count():
                break
        page.get_by_role("option").last.click()
        wait_idle(page)
        wait_idle(page)
        detail.get_by_text("low", exact=True).last.click()
        wait_idle(page)
        page.wait_for_timeout(500)
        expect(detail.get_by_role("radio", name="low").last).to_be_checked()
        high = detail.get_by_role("radio", name="high").last
        for _ in range(3):  # the keyboard alone; a rerun may redraw the group under the focus
            high.focus()
            page.keyboard.press("Space")
            wait_idle(page)
            page.wait_for_timeout(800)
            if high.is_checked():
                break
        expect(detail.get_by_role("radio", name="high").last).to_be_checked()

        textbox(page, "Add your own hypothesis").fill(OWN)
        textbox(page, "Add your own hypothesis").press("Enter")
        page.get_by_role("button", name="Add hypothesis").click()
        page.get_by_text(f"Added “{OWN}” at the top of the list, flagged").wait_for()
        wait_idle(page)
        expect(detail).to_contain_text(OWN)
        grid = page.locator('[data-testid="stDataFrame"]').first
        expect(grid.locator("td").nth(3)).to_have_text(OWN)  # the Finding cell of row 1
        shoot(page, "hypotheses")

        go_to(page, "Interviewee")
        textbox(page, "Name").fill("Dana Whitfield")
        textbox(page, "Organization").fill("Mercy General")
        page.get_by_role("button", name="Save profile").click()
        page.get_by_text("Saved “Dana Whitfield (Mercy General)”").wait_for()

        go_to(page, "Interview log")
        textbox(page, "Note").first.fill("Most of them came from the wards")
        page.get_by_role("button", name="Save interview").click()
        page.get_by_text("Logged the interview with Dana Whitfield").wait_for()
        wait_idle(page)
        page.get_by_role("button", name="Open to correct").click()
        page.get_by_text("Correcting your interview with Dana Whitfield").wait_for()
        wait_idle(page)
        expect(textbox(page, "Note").first).to_have_value("Most of them came from the wards")
        textbox(page, "Note").first.fill("Only the ICU nurses, and only recently")
        page.get_by_role("button", name="Save the correction").click()
        page.get_by_text("Saved your correction to the interview with Dana Whitfield").wait_for()
        shoot(page, "log")

        go_to(page, "Outreach")
        textbox(page, "Your name").fill("Ana Ruiz")
        textbox(page, "One-line background").fill("a nurse moving into health-data analytics")
        page.get_by_role("button", name="Save about me").click()
        page.get_by_text("About me saved.").wait_for()
        textbox(page, "To").fill("Priya Raman")
        textbox(page, "To").press("Enter")
        body = textbox(page, "Body")
        expect(body).to_have_value(re.compile(r"Raman"))  # drafted for her
        wait_idle(page)
        body.fill(body.input_value() + "\nP.S. Your talk on sepsis dashboards stayed with me.")
        body.press("Control+Enter")
        wait_idle(page)
        go_to(page, "Research")
        go_to(page, "Outreach")
        expect(textbox(page, "Body")).to_have_value(
            re.compile(r"sepsis dashboards stayed with me\.$")
        )
        shoot(page, "outreach")

        go_to(page, "Interviewee")  # a second person, typed and not saved yet
        new_profile(page)
        textbox(page, "Name").fill("Ruth Okoye")
        textbox(page, "Name").press("Enter")
        wait_idle(page)
        textbox(page, "Title").fill("Clinical Data Manager")
        textbox(page, "Title").press("Enter")
        wait_idle(page)
        go_to(page, "Research")
        go_to(page, "Interviewee")
        expect(textbox(page, "Name")).to_have_value("Ruth Okoye")
        expect(textbox(page, "Title")).to_have_value("Clinical Data Manager")
        context.close()

    with served(database) as url:  # a restart: everything comes back from the workspace
        context, page = open_tab(browser, url)
        go_to(page, "Outreach")
        page.get_by_role("heading", name="Draft a message").wait_for()
        textbox(page, "To").wait_for()
        expect(textbox(page, "To")).to_have_value("Priya Raman")
        expect(textbox(page, "Body")).to_have_value(
            re.compile(r"sepsis dashboards stayed with me\.$")
        )
        go_to(page, "Interview log")
        page.get_by_role("button", name="Open to correct").click()
        wait_idle(page)
        expect(textbox(page, "Note").first).to_have_value("Only the ICU nurses, and only recently")
        go_to(page, "Interviewee")
        page.get_by_text("Not saved yet: the new profile you started for Ruth Okoye").wait_for()
        new_profile(page)
        # on a busy machine the last profile's form may still be on its way out
        expect(textbox(page, "Name")).to_have_count(1)
        expect(textbox(page, "Name")).to_have_value("Ruth Okoye")
        expect(textbox(page, "Title")).to_have_value("Clinical Data Manager")
        context.close()
