"""What earlier conversations said prints after the research, in every readable format."""

import io
from dataclasses import replace

import docx
import pypdf
import pytest

from infoview.export import render
from tests.export.sheets import make_sheet

HEARD = (
    "Forecasts are rolling. In earlier conversations, senior finance staff at a large "
    "automaker agreed."
)


def text_of(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        pages = pypdf.PdfReader(io.BytesIO(data)).pages
        return " ".join(" ".join(p.extract_text() for p in pages).split())
    if fmt == "docx":
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    return data.decode()


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_heard_points_follow_the_research_to_share(fmt):
    text = text_of(fmt, render(replace(make_sheet(), talking_points=(HEARD,)), fmt))
    research, heard, opening = (
        text.index(t) for t in ("Research to share", "What earlier conversations said", "Opening")
    )
    assert research < heard < opening
    assert "senior finance staff at a large automaker agreed." in text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_no_heading_without_earlier_conversations(fmt):
    assert "What earlier conversations said" not in text_of(fmt, render(make_sheet(), fmt))
