"""Pay and date normalization: the formats research sheets really hold."""

import pandas as pd
import pytest

from infoview.research.normalize import (
    Money,
    normalize_dates,
    normalize_money,
    parse_money,
    parse_money_text,
)


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("$62k–$70k", Money(62_000, 70_000, "USD")),
        ("58,000 - 66,000", Money(58_000, 66_000)),
        ("72K", Money(72_000, 72_000)),
        ("~$75k", Money(75_000, 75_000, "USD", approximate=True)),
        ("$65,000/yr", Money(65_000, 65_000, "USD", "year")),
        ("$31.50/hr", Money(31.5, 31.5, "USD", "hour")),
        ("150-180k", Money(150_000, 180_000)),
        ("€55.000", Money(55_000, 55_000, "EUR")),
        ("68.500,00 €", Money(68_500, 68_500, "EUR")),
        ("EUR 55 000", Money(55_000, 55_000, "EUR")),
        ("12,50 €/h", Money(12.5, 12.5, "EUR", "hour")),
        ("£40,000 to £45,000", Money(40_000, 45_000, "GBP")),
        ("$4,500 per month", Money(4_500, 4_500, "USD", "month")),
    ],
)
def test_money_text_is_read_with_range_currency_and_period(text, money):
    assert parse_money_text(text) == money


@pytest.mark.parametrize("text", ["n/a", "", "#", "*", "ask recruiter", "10%", None])
def test_text_that_is_no_amount_gives_none(text):
    assert parse_money_text(text) is None


@pytest.mark.parametrize(
    ("text", "annual"),
    [("$31.50/hr", 65_520.0), ("$62k–$70k", 66_000.0), ("$4,500 per month", 54_000.0)],
)
def test_parse_money_gives_yearly_midpoint(text, annual):
    assert parse_money(text) == annual


def test_column_keeps_markers_and_unreadable_cells_apart():
    money = normalize_money(
        pd.Series(["68000", "$70k", "#", "*", "n/a", "ask", "", "31.5/hr", "$60k-$64k"])
    )
    assert money.amount.tolist()[:2] == [68_000.0, 70_000.0]
    assert money.amount.isna().tolist() == [
        False,
        False,
        True,
        True,
        True,
        True,
        True,
        False,
        False,
    ]
    assert money.amount.tolist()[7:] == [65_520.0, 62_000.0]
    assert (money.low[8], money.high[8]) == (60_000.0, 64_000.0)
    assert money.top_coded.tolist() == [False, False, True] + [False] * 6
    assert money.not_available.tolist() == [False, False, False, True] + [False] * 5
    assert money.unreadable.tolist() == [False] * 9
    assert money.not_stated.tolist() == [False] * 5 + [True] + [False] * 3
    assert money.annualized.tolist() == [False] * 7 + [True, False]
    assert money.currency.fillna("").tolist() == ["", "USD", "", "", "", "", "", "", "USD"]


def test_text_without_figures_is_no_amount_and_figures_that_are_no_pay_are_unreadable():
    money = normalize_money(pd.Series(["ask recruiter", "tbd", "10%", "3 to 5 years"]))
    assert money.amount.isna().all()
    assert money.not_stated.tolist() == [True, True, False, False]
    assert money.unreadable.tolist() == [False, False, True, True]


def test_hourly_column_annualizes_plain_numbers_at_2080_hours():
    money = normalize_money(pd.Series(["41.20", "$20/hr", "$50,000/yr"]), hourly=True)
    assert money.amount.tolist() == [85_696.0, 41_600.0, 50_000.0]
    assert money.annualized.tolist() == [True, True, False]


def test_dates_iso_us_quarters_and_excel_serials():
    dates = normalize_dates(
        pd.Series(
            [
                "2026-09-14",
                "9/14/2026",
                "Q3 2026",
                "2026-Q1",
                "T2 2026",
                "46279",
                "14.09.2026",
                "",
                "last spring",
            ]
        )
    )
    assert dates.dt.strftime("%Y-%m-%d").tolist()[:7] == [
        "2026-09-14",
        "2026-09-14",
        "2026-07-01",
        "2026-01-01",
        "2026-04-01",
        "2026-09-14",
        "2026-09-14",
    ]
    assert dates.isna().tolist()[7:] == [True, True]
