"""Format, encoding and delimiter told from the bytes, not the file name."""

import pytest

from infoview.errors import ResearchImportError
from infoview.research import read_research
from infoview.research.sniff import decode_text, sniff_delimiter

ROWS = [["Role", "City", "Base"], ["Analyst", "Detroit, MI", "68000"], ["Clerk", "Flint", "41000"]]


def delimited(delimiter: str) -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if delimiter in text else text

    return "\r\n".join(delimiter.join(cell(c) for c in row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(delimiter):
    assert sniff_delimiter(delimited(delimiter)) == delimiter


def test_semicolon_wins_over_decimal_commas():
    text = "Position;Grundgehalt;Bonus\nAnalyst;68.500,00 €;5.000,00 €\nController;72.000 €;n/a\n"
    assert sniff_delimiter(text) == ";"


@pytest.mark.parametrize(
    ("encoding", "name", "guessed"),
    [
        ("utf-8", "utf-8", False),
        ("utf-8-sig", "utf-8-sig", False),
        ("utf-16", "utf-16", False),
        ("utf-16-le", "utf-16-le", True),
        ("cp1252", "cp1252", True),
    ],
)
def test_encodings_are_decoded(encoding, name, guessed):
    text = "Ville;Salaire\nMünchen;68.500,00 €\n"
    decoded = decode_text("pay.csv", text.encode(encoding))
    assert (decoded.text, decoded.encoding, decoded.guessed) == (text, name, guessed)


def test_binary_bytes_are_refused():
    with pytest.raises(ResearchImportError) as caught:
        decode_text("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert caught.value.code == "not-a-spreadsheet"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_delimiter_reads_the_same_table(delimiter):
    (table,) = read_research("pay.txt", delimited(delimiter).encode()).tables
    assert table.frame.values.tolist() == ROWS[1:]
    assert table.columns == {"role": "Role", "location": "City", "base": "Base"}


def test_ragged_rows_wider_than_the_first_lines_are_kept():
    lines = ["Note,Topic"] + [f"note {i},t" for i in range(300)] + ["late,row,with,extra"]
    (table,) = read_research("notes.csv", "\n".join(lines).encode()).tables
    assert table.frame.shape == (301, 4)
    assert table.frame.iloc[-1].tolist() == ["late", "row", "with", "extra"]
