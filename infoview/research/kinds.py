"""Kind detection: which kind of research a table is, from its roles and its values."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from infoview.research.evidence import (
    CONTENT_SAMPLE,
    EMAIL,
    MONEY_MARK,
    NOTE_LENGTH,
    checked_roles,
    mostly_money,
    profile_columns,
    role_evidence,
    salary_has_people,
)
from infoview.research.headers import match_roles, money_role, normalize_header
from infoview.research.normalize import normalize_dates
from infoview.research.vocabulary import (
    HOURLY_PREFIX,
    KIND_SIGNATURE,
    METRIC_WORDS,
    NUMBER_ROLES,
    PAY_WORDS,
    REFERENCE_DESCRIPTIONS,
    REFERENCE_FIELDS,
    ROLE_SYNONYMS,
    WEAK_HEADLINES,
)


@dataclass(frozen=True)
class Detection:
    """A kind with its column roles; `by_content` names the column that decided it."""

    kind: str
    roles: dict[str, str]
    by_content: str | None = None


def detect_kind(headers: list[str], body: pd.DataFrame | None = None) -> Detection:
    """The kind whose signature roles the headers match best; else what the content shows."""
    best = Detection("generic", {})
    best_score = 0
    pays = any(money_role(role) for role in match_roles("salary", headers))
    if _is_reference(headers) and not pays:
        return Detection("reference", {})
    candidates = {kind: match_roles(kind, headers) for kind in KIND_SIGNATURE}
    if body is not None:
        profile = profile_columns(body.head(CONTENT_SAMPLE))
        told = _metric_table(headers, body, profile) or _people_list(headers, body)
        if told is not None:
            return told
        candidates = {
            kind: checked_roles(kind, roles, body, profile) for kind, roles in candidates.items()
        }
    for kind, signature in KIND_SIGNATURE.items():
        roles = candidates[kind]
        if not any(role.removeprefix(HOURLY_PREFIX) in signature for role in roles):
            continue
        if not _plausible(kind, roles, headers):
            continue
        # a person's pay and place in an HR export describe the people, not the chart
        # nor does the organization a chart is of
        own = [
            r for r in roles if not (kind == "org_chart" and r in ("base", "location", "company"))
        ]
        score = len(own) + 2 * sum(r.removeprefix(HOURLY_PREFIX) in signature for r in own)
        if kind == "org_chart" and "reports_to" in roles:
            score += 4  # an HR export with a manager column is a chart, pay or not
        if score > best_score:
            best, best_score = Detection(kind, roles), score
    if body is None:
        return best
    if best.kind == "salary" and not salary_has_people(best.roles):
        best = Detection("generic", {})
    if best.kind in ("generic", "trends"):
        numeric = _numeric_trends(headers, body, profile)
        if numeric is not None and (best.kind == "generic" or "date" not in best.roles):
            return numeric
    if best.kind == "generic":
        return _detect_by_content(headers, body)
    return best


# Below this share of numbers a column is text: an organization's or a person's name.
TEXT_SHARE = 0.2
NUMBER_SHARE = 0.6
_PERCENTILE_HEADER = re.compile(r"\bpct ?\d+\b|\bp\d{2}\b|percentile")


def metric_headers(headers: list[str], profile: pd.DataFrame) -> list[str]:
    """Columns of shares, rates, ratios or gaps: a metric word or `%` in the header, numbers
    in the cells, no pay word (a pay percentile is pay)."""
    found = []
    for header in headers:
        name = normalize_header(header)
        words = set(name.split())
        named = bool(words & METRIC_WORDS) or "%" in str(header)
        pay = bool(words & PAY_WORDS) and not words & {"gap", "ratio", "diff", "difference"}
        numbers = profile.at[header, "numeric"] > NUMBER_SHARE
        if named and numbers and not pay and not _PERCENTILE_HEADER.search(name):
            found.append(header)
    return found


def _metric_table(
    headers: list[str], body: pd.DataFrame, profile: pd.DataFrame
) -> Detection | None:
    """Shares or rates per organization: an organization column and two metric columns."""
    if len(metric_headers(headers, profile)) < 2:
        return None
    roles = match_roles("metrics", headers)
    organization = roles.get("organization")
    if organization is None or profile.at[organization, "numeric"] > TEXT_SHARE:
        return None
    return Detection("metrics", roles)


# A list of people needs most of its names to read as names.
PEOPLE_NAMES = 0.7


def _people_list(headers: list[str], body: pd.DataFrame) -> Detection | None:
    """Names with titles or organizations and no way to reach them, no manager, no pay."""
    roles = match_roles("people", headers)
    if "name" not in roles or not {"title", "company"} & roles.keys():
        return None
    reachable = match_roles("contacts", headers).keys() & set(KIND_SIGNATURE["contacts"])
    chart = match_roles("org_chart", headers).keys() & set(KIND_SIGNATURE["org_chart"])
    pays = any(money_role(role) for role in match_roles("salary", headers))
    if reachable or chart or pays:
        return None
    if role_evidence("name", body[roles["name"]]) < PEOPLE_NAMES:
        return None
    return Detection("people", roles)


def _is_reference(headers: list[str]) -> bool:
    """A data dictionary or series catalogue: a description column among few others."""
    names = {normalize_header(h) for h in headers}
    return bool(names & REFERENCE_DESCRIPTIONS) and bool(names & REFERENCE_FIELDS)


def _plausible(kind: str, roles: dict[str, str], headers: list[str]) -> bool:
    """Signature roles that need company: an org chart of departments alone is a list."""
    if kind == "org_chart":
        return len(roles) >= 2 and any(
            r in roles for r in ("person", "reports_to", "known", "title")
        )
    if kind == "notes":
        return len(headers) <= 5
    if kind == "trends":
        weak = normalize_header(roles.get("headline", "")) in WEAK_HEADLINES
        return not weak or "date" in roles or any(r in roles for r in NUMBER_ROLES)
    return True


def salary_roles(headers: list[str], body: pd.DataFrame) -> dict[str, str]:
    """The salary roles of a table read as salary, checked against its content."""
    profile = profile_columns(body.head(CONTENT_SAMPLE))
    return checked_roles("salary", match_roles("salary", headers), body, profile)


_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}\b")


def _numeric_trends(
    headers: list[str], body: pd.DataFrame, profile: pd.DataFrame
) -> Detection | None:
    """Series over time: a date column or year headers with numbers, no pay of people."""
    roles = match_roles("trends", headers)
    years = [h for h in headers if _YEAR_HEADER.match(normalize_header(h) or "")]
    sample = body.head(CONTENT_SAMPLE)
    if "date" in roles and normalize_dates(sample[roles["date"]]).notna().mean() < 0.5:
        del roles["date"]
    if "date" not in roles:
        for header in headers[:2]:
            dates = normalize_dates(sample[header])
            if header not in roles.values() and dates.notna().mean() > 0.6:
                roles["date"] = header
                break
    shares = profile["numeric"]
    numeric = [h for h in headers if h not in roles.values() and shares[h] > 0.6]
    named = any(r in roles for r in NUMBER_ROLES)
    others = len(headers) - ("date" in roles)
    if not named and len(numeric) * 2 < others:
        return None
    if "date" not in roles and len(years) < 2 and "change" not in roles:
        return None
    if "value" not in roles and "count" not in roles and numeric:
        roles["value"] = numeric[0]
    if "headline" not in roles:
        text = [h for h in headers if h not in roles.values() and h not in numeric]
        if text:
            roles["headline"] = text[0]
    order = list(ROLE_SYNONYMS["trends"])
    return Detection("trends", {r: roles[r] for r in order if r in roles})


def _detect_by_content(headers: list[str], body: pd.DataFrame) -> Detection:
    """Emails make contacts, amounts of money make salary, long sentences make notes."""
    cells = body.head(CONTENT_SAMPLE).set_axis(range(len(headers)), axis=1).stack()
    cells = cells[cells.ne("")]
    if cells.empty:
        return Detection("generic", {})
    column_of = cells.index.get_level_values(1)
    shares = (
        pd.DataFrame(
            {
                "email": cells.str.match(EMAIL),
                "money": cells.str.contains(MONEY_MARK),
                "length": cells.str.len(),
            }
        )
        .groupby(column_of)
        .mean()
    )
    for kind, role, found in (
        ("contacts", "email", shares.index[shares["email"] >= 0.5]),
        (
            "salary",
            "base",
            [
                c
                for c in shares.index[shares["money"] >= 0.6]
                if mostly_money(cells[column_of == c])
            ],
        ),
        ("notes", "note", _note_columns(headers, shares)),
    ):
        if len(found):
            column = headers[found[0]]
            roles = match_roles(kind, [h for h in headers if h != column])
            if kind == "salary" and not salary_has_people(roles):
                text = [h for h in headers if h != column and h not in roles.values()]
                if not text:
                    continue
                roles["role"] = text[0]  # the label beside the amounts names what is paid
            return Detection(kind, {role: column, **roles}, by_content=column)
    return Detection("generic", {})


def _note_columns(headers: list[str], shares: pd.DataFrame) -> list[int]:
    """Long-text columns of a sheet that is mostly text (a survey is not a notes sheet)."""
    long = list(shares.index[shares["length"] >= NOTE_LENGTH])
    return long if len(headers) <= 6 else []
