"""Money parsing is total, and its vectorized fast path agrees with the grammar on every cell."""

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview.research import KINDS, build_table
from infoview.research.normalize import (
    MISSING_TEXT,
    Money,
    _plain_numbers,
    normalize_money,
    parse_money_text,
)

NUMBERISH = st.from_regex(r"[0-9]{1,9}(\.[0-9]{1,5})?", fullmatch=True)
PAY_TEXT = st.one_of(
    NUMBERISH,
    st.from_regex(
        r"[$€£₹]?[0-9]{1,3}([.,][0-9]{3}){0,2}[kK]?( ?- ?[$€£₹]?[0-9]{1,3}[kK]?)?"
        r"( (a|per) (year|hour|month))?",
        fullmatch=True,
    ),
    st.text(max_size=30),
)


@given(cell=st.one_of(NUMBERISH, st.text(max_size=20)), dot_thousands=st.booleans())
@settings(max_examples=200, deadline=None)
def test_fast_path_reads_a_cell_as_the_grammar_does(cell, dot_thousands):
    fast = _plain_numbers(pd.Series([cell.strip()]), dot_thousands).iloc[0]
    if not math.isnan(fast):
        money = parse_money_text(cell, dot_thousands)
        assert money is not None and money.low == money.high == fast


@given(
    cell=st.from_regex(
        r"[$€£₹¥]([0-9]{1,3}(,[0-9]{3}){1,3}|[0-9]{1,9})(\.[0-9]{1,2})?", fullmatch=True
    ),
    dot_thousands=st.booleans(),
)
@settings(max_examples=200, deadline=None)
def test_a_marked_amount_reads_as_the_grammar_reads_it_with_a_space(cell, dot_thousands):
    # `$85,000.00` takes the shortcut; `$ 85,000.00` goes through the whole grammar
    fast = parse_money_text(cell, dot_thousands)
    assert fast == parse_money_text(f"{cell[0]} {cell[1:]}", dot_thousands)
    assert fast.low == fast.high == float(cell[1:].replace(",", ""))


def test_a_payroll_amount_is_read_with_its_currency():
    assert parse_money_text("$85,000.00") == Money(85000.0, 85000.0, "USD")
    assert parse_money_text("£31.5") == Money(31.5, 31.5, "GBP")
    assert parse_money_text("$1,234,567.89", dot_thousands=True).low == 1234567.89


@given(cells=st.lists(PAY_TEXT, min_size=1, max_size=8), hourly=st.booleans())
@settings(max_examples=150, deadline=None)
def test_every_cell_is_an_amount_a_missing_value_or_an_issue(cells, hourly):
    money = normalize_money(pd.Series(cells), hourly=hourly)
    for position, cell in enumerate(cells):
        text = cell.strip().lower()
        marks = [
            money.amount.notna().iloc[position],
            text == "" or text in MISSING_TEXT,
            money.top_coded.iloc[position] or money.not_available.iloc[position],
            money.not_stated.iloc[position],
            money.unreadable.iloc[position],
            money.outlier.iloc[position],
        ]
        assert sum(bool(m) for m in marks) >= 1, cell
        if marks[0]:
            assert money.amount.iloc[position] > 0
            assert money.low.iloc[position] <= money.high.iloc[position]


@given(text=st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_the_grammar_never_raises(text):
    money = parse_money_text(text)
    assert money is None or money.low <= money.high


CELL = st.one_of(st.none(), PAY_TEXT, st.integers(-10, 10**7), st.floats(allow_nan=True))


@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6))
@settings(max_examples=100, deadline=None)
def test_any_grid_gives_a_table_or_nothing(rows):
    width = max(len(row) for row in rows)
    raw = pd.DataFrame([row + [None] * (width - len(row)) for row in rows], dtype=object)
    table = build_table("g.csv", "g", raw)
    assert table is None or (table.kind in KINDS and len(table.values) == table.rows)
