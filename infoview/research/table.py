"""Assemble a research table: layout, kind and roles, normalized values and their issues."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from infoview.occupations import classify, group, mentioned
from infoview.research.clean import (
    aggregate_rows,
    clean_companies,
    clean_places,
    clean_titles,
    collapse,
    each_distinct,
    full_names,
    repeated_postings,
    resolve_ids,
    soc_code,
    spelled_levels,
)
from infoview.research.countries import spelled_country_codes
from infoview.research.evidence import (
    CONTENT_SAMPLE,
    EXPECTED,
    ROLE_THRESHOLD,
    VALUE_CHECKED,
    confidence,
    profile_columns,
    role_evidence,
)
from infoview.research.headers import (
    is_role_name,
    match_roles,
    money_role,
    normalize_header,
    stated_currency,
)
from infoview.research.issues import INFO, WARNING, Issue
from infoview.research.kinds import Detection, detect_kind, metric_headers, salary_roles
from infoview.research.layout import is_boilerplate, is_free_text, locate_table, without_header
from infoview.research.model import KINDS, METRIC_PREFIX, PERIODS, ResearchFile, ResearchTable
from infoview.research.normalize import (
    CURRENCY_SYMBOLS,
    HOURS_PER_YEAR,
    WEEKS_PER_YEAR,
    MoneyColumn,
    currency_of,
    header_period,
    header_scale,
    normalize_dates,
    normalize_money,
    period_of,
    plain_numbers,
)
from infoview.research.payable import why_no_pay
from infoview.research.places import (
    employer_places,
    one_state_spelling,
    regions,
    row_currencies,
    with_region,
)
from infoview.research.splits import split_columns
from infoview.research.vocabulary import (
    CURRENCY_NAMES,
    DATE_ROLES,
    DEFAULT_CURRENCY,
    HOURLY_PREFIX,
    KIND_SIGNATURE,
    LAST_NAME_HEADERS,
    NUMBER_ROLES,
    ROLE_SYNONYMS,
)

# Issues that follow from the kind and column roles; re-derived when the user corrects them.
ROLE_ISSUE_CODES = frozenset(
    {
        "kind-unknown",
        "kind-from-content",
        "value-top-coded",
        "value-not-available",
        "value-unreadable",
        "value-not-stated",
        "value-outlier",
        "pay-annualized",
        "date-unreadable",
        "currency-assumed",
        "pay-in-thousands",
        "no-pay-findings",
    }
)


def build_table(
    file: str,
    sheet: str,
    raw: pd.DataFrame,
    kind: str | None = None,
    issues: tuple[Issue, ...] = (),
    column_currency: dict[int, str] | None = None,
    grouping: bool = True,
) -> ResearchTable | None:
    """Find the header row, drop blank rows, columns and footnotes, detect kind and roles.

    `issues` are those found before the cells were laid out, such as the file's encoding;
    `column_currency` the currency the workbook's number format shows per sheet column;
    `grouping=False` leaves out the values only findings and charts use (see `read_research`).
    """
    layout = locate_table(raw)
    if layout is None:
        return None
    named = any(is_role_name(header) for header in layout.headers)
    if kind in (None, "notes") and is_free_text(layout.headers) and not named:
        headers, body, rows = without_header(
            layout.headers, layout.body, layout.header_row, layout.source_rows
        )
        layout = replace(layout, header_row=0, headers=headers, body=body, source_rows=rows)
        kind = "notes"
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
        else Detection(kind, match_roles(kind, layout.headers) or _note_roles(kind, layout))
    )
    issues += [
        replace(note, file=file, sheet=sheet)
        for note in _doubtful_roles(detection.kind, layout, detection.roles)
    ]
    text_sheet = detection.kind == "notes" or (
        detection.kind == "generic" and len(layout.headers) <= 2
    )
    if text_sheet and is_boilerplate(
        pd.concat([pd.Series(layout.headers), layout.body.iloc[:, 0]])
    ):
        detection = Detection("reference", {})
    table = ResearchTable(
        file=file,
        sheet=sheet,
        kind=detection.kind,
        header_row=layout.header_row,
        columns=detection.roles,
        frame=layout.body,
        issues=tuple(issues),
        source_rows=layout.source_rows,
        title=layout.title,
        formatted_currency={
            header: column_currency[position]
            for header, position in zip(layout.headers, layout.positions, strict=False)
            if position in (column_currency or {})
        },
    )
    return _with_values(table, detection.by_content, grouping)


def retype_table(
    table: ResearchTable,
    kind: str,
    roles: dict[str, str] | None = None,
    currency: str | None = None,
    pay_period: str | None = None,
    organization: str | None = None,
) -> ResearchTable:
    """The same table read as `kind`, with `roles` (role -> column) or roles detected anew.

    `currency` (an ISO code such as EUR) and `pay_period` (year, month, week, day, hour)
    correct what the amounts are in; `organization` names the organization an org chart
    describes ("" forgets the name given); None keeps what was read or given before.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if (
        currency is not None
        and currency not in CURRENCY_SYMBOLS
        and not re.fullmatch(r"[A-Z]{3}", currency)
    ):
        raise ValueError(f"unknown currency {currency!r}; write a code such as USD or EUR")
    if pay_period is not None and pay_period not in PERIODS:
        raise ValueError(f"unknown pay period {pay_period!r}; choose one of {', '.join(PERIODS)}")
    headers = list(table.frame.columns)
    if roles is None:
        roles = match_roles(kind, headers)
    known = set(ROLE_SYNONYMS.get(kind, {}))
    for role, column in roles.items():
        if role.removeprefix(HOURLY_PREFIX) not in known or column not in headers:
            raise ValueError(f"{role!r} -> {column!r} is not a {kind} role of this table")
    kept = tuple(i for i in table.issues if i.code not in ROLE_ISSUE_CODES)
    if kind == "notes" and table.header_row and not roles and len(headers) <= 2:
        # a sheet of notes read with a header: its first line was a note
        headers, frame, rows = without_header(
            headers, table.frame, table.header_row, _source_rows(table)
        )
        kept = tuple(i for i in kept if i.code != "header-only")
        table = replace(table, frame=frame, header_row=0, source_rows=rows)
        roles = {"note": headers[0]}
    corrected = replace(
        table,
        kind=kind,
        columns=dict(roles),
        issues=kept,
        currency=table.currency if currency is None else currency,
        pay_period=table.pay_period if pay_period is None else pay_period,
        organization=table.organization if organization is None else organization.strip(),
    )
    return _with_values(corrected, None)


PAY_TWIN_SUFFIX = " (pay)"


def pay_twin(table: ResearchTable, grouping: bool = True) -> ResearchTable | None:
    """The pay side of an org chart that is also a payroll (titles, salaries, a manager)."""
    if table.kind != "org_chart":
        return None
    roles = salary_roles(list(table.frame.columns), table.frame)
    if "role" not in roles or not any(money_role(role) for role in roles):
        return None
    layout_issues = tuple(i for i in table.issues if i.code not in ROLE_ISSUE_CODES)
    twin = replace(
        table,
        sheet=table.sheet + PAY_TWIN_SUFFIX,
        kind="salary",
        columns=roles,
        issues=tuple(replace(i, sheet=table.sheet + PAY_TWIN_SUFFIX) for i in layout_issues),
    )
    return _with_values(twin, None, grouping)


def _note_roles(kind: str, layout) -> dict[str, str]:
    """A free-text sheet's first column holds the notes."""
    return {"note": layout.headers[0]} if kind == "notes" and layout.header_row == 0 else {}


def _source_rows(table: ResearchTable) -> np.ndarray:
    if table.source_rows is not None:
        return table.source_rows
    return np.arange(table.rows) + table.header_row + 1


def _with_values(
    table: ResearchTable, by_content: str | None, grouping: bool = True
) -> ResearchTable:
    """The table with its amounts, dates and grouping text parsed, and what parsing found;
    without grouping, only the values its issues come from."""
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
    if table.kind == "salary":
        values.update(_pay_values(table, issues))
    for role, column in table.columns.items():
        text = table.frame[column]
        if role in DATE_ROLES:
            values[role] = normalize_dates(text)
            unreadable = values[role].isna() & ~text.str.strip().str.lower().isin(NO_DATE)
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
        elif role in NUMBER_ROLES:
            values[role] = plain_numbers(text)
    values.update(_text_values(table, grouping))
    if table.kind == "metrics":
        values.update(_metric_values(table))
    frame = pd.DataFrame(values, index=table.frame.index)
    fit = confidence(table.columns, table.frame)
    fit["kind"] = _kind_confidence(table.kind, fit, by_content)
    read = replace(table, values=frame, issues=tuple(issues), confidence=fit)
    silent = why_no_pay(read)
    if silent is None:
        return read
    # a pay table that will give no pay finding says why, instead of staying silent
    message = f'"{table.sheet}" gives no pay findings: {silent}.'
    note = table_issue(read, "no-pay-findings", INFO, message)
    return replace(read, issues=(*read.issues, note))


def _metric_values(table: ResearchTable) -> dict[str, pd.Series]:
    """Each metric column's numbers, keyed `metric:HEADER` (see `ResearchTable`)."""
    headers = [h for h in table.frame.columns if h not in table.columns.values()]
    profile = profile_columns(table.frame[headers].head(CONTENT_SAMPLE))
    return {
        METRIC_PREFIX + header: plain_numbers(table.frame[header])
        for header in metric_headers(headers, profile)
    }


def _kind_confidence(kind: str, fit: dict[str, float], by_content: str | None) -> float:
    """How sure the kind is: none for generic, less when told by content, else how well the
    roles that make the kind fit their values."""
    if kind == "generic":
        return 0.0
    signature = [
        fit[r] for r in fit if r.removeprefix(HOURLY_PREFIX) in KIND_SIGNATURE.get(kind, ())
    ]
    sure = sum(signature) / len(signature) if signature else 1.0
    return round(sure * (0.7 if by_content else 1.0), 2)


def _doubtful_roles(kind: str, layout, roles: dict[str, str]) -> list[Issue]:
    """Notes for roles a header proposed that its values refused: what to pick, if it is."""
    notes = []
    proposed = match_roles(kind, layout.headers)
    for role, header in proposed.items():
        if role not in VALUE_CHECKED or role in roles or header in roles.values():
            continue
        share = role_evidence(role, layout.body[header])
        if share >= ROLE_THRESHOLD:
            continue
        label = role.replace("_", " ")
        notes.append(
            Issue(
                "role-doubtful",
                INFO,
                f'Column "{header}" sounds like the {label} column, but only {share:.0%} of its '
                f"cells look like {EXPECTED[role]}, so it was not used as the {label}. If it "
                f"is, pick it as {label} on the Research page.",
                row=layout.header_row,
                column=header,
            )
        )
    return notes


def _occupations(kind: str, values: dict[str, pd.Series]) -> pd.Series | None:
    """Where each row's work sits in the occupation map: the SOC code of a pay table's role (its
    own code when the file gives one), an org chart's box title, the work a trend headline
    names; "" when it names none. Placed once per distinct text, on import, and kept."""
    if kind == "salary" and "role" in values:
        written = each_distinct(values["occupation_code"], lambda code: code if group(code) else "")
        placed = _placed_once(values["role"], classify)
        return written.where(written.ne(""), placed)
    if kind == "org_chart" and "title" in values:
        return _placed_once(values["title"], classify)
    if kind == "trends" and "headline" in values:
        return _placed_once(values["headline"], mentioned)
    return None


def _placed_once(texts: pd.Series, place) -> pd.Series:
    def code(text: object) -> str:
        return (place(text).code or "") if isinstance(text, str) else ""

    return each_distinct(texts, code)


# Date cells that say there is no date.
NO_DATE = frozenset({"", "no date", "n/a", "na", "-", "unknown", "tbd", "none", "null"})
TEXT_ROLES = (
    "role",
    "company",
    "location",
    "level",
    "department",
    "person",
    "title",
    "headline",
    "name",
    "topic",
    "industry",
    "organization",
)


def _text_values(table: ResearchTable, grouping: bool = True) -> dict[str, pd.Series]:
    """Cleaned text for grouping, codes, the level of each row and resolved references;
    without grouping, only the roles, codes and marks that say whether pay findings come."""
    values: dict[str, pd.Series] = {}
    for role in TEXT_ROLES if grouping else ("role",):
        text = table.column(role)
        if text is None:
            continue
        if role == "role":
            values["role"], codes = clean_titles(text)
            column = table.column("occupation_code")
            if column is not None:
                codes = collapse(column).map(soc_code).where(collapse(column).ne(""), codes)
            values["occupation_code"] = codes
        elif role == "company":
            values[role] = clean_companies(text)
        elif role == "location":
            values[role] = spelled_country_codes(clean_places(text))
        elif role == "level":
            values[role] = spelled_levels(collapse(text))
        elif role in ("person", "name"):
            values[role] = full_names(text, _last_names(table))
        else:
            values[role] = collapse(text)
    if table.kind == "salary" and grouping:
        values.update(_places(table, values.get("location"), values.get("company")))
        values.update(split_columns(table.frame, table.columns))
    if table.kind == "salary" and "role" in values:
        values["aggregate"] = aggregate_rows(
            values["role"], values["occupation_code"], table.column("group")
        )
    elif table.kind == "salary":
        values["aggregate"] = pd.Series(False, index=table.frame.index)
    if table.kind == "salary":
        values["repeat"] = repeated_postings(table.frame)
    if not grouping:
        return values
    occupations = _occupations(table.kind, values)
    if occupations is not None:
        values["occupation"] = occupations
    reports_to = table.column("reports_to")
    if reports_to is not None:
        ids = table.column("id")
        label = values.get("person", values.get("department"))
        values["reports_to"] = (
            collapse(reports_to)
            if ids is None or label is None
            else resolve_ids(reports_to, ids, label)
        )
    return values


def _places(
    table: ResearchTable, location: pd.Series | None, company: pd.Series | None
) -> dict[str, pd.Series]:
    """The most specific place of each row and the region it sits in (see `ResearchTable`).

    A city column beside a state or country column gives "City, ST"; where no location is
    given, an employer that is a government gives its place ("City of Austin" -> "Austin").
    """
    city = table.column("city")
    if city is not None and location is not None:
        region = location
        location = with_region(clean_places(city), location)
    else:
        region = None
    employers = table.column("company")
    if employers is None:
        employers = next(
            (
                table.frame[h]
                for h in table.frame.columns
                if h not in table.columns.values()
                and EMPLOYER_HEADER_WORDS & set(normalize_header(h).split())
            ),
            None,
        )
    public = None if employers is None else employer_places(collapse(employers))
    if public is not None:
        location = public if location is None else location.where(location.ne(""), public)
    if location is None:
        return {}
    location = one_state_spelling(location)
    if region is None:
        region = regions(location)
    return {"location": location, "region": region.where(location.ne(region), "")}


# Header words of a column that may name the employer of each row (an agency, a department).
EMPLOYER_HEADER_WORDS = frozenset(
    {"agency", "department", "dept", "employer", "entity", "jurisdiction", "organization"}
)


def _last_names(table: ResearchTable) -> pd.Series | None:
    """A family-name column beside a first-name one (`F_NAME`/`L_NAME`, `First`/`Last Name`)."""
    first = normalize_header(table.columns.get("person", table.columns.get("name", "")))
    if not first.startswith(("first", "given")):
        return None
    for header in table.frame.columns:
        name = normalize_header(header)
        if name in LAST_NAME_HEADERS:
            return table.frame[header]
    return None


def _pay_values(table: ResearchTable, issues: list[Issue]) -> dict[str, pd.Series]:
    """Each pay role per year and per row, with its currency, and the issues found."""
    index = table.frame.index
    period_column = table.column("pay_period")
    row_period = None
    if period_column is not None:
        row_period = each_distinct(period_column, period_of)
    if table.pay_period is not None:
        row_period = (
            pd.Series(table.pay_period, index=index)
            if row_period is None
            else row_period.fillna(table.pay_period)
        )
    hours = table.column("hours")
    hours_per_week = None
    if hours is not None:
        numbers = plain_numbers(hours)
        # a yearly figure (1,950 hours) becomes hours per week
        hours_per_week = numbers.mask(numbers.gt(100), numbers / WEEKS_PER_YEAR)
    row_currency = None
    if table.column("currency") is not None:
        row_currency = each_distinct(table.column("currency"), currency_of)
    places = [table.columns[r] for r in ("location", "company") if r in table.columns]
    place_currency = row_currencies(table.frame, places, table.columns.get("company"))
    values: dict[str, pd.Series] = {}
    for role, column in table.columns.items():
        if not money_role(role):
            continue
        stated = header_period(column)
        hourly = role.startswith(HOURLY_PREFIX) or stated == "hour"
        # a header that names its period (`Annual Salary`, `Hourly Rate`) beats the row's
        period = stated if stated is not None and table.pay_period is None else row_period
        scale = header_scale(column)
        yearly = bool(set(normalize_header(column).split()) & YEARLY_PAY_WORDS)
        if (
            scale == 1
            and yearly
            and not hourly
            and period is None
            and _in_thousands(table.frame[column])
        ):
            scale = 1000
            issues.append(
                table_issue(
                    table,
                    "pay-in-thousands",
                    INFO,
                    f'Column "{column}" holds yearly pay written in thousands (such as '
                    f'"{table.frame[column].iloc[0]}"), so its amounts were multiplied by '
                    "1,000. If they are hourly rates, set the pay period on the Research page.",
                    column=column,
                )
            )
        money = normalize_money(
            table.frame[column],
            hourly=hourly,
            period=period,
            hours_per_week=hours_per_week,
            scale=scale,
        )
        values[role], values[f"{role}_low"], values[f"{role}_high"] = (
            money.amount,
            money.low,
            money.high,
        )
        currency = _role_currency(table, column, money, row_currency, place_currency)
        unstated = currency.isna() & money.amount.notna()
        if unstated.any():
            # nothing states a currency: the workspace's own, said to be assumed, so no amount
            # is shown bare; a file name or publisher is never taken as a statement
            currency = currency.where(~unstated, table.assumed_currency)
            issues.append(_assumed_issue(table, column))
        values[f"{role}_currency"] = currency
        issues.extend(_money_issues(table, column, money))
    for role in [r for r in table.columns if r.startswith(HOURLY_PREFIX)]:
        plain = role.removeprefix(HOURLY_PREFIX)
        if plain in values:
            # a payroll's hourly staff have a rate and no salary: their rate, annualized, is
            # their pay (`Hourly Rate` beside `Annual Salary`, OEWS `H_MEAN` beside `A_MEAN`)
            missing = values[plain].isna() & values[role].notna()
            for part in ("", "_low", "_high", "_currency"):
                values[plain + part] = values[plain + part].where(~missing, values[role + part])
    # a pay band (min and max alone) is in the currency of its low end
    pay = table.pay_role() or next((r for r in ("min", "max") if r in table.columns), None)
    if pay is not None:
        values["currency"] = values[f"{pay}_currency"]
    elif row_currency is not None:
        values["currency"] = row_currency
    return values


CURRENCY_ASSUMED = "currency-assumed"


def _assumed_issue(table: ResearchTable, column: str) -> Issue:
    """The warning that a pay column's amounts are in the workspace's currency for want of a
    stated one, and where to say otherwise."""
    code = table.assumed_currency
    chosen = (
        "US dollars (choose your usual currency under About me)"
        if code == DEFAULT_CURRENCY
        else f"{CURRENCY_NAMES.get(code, code)}, the currency chosen under About me"
    )
    return table_issue(
        table,
        CURRENCY_ASSUMED,
        WARNING,
        f'Nothing in the file says which currency column "{column}" is in (no mark, currency '
        f"column, country or place), so its amounts are shown in {chosen}. If they are in "
        "another currency, pick it on the Research page (Currency of the amounts).",
        column=column,
    )


def assuming_currency(table: ResearchTable, code: str) -> ResearchTable:
    """The table with `code` (the workspace's currency) for the amounts nothing in the file
    states a currency for; read again only where some amounts had none."""
    if table.assumed_currency == code:
        return table
    chosen = replace(table, assumed_currency=code)
    if not any(i.code == CURRENCY_ASSUMED for i in table.issues):
        return chosen
    by_content = next((i.column for i in table.issues if i.code == "kind-from-content"), None)
    kept = tuple(i for i in table.issues if i.code not in ROLE_ISSUE_CODES)
    return _with_values(replace(chosen, issues=kept), by_content)


def file_assuming_currency(research: ResearchFile, code: str) -> ResearchFile:
    """`assuming_currency` for every table of a file."""
    tables = tuple(assuming_currency(table, code) for table in research.tables)
    if all(new is old for new, old in zip(tables, research.tables, strict=True)):
        return research
    return replace(research, tables=tables)


# Words of a yearly pay header; `pay`, `wage` and `rate` are as often hourly.
YEARLY_PAY_WORDS = frozenset({"salary", "salaries", "compensation", "comp", "tc", "gehalt"})


def _in_thousands(text: pd.Series) -> bool:
    """Plain numbers from 10 to 999 in a yearly pay column: `avg_salary` = 72 is $72,000."""
    numbers = plain_numbers(text[text.str.strip().ne("")])
    if numbers.empty or numbers.notna().mean() < 0.9:
        return False
    return bool(10 <= numbers.median() < 1000 and numbers.max() < 5000)


def _role_currency(
    table: ResearchTable,
    column: str,
    money: MoneyColumn,
    row_currency: pd.Series | None,
    place_currency: pd.Series | None,
) -> pd.Series:
    """Each row's currency for one pay column, most specific statement first.

    A converted column (`salary_in_usd`) is in its header's currency whatever the row says;
    else a currency column, the cell's own mark, the user's correction, the header, the
    workbook's currency number format of the column, the country the row's places name, and
    last the currency most marked cells of the column use. None where nothing says.
    """
    header = stated_currency(column)
    index = table.frame.index
    if header is not None and ("converted" in normalize_header(column) or row_currency is not None):
        return pd.Series(header, index=index, dtype=object)
    currency = money.currency.astype(object)
    if row_currency is not None:
        currency = row_currency.astype(object).where(row_currency.notna(), currency)
    fallback = (
        table.currency
        or header
        or table.formatted_currency.get(column)
        or ("INR" if header_scale(column) == 1e5 else None)
    )
    if table.currency is not None and row_currency is None:
        return pd.Series(table.currency, index=index, dtype=object)
    if fallback is None and place_currency is not None:
        currency = currency.where(currency.notna(), place_currency)
    if fallback is None:
        marked = currency.dropna()
        fallback = marked.mode()[0] if not marked.empty else None
    return currency.where(currency.notna(), fallback)


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
            "value-not-stated",
            INFO,
            money.not_stated,
            '{count} cell(s) of column "{column}" give no amount (such as "{example}", first '
            "at row {row}), so they were left empty.",
        ),
        (
            "pay-annualized",
            INFO,
            money.annualized,
            '{count} amount(s) of column "{column}" were stated per hour, day, week or month '
            f"(first at row {{row}}) and were turned into yearly pay ({HOURS_PER_YEAR:,} hours "
            "a year unless an hours column says otherwise).",
        ),
    ):
        if mask.any():
            found.append(_count_issue(table, code, severity, column, mask, template))
    if money.outlier.any():
        positions = np.flatnonzero(money.outlier.to_numpy())
        rows = [table.row_number(int(p)) for p in positions]
        shown = ", ".join(str(r) for r in rows[:5]) + (
            f" and {len(rows) - 5} more" if len(rows) > 5 else ""
        )
        found.append(
            table_issue(
                table,
                "value-outlier",
                WARNING,
                f'{len(rows)} amount(s) of column "{column}" are far too large to be pay '
                f"(rows {shown}) and were left out of the figures; fix them in the file if "
                "they are real.",
                row=rows[0],
                column=column,
            )
        )
    return found


def _count_issue(
    table: ResearchTable, code: str, severity: str, column: str, mask: pd.Series, template: str
) -> Issue:
    """One issue for all flagged cells of a column, located at the first of them."""
    first = int(np.flatnonzero(mask.to_numpy())[0])
    row = table.row_number(first)
    example = _shorten(" ".join(str(table.frame[column].iloc[first]).split()), 40)
    message = template.format(count=int(mask.sum()), column=column, row=row, example=example)
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
