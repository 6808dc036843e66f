"""Pay findings: per role and place with their evidence, comparisons the data supports."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from infoview.findings.model import Finding, content_key, make_finding
from infoview.findings.wording import (
    Unit,
    clean_text,
    figure_sources,
    percent,
    source_name,
    unit_of,
)
from infoview.research.clean import each_distinct
from infoview.research.headers import pay_role
from infoview.research.model import ResearchTable
from infoview.research.normalize import HOURS_PER_YEAR, format_money, is_hourly_header
from infoview.research.payable import pay_rows
from infoview.research.splits import TOTAL, TOTAL_VALUES
from infoview.research.vocabulary import DEFAULT_CURRENCY, HOURLY_PREFIX

ALIASES = {
    "sr": "senior",
    "jr": "junior",
    "snr": "senior",
    "mgr": "manager",
    "engr": "engineer",
    "eng": "engineer",
    "dev": "developer",
    "asst": "assistant",
    "assoc": "associate",
    "dir": "director",
    "vp": "vice president",
    "mktg": "marketing",
    "acct": "accountant",
    "admin": "administrator",
}
SENIOR_WORDS = frozenset({"senior", "lead", "principal", "staff"})
ENTRY_WORDS = frozenset({"junior", "entry", "level", "intern", "graduate", "trainee"})
STATISTICS = {"median": "median", "mean": "average"}
LARGE_TABLE_ROWS = 1_000  # above this, a role and place needs several points to be a finding
MIN_POINTS_LARGE = 3
MIN_COMPARED = 3  # points on each side of a comparison drawn from raw reports
MIDDLE_HALF_FROM = 4
NOTABLE_GAP = 0.1  # a place or level comparison is worth saying from 10% apart
NOTABLE_SHARE = 0.05
MAX_PER_TABLE = 800
PUBLISHED_STRENGTH = 0.6
PERCENT_HEADER = re.compile(r"percent|pct|%", re.I)
# Columns that cut a role's pay into groups, in the order a comparison is drawn along them.
SPLITS = ("gender", "employment_type", "year", "level")
ONE_ROW_EACH = 0.9  # this share of rows unique per role, place and split: figures per group
REMOTE = frozenset({"remote", "anywhere", "work from home", "wfh", "fully remote"})


@dataclass(frozen=True)
class _Group:
    """The pay points of one role in one place and currency, summarised."""

    role: str
    role_key: str
    place: str
    place_key: str
    currency: str | None
    n: int
    median: float
    low: float
    high: float
    q1: float
    q3: float
    people: int
    sources: tuple[str, ...]
    occupation: str = ""  # the SOC code its role was placed in on import
    change: float = math.nan
    labels: tuple[tuple[str, str], ...] = ()  # (split, value) of the group: ("gender", "women")


def pay_findings(table: ResearchTable) -> list[Finding]:
    """Findings on pay: each role (and place) with enough evidence, and what they compare to.

    Split columns (gender, employment type, year, level) are never pooled into one figure of
    published figures: a total row is the main figure, else each value is said as a comparison.
    """
    points = pay_points(table)
    if points.empty:
        return []
    stat = _statistic(table)
    unit = unit_of(table)
    pay = pay_role(table.columns) or ""
    hourly = pay.startswith(HOURLY_PREFIX) or is_hourly_header(table.columns.get(pay, ""))
    say = _Sayer(table, unit, stat, hourly)
    splits = [d for d in SPLITS if d in points and _labels(points[d]).nunique() >= 2]
    totals = [d for d in splits if points[d].eq(TOTAL).any()]
    apart = [d for d in splits if d not in totals]
    found: list[Finding] = []
    for split in totals:
        # the groups a total row sums up, compared within each value of the other splits
        rows = points[points[split].ne(TOTAL)]
        for other in totals:
            if other != split:
                rows = rows[rows[other].isin(("", TOTAL))]
        found += say.splits(rows, split, apart, always=True)
    for split in totals:
        points = points[points[split].isin(("", TOTAL))]
    if apart and (stat is not None or _one_row_each(points, apart)):
        # a table of figures per group: each group said, never an average of groups
        return _capped(found + say.splits(points, apart[0], apart[1:], always=True))
    for split in apart:
        if split in ("gender", "employment_type"):
            found += say.splits(points, split, [], always=False)
    return _capped(found + _pooled_findings(points, table, say, stat))


def _capped(findings: list[Finding]) -> list[Finding]:
    if len(findings) > MAX_PER_TABLE:
        return sorted(findings, key=lambda f: -f.strength)[:MAX_PER_TABLE]
    return findings


def _labels(column: pd.Series) -> pd.Series:
    """The values of a split column that name a group (not blank, not a total)."""
    return column[~column.isin(("", TOTAL))]


def _one_row_each(points: pd.DataFrame, splits: list[str]) -> bool:
    """Whether rows are figures per group: one row per role, place and split value."""
    keys = ["role_key", "place_key", "currency", *splits]
    return not points.duplicated(keys).mean() > 1 - ONE_ROW_EACH


def _pooled_findings(
    points: pd.DataFrame, table: ResearchTable, say: _Sayer, stat: str | None
) -> list[Finding]:
    """Each role and place, roll-ups per region and role, and the comparisons."""
    groups = _groups(points, ["role_key", "place_key", "currency"])
    large = len(points) > LARGE_TABLE_ROWS and stat is None
    least = MIN_POINTS_LARGE if large else 1
    roles = _groups(points, ["role_key", "currency"])
    total = len(points)
    counts = points["role_key"].value_counts()
    shares = (counts / total).to_dict() if len(counts) > 1 and stat is None else {}
    # A role's share is said once: in its only finding, or in its roll-up in its main currency.
    main_currency: dict[str, str | None] = {}
    for role in sorted(roles, key=lambda r: -r.n):
        main_currency.setdefault(role.role_key, role.currency)
    places = Counter((g.role_key, g.currency) for g in groups)
    groups_per_role = Counter(g.role_key for g in groups)
    findings = []
    for g in groups:
        if g.n >= least:
            share = shares.get(g.role_key, 0.0) if groups_per_role[g.role_key] == 1 else 0.0
            findings.append(say.group(g, share, total))
    if stat is None:
        for role in roles:
            if places[role.role_key, role.currency] > 1 and role.n >= least:
                main = main_currency[role.role_key] == role.currency
                findings.append(say.role(role, shares.get(role.role_key, 0.0) * main, total))
    findings += say.regions(points, least)
    findings += say.place_comparisons(groups)
    findings += say.level_comparisons(points, groups, "level" in table.columns)
    return findings


def pay_points(table: ResearchTable) -> pd.DataFrame:
    """One row per distinct report of pay: role, place, level, currency and amounts per year."""
    rows = pay_rows(table)
    index = rows.index
    roles = _cleaned(rows["role"], clean_text)
    places = _cleaned(rows.get("location"), _place_display, index)
    levels = _cleaned(rows.get("level"), clean_text, index)
    points = pd.DataFrame(
        {
            "role": roles,
            "role_key": _cleaned(roles, role_key),
            "place": places,
            "place_key": _cleaned(places, str.casefold),
            "level": levels,
            "currency": rows["currency"],
            "amount": rows["amount"],
            "low": rows["low"],
            "high": rows["high"],
            "people": _cleaned(_at(table.column("sample_size"), index), _count, index, 0).astype(
                int
            ),
            "source": _cleaned(_at(figure_sources(table), index), clean_text, index),
            "occupation": rows.get("occupation", ""),
            "change": rows.get("change", np.nan),
        },
        index=index,
    )
    regions = _cleaned(rows.get("region"), clean_text, index)
    points["region"], points["region_key"] = regions, _cleaned(regions, str.casefold)
    for split in SPLITS:
        if split == "level":
            points[split] = levels.where(~levels.str.casefold().isin(TOTAL_VALUES), TOTAL)
        elif split in rows:
            points[split] = rows[split]
    return points


def _at(column: pd.Series | None, index: pd.Index) -> pd.Series | None:
    """A column of the table's frame on the rows of `index`; None stays None."""
    return None if column is None else column.loc[index]


def _assumed_key(table: ResearchTable) -> str | None:
    """The currency the table's amounts were given for want of a stated one, where a finding's
    id keys it as the default currency: choosing a currency under About me then keeps the
    seeker's flags. None when the table also states the default currency (they must differ)."""
    values = table.values
    if table.assumed_currency == DEFAULT_CURRENCY or values is None:
        return table.assumed_currency
    currencies = [c for c in values.columns if c == "currency" or c.endswith("_currency")]
    stated = values[currencies].eq(DEFAULT_CURRENCY).to_numpy().any()
    return None if stated else table.assumed_currency


def role_key(title: str) -> str:
    """A title for grouping: lower case, single-spaced, abbreviations spelled out."""
    words = re.findall(r"[\w+#]+", title.casefold())
    return " ".join(ALIASES.get(w, w) for w in words)


class _Sayer:
    """Writes the statements of one table's pay findings."""

    def __init__(self, table: ResearchTable, unit: Unit, stat: str | None, hourly: bool) -> None:
        self.table, self.unit, self.stat, self.hourly = table, unit, stat, hourly
        self.source = source_name(table, None if stat else unit)
        self.assumed = _assumed_key(table)

    def _keyed(self, currency: str | None) -> str:
        """The currency as a finding's id knows it (see `_assumed_key`)."""
        if currency is not None and currency == self.assumed:
            return DEFAULT_CURRENCY
        return currency or ""

    def group(self, g: _Group, share: float, total: int) -> Finding:
        where = _where(g.place) + _context(g.labels)
        figure = format_money(g.median, g.currency)
        if self.stat and g.n == 1:
            statement = f"The published {self.stat} pay for {g.role}{where} is {figure} a year"
            statement += self._hourly(g.median, g.currency) + self._outlook(g)
            if g.people:
                statement += f", from {g.people:,} people"
            strength = g.people / (g.people + 30) if g.people else PUBLISHED_STRENGTH
        elif g.n == 1:
            statement = f"One {self.unit.one} puts pay for {g.role}{where} at about {figure} a year"
            statement += self._span(g.low, g.high, g.currency) or self._hourly(g.median, g.currency)
            strength = _strength(g)
        else:
            statement = (
                f"Pay for {g.role}{where} is about {figure} a year {self._evidence(g)}"
                f"{self._share(share, total)}{self._spread(g)}"
            )
            strength = _strength(g)
        return make_finding(
            self.table,
            "compensation",
            content_key("pay", g.role_key, g.place_key, self._keyed(g.currency), *_label_key(g)),
            statement,
            self._source(g),
            figure=figure,
            sample_size=g.people or g.n,
            strength=strength,
            occupation=g.occupation,
        )

    def role(self, g: _Group, share: float, total: int) -> Finding:
        key = ("pay role", g.role_key, self._keyed(g.currency))
        return self._rollup(g, " across all places", key, share, total)

    def regions(self, points: pd.DataFrame, least: int) -> list[Finding]:
        """A role's pay in a state or country as a whole, where its cities split the points."""
        inside = points[points["region_key"].ne("")]
        if inside.empty or self.stat:
            return []
        frame = inside.assign(currency=inside["currency"].fillna(""))
        cities = frame.groupby(["role_key", "region_key", "currency"])["place_key"].nunique()
        as_places = inside.assign(place=inside["region"], place_key=inside["region_key"])
        return [
            self._rollup(
                g,
                f" in {g.place} as a whole",
                ("pay region", g.role_key, g.place_key, self._keyed(g.currency)),
            )
            for g in _groups(as_places, ["role_key", "place_key", "currency"])
            if cities.get((g.role_key, g.place_key, g.currency or ""), 0) >= 2 and g.n >= least
        ]

    def _rollup(
        self, g: _Group, where: str, key: tuple[str, ...], share: float = 0.0, total: int = 0
    ) -> Finding:
        """A figure over several places: all of them, or a region's cities."""
        figure = format_money(g.median, g.currency)
        statement = (
            f"Pay for {g.role}{where} is about {figure} a year {self._evidence(g)}"
            f"{self._share(share, total)}{self._spread(g)}"
        )
        return make_finding(
            self.table,
            "compensation",
            content_key(*key),
            statement,
            self._source(g),
            figure=figure,
            sample_size=g.people or g.n,
            strength=_strength(g),
            occupation=g.occupation,
        )

    def splits(
        self, points: pd.DataFrame, split: str, others: list[str], always: bool
    ) -> list[Finding]:
        """Each role and place compared along `split` (women against men, part-time against
        full-time, one year against another); `always` says figures per group, each said even
        when only one group is there or the gap is small."""
        points = points[points[split].ne("") & points[split].ne(TOTAL)]
        least = 1 if always else MIN_COMPARED
        keys = ["role_key", "place_key", "currency", *others]
        by_key: dict[tuple, list[_Group]] = {}
        for g in _groups(points, [*keys, split]):
            if g.n >= least:
                labels = dict(g.labels)
                rest = tuple((k, labels[k]) for k in others)
                by_key.setdefault((g.role_key, g.place_key, g.currency, rest), []).append(g)
        found = []
        for compared in by_key.values():
            if len(compared) == 1:
                if always:
                    found.append(self.group(compared[0], 0.0, 0))
                continue
            found += self._split(split, compared, always)
        return found

    def _split(self, split: str, compared: list[_Group], always: bool) -> list[Finding]:
        top = max(compared, key=lambda g: g.median)
        bottom = min(compared, key=lambda g: g.median)
        gap = 1 - bottom.median / top.median
        if gap < NOTABLE_GAP and not always:
            return []
        high, low = dict(top.labels)[split], dict(bottom.labels)[split]
        rest = tuple(pair for pair in top.labels if pair[0] != split)
        subject = f"{top.role}{_where(top.place)}{_context(rest)}"
        pay = f"{self.stat} pay" if self.stat else "pay"
        a, b = format_money(bottom.median, bottom.currency), format_money(top.median, top.currency)
        if split == "year":
            ordered = sorted(compared, key=lambda g: dict(g.labels)[split])
            first, last = ordered[0], ordered[-1]
            change = last.median / first.median - 1
            way = "rose" if change > 0 else "fell"
            statement = (
                f"{pay.capitalize()} for {subject} {way} {percent(abs(change))} from "
                f"{dict(first.labels)[split]} to {dict(last.labels)[split]}: "
                f"{format_money(first.median, first.currency)} to "
                f"{format_money(last.median, last.currency)}"
            )
        elif gap < SAME_PAY:
            statement = (
                f"{_whose(split, low).capitalize()} and {_whose(split, high)} {pay} for {subject} "
                f"are about the same: {a} and {b}"
            )
        elif split == "level":
            more = percent(top.median / bottom.median - 1)
            high, low = said_level(high), said_level(low)
            statement = (
                f"{pay.capitalize()} for {subject} is about {more} more at {high} than at "
                f"{low}: {b} vs {a}"
            )
        else:
            statement = (
                f"{_whose(split, low).capitalize()} {pay} for {subject} is about {percent(gap)} "
                f"below {_whose(split, high)}: {a} vs {b}"
            )
        key = ("split", split, top.role_key, top.place_key, *(v for _, v in rest))
        return [self._comparison(statement, key, top, bottom)]

    def place_comparisons(self, groups: list[_Group]) -> list[Finding]:
        by_role: dict[tuple, list[_Group]] = {}
        for g in groups:
            if g.place and (self.stat or g.n >= MIN_COMPARED):
                by_role.setdefault((g.role_key, g.currency), []).append(g)
        found = []
        for compared in by_role.values():
            if len(compared) < 2:
                continue
            top = max(compared, key=lambda g: g.median)
            bottom = min(compared, key=lambda g: g.median)
            gap = top.median / bottom.median - 1
            if gap < NOTABLE_GAP:
                continue
            statement = (
                f"Pay for {top.role} is about {percent(gap)} more in {top.place} than in "
                f"{bottom.place}: {format_money(top.median, top.currency)} vs "
                f"{format_money(bottom.median, bottom.currency)}"
            )
            found.append(self._comparison(statement, ("places", top, bottom), top, bottom))
        return found

    def level_comparisons(
        self, points: pd.DataFrame, groups: list[_Group], by_level: bool
    ) -> list[Finding]:
        found = []
        if by_level:
            levels = _groups(points[points["level"].ne("")], ["role_key", "currency", "level"])
            levels = [_with_place(g, dict(g.labels)["level"]) for g in levels]
            by_role: dict[tuple, list[_Group]] = {}
            for g in levels:
                if self.stat or g.n >= MIN_COMPARED:
                    by_role.setdefault((g.role_key, g.currency), []).append(g)
            for compared in by_role.values():
                if len(compared) >= 2:
                    top = max(compared, key=lambda g: g.median)
                    bottom = min(compared, key=lambda g: g.median)
                    found += self._levels(top, bottom, top.place, bottom.place, top.role)
        by_base: dict[tuple, dict[str, _Group]] = {}
        for g in groups:
            if not (self.stat or g.n >= MIN_COMPARED):
                continue
            words = g.role_key.split()
            base = " ".join(w for w in words if w not in SENIOR_WORDS | ENTRY_WORDS)
            rank = "senior" if SENIOR_WORDS & set(words) else "entry"
            if ENTRY_WORDS & set(words):
                rank = "junior"
            if base and base != g.role_key or rank == "entry":
                by_base.setdefault((base, g.place_key, g.currency), {}).setdefault(rank, g)
        for ranks in by_base.values():
            senior, entry = ranks.get("senior"), ranks.get("junior") or ranks.get("entry")
            if senior and entry and senior is not entry:
                where = _where(senior.place)
                found += self._levels(senior, entry, senior.role + where, entry.role, "")
        return found

    def _levels(self, top: _Group, bottom: _Group, high: str, low: str, role: str) -> list:
        gap = top.median / bottom.median - 1
        if gap < NOTABLE_GAP:
            return []
        subject = f"{role} at {high}" if role else high
        other = f"at {low}" if role else f"for {low}"
        statement = (
            f"Pay for {subject} is about {percent(gap)} more than {other}: "
            f"{format_money(top.median, top.currency)} vs "
            f"{format_money(bottom.median, bottom.currency)}"
        )
        return [self._comparison(statement, ("levels", top, bottom), top, bottom)]

    def _comparison(self, statement: str, key: tuple, top: _Group, bottom: _Group) -> Finding:
        if key[0] == "split":
            a, b = bottom, top  # in the order the statement names them
            content = content_key("pay", *key, self._keyed(a.currency))
        else:
            what, a, b = key
            content = content_key(
                f"pay {what}",
                a.role_key,
                a.place or a.role_key,
                b.place or b.role_key,
                self._keyed(a.currency),
            )
        if self.stat:
            evidence = ""
        elif a.n == b.n:
            evidence = f", from {self.unit.count(a.n)} each"
        else:
            evidence = f", from {a.n:,} and {b.n:,} {self.unit.many}"
        return make_finding(
            self.table,
            "compensation",
            content,
            statement + evidence,
            self._source(top),
            figure=format_money(top.median, top.currency),
            sample_size=(a.people + b.people) or (a.n + b.n),
            strength=min(_strength(a), _strength(b)) if not self.stat else PUBLISHED_STRENGTH,
            occupation=a.occupation if a.occupation == b.occupation else "",
        )

    def _share(self, share: float, total: int) -> str:
        if share < NOTABLE_SHARE:
            return ""
        return f" ({percent(share)} of all {total:,})"

    def _evidence(self, g: _Group) -> str:
        if self.stat:
            return f"across {g.n} published figures"
        text = f"across {self.unit.count(g.n)}"
        if g.people:
            text += f" covering {g.people:,} people"
        return text

    def _spread(self, g: _Group) -> str:
        if g.n >= MIDDLE_HALF_FROM and g.q1 < g.q3:
            q1, q3 = format_money(g.q1, g.currency), format_money(g.q3, g.currency)
            return f", the middle half between {q1} and {q3}"
        if 1 < g.n < MIDDLE_HALF_FROM and g.low < g.high:
            return f", from {format_money(g.low, g.currency)} to {format_money(g.high, g.currency)}"
        return ""

    def _span(self, low: float, high: float, currency: str | None) -> str:
        if high > low:
            return f" ({format_money(low, currency)} to {format_money(high, currency)})"
        return ""

    def _outlook(self, g: _Group) -> str:
        """The projected change of the occupation's employment, where the table gives it."""
        header = self.table.columns.get("change", "")
        if math.isnan(g.change) or not PERCENT_HEADER.search(header):
            return ""
        years = re.search(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}", header)
        span = f" over {years[0]}" if years else ""
        if g.change == 0:
            return f"; employment is projected to stay flat{span}"
        way = "grow" if g.change > 0 else "shrink"
        return f"; employment is projected to {way} {abs(g.change):g}%{span}"

    def _hourly(self, amount: float, currency: str | None) -> str:
        if self.hourly:
            return f" ({format_money(amount / HOURS_PER_YEAR, currency)} an hour)"
        return ""

    def _source(self, g: _Group) -> str:
        return ", ".join(g.sources) if g.sources else self.source


# Below this gap two groups' pay is said to be about the same.
SAME_PAY = 0.02
# How a split's value is said as whose pay: "women's", "part-time".
_WHOSE = {"women": "women's", "men": "men's", "non-binary people": "non-binary people's"}


def _whose(split: str, value: str) -> str:
    if split == "gender":
        return _WHOSE.get(value, f"{value}'s")
    return value


def _context(labels: tuple[tuple[str, str], ...]) -> str:
    """The groups a figure is for, after its place: " for women", " in 2023", " at Grade 7"."""
    words = {
        "gender": " for {}",
        "employment_type": " for {} staff",
        "year": " in {}",
        "level": " at {}",
    }
    return "".join(
        words[split].format(said_level(value) if split == "level" else value)
        for split, value in labels
    )


def _label_key(g: _Group) -> tuple[str, ...]:
    return tuple(value for _, value in g.labels)


def _where(place: str) -> str:
    if place.casefold() in REMOTE:
        return " working remotely"
    return f" in {place}" if place else ""


def _strength(g: _Group) -> float:
    """More points and a tighter middle half make stronger evidence."""
    size = g.n / (g.n + 4)
    spread = (g.q3 - g.q1) / g.median if g.n >= MIDDLE_HALF_FROM and g.median else 0.0
    people = g.people / (g.people + 30) if g.people else 0.0
    return max(size, people) / (1 + spread)


def _groups(points: pd.DataFrame, keys: list[str]) -> list[_Group]:
    """One summary per distinct value of `keys`, in order of first appearance."""
    if points.empty:
        return []
    frame = points.assign(currency=points["currency"].fillna(""))
    # each group as one number, in order of first appearance: grouping on it again and again
    # costs far less than on several text columns (a payroll has tens of thousands of rows)
    number = frame.groupby(keys, sort=False).ngroup()
    grouped = frame.groupby(number)
    amount = grouped["amount"]
    spelling, spellings = pd.factorize(frame["role"])
    counted = pd.Series(spelling).groupby([number.to_numpy(), spelling], sort=False).size()
    counted = counted.sort_values(ascending=False)
    common = counted.reset_index().drop_duplicates("level_0").set_index("level_0")["level_1"]
    stats = pd.DataFrame(
        {
            "n": amount.size(),
            "place": grouped["place"].first(),
            "median": amount.median(),
            "q1": amount.quantile(0.25),
            "q3": amount.quantile(0.75),
            "low": grouped["low"].min(),
            "high": grouped["high"].max(),
            "people": grouped["people"].sum(),
            "occupation": grouped["occupation"].first(),
            "change": grouped["change"].median(),
        }
    )
    stats["role"] = spellings.take(common.reindex(stats.index).to_numpy())
    # every row of a group holds its key values: its first row gives them, at a tenth of the
    # cost of grouping the key columns again
    first_rows = frame[~number.duplicated().to_numpy()]
    key_values = first_rows[keys].set_axis(number[first_rows.index].to_numpy())
    named = frame[["source"]].assign(group=number)
    named = named[named["source"].ne("")].drop_duplicates()
    sources = named.groupby("group")["source"].agg(lambda s: tuple(sorted(s)))
    found = []
    for group, row in stats.iterrows():
        values = key_values.loc[group].to_dict()
        found.append(
            _Group(
                role=row["role"],
                role_key=values["role_key"],
                place=row["place"] if "place_key" in values else "",
                place_key=values.get("place_key", ""),
                currency=values["currency"] or None,
                n=int(row["n"]),
                median=float(row["median"]),
                low=float(row["low"]),
                high=float(row["high"]),
                q1=float(row["q1"]),
                q3=float(row["q3"]),
                people=int(row["people"]),
                sources=sources.get(group, ()),
                occupation=str(row["occupation"]),
                change=float(row["change"]),
            )
        )
        labels = tuple((k, values[k]) for k in keys if k in SPLITS)
        if labels:
            found[-1] = replace(found[-1], labels=labels)
    return found


def _with_place(g: _Group, level: str) -> _Group:
    """A level group names its level where a place group names its place."""
    return replace(g, place=said_level(level), place_key=level.casefold())


def said_level(level: str) -> str:
    """A level as said after "at": a one-word grade is a level ("Lead" -> "lead level"); a
    level already said so, or a named grade ("Grade 7", "L5"), stays."""
    word = level.casefold().removesuffix("-level")
    if re.fullmatch(r"[A-Za-z][a-z]+(?:-level)?", level) and word in LEVEL_WORDS:
        return f"{word} level"
    return level


# One-word levels of seniority, said with "level" after them.
LEVEL_WORDS = frozenset(
    {"junior", "senior", "middle", "mid", "lead", "principal", "staff", "entry"}
    | {"intermediate", "expert", "executive", "intern", "trainee", "graduate", "head"}
)


def _statistic(table: ResearchTable) -> str | None:
    """ "median" or "average" when each row is a published statistic, else None."""
    pay = (pay_role(table.columns) or "").removeprefix(HOURLY_PREFIX)
    return STATISTICS.get(pay)


def _cleaned(column: pd.Series | None, clean, index=None, missing: object = "") -> pd.Series:
    """`clean` applied once per distinct cell; `missing` everywhere when there is no column."""
    if column is None:
        return pd.Series(np.full(len(index), missing, dtype=object), index=index)
    return each_distinct(column, lambda value: clean(str(value)))


def _place_display(text: str) -> str:
    """`New York, NY 10014 (SoHo area)` -> `New York, NY`; lines joined by commas."""
    lines = [" ".join(line.split()) for line in str(text).splitlines()]
    joined = ", ".join(line.strip(" ,") for line in lines if line.strip(" ,"))
    joined = re.sub(r"\s*\([^)]*\)", "", joined)
    joined = re.sub(r"\s+\d{5}(?:-\d{4})?\b", "", joined)
    return clean_text(joined.strip(" ,"))


def _count(text: str) -> int:
    digits = text.strip().replace(",", "").split(".")[0]
    return int(digits) if digits.isdigit() else 0
