"""The whole flow in a real browser: upload, flag, profile, download the PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.conftest import SAMPLE

pytestmark = pytest.mark.browser


def go_to(page, title: str) -> None:
    page.locator('[data-testid="stSidebarNavLink"]', has_text=title).click()
    page.get_by_role("heading", name=title, exact=True).wait_for()
    wait_idle(page)


def wait_idle(page) -> None:
    """Wait until the app has finished its current rerun."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)


def test_upload_flag_profile_and_download_pdf(page, tmp_path, shoot):
    page.locator('input[type="file"]').set_input_files(str(SAMPLE))
    page.get_by_text("Salaries: salary, 10 rows").wait_for()
    wait_idle(page)
    shoot(page, "research")

    go_to(page, "Hypotheses")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 42, box["y"] + 35 + 17)  # the Flag checkbox of the first row
    page.get_by_text("3 of 13 hypotheses flagged.").wait_for()
    shoot(page, "hypotheses")

    go_to(page, "Interviewee")
    page.get_by_label("Name", exact=True).fill("Łucja Wiśniewska")
    page.get_by_label("Organization", exact=True).fill("Northwind Motors")
    page.get_by_label("Title", exact=True).fill("Controller")
    page.get_by_text("Works at my target organization").click()
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("Saved “Łucja Wiśniewska (Northwind Motors)”").wait_for()
    shoot(page, "interviewee")

    go_to(page, "Question sheet")
    page.get_by_text("Their path").first.wait_for()
    shoot(page, "sheet")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download PDF", exact=True).click()
    pdf_path = tmp_path / "sheet.pdf"
    download_info.value.save_as(pdf_path)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "Questions for Łucja Wiśniewska" in text
    assert "Financial Analyst" in " ".join(text.split())

    go_to(page, "Coverage")
    page.get_by_text("Flagged hypotheses on the sheet").wait_for()
    shoot(page, "coverage")


def test_bad_upload_shows_message_and_app_keeps_working(page, tmp_path):
    bad = tmp_path / "not-really.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken zip bytes")
    page.locator('input[type="file"]').set_input_files(str(bad))
    page.get_by_text("not-really.xlsx looks cut off or damaged").wait_for()
    assert page.locator('[data-testid="stException"]').count() == 0
    page.get_by_role("button", name="Load sample research").click()
    page.get_by_text("Salaries: salary, 10 rows").wait_for()
