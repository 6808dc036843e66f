"""Split columns: the values that cut one role's pay into groups never pooled into one figure.

Class: pay tables that give a figure per gender, employment type (full-time, part-time) or
year beside the role (a pay-gap or equity report, a payroll with a "Full or Part-Time"
column, a wage table repeated for several years), often with a total row ("All", "Both
sexes") that is the main figure.
"""

from __future__ import annotations

import re

import pandas as pd

from infoview.research.clean import each_distinct
from infoview.research.headers import normalize_header

TOTAL = "total"
# Cells of a split column that sum up the others: the main group's own row.
TOTAL_VALUES = frozenset(
    {"all", "total", "both", "both sexes", "all genders", "all employees", "all workers"}
    | {"overall", "all staff", "all types", "all years", "combined", "everyone", "all levels"}
    | {"persons", "all persons", "total all"}
    # in Spanish, Portuguese, French, German and Italian
    | {"todos", "todas", "ambos sexos", "ambos", "tous", "ensemble", "les deux sexes"}
    | {"gesamt", "insgesamt", "alle", "totale", "tutti", "entrambi"}
)
GENDER_VALUES = {
    "female": "women",
    "females": "women",
    "woman": "women",
    "women": "women",
    "f": "women",
    "w": "women",
    "male": "men",
    "males": "men",
    "man": "men",
    "men": "men",
    "m": "men",
    "non binary": "non-binary people",
    "nonbinary": "non-binary people",
    "x": "non-binary people",
    # Spanish, Portuguese, French, German and Italian (accents folded)
    **dict.fromkeys(
        ("mujer", "mujeres", "femenino", "femenina", "mulher", "mulheres", "feminino")
        + ("feminina", "femme", "femmes", "feminin", "feminine", "frau", "frauen", "weiblich")
        + ("donna", "donne", "femmina", "femminile"),
        "women",
    ),
    **dict.fromkeys(
        ("hombre", "hombres", "masculino", "homem", "homens", "homme", "hommes", "masculin")
        + ("mann", "manner", "mannlich", "uomo", "uomini", "maschio", "maschile"),
        "men",
    ),
    **dict.fromkeys(
        ("no binario", "no binaria", "nao binario", "nao binaria", "non binaire", "divers")
        + ("nicht binar", "non binario", "non binaria"),
        "non-binary people",
    ),
}
EMPLOYMENT_VALUES = {
    "full time": "full-time",
    "fulltime": "full-time",
    "ft": "full-time",
    "f": "full-time",
    "part time": "part-time",
    "parttime": "part-time",
    "pt": "part-time",
    "p": "part-time",
    "contract": "contract",
    "contractor": "contract",
    "ct": "contract",
    "temporary": "temporary",
    "temp": "temporary",
    "seasonal": "seasonal",
    "freelance": "freelance",
    "fl": "freelance",
    **dict.fromkeys(
        ("tiempo completo", "jornada completa", "tempo integral", "temps plein", "vollzeit")
        + ("tempo pieno",),
        "full-time",
    ),
    **dict.fromkeys(
        ("medio tiempo", "media jornada", "tiempo parcial", "meio periodo", "tempo parcial")
        + ("temps partiel", "teilzeit", "tempo parziale"),
        "part-time",
    ),
}
# One letter says which split it is only beside a header that names it.
_HEADER_WORDS = {
    "gender": frozenset(
        {"gender", "sex", "genero", "sexo", "geschlecht", "sexe", "genre", "genere", "sesso"}
    ),
    "employment_type": frozenset({"full", "part", "time", "employment", "status", "type"}),
}
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
SPLITS = {"gender": GENDER_VALUES, "employment_type": EMPLOYMENT_VALUES}
MAX_SPLIT_VALUES = 8


def split_columns(frame: pd.DataFrame, roles: dict[str, str]) -> dict[str, pd.Series]:
    """Each split found (`gender`, `employment_type`, `year`): a label per row ("women",
    "part-time", "2023"), `total` for a total row, "" where blank. Values decide; a split
    needs two groups of its own."""
    found: dict[str, pd.Series] = {}
    # a date, a level or an employment column may be a split; other roles' columns are not
    taken = {c for r, c in roles.items() if r not in ("date", "level", "employment")}
    for header in frame.columns:
        if header in taken:
            continue
        # plain Python over the distinct cells: a wide table has thousands of columns
        column = frame[header]
        if len(column.head(500).unique()) > MAX_SPLIT_VALUES * 4:
            continue  # a split has a few values, however they are spaced (the top often says)
        distinct_cells = column.unique()
        if len(distinct_cells) > MAX_SPLIT_VALUES * 4:
            continue
        stripped = {str(cell).strip() for cell in distinct_cells} - {""}
        if not stripped or len(stripped) > MAX_SPLIT_VALUES:
            continue
        distinct = sorted(stripped)
        folded = {value: normalize_header(value) for value in distinct}
        words = set(normalize_header(header).split())
        label_of = _split_labels(folded, words, skip=found.keys())
        if label_of is None:
            continue
        split, labels = label_of
        found[split] = each_distinct(
            column, lambda cell, labels=labels: labels.get(str(cell).strip(), "")
        )
    return found


def _split_labels(
    folded: dict[str, str], words: set[str], skip
) -> tuple[str, dict[str, str]] | None:
    """The split a column's distinct values (each with its folded form) make, with the label of
    each value; None when they make none or only one already found."""
    for split, vocabulary in SPLITS.items():
        if split in skip:
            continue
        if any(len(f) <= 1 for f in folded.values()) and not words & _HEADER_WORDS[split]:
            continue
        labels = {v: TOTAL if f in TOTAL_VALUES else vocabulary.get(f) for v, f in folded.items()}
        groups = {label for label in labels.values() if label != TOTAL}
        if None not in groups and len(groups) >= 2:
            return split, labels
    if "year" not in skip and _is_year_column(folded, words):
        return "year", {v: TOTAL if f in TOTAL_VALUES else v for v, f in folded.items()}
    return None


def _is_year_column(folded: dict[str, str], words: set[str]) -> bool:
    """A column of a few years (a wage table repeated per year), its header naming years."""
    years = [value for value, f in folded.items() if f not in TOTAL_VALUES]
    named = words & {"year", "years", "fiscal", "fy", "ano", "annee", "jahr", "work"}
    return bool(named) and len(years) >= 2 and all(_YEAR.match(y) for y in years)
