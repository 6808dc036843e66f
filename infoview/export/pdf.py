"""The printable sheet: a PDF laid out like a career-center handout, fonts bundled."""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

from infoview.export.text import (
    HEARD_TITLE,
    PAPER_MM,
    REFERRAL_BLANK_ROWS,
    Field,
    Handout,
    Item,
    ResearchPoint,
    minutes_text,
)

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
MISSING = "□"
# A private-use character no bundled font has: user text can never contain it after
# `printable`, so the page-count alias cannot replace anything the user wrote.
_PAGE_COUNT = "\ue000" * 3  # wide enough to reserve room for a three-digit count

INK, MUTED, ACCENT = (25, 25, 25), (105, 105, 105), (31, 73, 125)
RULE, BAND = (185, 185, 185), (238, 242, 247)
MARGIN, TOP, BOTTOM = 17.0, 14.0, 17.0
LINE = 4.6  # mm per line of 9.5 pt body text
BOX = 3.4  # checkbox side, mm
TEXT_X = 13.0  # question text starts this far right of the margin (checkbox, number)
MARK_W = 24.0  # right-hand column for the time marker
NOTE_LINES = 1
TARGET_PAGES = 2  # a 15-minute plan should print on one sheet of paper, both sides
MAX_MEASURED = 4096  # texts whose line count is kept (a few hundred bytes each)


@dataclass(frozen=True)
class _Spacing:
    """How generous the page is: the room above each note line, spare questions printed."""

    note_gap: float  # mm to write above each ruled note line
    spare_on_paper: int  # the DOCX and Markdown keep every spare question


ROOMY, COMPACT, TIGHT = _Spacing(7.5, 4), _Spacing(5.0, 2), _Spacing(3.5, 0)
SPARE_SIZE, SPARE_LINE = 8.5, 4.1
MARK_SIZE = 8.5  # question numbers and the markers beside them
CLOSE_SIZE, CLOSE_LINE, CLOSE_INDENT = 8.5, 4.1, 6.0


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points every bundled style can draw."""
    maps = [set(TTFont(FONT_DIR / name, lazy=True).getBestCmap()) for name in FONT_FILES.values()]
    return frozenset(set.intersection(*maps))


@lru_cache(maxsize=len(FONT_FILES))
def _parsed(style: str) -> TTFFont:
    """The bundled font of `style` as fpdf reads it (widths, glyph ids), read once per process:
    reading it takes a tenth of a second, and every PDF (each layout tried) needs both styles."""
    holder = FPDF()
    holder.add_font(FONT, style, str(FONT_DIR / FONT_FILES[style]))
    return holder.fonts[f"{FONT.lower()}{style}"]


def _add_fonts(pdf: FPDF) -> None:
    """The bundled fonts added to `pdf` as `add_font` would, from their parsed copies."""
    for style, name in FONT_FILES.items():
        font = copy.copy(_parsed(style))
        # What one document changes is its own: the glyphs it uses, and the font file it
        # subsets in place when written (opened lazily, so no table is read twice).
        font.i = len(pdf.fonts) + 1
        font.ttfont = TTFont(FONT_DIR / name, recalcTimestamp=False, lazy=True)
        font.cw = copy.copy(font.cw)
        font.glyph_ids = dict(font.glyph_ids)
        font.missing_glyphs = []
        font.biggest_size_pt = 0
        font.subset = SubsetMap(font)
        pdf.fonts[font.fontkey] = font


def printable(text: str) -> str:
    """`text` with each character the bundled fonts lack shown as a visible box."""
    covered = _covered()
    return "".join(c if ord(c) in covered else MISSING for c in text)


_measured: dict[tuple, int] = {}  # line counts by font, column and text: only counts come out
_measured_lock = threading.Lock()


class _SheetPDF(FPDF):
    """Adds the running header and the "Page n of N" footer."""

    def __init__(self, handout: Handout, paper: tuple[float, float], spacing: _Spacing) -> None:
        super().__init__(format=paper)
        self.spacing = spacing
        self.running_title = printable(
            handout.title + (f"  ·  {handout.role}" if handout.role else "")
        )
        _add_fonts(self)
        self.alias_nb_pages(_PAGE_COUNT)
        self.set_margins(MARGIN, TOP, MARGIN)
        self.set_auto_page_break(auto=True, margin=BOTTOM)
        self.set_title(self.running_title)
        self.set_creator("InfoView")

    @property
    def content_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*MUTED)
        title = self.fit(self.running_title, self.content_width - 2 * self.c_margin)
        self.cell(0, 4, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*MUTED)
        self.cell(self.content_width / 2, 4, "Prepared with InfoView · informational interview")
        self.cell(0, 4, f"Page {self.page_no()} of {_PAGE_COUNT}", align="R")

    def fit(self, text: str, width: float) -> str:
        """`text` cut short with an ellipsis so that one line of it fits `width`."""
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "…") > width:
            text = text[: max(len(text) * 9 // 10, len(text) - 8)]
        return text + "…"

    def lines(self, width: float, text: str, height: float = LINE) -> float:
        """The height `text` takes in a column of `width` with the current font, measured once
        per process: a layout measures most texts twice (to keep a block on one page, then to
        draw it), and sheets share most of their questions."""
        key = (self.font_family, self.font_style, self.font_size_pt, self.char_spacing)
        key += (self.c_margin, width, height, text)
        count = _measured.get(key)
        if count is None:
            count = len(self.multi_cell(width, height, text, dry_run=True, output="LINES"))
            with _measured_lock:
                while len(_measured) >= MAX_MEASURED:
                    _measured.pop(next(iter(_measured)), None)
                _measured[key] = count
        return count * height

    def keep(self, height: float) -> None:
        """Start a new page unless `height` fits below; taller blocks flow over pages."""
        usable = self.page_break_trigger - self.t_margin
        if self.get_y() + height > self.page_break_trigger and height <= usable:
            self.add_page()

    def style(self, font: str = "", size: float = 9.5, color: tuple = INK) -> None:
        self.set_font(FONT, font, size)
        self.set_text_color(*color)


def render_pdf(handout: Handout, paper: str = "letter") -> bytes:
    """The handout as PDF bytes on `paper` ("letter" or "a4"), tightened to fit two pages."""
    pdf = _layout(handout, paper, ROOMY)
    # Each tightening saves up to half a page: worth another pass only for a page's overflow.
    for spacing in (COMPACT, TIGHT):
        if pdf.pages_count != TARGET_PAGES + 1:
            break
        pdf = _layout(handout, paper, spacing)
    return bytes(pdf.output())


def _layout(handout: Handout, paper: str, spacing: _Spacing) -> _SheetPDF:
    pdf = _SheetPDF(handout, PAPER_MM[paper], spacing)
    pdf.add_page()
    _title(pdf, handout)
    if handout.research:
        _heading(pdf, "Research to share", "", _research_height(pdf, handout.research[0]))
        for point in handout.research:
            _research_point(pdf, point)
        if handout.more_research_text:
            pdf.set_x(pdf.l_margin + TEXT_X)
            pdf.style("", SPARE_SIZE, MUTED)
            pdf.multi_cell(0, SPARE_LINE, handout.more_research_text, new_x="LMARGIN", new_y="NEXT")
    if handout.heard:
        heard = [ResearchPoint("•", point, "") for point in handout.heard]
        _heading(pdf, HEARD_TITLE, "", _research_height(pdf, heard[0]))
        for point in heard:
            _research_point(pdf, point)
    for block in handout.blocks:
        first = _item_height(pdf, block.items[0]) if block.items else 0
        _heading(pdf, block.title, minutes_text(block.minutes), first)
        for item in block.items:
            _item(pdf, item)
    if handout.if_time_permits:
        _spare(pdf, handout.if_time_permits)
    _close_out(pdf, handout)
    return pdf


def _title(pdf: _SheetPDF, handout: Handout) -> None:
    pdf.style("B", 7.5, ACCENT)
    pdf.set_char_spacing(0.6)
    pdf.cell(0, 4, "INFORMATIONAL INTERVIEW  ·  QUESTION SHEET", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(1.5)
    pdf.style("B", 19)
    pdf.multi_cell(0, 8.5, printable(handout.name), align="L", new_x="LMARGIN", new_y="NEXT")
    if handout.role:
        pdf.style("", 11, MUTED)
        pdf.multi_cell(0, 5.5, printable(handout.role), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _fields(pdf, handout.fields)
    pdf.ln(2.5)
    pdf.style("B", 9)
    pdf.cell(17, LINE, "Purpose")
    pdf.style("", 9, MUTED)
    pdf.multi_cell(0, LINE, printable(handout.purpose), align="L", new_x="LMARGIN", new_y="NEXT")


def _fields(pdf: _SheetPDF, fields: tuple[Field, ...]) -> None:
    """The header facts side by side on a tinted band."""
    pad = 2.5
    width = pdf.content_width / len(fields)
    pdf.style("", 9.5)
    values = [printable(f.value) for f in fields]
    height = 2 * pad + 4 + max(pdf.lines(width - 2 * pad, v, 4.6) for v in values)
    pdf.keep(height)
    top = pdf.get_y()
    pdf.set_fill_color(*BAND)
    pdf.rect(pdf.l_margin, top, pdf.content_width, height, style="F")
    for index, (field, value) in enumerate(zip(fields, values, strict=True)):
        x = pdf.l_margin + index * width + pad
        pdf.set_xy(x, top + pad)
        pdf.style("B", 6.5, MUTED)
        pdf.cell(width - 2 * pad, 4, field.label.upper())
        pdf.set_xy(x, top + pad + 4)
        pdf.style("", 9.5)
        pdf.multi_cell(width - 2 * pad, 4.6, value, align="L")
    pdf.set_xy(pdf.l_margin, top + height)


def _heading(
    pdf: _SheetPDF, title: str, note: str, next_height: float, x: float = 0, width: float = 0
) -> None:
    """A section title with a rule under it, kept on the page with what follows."""
    pdf.keep(9 + next_height)
    x, width = x or pdf.l_margin, width or pdf.content_width
    pdf.set_xy(x, pdf.get_y() + 2)
    top = pdf.get_y()
    pdf.style("B", 11, ACCENT)
    pdf.multi_cell(width - MARK_W, 6, printable(title), align="L")
    bottom = pdf.get_y()
    pdf.set_xy(x + width - MARK_W, top)
    pdf.style("", 8.5, MUTED)
    pdf.cell(MARK_W, 6, note, align="R")
    pdf.set_y(bottom)
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.35)
    pdf.line(x, pdf.get_y() + 0.3, x + width, pdf.get_y() + 0.3)
    pdf.set_xy(x, pdf.get_y() + 2)


def _research_text(point: ResearchPoint) -> str:
    return printable(point.text + (f"  ({point.source})" if point.source else ""))


def _research_height(pdf: _SheetPDF, point: ResearchPoint) -> float:
    pdf.style("", 9)
    return pdf.lines(pdf.content_width - TEXT_X, _research_text(point)) + 1


def _research_point(pdf: _SheetPDF, point: ResearchPoint) -> None:
    pdf.keep(_research_height(pdf, point))
    top = pdf.get_y()
    pdf.style("B", 9, ACCENT)
    pdf.cell(TEXT_X, LINE, point.label)
    pdf.style("", 9)
    pdf.set_xy(pdf.l_margin + TEXT_X, top)
    pdf.multi_cell(0, LINE, _research_text(point), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _text_width(pdf: _SheetPDF) -> float:
    return pdf.content_width - TEXT_X - MARK_W


def _item_height(pdf: _SheetPDF, item: Item) -> float:
    pdf.style("", 9.5)
    text = pdf.lines(_text_width(pdf), printable(item.text))
    marks = 2 * LINE if item.tests else LINE
    notes = NOTE_LINES * pdf.spacing.note_gap if item.notes else 0
    return max(text, marks) + notes + 1.5


def _item(pdf: _SheetPDF, item: Item) -> None:
    """A planned question with its time marker, the hypothesis it tests and a note line."""
    pdf.keep(_item_height(pdf, item))
    marks = [(f"by {minutes_text(item.by_minute or 0)}", "", MUTED)]
    if item.tests:
        marks.append((f"tests {item.tests}", "B", ACCENT))
    bottom = _question(pdf, item, 9.5, LINE, marks)
    if item.notes:
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        for n in range(1, NOTE_LINES + 1):
            pdf.line(
                pdf.l_margin + TEXT_X,
                bottom + n * pdf.spacing.note_gap,
                pdf.w - pdf.r_margin,
                bottom + n * pdf.spacing.note_gap,
            )
        bottom += NOTE_LINES * pdf.spacing.note_gap
    pdf.set_xy(pdf.l_margin, bottom + 1.5)


def _spare(pdf: _SheetPDF, items: tuple[Item, ...]) -> None:
    """The first questions to add if time permits, compact, with a count of the rest."""
    shown = items[: pdf.spacing.spare_on_paper]
    pdf.style("", SPARE_SIZE)
    heights = [pdf.lines(_text_width(pdf), printable(i.text), SPARE_LINE) + 1 for i in shown]
    _heading(pdf, "If time permits", "", heights[0] if heights else SPARE_LINE)
    for item, height in zip(shown, heights, strict=True):
        pdf.keep(height)
        bottom = _question(
            pdf, item, SPARE_SIZE, SPARE_LINE, [(minutes_text(item.minutes), "", MUTED)]
        )
        pdf.set_xy(pdf.l_margin, bottom + 1)
    more = len(items) - len(shown)
    if more:
        pdf.set_x(pdf.l_margin + TEXT_X)
        pdf.style("", SPARE_SIZE, MUTED)
        pdf.multi_cell(
            0,
            SPARE_LINE,
            f"{more}{' more' if shown else ''} question{'s' if more > 1 else ''} in the DOCX "
            "and Markdown versions.",
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )


def _question(
    pdf: _SheetPDF, item: Item, size: float, line: float, marks: list[tuple[str, str, tuple]]
) -> float:
    """Checkbox, number, text and `marks` (text, style, color) at the right; returns its end."""
    top, start_page = pdf.get_y(), pdf.page
    left, right = pdf.l_margin, pdf.w - pdf.r_margin
    _checkbox(pdf, left, top)
    pdf.set_xy(left + BOX + 1, top)
    pdf.style("B", MARK_SIZE)
    pdf.cell(TEXT_X - BOX - 2, line, f"{item.number}.", align="R")
    pdf.set_xy(left + TEXT_X, top)
    pdf.style("", size)
    pdf.multi_cell(_text_width(pdf), line, printable(item.text), align="L")
    end_page, bottom = pdf.page, pdf.get_y()
    # Marks go beside the first line even when a very long question ran onto a new page.
    pdf.page = start_page
    for n, (text, style, color) in enumerate(marks):
        pdf.set_xy(right - MARK_W, top + n * line)
        pdf.style(style, MARK_SIZE, color)
        pdf.cell(MARK_W, line, text, align="R")
    pdf.page = end_page
    return max(bottom, top + len(marks) * line) if end_page == start_page else bottom


def _checkbox(pdf: _SheetPDF, x: float, y: float) -> None:
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.3)
    pdf.rect(x, y + 0.6, BOX, BOX)


def _close_out(pdf: _SheetPDF, handout: Handout) -> None:
    """Referral reminders beside the after-meeting checklist, then a grid for names."""
    gutter = 8.0
    width = (pdf.content_width - gutter) / 2
    columns = (
        ("Before you leave", handout.referral_close, pdf.l_margin, _bullet),
        ("After the meeting", handout.after_meeting, pdf.l_margin + width + gutter, _checkbox),
    )
    pdf.style("", CLOSE_SIZE)
    tallest = max(
        sum(pdf.lines(width - CLOSE_INDENT, line, CLOSE_LINE) + 1 for line in lines)
        for _, lines, _, _ in columns
    )
    grid_row = 6.0
    lists, grid = 9 + tallest + 3, (1 + REFERRAL_BLANK_ROWS) * grid_row
    room = pdf.page_break_trigger - pdf.get_y()
    # The name grid is a convenience: leave it out rather than start a page for it.
    with_grid = room >= lists + grid or room < lists
    pdf.keep(lists + grid * with_grid)
    top = pdf.get_y()
    bottom = top
    for title, lines, x, mark in columns:
        pdf.set_xy(x, top)
        _heading(pdf, title, "", 0, x, width)
        for line in lines:
            y = pdf.get_y()
            mark(pdf, x, y - 0.2)
            pdf.style("", CLOSE_SIZE)
            pdf.set_xy(x + CLOSE_INDENT, y)
            pdf.multi_cell(width - CLOSE_INDENT, CLOSE_LINE, line, align="L")
            pdf.set_xy(x, pdf.get_y() + 1)
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + 2)
    if with_grid:
        _referral_grid(pdf, grid_row, handout.referral_columns)


def _referral_grid(pdf: _SheetPDF, row: float, columns: tuple[str, ...]) -> None:
    """Empty rows to write down the people they suggest."""
    shares = (0.28, 0.26, 0.28, 0.18)
    widths = [pdf.content_width * s for s in shares]
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*BAND)
    pdf.style("B", 7.5, MUTED)
    for column, width in zip(columns, widths, strict=True):
        pdf.cell(width, row, column, border=1, fill=True)
    pdf.ln(row)
    for _ in range(REFERRAL_BLANK_ROWS):
        for width in widths:
            pdf.cell(width, row, "", border=1)
        pdf.ln(row)


def _bullet(pdf: _SheetPDF, x: float, y: float) -> None:
    pdf.set_xy(x, y)
    pdf.style("B", CLOSE_SIZE, ACCENT)
    pdf.cell(BOX, CLOSE_LINE + 0.6, "›", align="C")
