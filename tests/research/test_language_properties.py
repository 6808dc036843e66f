"""Properties of the decimal-comma money parser and the month-name date parser."""

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview.research.normalize import normalize_dates, normalize_money, parse_money_text

# Ways of grouping thousands beside a decimal comma: `1.234,56`, `1 234,56`, `1 234,56`.
GROUPS = st.sampled_from([".", " ", "\u00a0", "\u202f"])
MARKS = st.sampled_from([("", ""), ("", " €"), ("€ ", ""), ("EUR ", ""), ("", " EUR"), ("R$ ", "")])


def european(cents: int, group: str, decimals: bool) -> str:
    """An amount in cents written with `group` between thousands and a decimal comma."""
    whole, fraction = divmod(cents, 100)
    text = f"{whole:,}".replace(",", group)
    return f"{text},{fraction:02d}" if decimals else text


@given(
    cents=st.integers(min_value=100, max_value=99_999_999_99),
    group=GROUPS,
    mark=MARKS,
    decimals=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_a_decimal_comma_amount_reads_as_written(cents, group, mark, decimals):
    if not decimals:
        cents -= cents % 100
    text = mark[0] + european(cents, group, decimals) + mark[1]
    money = parse_money_text(text)
    assert money is not None, text
    assert round(money.low * 100) == round(money.high * 100) == cents, text


@given(
    amounts=st.lists(st.integers(min_value=1_000_00, max_value=500_000_00), min_size=1, max_size=6),
    group=GROUPS,
    decimals=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_a_column_of_decimal_commas_reads_every_cell_as_written(amounts, group, decimals):
    amounts = [a if decimals else a - a % 100 for a in amounts]
    cells = pd.Series([european(a, group, decimals) for a in amounts])
    money = normalize_money(cells)
    assert [round(a * 100) for a in money.amount] == amounts, list(cells)


# Month names as people write them in each language, with the month they are.
MONTH_NAMES = {
    1: ["enero", "janeiro", "janvier", "janv.", "Januar", "Jänner", "gennaio", "ene"],
    2: ["febrero", "fevereiro", "février", "févr.", "Februar", "febbraio", "fev"],
    3: ["marzo", "março", "mars", "März", "Mrz", "marzo"],
    4: ["abril", "avril", "April", "aprile", "abr.", "avr."],
    5: ["mayo", "maio", "mai", "Mai", "maggio", "mag"],
    6: ["junio", "junho", "juin", "Juni", "giugno", "giu"],
    7: ["julio", "julho", "juillet", "juil.", "Juli", "luglio", "lug"],
    8: ["agosto", "août", "August", "ago"],
    9: ["septiembre", "setembro", "septembre", "sept.", "September", "settembre", "set"],
    10: ["octubre", "outubro", "octobre", "Oktober", "Okt.", "ottobre", "ott"],
    11: ["noviembre", "novembro", "novembre", "November", "nov."],
    12: ["diciembre", "dezembro", "décembre", "déc.", "Dezember", "dicembre", "dic", "dez"],
}
SHAPES = st.sampled_from(
    [
        "{d} de {m} de {y}",  # Spanish, Portuguese
        "{d} {m} {y}",  # French, Italian
        "{d}. {m} {y}",  # German
        "{m} {y}",
        "{m} de {y}",
        "{d}-{m}-{y}",
    ]
)


@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    shape=SHAPES,
    data=st.data(),
    upper=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_a_date_with_a_month_name_reads_as_that_day(day, shape, data, upper):
    name = data.draw(st.sampled_from(MONTH_NAMES[day.month]))
    text = shape.format(d=day.day, m=name.capitalize() if upper else name.lower(), y=day.year)
    expected = day if "{d}" in shape else day.replace(day=1)
    read = normalize_dates(pd.Series([text])).iloc[0]
    assert read == pd.Timestamp(expected), text
