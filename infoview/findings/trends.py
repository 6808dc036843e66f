"""Findings from numeric trend tables: growth over a series, projected change, biggest movers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from infoview.findings.model import Finding, content_key, make_finding
from infoview.findings.wording import clean_text, source_name
from infoview.research.clean import AGGREGATE_GROUPS, SOC_CODE, aggregate_rows
from infoview.research.model import ResearchTable
from infoview.research.normalize import normalize_dates

MOVERS = 3  # series named per direction (up, down) of one table
MIN_POINTS = 2
PROJECTION_STRENGTH = 0.6
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b")
_YEAR_HEADER = re.compile(r"^\s*((?:19|20)\d{2})\b")
_CHANGE = re.compile(r"change|growth|grow", re.I)
# Columns that measure the error of another series, never a trend of their own.
_NOT_A_SERIES = re.compile(r"standard error|\berror\b|confidence|\bse\b|series id", re.I)
# "all employees" is how employment series name their measure, not a total of other rows.
_AGGREGATE_NAME = re.compile(
    r"(?:^|;\s*|,\s*)(?:total|all)\b(?!\s+employees)|\ball (?:occupations|industries)\b", re.I
)


@dataclass(frozen=True)
class _Series:
    """One series: its name, its first and last points and how many points it has."""

    name: str
    start: float
    end: float
    start_date: pd.Timestamp
    end_date: pd.Timestamp
    points: int

    @property
    def change(self) -> float:
        return (self.end - self.start) / abs(self.start) * 100


def numeric_trend_findings(table: ResearchTable) -> list[Finding]:
    """Projected changes of a projections table, else growth or decline of its series."""
    projected = _projections(table)
    if projected is not None:
        return projected
    return _series_findings(table, _series(table))


def _projections(table: ResearchTable) -> list[Finding] | None:
    """The biggest projected rises and falls of the rows of a table with a `change` % column
    over a span of years ("Change, 2014-24 Percent"); None when the table has no such column."""
    header = table.columns.get("change")
    values = table.values
    if (
        header is None
        or values is None
        or "change" not in values
        or "headline" not in table.columns
    ):
        return None
    span = _YEAR_SPAN.search(str(header))
    if not _CHANGE.search(str(header)) or span is None:
        return None
    start, end = span.group(1), _full_year(span.group(1), span.group(2))
    names = table.frame[table.columns["headline"]].map(clean_text)
    change = pd.to_numeric(values["change"], errors="coerce")
    keep = names.ne("") & change.notna() & change.ne(0) & ~_aggregates(table, names)
    rows = pd.DataFrame({"name": names[keep], "change": change[keep]}).drop_duplicates("name")
    what = (
        "Employment of "
        if re.search(r"employ", " ".join(map(str, table.frame.columns)), re.I)
        else ""
    )
    found = []
    for _, row in _movers(rows, "change").iterrows():
        verb = "grow" if row["change"] > 0 else "decline"
        subject = f"{what}{_lower_first(row['name'])}" if what else row["name"]
        statement = (
            f"{subject} is projected to {verb} {_number(abs(row['change']))}% from {start} to {end}"
        )
        key = content_key("projection", row["name"], start, end)
        found.append(
            make_finding(
                table, "trends", key, statement, source_name(table), strength=PROJECTION_STRENGTH
            )
        )
    return found


def _series(table: ResearchTable) -> list[_Series]:
    """Every series of the table: long (a name and a date per row), wide (a column per
    series, a date per row) or by year (a row per series, a column per year)."""
    frame, values = table.frame, table.values
    years = [c for c in frame.columns if _YEAR_HEADER.match(str(c))]
    if len(years) >= MIN_POINTS and "headline" in table.columns:
        return _by_year(table, years)
    if values is not None and "date" in values and values["date"].notna().any():
        dates = values["date"]
        number = "count" if "count" in values else "value" if "value" in values else None
        headline = table.columns.get("headline")
        if headline is not None and number is not None:
            measure = _measure(str(table.columns[number]))
            names = (
                frame[headline]
                .map(clean_text)
                .map(
                    lambda name: (
                        f"{name[:1].upper()}{name[1:]} ({measure})" if name and measure else name
                    )
                )
            )
            return [
                s
                for name, rows in pd.DataFrame(
                    {
                        "name": names,
                        "date": dates,
                        "n": pd.to_numeric(values[number], errors="coerce"),
                    }
                ).groupby("name")
                if name and not _AGGREGATE_NAME.search(name)
                for s in [_one(name, rows["date"], rows["n"])]
                if s is not None
            ]
        roles = set(table.columns.values()) - {
            table.columns.get(r) for r in ("count", "value", "change")
        }
        columns = [c for c in frame.columns if c not in roles and not _NOT_A_SERIES.search(str(c))]
        named = _series_names([str(c) for c in columns])
        found = []
        for column in columns:
            name = named[str(column)]
            numbers = pd.to_numeric(frame[column].astype(str).str.replace(",", ""), errors="coerce")
            if name and not _AGGREGATE_NAME.search(name):
                one = _one(name, dates, numbers)
                if one is not None:
                    found.append(one)
        return found


def _by_year(table: ResearchTable, years: list[str]) -> list[_Series]:
    """A row per series, a column per year ("Industry, 2019, 2020, ...")."""
    frame = table.frame
    names = frame[table.columns["headline"]].map(clean_text)
    dates = pd.Series(
        normalize_dates(pd.Series([_YEAR_HEADER.match(str(c)).group(1) for c in years])).to_numpy()
    )
    skip = _aggregates(table, names)
    found = []
    for index, name in names.items():
        if not name or skip[index]:
            continue
        numbers = pd.to_numeric(
            frame.loc[index, years].astype(str).str.replace(",", ""), errors="coerce"
        ).reset_index(drop=True)
        one = _one(name, dates, numbers)
        if one is not None:
            found.append(one)
    return found


def _one(name: str, dates: pd.Series, numbers: pd.Series) -> _Series | None:
    """The series' first and last dated points, or None with too few or a zero start."""
    points = pd.DataFrame({"date": dates.to_numpy(), "n": numbers.to_numpy()}).dropna()
    points = points.sort_values("date", kind="stable")
    if len(points) < MIN_POINTS or points["n"].iloc[0] == 0:
        return None
    first, last = points.iloc[0], points.iloc[-1]
    if first["date"] == last["date"]:
        return None
    return _Series(name, first["n"], last["n"], first["date"], last["date"], len(points))


def _series_findings(table: ResearchTable, series: list[_Series]) -> list[Finding]:
    """The series that rose and fell most, each as "X rose 18% from 2019 to 2023: a to b"."""
    if not series:
        return []
    rows = pd.DataFrame({"index": range(len(series)), "change": [s.change for s in series]})
    rows = rows[rows["change"].round(1).ne(0)]
    found = []
    for index in _movers(rows, "change")["index"]:
        one = series[index]
        verb = "rose" if one.change > 0 else "fell"
        period = _period(one.start_date, one.end_date)
        statement = (
            f"{one.name} {verb} {_number(abs(one.change), 0)}% {period}: "
            f"{_number(one.start)} to {_number(one.end)}"
        )
        key = content_key("series", one.name)
        found.append(
            make_finding(
                table,
                "trends",
                key,
                statement,
                source_name(table),
                sample_size=one.points,
                strength=one.points / (one.points + 4),
            )
        )
    return found


def _movers(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """The top few up and the top few down, biggest first; each row at most once."""
    up = rows[rows[by] > 0].nlargest(MOVERS, by)
    down = rows[rows[by] < 0].nsmallest(MOVERS, by)
    return pd.concat([up, down])


def _aggregates(table: ResearchTable, names: pd.Series) -> pd.Series:
    """Rows that sum up others (totals, summary groups, SOC major groups)."""
    others = [c for c in table.frame.columns if c not in table.columns.values()]
    text = {c: table.frame[c].astype(str).str.strip() for c in others}
    codes = next(
        (t for t in text.values() if t.str.match(SOC_CODE).mean() > 0.5),
        pd.Series("", index=names.index),
    )
    groups = next(
        (t for t in text.values() if t.str.lower().isin(AGGREGATE_GROUPS).mean() > 0.05), None
    )
    return aggregate_rows(names, codes, groups).fillna(False).astype(bool)


def _series_names(headers: list[str]) -> dict[str, str]:
    """Wide headers as words, their measure and what sets them apart from the others:
    `Job Vacancies ;  Mining ;` -> `Job vacancies in Mining`."""
    parts = {h: [p.strip() for p in h.split(";") if p.strip()] for h in headers}
    split = [set(p[1:]) for p in parts.values() if len(p) > 1]
    shared = set.intersection(*split) if len(split) > 1 else set()
    names = {}
    for header, pieces in parts.items():
        if len(pieces) < 2:
            names[header] = clean_text(header.replace("_", " "))
            continue
        own = [p for p in pieces[1:] if p not in shared] or pieces[-1:]
        measure = pieces[0][:1] + pieces[0][1:].lower()
        names[header] = clean_text(f"{measure} in {', '.join(own)}")
    return names


def _measure(header: str) -> str:
    """A number's header as words, "" when it only says it is a number (`count`, `value`)."""
    words = clean_text(re.sub(r"[_;]+", " ", header))
    return "" if words.lower() in ("count", "value", "number", "total", "amount") else words


def _period(start: pd.Timestamp, end: pd.Timestamp) -> str:
    if start.year != end.year:
        return f"from {start.year} to {end.year}"
    return f"from {start:%B} to {end:%B %Y}"


def _full_year(start: str, end: str) -> str:
    return end if len(end) == 4 else start[:2] + end


def _number(value: float, decimals: int = 1) -> str:
    """`48400.0` -> `48,400`, `4.15` -> `4.2`: as few decimals as the figure needs."""
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
