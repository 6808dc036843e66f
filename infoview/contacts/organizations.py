"""Target organizations: proposed from the research, plus the seeker's own, ranked.

The order is the one career services teach for a target list: how much the seeker wants to
work there (1-3 stars), then whether it posts jobs in the seeker's target occupation, then whom
the seeker knows there."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from infoview.contacts.model import Contact, folded
from infoview.research import ResearchTable
from infoview.research.normalize import format_money
from infoview.research.roles import ROLE_SYNONYMS, normalize_header

MAX_STARS = 3
# How well a text (a job title) fits the seeker's target occupation: 2 in it, 1 near it, 0 not.
Fit = Callable[[str], int]
# Legal forms that do not tell two organizations apart: "Fabrikam, Inc." is "Fabrikam".
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:inc|incorporated|ltd|limited|llc|llp|corp|corporation|co|company|plc|gmbh|ag|"
    r"sa|s\.a|bv|pty|lp)\.?$",
    re.I,
)
# A trend table whose headline column is an organization (a layoffs tracker's "company").
_ORGANIZATION_HEADERS = frozenset(ROLE_SYNONYMS["salary"]["company"])
SAID_PER_ORGANIZATION = 3


@dataclass(frozen=True)
class Interest:
    """The seeker's own word on an organization: 0-3 stars; `own` when they typed it in."""

    name: str
    stars: int = 0
    own: bool = False


@dataclass(frozen=True)
class TargetOrganization:
    """An organization on the target list, with why it is where it is.

    `postings` counts its postings or pay reports in the research for the seeker's target
    occupation (all of them when no target is set); `said` is what the research says of it."""

    name: str
    interest: int = 0
    postings: int = 0
    reports: int = 0
    contacts: tuple[str, ...] = ()
    said: tuple[str, ...] = ()
    own: bool = False
    reason: str = field(default="", compare=False)

    def to_dict(self) -> dict:
        """The JSON shape of `targets --json`."""
        return {
            "name": self.name,
            "interest": self.interest,
            "postings": self.postings,
            "contacts": list(self.contacts),
            "reason": self.reason,
            "reports": self.reports,
            "research": list(self.said),
            "own": self.own,
        }


# What a job board prints when the employer is withheld: no organization to approach.
_WITHHELD = re.compile(
    r"^(?:confidential(?: company| employer)?|undisclosed(?: company| employer)?|not disclosed"
    r"|(?:a )?leading (?:client|company|mnc|firm|organi[sz]ation)|(?:a )?reputed (?:company|firm)"
    r"|company name (?:withheld|confidential)|employer withheld|private employer)$"
)


@lru_cache(maxsize=65_536)
def organization_key(name: str) -> str:
    """`name` for matching one organization across files: case, accents, legal form ignored;
    "" for what cannot name one."""
    letters = sum(c.isalpha() for c in name)
    if letters == 0 or (letters == 1 and not any(c.isdigit() for c in name)):
        return ""  # a size band ("1000+", "11-50") or a size code ("M"), not an employer ("3M")
    if _WITHHELD.match(" ".join(name.lower().split())):
        return ""
    return folded(_LEGAL_FORM.sub("", " ".join(name.split())).strip(" ,."))


def same_organization(one: str, other: str) -> bool:
    """Whether two names are one organization: "Northwind Motors, Inc." and "Northwind
    Motors", a short form ("Northwind"), or initials ("NASA")."""
    a, b = organization_key(one), organization_key(other)
    if not a or not b:
        return False
    if a == b:
        return True
    short, full = sorted((a.split(), b.split()), key=len)
    initials = "".join(word[0] for word in full if word not in ("and", "of", "the", "&"))
    return full[: len(short)] == short or (len(short) == 1 and short[0] == initials)


@dataclass
class _Found:
    name: str
    reports: int = 0
    postings: int = 0
    pay: list[tuple[float, str]] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)


def target_organizations(
    tables: Iterable[ResearchTable],
    interests: Sequence[Interest] = (),
    contacts: Sequence[Contact] = (),
    fit: Fit | None = None,
) -> list[TargetOrganization]:
    """Every organization the research names, plus the seeker's own, best first."""
    found: dict[str, _Found] = {}
    tables = list(tables)
    for table in tables:
        if table.kind == "salary" and "company" in table.columns:
            _from_pay(table, found, fit)
        elif table.kind == "trends" and _headline_is_organization(table):
            _from_tracker(table, found)
    for interest in interests:
        found.setdefault(organization_key(interest.name), _Found(interest.name))
    _from_news(tables, found)
    stars = {organization_key(i.name): i for i in interests}
    people: dict[str, list[str]] = {}
    for contact in contacts:
        if contact.organization:
            people.setdefault(organization_key(contact.organization), []).append(contact.name)
    targets = []
    for key, item in found.items():
        interest = stars.get(key, Interest(item.name))
        target = TargetOrganization(
            name=interest.name if interest.own else item.name,
            interest=max(0, min(MAX_STARS, interest.stars)),
            postings=item.postings,
            reports=item.reports,
            contacts=tuple(people.get(key, ())),
            said=tuple(_said(item, fit is not None)),
            own=interest.own,
        )
        targets.append(target)
    targets.sort(key=_rank_key)
    return [_with_reason(t, fit is not None) for t in targets]


def _rank_key(target: TargetOrganization) -> tuple:
    return (
        -target.interest,
        -target.postings,
        -len(target.contacts),
        -target.reports,
        folded(target.name),
    )


def _from_pay(table: ResearchTable, found: dict[str, _Found], fit: Fit | None) -> None:
    """Employers of a pay table or job postings: how many rows, how many in the target."""
    values = table.values
    companies = (
        values["company"] if values is not None and "company" in values else table.column("company")
    )
    roles = values["role"] if values is not None and "role" in values else table.column("role")
    pay_role = table.pay_role()
    amounts = table.amounts(pay_role) if pay_role else None
    currency = table.main_currency()
    fits: dict[str, int] = {}
    for position, company in enumerate(companies.tolist()):
        name = " ".join(str(company).split())
        key = organization_key(name)
        if not key:
            continue
        item = found.setdefault(key, _Found(name))
        item.reports += 1
        item.sources[table.label] = item.sources.get(table.label, 0) + 1
        title = "" if roles is None else str(roles.iat[position])
        if fit is None:
            in_target = True
        else:
            if title not in fits:
                fits[title] = fit(title) if title else 0
            in_target = fits[title] == 2
        if in_target:
            item.postings += 1
            if amounts is not None and not pd.isna(amounts.iat[position]):
                item.pay.append((float(amounts.iat[position]), currency))


def _headline_is_organization(table: ResearchTable) -> bool:
    return normalize_header(table.columns.get("headline", "")) in _ORGANIZATION_HEADERS


def _from_tracker(table: ResearchTable, found: dict[str, _Found]) -> None:
    """Rows of a tracker keyed by organization (layoffs, funding): each a piece of news."""
    dates = table.dates("date") if "date" in table.columns else None
    for position, company in enumerate(table.column("headline").tolist()):
        name = " ".join(str(company).split())
        key = organization_key(name)
        if not key:
            continue
        item = found.setdefault(key, _Found(name))
        when = "" if dates is None or pd.isna(dates.iat[position]) else dates.iat[position]
        day = f" ({when:%B %Y})" if when != "" else ""
        item.said.append(f"listed in {table.label}{day}")


def _from_news(tables: Sequence[ResearchTable], found: dict[str, _Found]) -> None:
    """Headlines that name an organization already on the list."""
    names = {key: item for key, item in found.items() if len(key) > 2}
    if not names:
        return
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")\b"
    )
    for table in tables:
        if table.kind != "trends" or _headline_is_organization(table):
            continue
        headlines = table.column("headline")
        if headlines is None:
            continue
        for headline in headlines.tolist():
            text = " ".join(str(headline).split())
            for key in dict.fromkeys(pattern.findall(folded(text))):
                item = names[key]
                if len(item.said) < SAID_PER_ORGANIZATION:
                    item.said.append(f'in the news: "{text}"')


def _said(item: _Found, has_target: bool) -> list[str]:
    said = [
        f"{count} posting{'s' if count != 1 else ''} or pay report{'s' if count != 1 else ''} "
        f"in {source}"
        for source, count in item.sources.items()
    ]
    if item.pay:
        mark = item.pay[0][1]
        middle = statistics.median(p for p, m in item.pay if m == mark)
        what = " in your target occupation" if has_target else ""
        said.append(f"pay{what} around {format_money(middle, mark)} a year")
    return said + item.said


def _with_reason(target: TargetOrganization, has_target: bool) -> TargetOrganization:
    """The target with its place explained: stars, postings, people known."""
    parts = []
    if target.interest:
        parts.append(f"you gave it {target.interest} star{'s' if target.interest > 1 else ''}")
    elif target.own:
        parts.append("you added it, with no stars yet")
    else:
        parts.append("your research names it; no stars yet")
    what = "in your target occupation" if has_target else "in your research"
    if target.postings:
        parts.append(f"{target.postings} posting{'s' if target.postings > 1 else ''} {what}")
    else:
        parts.append(f"no postings {what}")
    if target.contacts:
        named = list(target.contacts[:3])
        more = len(target.contacts) - len(named)
        if more:
            named.append(f"{more} more")
        shown = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
        parts.append(f"you know {shown} there")
    else:
        parts.append("you know no one there yet")
    reason = "; ".join(parts)
    return replace(target, reason=reason[0].upper() + reason[1:] + ".")


def interests_from(stored: object) -> list[Interest]:
    """Interests as the workspace keeps them (a list of [name, stars, own])."""
    if not isinstance(stored, list):
        return []
    return [Interest(str(n), int(s), bool(o)) for n, s, o in stored]


def interests_to(interests: Iterable[Interest]) -> list[list]:
    return [[i.name, i.stars, i.own] for i in interests]


def with_interest(
    interests: Sequence[Interest], name: str, stars: int | None = None, own: bool | None = None
) -> list[Interest]:
    """`interests` with `name`'s stars (or ownership) changed, or added."""
    key = organization_key(name)
    kept, changed = [], False
    for interest in interests:
        if organization_key(interest.name) == key:
            interest = Interest(
                interest.name,
                interest.stars if stars is None else stars,
                interest.own if own is None else own,
            )
            changed = True
        kept.append(interest)
    if not changed:
        kept.append(Interest(" ".join(name.split()), stars or 0, bool(own)))
    return [i for i in kept if i.stars or i.own]


def by_key(targets: Iterable[TargetOrganization]) -> Mapping[str, int]:
    """Each target's place in the list, by its matching key."""
    return {organization_key(t.name): i for i, t in enumerate(targets)}
