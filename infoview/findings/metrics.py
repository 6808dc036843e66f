"""Findings from metric tables: shares, rates and pay gaps per organization, said one
organization at a time ("At Acme, women's median hourly pay is 12% below men's").

Class: a pay-gap report (employer, mean and median gap %, % women per pay quartile), an
agency's equity report (agency, women-to-men pay ratio, % women), a table of turnover rates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from infoview.findings.model import Finding, content_key, make_finding
from infoview.findings.wording import clean_text, number_words, source_name
from infoview.research.headers import normalize_header
from infoview.research.model import METRIC_PREFIX, ResearchTable

MAX_ORGANIZATIONS = 300  # a national register lists thousands: the largest first
SUMMARY_FROM = 5  # organizations needed for a figure across them
ORGANIZATION_STRENGTH = 0.5
_WOMEN = frozenset({"women", "woman", "female", "females"})
_MEN = frozenset({"men", "man", "male", "males"})
_GAP = frozenset({"gap", "diff", "difference"})
_TOP = frozenset({"top", "upper", "highest"})
_SIZE_NUMBER = re.compile(r"\d[\d,]*")


@dataclass(frozen=True)
class _Metric:
    """A metric column and how it is said."""

    column: str
    kind: str  # "gap", "ratio", "women_top", "women_share" or "other"
    label: str  # "median hourly pay", "turnover rate"


def metric_findings(table: ResearchTable) -> list[Finding]:
    """One finding per organization (its pay gap or its first metric), and the typical gap."""
    values = table.values
    if values is None or "organization" not in values:
        return []
    metrics = [
        _metric(c.removeprefix(METRIC_PREFIX)) for c in values if c.startswith(METRIC_PREFIX)
    ]
    if not metrics:
        return []
    rows = _latest_per_organization(table)
    gaps = [m for m in metrics if m.kind in ("gap", "ratio")]
    # the median gap is the one reports lead with: a few high earners move the mean
    main = next((m for m in gaps if "median" in m.label), gaps[0] if gaps else metrics[0])
    women = next((m for m in metrics if m.kind == "women_top"), None) or next(
        (m for m in metrics if m.kind == "women_share" and m is not main), None
    )
    scale = {m.column: _percent_scale(values[METRIC_PREFIX + m.column]) for m in metrics}
    source = source_name(table)
    found = []
    for position in rows.index[:MAX_ORGANIZATIONS]:
        organization = rows.at[position, "organization"]
        clauses = [
            _said(m, values.at[position, METRIC_PREFIX + m.column] * scale[m.column])
            for m in (main, women)
            if m is not None
        ]
        clauses = [c for c in clauses if c]
        if not clauses:
            continue
        statement = f"At {organization}, " + ", and ".join(clauses)
        found.append(
            make_finding(
                table,
                "compensation" if main.kind in ("gap", "ratio") else "general",
                content_key("metric", organization, main.column),
                statement,
                source,
                strength=ORGANIZATION_STRENGTH,
            )
        )
    found += _typical(table, main, rows, scale[main.column], source)
    return found


def _metric(header: str) -> _Metric:
    words = normalize_header(header).split()
    said = [w for w in words if w not in ("percent", "percentage", "pct", "in", "of", "the")]
    if set(words) & _GAP:
        kept = [w for w in said if w not in _GAP | _WOMEN | _MEN | {"pay", "hourly", "bonus"}]
        what = " ".join(w for w in ("median", "mean") if w in kept) or ""
        what = "average" if what == "mean" else what
        pay = "bonus pay" if "bonus" in words else "hourly pay" if "hourly" in words else "pay"
        return _Metric(header, "gap", " ".join(p for p in (what, pay) if p))
    if "ratio" in words and set(words) & (_WOMEN | _MEN):
        what = "median " if "median" in words else "average " if "mean" in words else ""
        return _Metric(header, "ratio", f"{what}pay")
    if set(words) & _WOMEN and "quartile" in words and set(words) & _TOP:
        return _Metric(header, "women_top", "")
    if set(words) & _WOMEN and not set(words) & _MEN:
        return _Metric(header, "women_share", "")
    return _Metric(header, "other", " ".join(said))


def _said(metric: _Metric, value: float) -> str:
    """The clause that says one organization's figure, "" when it has none."""
    if pd.isna(value):
        return ""
    if metric.kind == "ratio":
        metric, value = _Metric(metric.column, "gap", metric.label), 100 - value
    figure = f"{abs(value):.1f}".rstrip("0").rstrip(".")
    if metric.kind == "gap":
        if round(value, 1) == 0:
            return f"women's {metric.label} is the same as men's"
        way = "below" if value > 0 else "above"
        return f"women's {metric.label} is {figure}% {way} men's"
    if metric.kind == "women_top":
        return f"women hold {figure}% of the best-paid quarter of jobs"
    if metric.kind == "women_share":
        return f"women are {figure}% of the staff"
    return f"the {metric.label} is {figure}%"


def _percent_scale(numbers: pd.Series) -> float:
    """100 for a column of fractions (0.12 for 12%), 1 for one of percentages."""
    filled = numbers.dropna()
    return 100.0 if not filled.empty and filled.abs().le(1.5).all() else 1.0


def _latest_per_organization(table: ResearchTable) -> pd.DataFrame:
    """One row per organization: its latest report, the largest organizations first."""
    values = table.values
    rows = pd.DataFrame({"organization": values["organization"].map(clean_text)})
    rows = rows[rows["organization"].ne("")]
    if "date" in values:
        order = values["date"].loc[rows.index] if hasattr(values["date"], "dt") else None
        if order is not None:
            rows = rows.loc[order.sort_values(ascending=False, na_position="last").index]
    rows = rows.drop_duplicates("organization")
    size = table.column("size")
    if size is not None:
        lower = size.loc[rows.index].map(_size_lower_bound)
        rows = rows.loc[lower.sort_values(ascending=False, kind="stable").index]
    return rows


def _size_lower_bound(text: str) -> float:
    """`250 to 499` -> 250, `Less than 250` -> 0, `5000 to 19,999` -> 5,000."""
    found = _SIZE_NUMBER.search(str(text))
    if found is None or re.search(r"less|under|fewer", str(text), re.I):
        return 0.0
    return float(found[0].replace(",", ""))


def _typical(
    table: ResearchTable, main: _Metric, rows: pd.DataFrame, scale: float, source: str
) -> list[Finding]:
    """The middle organization's figure, when the table lists enough of them."""
    numbers = table.values[METRIC_PREFIX + main.column].loc[rows.index].dropna() * scale
    if len(numbers) < SUMMARY_FROM:
        return []
    middle = float(numbers.median())
    clause = _said(main, middle)
    statement = f"Across {number_words(len(numbers))} organizations, typically {clause}"
    return [
        make_finding(
            table,
            "compensation" if main.kind in ("gap", "ratio") else "general",
            content_key("metric typical", main.column),
            statement,
            source,
            sample_size=len(numbers),
            strength=len(numbers) / (len(numbers) + 4),
        )
    ]
