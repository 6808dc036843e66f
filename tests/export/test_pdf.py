import io
import re
from dataclasses import replace

import pypdf
import pytest
from fpdf import FPDF

from infoview.contacts import research_list
from infoview.export import render
from infoview.export.pdf import BOX, FONT_DIR, MARGIN, MISSING, printable
from infoview.findings import propose_findings
from infoview.hypotheses import flag, from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.questions.model import Section
from infoview.research import read_research_path
from tests.conftest import SAMPLE
from tests.export.sheets import MEETING_DAY, make_sheet, question, spare_questions

POINTS_PER_MM = 72 / 25.4


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf(sheet, **options) -> bytes:
    return render(sheet, "pdf", day=MEETING_DAY, **options)


def test_a_15_minute_plan_prints_on_two_pages_in_reading_order():
    text = pages(pdf(make_sheet(spare=spare_questions(4))))
    assert len(text) == 2
    assert text[0].endswith("Page 1 of 2") and text[1].endswith("Page 2 of 2")
    whole = "\n".join(text)
    expected_order = [
        "INFORMATIONAL INTERVIEW",
        "Łucja Wiśniewska",
        "VP Finance, Lakeshore Motors",
        "Mon 2 Mar 2026",
        "15 min (13.5 planned)",
        "José Müller",
        "Purpose",
        "Research to share",
        "H1 Median pay for Financial Analyst in Detroit, MI is about $68,000  (Pay survey 2026)",
        "Opening 0.5 min",
        "1. Thank you for making time today. by 0.5 min",
        "Their path 1.5 min",
        "3. I read that rolling forecasts are spreading. True? by 4 min\ntests H2",
        "5. My research puts analyst pay near $68,000. Does it fit? by 7.5 min\ntests H1",
        "The organization 2 min",
        "Close 0.5 min",
        "10. That is our time; thank you. by 13.5 min",
        "If time permits",
        "11. Extra question number 1 about the field? 1.5 min",
        "14. Extra question number 4 about the field? 1.5 min",
        "Before you leave",
        "Ask whether you may mention them",
        "After the meeting",
        "Send a thank-you e-mail by Tue 3 Mar;",
        "check back\nbetween Mon 9 Mar and Thu 12 Mar.",
        "Name Organization How to reach May I mention you?",
    ]
    positions = [whole.find(snippet) for snippet in expected_order]
    assert -1 not in positions, [s for s, p in zip(expected_order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "name",
    [
        "Łucja Wiśniewska",
        "Zoë Ólafsdóttir",
        "José Müller",
        "Σωκράτης Παπαδόπουλος",
        "Анна Кузнецова",
    ],
)
def test_unicode_names_render_with_the_bundled_font(name):
    text = pages(pdf(make_sheet(name=name, referred_by=name)))
    assert text[0].count(name) == 2
    assert f"Questions for {name}" in text[1]
    assert MISSING not in "".join(text)


def test_characters_no_font_has_are_replaced_visibly():
    sheet = make_sheet(name="王芳 🎉", texts={"path": "Any tips? 👍 ありがとう"})
    text = "\n".join(pages(pdf(sheet)))
    assert "□□ □" in text
    assert "2. Any tips? □ □□□□□" in text
    assert printable("Zoë 王") == "Zoë □"


def test_markup_and_page_count_placeholders_print_literally():
    texts = {"path": "<script>alert('x')</script> **bold** {nb} &amp;"}
    text = "\n".join(pages(pdf(make_sheet(texts=texts))))
    assert "<script>alert('x')</script> **bold** {nb} &amp;" in text


def past_the_margin(page: pypdf.PageObject) -> list[str]:
    """Text pieces on `page` whose right end lies beyond the 17 mm right margin."""
    measure = FPDF()
    measure.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    measure.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    right_edge_mm = float(page.mediabox.width) / POINTS_PER_MM - 17
    outside = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        measure.set_font("DejaVu", "B" if "Bold" in str(font) else "", size * tm[0])
        if tm[4] / POINTS_PER_MM + measure.get_string_width(text.strip()) > right_edge_mm + 0.01:
            outside.append(text)

    page.extract_text(visitor_text=visit)
    return outside


def test_a_400_character_word_wraps_inside_the_page():
    word = "W" * 200 + "X" * 200
    page = pypdf.PdfReader(io.BytesIO(pdf(make_sheet(texts={"path": f"Start {word} end"})))).pages[
        0
    ]
    assert f"Start{word} end" in page.extract_text().replace("\n", "")
    assert past_the_margin(page) == []


def test_a_400_character_name_and_referral_stay_inside_every_page():
    name, referral = "N" * 400, "R" * 400
    reader = pypdf.PdfReader(io.BytesIO(pdf(make_sheet(name=name, referred_by=referral))))
    first = reader.pages[0].extract_text().replace("\n", "")
    assert name in first and referral in first
    assert reader.pages[1].extract_text().startswith("Questions for NNN")
    assert "…" in reader.pages[1].extract_text().splitlines()[0]
    assert [past_the_margin(page) for page in reader.pages] == [[]] * len(reader.pages)


def test_three_digit_question_numbers_stay_clear_of_the_checkbox():
    many = tuple(question(f"q{n}", "industry", f"Question {n}?", 0.5) for n in range(1, 106))
    sheet = replace(make_sheet(), sections=(Section("industry", many),))
    starts = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf(sheet))).pages:
        page.extract_text(
            visitor_text=lambda text, cm, tm, font, size: starts.setdefault(text.strip(), tm[4])
        )
    assert starts["105."] / POINTS_PER_MM >= MARGIN + BOX


def test_a_question_longer_than_a_page_flows_on_and_keeps_its_markers():
    long_text = " ".join(["word"] * 2500)
    text = pages(pdf(make_sheet(texts={"trend": long_text})))
    assert len(text) >= 3
    assert "by 4 min\ntests H2" in "\n".join(text)
    assert text[-1].endswith(f"Page {len(text)} of {len(text)}")


@pytest.mark.parametrize(("paper", "size_mm"), [("letter", (215.9, 279.4)), ("a4", (210.0, 297.0))])
def test_paper_size(paper, size_mm):
    box = pypdf.PdfReader(io.BytesIO(pdf(make_sheet(), paper=paper))).pages[0].mediabox
    assert (
        round(float(box.width) / POINTS_PER_MM, 1),
        round(float(box.height) / POINTS_PER_MM, 1),
    ) == size_mm


def test_only_the_first_four_spare_questions_are_printed_with_a_count_of_the_rest():
    text = "\n".join(pages(pdf(make_sheet(spare=spare_questions(9)))))
    assert "14. Extra question number 4 about the field?" in text
    assert "number 5" not in text
    assert "5 more questions in the DOCX and Markdown versions." in text


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("seniority", ["junior", "mid", "senior", "executive"])
@pytest.mark.parametrize("insider", [True, False])
@pytest.mark.parametrize("flagged", [3, 6])
def test_a_fifteen_minute_plan_prints_on_two_pages(paper, seniority, insider, flagged):
    tables = read_research_path(SAMPLE).tables
    findings = propose_findings(tables)
    hypotheses = flag([from_finding(f) for f in findings], {f.id for f in findings[::2][:flagged]})
    profile = Profile(
        name="Łucja Wiśniewska",
        organization="Lakeshore Motors",
        title="VP FP&A",
        seniority=seniority,
        specialty="finance",
        insider=insider,
        referred_by="José Müller",
    )
    sheet = plan_sheet(profile, hypotheses, load_bank(), research_list(tables).close("Lakeshore"))
    assert len(pypdf.PdfReader(io.BytesIO(render(sheet, "pdf", paper=paper))).pages) <= 2


def test_a_plan_too_long_for_two_pages_is_printed_tighter():
    tables = read_research_path(SAMPLE).tables
    findings = propose_findings(tables)
    hypotheses = [from_finding(f, flagged=True) for f in findings]
    profile = Profile(
        name="Dana", organization="Northwind", seniority="senior", specialty="finance", insider=True
    )
    sheet = plan_sheet(profile, hypotheses, load_bank(), research_list(tables).close("Northwind"))
    printed = pages(render(sheet, "pdf"))
    text = "\n".join(printed)
    assert len(printed) == 2
    more = re.search(r"(\d+) (?:more )?questions in the DOCX and Markdown versions\.", text)
    assert len(sheet.if_time_permits) - 4 <= int(more[1]) <= len(sheet.if_time_permits)


def test_each_text_is_measured_once_however_many_sheets_print_it(monkeypatch):
    measured = []
    multi_cell = FPDF.multi_cell

    def counting(self, w, h=None, text="", *args, **kwargs):
        if kwargs.get("dry_run"):
            measured.append(text)
        return multi_cell(self, w, h, text, *args, **kwargs)

    monkeypatch.setattr(FPDF, "multi_cell", counting)
    first_text = "Which three habits carried you through your first year of audits?"
    later_text = "Which three habits carried you through your first year of budgets?"
    first = pages(pdf(make_sheet(texts={"path": first_text})))
    later = pages(pdf(make_sheet(texts={"path": later_text})))
    again = pages(pdf(make_sheet(texts={"path": first_text})))
    assert measured.count(first_text) == 1  # on the first sheet only, though printed twice
    assert measured.count(later_text) == 1
    assert again == first
    assert first_text in " ".join(first[0].split())
    assert later_text in " ".join(later[0].split())
