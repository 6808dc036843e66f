"""Assemble a research table: layout, kind and roles, normalized values and their issues."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from infoview.research.issues import INFO, WARNING, Issue
from infoview.research.layout import locate_table
from infoview.research.model import KINDS, ResearchTable
from infoview.research.normalize import (
    CURRENCY_CODES,
    HOURS_PER_YEAR,
    MoneyColumn,
    is_hourly_header,
    normalize_dates,
    normalize_money,
)
from infoview.research.roles import (
    DATE_ROLES,
    HOURLY_PREFIX,
    ROLE_SYNONYMS,
    Detection,
    detect_kind,
    match_roles,
    money_role,
)

# Issues that follow from the kind and column roles; re-derived when the user corrects them.
ROLE_ISSUE_CODES = frozenset(
    {
        "kind-unknown",
        "kind-from-content",
        "value-top-coded",
        "value-not-available",
        "value-unreadable",
        "pay-annualized",
        "date-unreadable",
    }
)


def build_table(
    file: str,
    sheet: str,
    raw: pd.DataFrame,
    kind: str | None = None,
    issues: tuple[Issue, ...] = (),
) -> ResearchTable | None:
    """Find the header row, drop blank rows, columns and footnotes, detect kind and roles.

    `issues` are those found before the cells were laid out, such as the file's encoding.
    """
    layout = locate_table(raw)
    if layout is None:
        return None
    issues = list(issues)
    if layout.header_row > 1:
        issues.append(
            Issue(
                "header-below-title",
                INFO,
                f"The header is on row {layout.header_row}; the rows above it look like a "
                "title and were skipped. If the header is elsewhere, fix the sheet and upload "
                "it again.",
                file=file,
                sheet=sheet,
                row=layout.header_row,
            )
        )
    if layout.body.empty:
        issues.append(
            Issue(
                "header-only",
                INFO,
                f'Sheet "{sheet}" has a header but no rows yet; add rows to use it.',
                file=file,
                sheet=sheet,
                row=layout.header_row,
            )
        )
    if layout.footnotes is not None:
        row, text = layout.footnotes
        issues.append(
            Issue(
                "footnotes-excluded",
                INFO,
                f'Rows from {row} on look like footnotes ("{_shorten(text)}") and were left out '
                "of the data. Move them above the header if they are data.",
                file=file,
                sheet=sheet,
                row=row,
            )
        )
    detection = (
        detect_kind(layout.headers, layout.body)
        if kind is None
        else Detection(kind, match_roles(kind, layout.headers))
    )
    table = ResearchTable(
        file=file,
        sheet=sheet,
        kind=detection.kind,
        header_row=layout.header_row,
        columns=detection.roles,
        frame=layout.body,
        issues=tuple(issues),
        source_rows=layout.source_rows,
    )
    return _with_values(table, detection.by_content)


def retype_table(
    table: ResearchTable, kind: str, roles: dict[str, str] | None = None
) -> ResearchTable:
    """The same table read as `kind`, with `roles` (role -> column) or roles detected anew."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    headers = list(table.frame.columns)
    if roles is None:
        roles = match_roles(kind, headers)
    known = set(ROLE_SYNONYMS.get(kind, {}))
    for role, column in roles.items():
        if role.removeprefix(HOURLY_PREFIX) not in known or column not in headers:
            raise ValueError(f"{role!r} -> {column!r} is not a {kind} role of this table")
    kept = tuple(i for i in table.issues if i.code not in ROLE_ISSUE_CODES)
    return _with_values(replace(table, kind=kind, columns=dict(roles), issues=kept), None)


def _with_values(table: ResearchTable, by_content: str | None) -> ResearchTable:
    """The table with its amounts and dates parsed and the issues that parsing found."""
    issues = list(table.issues)
    if table.kind == "generic":
        headers = list(table.frame.columns)
        issues.append(
            table_issue(
                table,
                "kind-unknown",
                INFO,
                f'InfoView could not tell what "{table.sheet}" holds from its headers '
                f"({', '.join(headers[:6])}). Pick its kind on the Research page.",
            )
        )
    if by_content is not None:
        issues.append(
            table_issue(
                table,
                "kind-from-content",
                INFO,
                f'"{table.sheet}" was read as {table.kind.replace("_", " ")} because column '
                f'"{by_content}" looks like it; correct the kind on the Research page if not.',
                column=by_content,
            )
        )
    values: dict[str, pd.Series] = {}
    currencies = []
    for role, column in table.columns.items():
        text = table.frame[column]
        if money_role(role):
            money = normalize_money(
                text, hourly=role.startswith(HOURLY_PREFIX) or is_hourly_header(column)
            )
            values[role], values[f"{role}_low"], values[f"{role}_high"] = (
                money.amount,
                money.low,
                money.high,
            )
            currencies.append(money.currency)
            issues.extend(_money_issues(table, column, money))
        elif role in DATE_ROLES:
            values[role] = normalize_dates(text)
            unreadable = values[role].isna() & text.str.strip().ne("")
            if unreadable.any():
                issues.append(
                    _count_issue(
                        table,
                        "date-unreadable",
                        WARNING,
                        column,
                        unreadable,
                        '{count} cell(s) of column "{column}" are not dates InfoView can '
                        "read (first at row {row}); write them as 2026-09-14, 9/14/2026 or "
                        "Q3 2026.",
                    )
                )
    if currencies or "currency" in table.columns:
        values["currency"] = _row_currency(table, currencies)
    frame = pd.DataFrame(values, index=table.frame.index)
    return replace(table, values=frame, issues=tuple(issues))


def _row_currency(table: ResearchTable, stated: list[pd.Series]) -> pd.Series:
    """Each row's currency: a currency column wins, else the first amount that names one."""
    currency = pd.Series(None, index=table.frame.index, dtype=object)
    named = table.column("currency")
    if named is not None:
        currency = named.str.strip().str.lower().map(CURRENCY_CODES)
    for column in stated:
        currency = currency.fillna(column)
    return currency


def _money_issues(table: ResearchTable, column: str, money: MoneyColumn) -> list[Issue]:
    found = []
    for code, severity, mask, template in (
        (
            "value-top-coded",
            WARNING,
            money.top_coded,
            '{count} cell(s) of column "{column}" hold "#" (first at row {row}): the pay is '
            "at or above the published top value, so it was left empty rather than counted. "
            "Figures from this column understate the top of the range.",
        ),
        (
            "value-not-available",
            INFO,
            money.not_available,
            '{count} cell(s) of column "{column}" hold "*" (first at row {row}): the source '
            "did not publish them, so they were left empty.",
        ),
        (
            "value-unreadable",
            WARNING,
            money.unreadable,
            '{count} cell(s) of column "{column}" are not amounts InfoView can read (first at '
            "row {row}); write them like $68,000, 62k-70k or 31.50/hr.",
        ),
        (
            "pay-annualized",
            INFO,
            money.annualized,
            '{count} amount(s) of column "{column}" were stated per hour, week or month '
            f"(first at row {{row}}) and were turned into yearly pay ({HOURS_PER_YEAR:,} hours "
            "a year).",
        ),
    ):
        if mask.any():
            found.append(_count_issue(table, code, severity, column, mask, template))
    return found


def _count_issue(
    table: ResearchTable, code: str, severity: str, column: str, mask: pd.Series, template: str
) -> Issue:
    """One issue for all flagged cells of a column, located at the first of them."""
    first = int(np.flatnonzero(mask.to_numpy())[0])
    row = table.row_number(first)
    message = template.format(count=int(mask.sum()), column=column, row=row)
    return table_issue(table, code, severity, message, row=row, column=column)


def table_issue(
    table: ResearchTable,
    code: str,
    severity: str,
    message: str,
    row: int | None = None,
    column: str | None = None,
) -> Issue:
    """An issue located in `table`; the header row unless a row is given."""
    return Issue(
        code,
        severity,
        message,
        file=table.file,
        sheet=table.sheet,
        row=table.header_row if row is None else row,
        column=column,
    )


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
