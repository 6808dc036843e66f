"""Which rows of a pay table a pay figure may use, and when none may, why, in one line."""

from __future__ import annotations

import re

import pandas as pd

from infoview.research.headers import pay_role
from infoview.research.model import ResearchTable

MIN_YEARLY = 500  # less a year is an index, a count or a rate, not pay, in any currency
_LETTER = re.compile(r"[^\W\d_]")


def pay_amounts(table: ResearchTable) -> tuple[pd.Series, pd.Series, pd.Series] | None:
    """Each row's pay per year with the low and high ends of its range, or None (no pay)."""
    pay = pay_role(table.columns)
    if pay is not None:
        amount = table.amounts(pay)
        return amount, _values(table, f"{pay}_low", amount), _values(table, f"{pay}_high", amount)
    if "min" in table.columns and "max" in table.columns:
        low, high = table.amounts("min"), table.amounts("max")
        return (low + high) / 2, low, high
    return None


def pay_rows(table: ResearchTable) -> pd.DataFrame:
    """The rows a pay figure may use, the one input of pay findings and pay charts: the
    table's `values` as read on import with each row's pay per year (`amount`, the `low` and
    `high` ends of its range) and its `currency` (NaN where nothing says); none without pay."""
    values = table.values
    amounts = None
    if table.kind == "salary" and values is not None and "role" in table.columns:
        amounts = pay_amounts(table)
    if amounts is None:
        return pd.DataFrame(columns=["role", "amount", "low", "high", "currency"])
    amount, low, high = amounts
    if "currency" in values:
        currency = values["currency"].astype(object).where(values["currency"].notna())
    else:
        currency = pd.Series(table.currency, index=table.frame.index, dtype=object)
    rows = values.assign(
        amount=amount, low=low.fillna(amount), high=high.fillna(amount), currency=currency
    )
    return rows[payable_rows(table, amount)]


def payable_rows(table: ResearchTable, amount: pd.Series) -> pd.Series:
    """Rows with a plausible yearly amount and a job named, neither a total nor a repeat."""
    values = table.values
    named = values["role"].astype(str).str.contains(_LETTER)
    return (
        amount.ge(MIN_YEARLY)
        & named
        & ~values["repeat"].astype(bool)
        & ~values["aggregate"].fillna(False).astype(bool)
    )


def why_no_pay(table: ResearchTable) -> str | None:
    """Why a pay table gives no pay figure at all, in one line; None when some row gives one."""
    if table.kind != "salary" or table.values is None or table.frame.empty:
        return None
    if "role" not in table.columns:
        return "no column says which job each amount is for (pick the role column)"
    amounts = pay_amounts(table)
    if amounts is None:
        return "no column holds pay (pick the pay column)"
    amount = amounts[0]
    if payable_rows(table, amount).any():
        return None
    if amount.notna().sum() == 0:
        return (
            "no pay column holds plausible amounts (every cell is blank, a placeholder or "
            "unreadable)"
        )
    if not amount.ge(MIN_YEARLY).any():
        return (
            f"no pay column holds plausible amounts (every figure is under {MIN_YEARLY:,} a "
            "year, more like an index, a share or a count than pay)"
        )
    with_pay = amount.ge(MIN_YEARLY)
    if table.values["aggregate"].fillna(False).astype(bool)[with_pay].all():
        return 'every row is a total row (such as "All occupations"), not one job\'s pay'
    if table.values["repeat"].astype(bool)[with_pay].all():
        return "every row repeats an earlier posting"
    return "the role column names no jobs, only numbers or codes"


def _values(table: ResearchTable, name: str, default: pd.Series) -> pd.Series:
    if table.values is not None and name in table.values:
        return table.values[name]
    return default
