"""Research: upload spreadsheets, see what was detected, chart it."""

from functools import partial

import streamlit as st

from infoview import limits
from infoview.markup import markdown_text
from infoview.research import CURRENCY_CHOICES, KINDS, PERIODS, retype_table
from infoview.research.certainty import certainty_line, role_label
from infoview.research.charts import (
    ORDERS,
    ROWS_SHOWN,
    chosen_points,
    org_chart_figure,
    pay_figures,
    pay_points,
    ranked_roles,
    trends_timeline_figure,
)
from infoview.research.headers import shown_roles
from infoview.research.org import chart_organization
from infoview.ui import cache, keys, loaders, persistence, state
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import show_error, show_issues
from infoview.ui.progress import show_progress

run_through_app()  # a fresh server may open this page before app.py

MAX_MB = st.get_option("server.maxUploadSize")
WELCOME = """
**Welcome to InfoView.** It prepares you for an informational interview: a short meeting to
learn from someone who works in your field, never to ask for a job. In five steps:

1. **Research**: upload the spreadsheets you gathered, or press **Load sample research** to try it.
2. **Hypotheses**: flag the findings you want to test with the person.
3. **Interviewee**: describe whom you are meeting.
4. **Question sheet**: a 15-minute plan; download the PDF and take it along.
5. **After the meeting**: log what you learned, send your thank-you (Interview log, Outreach).
"""

st.title("Research")
welcome = st.empty()  # filled once this run's uploads are read: none yet, a welcome
st.write(
    "Upload the spreadsheets you gathered: salary tables, industry news, what you know of "
    "an organization's structure. InfoView detects what each sheet holds."
)

left, right = st.columns([3, 1])
with left:
    uploads = st.file_uploader(
        f"Research files (CSV, TSV, XLSX, XLSM, XLS, ODS; up to {MAX_MB} MB each)",
        accept_multiple_files=True,
        key=keys.uploader_key(),
    )
    st.caption(
        f"A file over {MAX_MB} MB is refused by the uploader and marked in red, unread: "
        "save only the sheets you need (or split it) and upload that."
    )
    # Any file is let through, so a PDF or a damaged workbook is explained here, in words.
    unreadable = st.container()
with right:
    st.write("")
    # A callback, so the page drawn after the click already holds the sample.
    st.button(
        "Load sample research",
        icon=":material/folder_open:",
        width="stretch",
        on_click=lambda: state.add_research([loaders.read_sample()]),
    )


def remove_file(name: str) -> None:
    """Forget a file, and empty the uploader so no chip names a file no longer kept."""
    if state.remove_research(name):
        keys.renew_uploader()
    st.rerun()


new_uploads = cache.unseen_uploads(uploads or [])
admitted = limits.admit(state.research_files(), [(u.name, u.size) for u in new_uploads])
waiting = [u for u in new_uploads if u.name not in admitted.names]
cache.forget_uploads(waiting)  # told below; read once the person made room
reading = [u for u in new_uploads if u.name in admitted.names]
if reading and not state.add_research(
    [loaders.read_own(persistence.owner(), u.name, u.getvalue()) for u in reading]
):
    cache.forget_uploads(reading)  # refused: read them again after the reload

files = state.research_files()
if not files:
    welcome.markdown(WELCOME)
with unreadable:
    for refusal in admitted.refused:
        show_error(refusal)
    for research in files.values():
        if research.tables:
            continue
        show_issues(research.all_issues, research.file)
        if st.button(
            f"Remove {markdown_text(research.file)}",
            icon=":material/close:",
            key=keys.file_key("remove-unreadable", research),
        ):
            remove_file(research.file)
if not files:
    st.info("No research yet. Upload a file, or load the sample to try InfoView.")
    show_progress(st.container(border=True))
    st.stop()

NO_COLUMN = "(none)"
AS_READ = "as read from the file"


def show_money_settings(table) -> None:
    """Selectboxes to correct what a pay table's amounts are in and per what period."""
    currency_column, period_column = st.columns(2)
    currencies = [AS_READ, *CURRENCY_CHOICES]
    current = table.main_currency()
    currency = currency_column.selectbox(
        "Currency of the amounts",
        currencies,
        index=currencies.index(current) if current in currencies else 0,
        key=keys.table_key("currency", table),
    )
    periods = [AS_READ, *PERIODS]
    period = period_column.selectbox(
        "Pay period where a cell does not say",
        periods,
        index=periods.index(table.pay_period or AS_READ),
        format_func=lambda p: p if p == AS_READ else f"per {p}",
        key=keys.table_key("pay-period", table),
    )
    new_currency = None if currency in (AS_READ, current) else currency
    new_period = None if period in (AS_READ, table.pay_period) else period
    if new_currency or new_period:
        corrected = retype_table(
            table, table.kind, dict(table.columns), currency=new_currency, pay_period=new_period
        )
        state.replace_table(corrected)
        st.rerun()


def show_chart_organization(table) -> None:
    """The organization an org chart is of, as the file says it or typed: its gaps are asked
    only of someone who works there."""
    found = chart_organization(table)
    typed = st.text_input(
        "Organization this chart is of",
        value=found,
        placeholder="Not said in the file: type it, e.g. Northwind Motors",
        key=keys.table_key("organization", table),
    ).strip()
    if not found:
        st.caption(
            "Until you name it, the chart's open boxes are not put to anyone you meet: "
            "InfoView cannot tell whether they work there."
        )
    if typed not in (found, table.organization or ""):
        named = retype_table(table, table.kind, dict(table.columns), organization=typed)
        state.replace_table(named)
        st.rerun()


def show_role_pickers(table, roles) -> None:
    """One selectbox per role, four to a row, to say which column plays it."""
    headers = [NO_COLUMN, *table.frame.columns]
    cells = st.columns(4)
    for index, role in enumerate(roles):
        current = table.columns.get(role, NO_COLUMN)
        picked = cells[index % 4].selectbox(
            role_label(role),
            headers,
            index=headers.index(current),
            key=keys.table_key("role", table, role),
        )
        if picked != current:
            chosen = {r: c for r, c in table.columns.items() if r != role and c != picked}
            if picked != NO_COLUMN:
                chosen[role] = picked
            state.replace_table(retype_table(table, table.kind, chosen))
            st.rerun()


def show_detection(table) -> None:
    """What was detected, with selectboxes to correct the kind and the column roles."""
    kind_column, roles_column = st.columns([1, 3])
    kind = kind_column.selectbox(
        "Kind", KINDS, index=KINDS.index(table.kind), key=keys.table_key("kind", table)
    )
    if kind != table.kind:
        changed = retype_table(table, kind)
        state.replace_table(changed)
        st.session_state[Keys.KIND_CHANGED] = (
            changed.label,
            f"Now read as {kind}: {changed.rows} rows.",
        )
        st.rerun()
    notice = st.session_state.get(Keys.KIND_CHANGED)
    if notice and notice[0] == table.label:
        kind_column.success(notice[1], icon=":material/check:")
    shown, more = shown_roles(table.kind, table.columns)
    with roles_column:
        show_role_pickers(table, shown)
        if more:
            with st.expander(f"More column roles ({len(more)})"):
                show_role_pickers(table, more)
    if table.kind == "salary":
        show_money_settings(table)
    if table.kind == "org_chart":
        show_chart_organization(table)
    st.dataframe(table.frame.head(200), hide_index=True)


def show_role_window(table, points, locations, sources) -> list[str]:
    """An order and a window of `ROWS_SHOWN` roles to chart, when there are more than that."""
    order_column, window_column = st.columns(2)
    order = order_column.radio(
        "Order",
        list(ORDERS),
        format_func=ORDERS.get,
        horizontal=True,
        key=keys.table_key("order", table),
    )
    ranked = cache.derived(
        ("ranked-roles", table.label, tuple(locations), tuple(sources), order),
        lambda: ranked_roles(chosen_points(points, locations, sources), order),
    )
    if len(ranked) <= ROWS_SHOWN:
        return ranked
    starts = range(0, len(ranked), ROWS_SHOWN)
    start = window_column.selectbox(
        f"Roles shown (of {len(ranked):,})",
        starts,
        format_func=lambda at: f"{at + 1}-{min(at + ROWS_SHOWN, len(ranked))}",
        key=keys.table_key("window", table),
        help="The chart shows 20 roles at a time; pick the next ones here",
    )
    return ranked[start : start + ROWS_SHOWN]


st.caption(f"Your research: {state.tally().research}.")
for research in (r for r in files.values() if r.tables):
    title, remove = st.columns([6, 1], vertical_alignment="bottom")
    title.subheader(markdown_text(research.file), anchor=False)
    if remove.button("Remove", icon=":material/close:", key=keys.file_key("remove", research)):
        remove_file(research.file)
    show_issues(research.all_issues, research.file)
    for table in research.tables:
        # Open after its kind was changed: the new label would otherwise draw it closed.
        changed = st.session_state.get(Keys.KIND_CHANGED)
        line = certainty_line(table)
        if line:
            st.caption(markdown_text(line))
        with st.expander(
            f"{markdown_text(table.sheet)}: **{table.kind}**, {table.rows} rows "
            f"(header on row {table.header_row})",
            expanded=bool(changed) and changed[0] == table.label,
        ):
            show_detection(table)
        if table.silence:
            st.info(markdown_text(table.silence), icon=":material/info:")
        if table.kind == "salary":
            points = cache.derived(("pay", table.label), lambda t=table: pay_points(t))
            if points.empty:
                continue
            pick_location, pick_source = st.columns(2)
            places, origins = cache.derived(
                ("pay-choices", table.label),
                lambda p=points: (sorted(p["location"].unique()), sorted(p["source"].unique())),
            )
            locations = pick_location.multiselect(
                "Location",
                places,
                key=keys.table_key("location", table),
                placeholder="All locations",
            )
            sources = pick_source.multiselect(
                "Source",
                origins,
                key=keys.table_key("source", table),
                placeholder="All sources",
            )
            roles = show_role_window(table, points, locations, sources)
            figures = cache.derived(
                ("pay-figures", table.label, tuple(locations), tuple(sources), tuple(roles)),
                partial(
                    pay_figures,
                    points,
                    "Annual pay by role",
                    locations,
                    sources,
                    roles,
                    table.sheet,
                ),
            )
            for number, figure in enumerate(figures):
                st.plotly_chart(figure, key=f"chart-{table.label}-{number}")
            continue
        elif table.kind == "trends":
            figure = cache.derived(
                ("trends-figure", table.label), partial(trends_timeline_figure, table)
            )
        elif table.kind == "org_chart":
            figure = cache.derived(("org-figure", table.label), partial(org_chart_figure, table))
        else:
            figure = None
        if figure is not None:
            st.plotly_chart(figure, key=f"chart-{table.label}")

st.page_link(
    "pages/hypotheses.py", label="Next: pick hypotheses to test", icon=":material/science:"
)
