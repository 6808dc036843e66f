"""The sheet as an editable Word document with clickable checkboxes."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from infoview.export.text import (
    HEARD_TITLE,
    PAPER_MM,
    REFERRAL_BLANK_ROWS,
    Handout,
    Item,
    minutes_text,
)

MARGIN_MM = 18
MUTED, ACCENT = RGBColor(0x69, 0x69, 0x69), RGBColor(0x1F, 0x49, 0x7D)
BODY_FONT = "Calibri"
# Word's own content-control checkbox: ticking it in Word flips the box glyph.
_CHECKBOX = (
    f"<w:sdt {nsdecls('w', 'w14')}><w:sdtPr><w14:checkbox>"
    '<w14:checked w14:val="0"/>'
    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
    "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>"
    '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
    "</w:rPr><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>"
)
_NOTE_RULE = (
    f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" '
    'w:color="B9B9B9"/></w:pBdr>'
)


def render_docx(handout: Handout, paper: str = "letter") -> bytes:
    """The handout as DOCX bytes: headings, real checkboxes, note lines, page numbers."""
    document = Document()
    _page(document, paper)
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)

    kicker = document.add_paragraph()
    _run(kicker, "INFORMATIONAL INTERVIEW · QUESTION SHEET", size=8, bold=True, color=ACCENT)
    document.add_heading(handout.name, level=0)
    if handout.role:
        _run(document.add_paragraph(), handout.role, size=12, color=MUTED)
    _fields(document, handout)
    purpose = document.add_paragraph()
    _run(purpose, "Purpose  ", bold=True)
    _run(purpose, handout.purpose, italic=True, color=MUTED)

    if handout.research:
        document.add_heading("Research to share", level=1)
        for point in handout.research:
            paragraph = _hanging(document.add_paragraph())
            _run(paragraph, f"{point.label}\t", bold=True, color=ACCENT)
            _run(paragraph, point.text)
            if point.source:
                _run(paragraph, f"  ({point.source})", italic=True, color=MUTED)
        if handout.more_research_text:
            _run(document.add_paragraph(), handout.more_research_text, italic=True, color=MUTED)
    if handout.heard:
        document.add_heading(HEARD_TITLE, level=1)
        for point in handout.heard:
            _run(_hanging(document.add_paragraph()), f"•\t{point}")
    for block in handout.blocks:
        document.add_heading(f"{block.title} ({minutes_text(block.minutes)})", level=1)
        for item in block.items:
            _question(document, item)
    if handout.if_time_permits:
        document.add_heading("If time permits", level=1)
        for item in handout.if_time_permits:
            _question(document, item)
    document.add_heading("Before you leave", level=1)
    for line in handout.referral_close:
        document.add_paragraph(line, style="List Bullet")
    _referral_grid(document, handout.referral_columns)
    document.add_heading("After the meeting", level=1)
    for line in handout.after_meeting:
        paragraph = _hanging(document.add_paragraph())
        _checkbox(paragraph)
        _run(paragraph, f"\t{line}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page(document: WordDocument, paper: str) -> None:
    width, height = PAPER_MM[paper]
    section = document.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    footer = section.footer.paragraphs[0]
    _run(footer, "Page ", size=8, color=MUTED)
    footer._p.append(_field("PAGE"))
    _run(footer, " of ", size=8, color=MUTED)
    footer._p.append(_field("NUMPAGES"))


def _field(instruction: str):
    """A Word field such as PAGE, shown as 1 until Word updates it."""
    return parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:rPr><w:sz w:val="16"/>'
        "</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
    )


def _fields(document: WordDocument, handout: Handout) -> None:
    table = document.add_table(rows=2, cols=len(handout.fields))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for column, field in enumerate(handout.fields):
        _run(
            table.cell(0, column).paragraphs[0], field.label.upper(), size=7, bold=True, color=MUTED
        )
        _run(table.cell(1, column).paragraphs[0], field.value)


def _question(document: WordDocument, item: Item) -> None:
    """Checkbox, number and text, then the time marker and hypothesis at the right margin."""
    paragraph = _hanging(document.add_paragraph())
    paragraph.paragraph_format.keep_with_next = item.notes
    paragraph.paragraph_format.tab_stops.add_tab_stop(_text_width(document), WD_TAB_ALIGNMENT.RIGHT)
    _checkbox(paragraph)
    _run(paragraph, f"\t{item.number}. ", bold=True)
    _run(paragraph, item.text)
    timing = (
        f"by {minutes_text(item.by_minute)}"
        if item.by_minute is not None
        else minutes_text(item.minutes)
    )
    _run(paragraph, f"\t{timing}", size=8.5, color=MUTED)
    if item.tests:
        _run(paragraph, f" · tests {item.tests}", size=8.5, bold=True, color=ACCENT)
    if item.notes:
        note = _hanging(document.add_paragraph())
        note.paragraph_format.space_before = Pt(12)
        note.paragraph_format.space_after = Pt(6)
        note._p.get_or_add_pPr().append(parse_xml(_NOTE_RULE))


def _referral_grid(document: WordDocument, columns: tuple[str, ...]) -> None:
    """A table with empty rows to write down the people they suggest."""
    table = document.add_table(rows=1 + REFERRAL_BLANK_ROWS, cols=len(columns))
    table.style = "Table Grid"
    for column, title in enumerate(columns):
        _run(table.cell(0, column).paragraphs[0], title, size=8, bold=True, color=MUTED)
    for row in table.rows[1:]:
        row.height = Mm(7)


def _hanging(paragraph: Paragraph) -> Paragraph:
    """Text indented past the checkbox or label, with wrapped lines aligned under it."""
    paragraph.paragraph_format.left_indent = Mm(9)
    paragraph.paragraph_format.first_line_indent = Mm(-9)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(9))
    return paragraph


def _checkbox(paragraph: Paragraph) -> None:
    paragraph._p.append(parse_xml(_CHECKBOX))


def _text_width(document: WordDocument):
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _run(
    paragraph: Paragraph,
    text: str,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
) -> None:
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
