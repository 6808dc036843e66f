import pytest

from infoview.errors import ExportError
from infoview.export import file_name, render
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
