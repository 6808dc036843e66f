"""Search as you type: the titles that begin with what was typed so far, one per occupation."""

from __future__ import annotations

import bisect

import numpy as np

from infoview.occupations.index import Index
from infoview.occupations.text import fold, stem
from infoview.occupations.titles import ESCO_RANK, TOKEN, read_words

PREFIX_STEMS = 60  # the unfinished word's most common completions that are looked at


def search_titles(text: str, index: Index, limit: int) -> list[tuple[str, str, float]]:
    """(title as written, O*NET code, score) for the best titles, one per SOC occupation.

    Every finished word must be in the title (in any order); the last word may be unfinished.
    """
    tokens = TOKEN.findall(text)
    if not tokens or limit <= 0:
        return []
    finished = (
        read_words(" ".join(tokens[:-1]), index, fields=False).stems if len(tokens) > 1 else ()
    )
    partial = fold(tokens[-1])
    sets = [index.posting(s) for s in finished]
    if any(p is None for p in sets):
        return []
    completions = _completions(partial, index)
    if not completions:
        return []
    titles = np.unique(np.concatenate([index.posting(s) for s in completions]))
    for posting in sets:
        titles = np.intersect1d(titles, posting, assume_unique=True)
    titles = titles[index.title_source[titles] < ESCO_RANK]  # ESCO's maps to many: noise here
    if not len(titles):
        return []
    typed = sum(index.weight(s) for s in finished) + index.weight(completions[0])
    score = np.minimum(typed / index.title_weight[titles], 1.0)
    score = score * index.source_factor[titles]
    found: list[tuple[str, str, float]] = []
    seen: set[str] = set()
    for position in np.argsort(-score, kind="stable").tolist():
        number = int(titles[position])
        onet = index.occupations[int(index.title_occupation[number])][0]
        if onet[:7] in seen:
            continue
        seen.add(onet[:7])
        found.append((index.titles[number], onet, round(float(score[position]), 2)))
        if len(found) == limit:
            break
    return found


def _completions(partial: str, index: Index) -> list[str]:
    """Stems the unfinished word may become, the most common first: "nur" -> "nurs", ..."""
    stems = index.stems
    start = bisect.bisect_left(stems, partial)
    end = bisect.bisect_left(stems, partial + "\uffff")
    found = stems[start:end]
    whole = stem(partial)
    if whole in index.stem_number and whole not in found:
        found.insert(0, whole)
    found.sort(key=lambda s: -len(index.posting(s)))
    return found[:PREFIX_STEMS]
