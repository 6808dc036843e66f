"""Research: upload spreadsheets, see what was detected, chart it."""

import streamlit as st

from infoview.research.charts import (
    org_chart_figure,
    pay_by_role_figure,
    pay_points,
    trends_timeline_figure,
)
from infoview.ui import loaders, state
from infoview.ui.messages import show_issues
from infoview.ui.state import Keys

MAX_MB = st.get_option("server.maxUploadSize")

st.title("Research")
st.write(
    "Upload the spreadsheets you gathered: salary tables, industry news, what you know of "
    "an organization's structure. InfoView detects what each sheet holds."
)

left, right = st.columns([3, 1])
with left:
    uploads = st.file_uploader(
        f"Research files (CSV, TSV, XLSX, XLSM, XLS, ODS; up to {MAX_MB} MB each)",
        type=["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"],
        accept_multiple_files=True,
        key=Keys.UPLOADER,
    )
with right:
    st.write("")
    if st.button("Load sample research", icon=":material/folder_open:", width="stretch"):
        state.add_research([loaders.read_sample()])

new_uploads = state.unseen_uploads(uploads or [])
if new_uploads:
    state.add_research([loaders.read_cached(u.name, u.getvalue()) for u in new_uploads])

files = state.research_files()
if not files:
    st.info("No research yet. Upload a file, or load the sample to try InfoView.")
    st.stop()

for research in files.values():
    st.subheader(research.file)
    show_issues(research.all_issues)
    for table in research.tables:
        roles = ", ".join(f"{role} ← {column}" for role, column in table.columns.items())
        with st.expander(
            f"{table.sheet}: **{table.kind}**, {table.rows} rows (header on row {table.header_row})"
        ):
            st.caption(f"Columns: {roles or 'none recognised'}")
            st.dataframe(table.frame.head(200), hide_index=True)
        if table.kind == "salary":
            points = state.derived(("pay", table.label), lambda t=table: pay_points(t))
            if points.empty:
                continue
            pick_location, pick_source = st.columns(2)
            locations = pick_location.multiselect(
                "Location",
                sorted(points["location"].unique()),
                key=f"loc-{table.label}",
                placeholder="All locations",
            )
            sources = pick_source.multiselect(
                "Source",
                sorted(points["source"].unique()),
                key=f"src-{table.label}",
                placeholder="All sources",
            )
            figure = pay_by_role_figure(
                points,
                f"Annual pay by role ({table.sheet})",
                locations,
                sources,
                symbol=table.currency_symbol(),
            )
        elif table.kind == "trends":
            figure = trends_timeline_figure(table)
        elif table.kind == "org_chart":
            figure = org_chart_figure(table)
        else:
            figure = None
        if figure is not None:
            st.plotly_chart(figure, key=f"chart-{table.label}")

st.page_link(
    "pages/hypotheses.py", label="Next: pick hypotheses to test", icon=":material/science:"
)
