import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview.errors import ExportError
from infoview.export import FORMATS, file_name, render
from infoview.profile import Profile
from infoview.questions.model import Sheet
from tests.export.sheets import make_sheet


def test_unknown_format_names_the_supported_ones():
    with pytest.raises(ExportError, match=r'Format "odt" is not supported; use one of pdf, docx'):
        render(make_sheet(), "odt")


def test_unknown_paper_names_the_supported_ones():
    with pytest.raises(ExportError, match=r'^Paper "legal" is not supported; use letter or a4\.$'):
        render(make_sheet(), "pdf", paper="legal")


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("Łucja Wiśniewska", "pdf", "questions-łucja-wiśniewska.pdf"),
        ("<script>/etc/passwd", "docx", "questions-scriptetcpasswd.docx"),
        ("", "xlsx", "questions-the-interviewee.xlsx"),
    ],
)
def test_file_name(name, fmt, expected):
    assert file_name(make_sheet(name=name), fmt) == expected


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_empty_plan_still_renders(fmt):
    assert render(Sheet(Profile(), (), (), ()), fmt)


@settings(max_examples=15, deadline=None)
@given(text=st.text(min_size=1, max_size=300))
def test_any_text_renders_in_every_format(text):
    sheet = make_sheet(name=text, referred_by=text, texts={"path": text, "names": text})
    for fmt in FORMATS:
        assert render(sheet, fmt)
