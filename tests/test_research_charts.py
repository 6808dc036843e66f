"""Charts of research tables, built from small inline tables."""

import pandas as pd

from infoview.findings import propose_findings
from infoview.research import build_table, read_research_path
from infoview.research.charts import (
    MAX_HEIGHT,
    MAX_POINTS,
    ROWS_SHOWN,
    clean_label,
    org_chart_figure,
    pay_by_role_figure,
    pay_figures,
    pay_points,
    ranked_roles,
    trends_timeline_figure,
)
from tests.conftest import DATA


def table(rows: list[list[str]]):
    return build_table("t.csv", "t", pd.DataFrame(rows, dtype=object))


SALARY = table(
    [
        ["Role", "Location", "Base salary", "Source"],
        ["Analyst", "Detroit", "$60,000", "Survey"],
        ["Analyst", "Chicago", "$70k", "Posting"],
        ["Manager", "Detroit", "n/a", "Survey"],
        ["Manager", "Detroit", "$31.50/hr", "Posting"],
    ]
)


def test_pay_points_annualize_and_skip_missing_amounts():
    points = pay_points(SALARY)
    assert points.to_dict("records") == [
        {
            "role": "Analyst",
            "location": "Detroit",
            "source": "Survey",
            "amount": 60000.0,
            "currency": "USD",
        },
        {
            "role": "Analyst",
            "location": "Chicago",
            "source": "Posting",
            "amount": 70000.0,
            "currency": "USD",
        },
        {
            "role": "Manager",
            "location": "Detroit",
            "source": "Posting",
            "amount": 65520.0,
            "currency": "USD",
        },
    ]


def test_charts_plot_the_rows_the_findings_use():
    """A total row, an amount too small to be pay and a role that names no job are left out of
    both, so a chart never shows a figure the findings do not count."""
    pay = table(
        [
            ["Role", "Location", "Base salary"],
            ["Analyst", "Detroit", "$60,000"],
            ["Analyst", "Detroit", "$64,000"],
            ["All occupations", "Detroit", "$50,000"],
            ["Manager", "Detroit", "300"],
            ["151252", "Detroit", "$70,000"],
        ]
    )
    assert [(p["role"], p["amount"]) for p in pay_points(pay).to_dict("records")] == [
        ("Analyst", 60000.0),
        ("Analyst", 64000.0),
    ]
    assert [f.statement for f in propose_findings([pay])] == [
        "Pay for Analyst in Detroit is about $62,000 a year across two salary reports, from "
        "$60,000 to $64,000"
    ]


def test_pay_figure_filters_by_location_and_source():
    figure = pay_by_role_figure(
        pay_points(SALARY), "Pay", locations=["Detroit"], sources=["Posting"]
    )
    assert list(figure.data[0].x) == [65520.0]
    assert pay_by_role_figure(pay_points(SALARY), "Pay", locations=["Paris"]) is None


def test_many_points_become_precomputed_boxes():
    many = pd.DataFrame(
        {
            "role": ["Analyst"] * (MAX_POINTS + 1),
            "location": "",
            "source": "",
            "amount": [float(i) for i in range(MAX_POINTS + 1)],
        }
    )
    box = pay_by_role_figure(many, "Pay").data[0]
    assert (list(box.q1), list(box.median), list(box.q3)) == ([500.0], [1000.0], [1500.0])
    assert box.x is None


def test_trends_timeline_places_dated_rows_and_skips_undated():
    trends = table(
        [
            ["Headline", "Date", "Source"],
            ["Rolling forecasts", "2026-09-14", "News"],
            ["Undated idea", "", "Blog"],
        ]
    )
    figure = trends_timeline_figure(trends)
    assert list(figure.data[0].hovertext) == ["Rolling forecasts"]


def test_org_chart_colors_unknown_boxes():
    org = table(
        [
            ["Department", "Title", "Person", "Known?"],
            ["Finance", "CFO", "Dana", "yes"],
            ["Finance", "Controller", "", "no"],
        ]
    )
    figure = org_chart_figure(org)
    assert figure.layout.title.text == "Org chart: 1 of 2 boxes unknown (t)"
    assert pay_points(org).empty


def test_trends_timeline_uses_the_dates_the_import_read():
    """A quarter and a spreadsheet serial are dates to the import, so they are on the chart."""
    trends = read_research_path(DATA / "trends_dated_by_quarter_and_serial.csv").tables[0]
    figure = trends_timeline_figure(trends)
    points = sorted(zip(pd.to_datetime(figure.data[0].x), figure.data[0].hovertext, strict=True))
    assert points == [
        (pd.Timestamp("2025-12-09"), "Plants add battery lines"),
        (pd.Timestamp("2026-05-14"), "Finance hires data people"),
        (pd.Timestamp("2026-07-01"), "Rolling forecasts replace budgets"),
    ]


def test_org_chart_counts_the_same_unknown_boxes_as_the_findings():
    """A department whose leader's title is blank is still a box, and an unknown one."""
    org = table(
        [
            ["Department", "Title", "Person", "Known?"],
            ["Finance", "CFO", "Dana", "yes"],
            ["Finance", "Controller", "?", "no"],
            ["Treasury", "Treasurer", "", "no"],
            ["Tax", "", "", "no"],
            ["FP&A", "Director FP&A", "Omar", "yes"],
            ["Audit", "Head of Audit", "unknown", "unknown"],
        ]
    )
    figure = org_chart_figure(org)
    unknown = [f.statement for f in propose_findings([org]) if f.topic == "organization"]
    assert len(unknown) == 4
    assert figure.layout.title.text == "Org chart: 4 of 6 boxes unknown (t)"
    assert sorted(set(figure.data[0].labels) - {"Organization"}) == sorted(
        [
            "Finance",
            "Treasury",
            "Tax",
            "FP&amp;A",  # plotly reads labels as HTML: shown as "FP&A"
            "Audit",
            "CFO",
            "Controller",
            "Treasurer",
            "Leader",
            "Director FP&amp;A",
            "Head of Audit",
        ]
    )


def test_pay_in_two_currencies_gets_one_chart_and_axis_each():
    mixed = table(
        [
            ["Role", "Location", "Base salary", "Currency"],
            ["Analyst", "Detroit", "60,000", "USD"],
            ["Analyst", "Berlin", "55,000", "EUR"],
            ["Manager", "Berlin", "80,000", "EUR"],
        ]
    )
    figures = pay_figures(pay_points(mixed), "Pay")
    assert [
        (f.layout.title.text, f.layout.xaxis.tickprefix, sorted(f.data[0].x)) for f in figures
    ] == [
        ("Pay, in EUR", "€", [55000.0, 80000.0]),
        ("Pay, in USD", "$", [60000.0]),
    ]


def test_chart_labels_from_a_hostile_file_are_html_escaped():
    """Plotly reads labels as HTML: file text must not become a link or an image in a chart."""
    pay = read_research_path(DATA / "hostile_markdown_sheet_name.xlsx").tables[0]
    points = pay_points(pay)
    figure = pay_by_role_figure(points, f"Annual pay by role ({pay.sheet})")
    assert figure.layout.title.text == "Annual pay by role ($x$ &lt;img&gt; _Pay_ ~x~ (a))"
    # role labels are the titles as read on import (as findings say them): the bracketed
    # link after a title is dropped with alias lists, and what is left is shown as text
    assert sorted(set(figure.data[0].y)) == ["**Senior analyst** $x$", "[Analyst]"]
    assert sorted(row[0] for row in figure.data[0].customdata) == [
        "&lt;a href=http://tracker.invalid/phish&gt;Boston&lt;/a&gt;",
        "&lt;img src=http://tracker.invalid/img.png&gt;",
    ]


def test_labels_lose_codes_alias_lists_footnotes_and_shouting():
    assert clean_label("Registered nurses (29-1141)") == "Registered nurses"
    assert clean_label("15-1252 Software developers") == "Software developers"
    assert clean_label("Accountants; auditors; CPA") == "Accountants"
    assert clean_label("Data scientists, also called ML engineers") == "Data scientists"
    assert clean_label("CHIEF EXECUTIVES*") == "Chief executives"
    assert clean_label("IT MANAGERS (2)") == "IT managers"
    assert clean_label("Analyst") == "Analyst"
    assert clean_label("Medical and health services managers in hospitals") == (
        "Medical and health services…"
    )


def many_roles(count: int) -> pd.DataFrame:
    """`count` roles, role N with N+1 figures around N thousand a year."""
    rows = [
        {"role": f"ROLE NUMBER {n} (11-{1000 + n})", "location": "", "source": "", "amount": a}
        for n in range(count)
        for a in [1000.0 * (count - n)] * (n + 1)
    ]
    return pd.DataFrame(rows).assign(currency="USD")


def test_a_pay_chart_shows_twenty_roles_and_stays_under_900_px():
    points = many_roles(400)
    figure = pay_by_role_figure(points, "Pay")
    assert figure.layout.height <= MAX_HEIGHT
    roles = list(figure.layout.yaxis.categoryarray)
    assert len(roles) == ROWS_SHOWN
    assert roles[-1] == "Role number 399"  # most figures first, drawn from the top
    assert figure.layout.xaxis.tickformat == "~s"


def test_roles_ranked_by_figures_or_by_median_pay():
    points = many_roles(3)
    assert ranked_roles(points, "rows") == [
        "ROLE NUMBER 2 (11-1002)",
        "ROLE NUMBER 1 (11-1001)",
        "ROLE NUMBER 0 (11-1000)",
    ]
    assert ranked_roles(points, "pay")[0] == "ROLE NUMBER 0 (11-1000)"
    window = pay_figures(points, "Pay", roles=["ROLE NUMBER 1 (11-1001)"])[0]
    assert list(window.layout.yaxis.categoryarray) == ["Role number 1"]
