"""Cell text made fit for grouping: titles without codes, companies without ratings, levels."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from infoview.research.vocabulary import LEVEL_CODES

# `Software Developers(151252)`, `Chief executives(1)`, `15-1252 Software Developers`.
_TRAILING_CODE = re.compile(r"\s*\((?P<code>\d{2}-?\d{4}(?:\.\d{2})?)\)\s*$")
_LEADING_CODE = re.compile(r"^\(?(?P<code>\d{2}-\d{4}(?:\.\d{2})?|\d{5,})\)?\s*[-–:]?\s+")
_FOOTNOTE_MARK = re.compile(r"\s*\(\d{1,2}\)\s*$|[*†‡]+$")
# A trailing list of other names: `Data Scientist (ML, AI)`, `Nurse - includes midwives`.
# Alias lists after a title: `(A, B)`, `(includes ...)`, and the starred also-called lists of
# projection tables (`Actors * Actor Understudy* Actress`).
_ALIASES = re.compile(
    r"\s*(?:\([^()]*[,;/][^()]*\)|\((?:incl|includes|e\.g\.|aka)[^()]*\))\s*$"
    r"|\s+\*\s*[^*\s][^*]*\*.*$",
    re.I,
)
_WHITESPACE = re.compile(r"\s+")
# `Uline\n3.6`, `KnowBe4\n4.8`, `Acme ★ 4.1`: a star rating after the company name.
_RATING = re.compile(r"(?:\s*\n\s*|\s*★\s*)[0-5](?:\.\d)?\s*★?\s*$")
# Job boards glue the posting date before the employer: `20 October by Alfred H Knight`,
# `Posted 3 days ago by Acme`, `Yesterday by Birch Ltd`.
_POSTED_BY = re.compile(
    r"^(?:posted\s+)?(?:\d{1,2}\s+[a-z]+|\d+\s+(?:hours?|days?|weeks?)\s+ago|today|yesterday"
    r"|just posted)\s+by\s+",
    re.I,
)
_ZIP_AREA = re.compile(r"\s+\d{5}(?:-\d{4})?\b|\s*\([^()]*\barea\)", re.I)
SOC_CODE = re.compile(r"^\d{2}-?\d{4}(?:\.\d{2})?$")
_AGGREGATE_TITLE = re.compile(
    r"^(?:total\b|all occupations\b|all industries\b|all jobs\b|all employees\b|"
    r"all workers\b|industry total\b|cross-industry\b|summary\b|grand total\b|"
    r".*\ball (?:occupations|jobs|employees|industries)\b|.*\bmajor groups?\b)",
    re.I,
)
AGGREGATE_GROUPS = frozenset({"total", "major", "minor", "broad", "summary", "aggregate", "all"})


def each_distinct(column: pd.Series, read) -> pd.Series:
    """`read` of each cell, worked out once per distinct cell and spread over the rows.

    Research columns repeat a few values over many rows (titles, places, periods): reading
    each distinct value once is what keeps a 100,000-row table quick. The result holds
    whatever `read` returns, as objects, with the column's index.
    """
    codes, distinct = pd.factorize(column, use_na_sentinel=False)
    # a list: stepping through an Arrow-backed array one cell at a time is ten times slower
    results = np.fromiter(map(read, distinct.tolist()), dtype=object, count=len(distinct))
    return pd.Series(results[codes], index=column.index, dtype=object)


def per_distinct(clean):
    """Apply a cleaner of text columns once per distinct cell, then spread it over the rows."""

    def spread(text: pd.Series, *args) -> pd.Series:
        codes, distinct = pd.factorize(text.astype(object))
        cleaned = clean(pd.Series(distinct, dtype=object), *args).to_numpy()
        return pd.Series(cleaned[codes], index=text.index)

    spread.__doc__ = clean.__doc__
    return spread


def collapse(text: pd.Series) -> pd.Series:
    """Whitespace and line breaks folded to single spaces, ends stripped."""
    # split and join fold the whitespace `\s+` does, at a third of a regex's cost per cell
    return each_distinct(text, lambda value: " ".join(str(value).split())).astype(str)


def clean_titles(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Titles without codes, footnote marks or alias lists, and the code each one carried."""
    # two passes over the distinct titles cost less than splitting a pair on every row
    titles = each_distinct(text, lambda value: _clean_title(value)[0])
    return titles, each_distinct(text, lambda value: _clean_title(value)[1])


def _clean_title(value: str) -> tuple[str, str]:
    title = _WHITESPACE.sub(" ", value).strip()
    code = ""
    match = _TRAILING_CODE.search(title) or _LEADING_CODE.match(title)
    if match:
        code = soc_code(match.group("code"))
        title = (title[: match.start()] + title[match.end() :]).strip()
    title = _FOOTNOTE_MARK.sub("", title).strip()
    title = _ALIASES.sub("", title).strip()
    return title, code


def soc_code(text: str) -> str:
    """`151252` -> `15-1252`; other codes as written."""
    digits = text.strip()
    if re.fullmatch(r"\d{6}", digits):
        return f"{digits[:2]}-{digits[2:]}"
    return digits


@per_distinct
def clean_companies(text: pd.Series) -> pd.Series:
    """Company names without a trailing star rating or a posting date before them."""
    value = text.astype(str).str.replace(_RATING, "", regex=True)
    value = value.str.replace(_POSTED_BY, "", regex=True)
    return collapse(value)


@per_distinct
def clean_places(text: pd.Series) -> pd.Series:
    """Places on one line (`Chiswick\\n London` -> `Chiswick, London`), without ZIP codes; ""
    for a posting's list of places (see `one_place`), which names no one place to group by."""
    value = text.astype(str).str.strip().str.replace(r"\s*\n\s*", ", ", regex=True)
    value = value.str.replace(_ZIP_AREA, "", regex=True)
    return each_distinct(collapse(value).str.strip(", "), one_place)


def one_place(place: str) -> str:
    """`place` with a part written twice once ("Hertfordshire, Hertfordshire"), or "" when it
    lists several places: more parts than a city, its region and its country (a job board's
    "Bidar, Hosakote, Anekal, Bidar")."""
    parts = [part.strip() for part in place.split(",") if part.strip()]
    if len(parts) > 3:
        return ""
    kept: dict[str, str] = {}
    for part in parts:
        kept.setdefault(part.casefold(), part)
    return place if len(kept) == len(parts) else ", ".join(kept.values())


def spelled_levels(levels: pd.Series) -> pd.Series:
    """Levels written as codes said as levels (`SE` -> `senior level`), when every level of the
    column is one of the codes (`LEVEL_CODES`); else as they are."""
    distinct = {str(cell).strip() for cell in levels.unique()} - {""}
    if len(distinct) < 2 or not distinct <= LEVEL_CODES.keys():
        return levels
    return each_distinct(levels, lambda cell: LEVEL_CODES.get(str(cell).strip(), cell))


def aggregate_rows(titles: pd.Series, codes: pd.Series, groups: pd.Series | None) -> pd.Series:
    """Rows that sum up others: totals, major and broad groups, summary lines.

    A group column (`O_GROUP`, `Occupation type`) decides; else SOC codes (broad and higher
    groups end in 0); else the title (`All Occupations`, `Total, ...`). When every row is a
    group (a table of major groups only), only the overall total is left out.
    """
    if groups is not None:
        level = collapse(groups).str.lower()
        marked = level.isin(AGGREGATE_GROUPS) & level.ne("")
        if marked.any() and not marked.all():
            return marked | _total_titles(titles)
    by_title = _total_titles(titles)
    levels = _code_levels(codes)
    soc = levels.ne("")
    filled = codes.ne("")
    by_code = pd.Series(False, index=titles.index)
    if soc.any() and soc.sum() >= 0.5 * filled.sum():
        by_code = levels.isin(("group", "total"))
    marked = by_title | by_code
    if marked.all() and len(marked):
        return by_title | levels.eq("total")
    return marked


@per_distinct
def _total_titles(titles: pd.Series) -> pd.Series:
    """Titles that name a total (`All Occupations`, `Total, all ...`)."""
    return titles.str.match(_AGGREGATE_TITLE)


@per_distinct
def _code_levels(codes: pd.Series) -> pd.Series:
    """`total` (00-0000), `group` (ends in 0), `detailed` for SOC codes; "" for others."""
    soc = codes.str.match(SOC_CODE)
    digits = codes.str.replace(r"\.\d{2}$", "", regex=True).str.replace("-", "")
    level = pd.Series("", index=codes.index, dtype=object)
    level[soc] = "detailed"
    level[soc & digits.str.endswith("0")] = "group"
    level[soc & digits.str.fullmatch(r"0+")] = "total"
    return level


def full_names(first: pd.Series, last: pd.Series | None) -> pd.Series:
    """`First` and `Last` as one name, for columns split in two."""
    first = collapse(first)
    if last is None:
        return first
    joined = first + " " + collapse(last)
    return joined.str.strip()


def resolve_ids(references: pd.Series, ids: pd.Series, labels: pd.Series) -> pd.Series:
    """References to ids (`parentId` = `O-6066`) shown as the label of the row they name."""
    key = collapse(ids)
    label_of = dict(zip(key[key.ne("")], collapse(labels)[key.ne("")], strict=True))
    refs = collapse(references)
    resolved = refs.map(label_of)
    return resolved.where(resolved.notna(), refs).astype(object).replace({np.nan: ""})


# A cell this long on average is a posting's description: two rows equal in it and in every
# other cell are one posting scraped twice.
DESCRIPTION_LENGTH = 80
_URL = re.compile(r"^https?://\S+$", re.I)


def _filled(cells) -> list[str]:
    """The cells with text in them, stripped."""
    return [cell for cell in (str(c).strip() for c in cells if not pd.isna(c)) if cell]


def _mostly_urls(top: list[str], frame: pd.DataFrame, column: str, sample: int = 50) -> bool:
    """Whether the first `sample` filled cells are nearly all links (at least two filled);
    `top` holds the filled cells of the column's first `TOP_ROWS` rows."""
    few_at_top = len(top) < sample and len(frame) > TOP_ROWS
    filled = _filled(frame[column].tolist()) if few_at_top else top
    filled = filled[:sample]
    return len(filled) >= 2 and sum(bool(_URL.match(c)) for c in filled) / len(filled) > 0.9


def _mean_length(cells) -> float:
    """The mean length of the cells that are not missing, each distinct cell measured once."""
    cells = [c for c in cells if not pd.isna(c)]
    lengths = {cell: len(str(cell)) for cell in cells}
    return sum(lengths[cell] for cell in cells) / len(cells) if cells else 0.0


# Rows looked at to tell links and descriptions: both show from the first rows.
TOP_ROWS = 1000


def repeated_postings(frame: pd.DataFrame) -> pd.Series:
    """Rows that repeat an earlier posting: the same posting id or URL, or the same full row
    where a description column makes a chance repeat impossible.

    Survey answers and payroll lines without such evidence are never merged: two people may
    give the same answer.
    """
    # one array for the first rows: per-column Series cost too much on a table thousands wide
    top = frame.head(TOP_ROWS).to_numpy(dtype=object)
    tops = [_filled(top[:, i]) for i in range(top.shape[1])]
    for i, column in enumerate(frame.columns):
        name = " ".join(re.findall(r"[a-z]+", str(column).lower()))
        named_id = name in ("id", "job id", "posting id", "job key", "jk", "url", "job url", "link")
        if not (named_id or _mostly_urls(tops[i], frame, column)):
            continue
        text = frame[column].str.strip()
        filled = text[text.ne("")]
        if len(filled) >= 2 and filled.nunique() > 1:
            return text.duplicated() & text.ne("")
    if any(_mean_length(top[:, i]) >= DESCRIPTION_LENGTH for i in range(top.shape[1])):
        return frame.duplicated()
    return pd.Series(False, index=frame.index)
