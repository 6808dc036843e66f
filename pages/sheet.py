"""Question sheet: the plan for this interviewee, why each question, edits and downloads."""

import streamlit as st

from infoview.counts import counted
from infoview.coverage import compute_coverage, sheet_timeline_figure
from infoview.export import FORMATS, file_name
from infoview.markup import markdown_text
from infoview.questions.edits import SheetEdits, keeping, moved_out
from infoview.questions.model import SECTION_TITLES, SECTIONS
from infoview.ui import cache, clock, keys, loaders, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import show_guard_warning
from infoview.ui.progress import require_profile

run_through_app()  # a fresh server may open this page before app.py

DOWNLOADS = {"pdf": "PDF", "docx": "Word", "md": "Markdown", "csv": "CSV", "xlsx": "Excel"}
ON_PAPER = ("pdf", "docx")  # the formats laid out on a page

st.title("Question sheet")
require_profile()

profile = state.profile()
sheet = loaders.current_sheet()
state.keep_sheet(sheet)
edits = state.sheet_edits()

works_at = profile.organization if profile.insider and profile.organization else ""
about = [profile.seniority, profile.work, f"works at {works_at}" if works_at else ""]
st.write(
    f"For **{markdown_text(profile.display_name)}** "
    f"({markdown_text(', '.join(part for part in about if part))}): "
    f"{len(sheet.questions)} questions, {sheet.minutes_planned:g} of {sheet.minutes_budget} "
    f"minutes; they test {compute_coverage(sheet).hypotheses_covered} of your "
    f"{counted(state.tally().flagged, 'flagged hypothesis')}."
)
if not state.tally().flagged:
    st.info(
        "No hypotheses flagged: the sheet uses general questions only. Flag findings on the "
        "Hypotheses page to add springboard questions.",
        icon=":material/info:",
    )
for warning in sheet.warnings:
    show_guard_warning(warning)
for note in sheet.notes:
    st.warning(markdown_text(note), icon=":material/info:")
if sheet.for_someone_else:
    with st.expander(f"For someone else ({len(sheet.for_someone_else)})"):
        st.caption("Flagged findings this person is unlikely to know; ask them of someone else.")
        st.text("\n".join(f"• {d.statement} (ask {d.who})" for d in sheet.for_someone_else))

meeting_day = profile.meeting_day(clock.today())
if profile.meeting_date is None:
    st.caption(
        f"No meeting date set: the printed sheet is dated today ({meeting_day:%a %d %b %Y}). "
        "Set the date on the Interviewee page."
    )
else:
    st.caption(f"Meeting on {meeting_day:%a %d %b %Y}: the printed sheet carries this date.")

state.keep_choice(Keys.SHEET_FORMAT, "pdf")
state.keep_choice(Keys.SHEET_PAPER, "letter")
format_column, paper_column, download_column = st.columns([3, 2, 2], vertical_alignment="bottom")
fmt = format_column.segmented_control(
    "Format",
    options=list(DOWNLOADS),
    format_func=DOWNLOADS.get,
    required=True,
    key=Keys.SHEET_FORMAT,
)
paper = paper_column.radio(
    "Paper",
    options=("letter", "a4"),
    format_func={"letter": "US Letter", "a4": "A4"}.get,
    horizontal=True,
    key=Keys.SHEET_PAPER,
    disabled=fmt not in ON_PAPER,
    help=None if fmt in ON_PAPER else f"{DOWNLOADS[fmt]} files have no page size.",
)
# Only the chosen format is prepared: rendering every format on every rerun cost more than the
# rest of the page. Prepared now, not when clicked: a file made on click belongs to no session,
# and another person's rerun may clean it up before the browser fetches it. This one stays
# until this session's next run.
download_column.download_button(
    f"Download {DOWNLOADS[fmt]}",
    data=loaders.rendered(sheet, fmt, paper if fmt in ON_PAPER else "letter", meeting_day),
    file_name=file_name(sheet, fmt),
    mime=FORMATS[fmt][0],
    icon=":material/download:",
    on_click="ignore",
    type="primary",
    width="stretch",
)

timeline = cache.derived(("sheet-timeline", sheet), lambda: sheet_timeline_figure(sheet))
st.plotly_chart(timeline, key="sheet-timeline")

if sheet.talking_points:
    with st.expander(f"What earlier conversations said ({len(sheet.talking_points)})"):
        st.text("\n".join(f"• {point}" for point in sheet.talking_points))


def change(new: SheetEdits, chosen: str = "") -> None:
    """Apply the seeker's edit; what it pushed off the plan is said, with Undo."""
    moved = moved_out(sheet, loaders.current_sheet(new), [chosen])
    state.set_sheet_edits(new)
    label = st.session_state[Keys.ACTIVE_PROFILE]
    notice = (label, tuple(m.message for m in moved), edits)
    st.session_state[Keys.SHEET_MOVED] = notice if moved else None
    st.rerun()


def show_moved() -> None:
    """The questions the last edit moved, and Undo."""
    notice = st.session_state.get(Keys.SHEET_MOVED)
    if not notice or notice[0] != st.session_state[Keys.ACTIVE_PROFILE]:
        return
    _, messages, before = notice
    moved = "; ".join(markdown_text(m) for m in messages)
    st.info(f"Your change made room: {moved}.", icon=":material/info:")
    if st.button("Undo that change", icon=":material/undo:", key="sheet-undo-moved"):
        st.session_state[Keys.SHEET_MOVED] = None
        state.set_sheet_edits(before)
        st.rerun()


def show_question(question, elapsed: float | None) -> None:
    """One question with its why and the buttons to pin, swap or remove it."""
    text_column, actions = st.columns([12, 3], vertical_alignment="center")
    pinned = question.id in edits.pinned
    marker = (
        f"{question.minutes:g} min, done by minute {elapsed:g}"
        if elapsed is not None
        else f"{question.minutes:g} min"
    )
    text_column.text(f"☐ {question.text}")
    text_column.caption(
        f"{'Pinned · ' if pinned else ''}{marker} · Why this question: "
        f"{'; '.join(markdown_text(r.text) for r in question.why)}"
    )
    # One row of icons that stays a row on a phone (columns would stack one per line).
    row = actions.container(horizontal=True, gap="small", horizontal_alignment="right")
    if row.button(
        "",
        icon=":material/keep_off:" if pinned else ":material/keep:",
        key=keys.question_key("pin", question.id),
        help="Unpin" if pinned else "Pin: keep it on the sheet",
    ):
        change(edits.unpin(question.id) if pinned else edits.pin(question.id), question.id)
    options = loaders.swaps(sheet, profile).get(question.id, [])
    with row.popover(
        "", icon=":material/swap_horiz:", help="Swap for another question", disabled=not options
    ):
        for option in options:
            if st.button(
                markdown_text(option.text), key=keys.question_key(f"swap-{question.id}", option.id)
            ):
                swapped = edits.swap(question.id, option.id)
                one_for_one = keeping(swapped, sheet, loaders.current_sheet(swapped), [question.id])
                change(one_for_one, question.id)
    if row.button(
        "",
        icon=":material/delete:",
        key=keys.question_key("remove", question.id),
        help="Remove from the sheet",
    ):
        change(edits.take_off(question), question.id)


show_moved()
elapsed = 0.0
for section in sheet.sections:
    st.subheader(f"{section.title} · {section.minutes:g} min")
    for question in section.questions:
        elapsed += question.minutes
        show_question(question, elapsed)

if sheet.if_time_permits:
    with st.expander(f"If time permits ({len(sheet.if_time_permits)})"):
        for question in sheet.if_time_permits:
            show_question(question, None)

with st.form(Keys.OWN_QUESTION_FORM, clear_on_submit=True):
    st.markdown("**Add your own question**")
    section_column, text_column = st.columns([1, 3])
    section = section_column.selectbox(
        "Section",
        [s for s in SECTIONS if s not in ("opening", "close")],
        format_func=SECTION_TITLES.get,
    )
    text = text_column.text_input(
        "Question", placeholder="e.g. What surprised you most in your first year here?"
    )
    if st.form_submit_button("Add question", icon=":material/add:") and text.strip():
        change(edits.add(section, text))

if edits != SheetEdits() and st.button("Undo my changes to this sheet", icon=":material/undo:"):
    state.set_sheet_edits(SheetEdits())
    st.rerun()

st.page_link(
    "pages/coverage.py", label="Next: see what the sheet covers", icon=":material/donut_large:"
)
