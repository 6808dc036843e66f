"""Value evidence: whether a column's cells fit the role its header proposes."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from infoview.research.headers import match_roles, money_role, normalize_header
from infoview.research.normalize import (
    currency_of,
    normalize_dates,
    parse_money_text,
    period_of,
    plain_numbers,
)
from infoview.research.places import city_column
from infoview.research.vocabulary import UNIT_WORDS

CONTENT_SAMPLE = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
MONEY_MARK = re.compile(r"[$€£¥₹]|\d\s*k\b|\b(?:usd|eur|gbp|inr)\b|\blacs?\b", re.IGNORECASE)
NOTE_LENGTH = 40


def salary_has_people(roles: dict[str, str]) -> bool:
    """A pay table says pay of what: a role, a company or a place beside the amounts."""
    return any(r in roles for r in ("role", "company", "location", "level", "occupation_code"))


def checked_roles(
    kind: str, roles: dict[str, str], body: pd.DataFrame, profile: pd.DataFrame
) -> dict[str, str]:
    """Roles whose column content agrees with the role (ids are ids, pay is amounts)."""
    kept = dict(roles)
    codes = [r for r in ("role", "company", "location", "person", "name") if r in roles]
    numeric = [roles[r] for r in codes if profile.at[roles[r], "numeric"] > 0.8]
    if numeric and kind != "org_chart":
        # `AREA` holds codes, `AREA_TITLE` the names: match again without the code columns
        kept = match_roles(kind, [h for h in body.columns if h not in numeric])
        roles = kept
        kept = dict(roles)
    for role, header in roles.items():
        if money_role(role) and not _mostly_pay(body[header]):
            del kept[role]
    if kind == "salary" and "occupation_code" not in kept:
        coded = profile.index[profile["soc"] > 0.8]
        free = [h for h in coded if h not in kept.values()]
        if free:
            kept["occupation_code"] = free[0]
    if kind == "salary" and "city" not in kept:
        city = city_column(body, kept)
        if city is not None:
            kept["city"] = city
    if kind == "org_chart" and "reports_to" in roles and "id" not in roles:
        # `MANAGER_ID` with no id column: the employee id is the first id-like header
        for header in body.columns:
            if header not in roles.values() and normalize_header(header).endswith(" id"):
                kept["id"] = header
                break
    for role, header in roles.items():
        if role in VALUE_CHECKED and role in kept and not fits(role, body[header]):
            del kept[role]  # header words proposed it; the values say otherwise
    if kind == "org_chart" and "person" in roles:
        names = body[roles["person"]].head(CONTENT_SAMPLE)
        names = names[names.str.strip().ne("")]
        # `name` of a d3 chart holds units ("Mission Directorate"), not people
        if not names.empty and names.str.contains(UNIT_WORDS).mean() > 0.5:
            kept["department"] = kept.pop("person")
    return kept


def _mostly_pay(column: pd.Series) -> bool:
    """Most filled cells read as amounts, and they are not fractions or tiny scores."""
    sample = pd.Series(column.head(CONTENT_SAMPLE * 5).unique(), dtype=object)
    figures = sample[sample.str.contains(r"\d", regex=True) & sample.str.strip().ne("-1")]
    if figures.empty:
        return True  # `Not disclosed`, `*`, blanks: a pay column that says no figure
    plain = pd.to_numeric(figures.where(figures.str.match(r"^\d+(?:\.\d+)?$")), errors="coerce")
    amounts = figures[plain.isna()].map(parse_money_text).dropna()
    if plain.notna().sum() + len(amounts) < 0.5 * len(figures):
        return False
    highs = pd.concat([plain.dropna(), pd.Series([m.high for m in amounts], dtype=float)])
    return bool(highs.gt(1).mean() >= 0.5)


def profile_columns(sample: pd.DataFrame) -> pd.DataFrame:
    """Per column, the share of filled cells that are numbers and SOC codes: one pass."""
    cells = pd.Series(sample.to_numpy().ravel(order="F"), dtype=object).astype(str)

    def share(mask: pd.Series) -> np.ndarray:
        return mask.to_numpy().reshape(sample.shape, order="F").sum(axis=0) / counts

    counts = cells.str.strip().ne("").to_numpy().reshape(sample.shape, order="F").sum(axis=0)
    counts = counts.clip(min=1)
    return pd.DataFrame(
        {
            "numeric": share(plain_numbers(cells).notna()),
            "soc": share(cells.str.match(r"^\d{2}-\d{4}(?:\.\d{2})?$")),
        },
        index=sample.columns,
    )


def mostly_money(values: pd.Series) -> bool:
    """Most cells read as amounts of money."""
    return values.map(parse_money_text).notna().mean() >= 0.6


# Below this share of fitting cells a column does not get the role its header proposes.
ROLE_THRESHOLD = 0.5
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:,? [^\W\d_][\w'’.-]*){0,3},?$")
# Roles whose values decide: a column whose header names one gets it only if its cells fit.
VALUE_CHECKED = frozenset({"date", "connected", "email", "pay_period", "currency", "hours"})
# What a role's cells must look like, in words, for the note that leaves a role empty.
EXPECTED = {
    "date": "dates",
    "email": "e-mail addresses",
    "pay_period": "pay periods (hourly, per month, annual)",
    "hours": "hours (0 to 100 a week, or up to 4,000 a year)",
    "currency": "currencies (USD, €, GBP)",
    "person": "people's names",
    "name": "people's names",
}


def role_evidence(role: str, column: pd.Series) -> float:
    """The share of a column's filled cells (a sample) that fit `role`, from 0 to 1.

    Header words propose a role; this says whether the values agree: dates parse, periods name
    periods, hours fall in a working range, e-mails are addresses, names are names, pay reads
    as amounts, and text roles (titles, places, companies) are not numbers.
    """
    cells = column.head(CONTENT_SAMPLE * 5).astype(str).str.strip()
    cells = cells[cells.ne("") & ~cells.str.lower().isin(("nan", "none", "null", "n/a", "-"))]
    if cells.empty:
        return 1.0  # an empty column contradicts nothing (a tracker's empty `Salary Offer`)
    bare = role.removeprefix("hourly_")
    if bare in ("date", "connected"):
        return float(normalize_dates(cells).notna().mean())
    if bare == "email":
        return float(cells.str.match(EMAIL).mean())
    if bare == "pay_period":
        return float(cells.map(period_of).notna().mean())
    if bare == "currency":
        return float(cells.map(currency_of).notna().mean())
    if bare == "hours":
        numbers = plain_numbers(cells)
        return float((numbers.between(0, 100) | numbers.between(500, 4000)).mean())
    if bare in ("person", "name", "last_name"):
        return float(cells.str.match(_PERSON_NAME).mean())
    if money_role(role):
        return 1.0 if _mostly_pay(column) else 0.0
    if bare in ("count", "change", "value", "sample_size"):
        return float(plain_numbers(cells).notna().mean())
    if bare in ("role", "company", "location", "title", "department", "headline", "level"):
        return float(plain_numbers(cells).isna().mean())
    return 1.0


def fits(role: str, column: pd.Series) -> bool:
    """Whether enough of a column's cells fit `role` for the column to take it."""
    return role_evidence(role, column) >= ROLE_THRESHOLD


def confidence(roles: dict[str, str], frame: pd.DataFrame) -> dict[str, float]:
    """Each role's value evidence, rounded for showing."""
    return {role: round(role_evidence(role, frame[column]), 2) for role, column in roles.items()}
