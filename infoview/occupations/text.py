"""Title text to matching keys: one normalization for the index builder and the classifier.

A key is the title's word stems in order, joined by spaces: "Sr. Data Scientists" and
"data scientist" share the key "data scient". Stems join a field to its worker ("teaching" and
"teacher", "biology" and "biologist"), so a field typed as a field finds its occupation.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

# Words that carry no occupation: linking words and the SOC's "All Other" residual titles.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "of",
        "the",
        "for",
        "in",
        "to",
        "with",
        "at",
        "on",
        "by",
        "all",
        "other",
        "except",
        "as",
        "from",
        "de",
        "del",
        "la",
        "le",
        "les",
        "des",
        "du",
        "der",
        "die",
        "das",
        "und",
        "y",
        "et",
        "en",
        "el",
        "los",
        "las",
        "und",
    ]
)
# Endings that make a field, a worker or an act of one root ("teaching", "teacher"); they are
# cut at most three times ("engineering" -> "engineer" -> "engine" -> "engin"), keeping at
# least four letters.
# No "y" or "ian": "policy" is not "police", "physician" is not "physics".
DERIVATIONS = (
    "ologist",
    "ology",
    "istry",
    "ings",
    "ing",
    "ers",
    "er",
    "ors",
    "or",
    "ists",
    "ist",
    "ions",
    "ion",
    "ments",
    "ment",
    "ants",
    "ant",
    "ance",
    "ence",
    "e",
)
STEM_FLOOR = 4
# Words whose ending is part of the meaning: a production manager does not manage a product.
# A sergeant is not a serger (a sewing machine).
WHOLE_WORDS = {"production": "production", "productions": "production", "sergeant": "sergeant"}
_DERIVATION = re.compile("(?:" + "|".join(sorted(DERIVATIONS, key=len, reverse=True)) + ")$")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: "Ingénieur" -> "ingenieur", "Ärztin" -> "arztin"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem: the plural, then up to three derivational endings cut."""
    if word.isdigit() or len(word) <= STEM_FLOOR:
        return word
    if word in WHOLE_WORDS:
        return WHOLE_WORDS[word]
    current = singular(word)
    if current.endswith(("ology", "ologist")):  # biology, biologist -> biolog
        return current[: current.rindex("olog") + 4]
    for _ in range(3):
        cut = _DERIVATION.sub("", current)
        if cut == current or len(cut) < STEM_FLOOR:
            break
        current = cut
    return current


def singular(word: str) -> str:
    """The word without a plural ending: "nurses" -> "nurse", "studies" -> "study"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The folded words of `text`, linking words left out."""
    return [w for w in _WORD.findall(fold(text)) if w not in STOPWORDS]


def key(text: str) -> str:
    """The matching key of a title: its stems in order, joined by spaces."""
    return " ".join(stem(w) for w in words(text))


def idf(titles_with_stem: int, postings_total: int) -> float:
    """A stem's weight: rarer stems say more about which occupation a title names."""
    return math.log(1 + postings_total / titles_with_stem)
