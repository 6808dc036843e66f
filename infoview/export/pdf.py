"""The printable sheet: a PDF with Unicode fonts bundled in the package."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from infoview.export.text import AFTER_MEETING, PURPOSE, sheet_header_lines
from infoview.questions.model import Sheet

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "DejaVu"
INK, MUTED, RULE = (20, 20, 20), (90, 90, 90), (200, 200, 200)


class _SheetPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.set_text_color(*MUTED)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def render_pdf(sheet: Sheet, paper: str = "Letter") -> bytes:
    """The sheet as PDF bytes on Letter or A4 paper."""
    pdf = _SheetPDF(format=paper)
    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_fallback_fonts([])
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        0, 8, f"Questions for {sheet.profile.display_name}", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font(FONT, size=9)
    pdf.set_text_color(*MUTED)
    for line in sheet_header_lines(sheet):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, PURPOSE, new_x="LMARGIN", new_y="NEXT")
    if sheet.talking_points:
        _heading(pdf, "Research to share")
        for point in sheet.talking_points:
            pdf.multi_cell(0, 5, f"•  {point}", new_x="LMARGIN", new_y="NEXT")
    elapsed = 0.0
    for section in sheet.sections:
        _heading(pdf, f"{section.title}  ({section.minutes:g} min)")
        for question in section.questions:
            elapsed += question.minutes
            _question(pdf, question.text, f"by {elapsed:g} min")
    if sheet.if_time_permits:
        _heading(pdf, "If time permits")
        for question in sheet.if_time_permits:
            _question(pdf, question.text, f"{question.minutes:g} min", notes=False)
    _heading(pdf, "After the meeting")
    for item in AFTER_MEETING:
        pdf.multi_cell(0, 5, f"☐  {item}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9.5)


def _question(pdf: FPDF, text: str, marker: str, notes: bool = True) -> None:
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 5, f"☐  {text}   [{marker}]", new_x="LMARGIN", new_y="NEXT")
    if notes:
        pdf.set_draw_color(*RULE)
        pdf.ln(5)
        pdf.line(pdf.l_margin + 6, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
