import io

import docx
import pytest

from infoview.export import render
from tests.export.sheets import MEETING_DAY, make_sheet, spare_questions


def read(sheet, **options):
    return docx.Document(io.BytesIO(render(sheet, "docx", day=MEETING_DAY, **options)))


def test_headings_and_questions_in_order():
    document = read(make_sheet(spare=spare_questions(2)))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings == [
        "Łucja Wiśniewska",
        "Research to share",
        "Opening (0.5 min)",
        "Their path (1.5 min)",
        "Industry & hypotheses (3.5 min)",
        "Career & compensation (3.5 min)",
        "The organization (2 min)",
        "Referrals & next steps (2 min)",
        "Close (0.5 min)",
        "If time permits",
        "Before you leave",
        "After the meeting",
    ]
    questions = [p.text for p in document.paragraphs if p.text.startswith("\t") and ". " in p.text]
    assert questions[:3] == [
        "\t1. Thank you for making time today.\tby 0.5 min",
        "\t2. How did you get into corporate finance?\tby 2 min",
        "\t3. I read that rolling forecasts are spreading. True?\tby 4 min · tests H2",
    ]
    assert questions[-2:] == [
        "\t11. Extra question number 1 about the field?\t1.5 min",
        "\t12. Extra question number 2 about the field?\t1.5 min",
    ]


def test_every_question_and_follow_up_has_a_word_checkbox():
    document = read(make_sheet(spare=spare_questions(2)))
    boxes = document.element.body.xpath(".//w14:checkbox")
    assert len(boxes) == 12 + 4


def test_header_table_names_the_date_meeting_and_referral():
    table = read(make_sheet()).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["DATE", "MEETING", "REFERRED BY"],
        ["Mon 2 Mar 2026", "15 min (13.5 planned)", "José Müller"],
    ]


def test_questions_that_need_answers_get_a_ruled_note_line():
    document = read(make_sheet())
    rules = document.element.body.xpath(".//w:pPr/w:pBdr/w:bottom")
    assert len(rules) == 7


def test_referral_grid_has_a_header_and_three_empty_rows():
    grid = read(make_sheet()).tables[1]
    assert [c.text for c in grid.rows[0].cells] == [
        "Name",
        "Organization",
        "How to reach",
        "May I mention you?",
    ]
    assert [c.text for row in grid.rows[1:] for c in row.cells] == [""] * 12


@pytest.mark.parametrize("name", ["Zoë Ólafsdóttir", "Σωκράτης", "Анна Кузнецова", "王芳 🎉"])
def test_unicode_and_markup_are_kept_as_text(name):
    texts = {"path": "<script>alert('x')</script> \x0b{nb}"}
    document = read(make_sheet(name=name, texts=texts))
    body = "\n".join(p.text for p in document.paragraphs)
    assert document.paragraphs[1].text == name
    assert "\t2. <script>alert('x')</script> {nb}\tby 2 min" in body


@pytest.mark.parametrize(("paper", "size"), [("letter", (215.9, 279.4)), ("a4", (210.0, 297.0))])
def test_paper_size_and_page_numbers(paper, size):
    document = read(make_sheet(), paper=paper)
    section = document.sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == size
    assert round(section.left_margin.mm, 1) == 18.0
    fields = section.footer._element.xpath(".//w:fldSimple/@w:instr")
    assert fields == ["PAGE", "NUMPAGES"]
