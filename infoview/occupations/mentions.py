"""The work a sentence names: "Employment of data scientists is projected to grow 35%"."""

from __future__ import annotations

import re

from infoview.occupations.index import Index
from infoview.occupations.text import STOPWORDS, fold, singular, stem, words
from infoview.occupations.titles import ESCO_RANK, Match, exact_match, read_words

LONGEST_SPAN = 4  # words in the longest title looked for
# A title of one word is taken only when the word names a worker ("nurses", "economists"),
# so "marketing budgets" or "retail sales" name no occupation.
WORKER = re.compile(r"(?:er|or|ist|ian|ant|ent|eer|ier|ic|ive|man|men|ess)e?s?$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def mentioned_match(text: str, index: Index) -> Match:
    """The occupation of the longest title named in `text` (the first of equals); no match
    when it names none."""
    words = [w for w in (fold(w) for w in _WORD.findall(text)) if w]
    best: tuple[int, Match] | None = None
    for end in range(len(words)):
        for start in range(max(0, end - LONGEST_SPAN + 1), end + 1):
            span = [w for w in words[start : end + 1] if w not in STOPWORDS]
            lone = len(span) == 1 and not WORKER.search(span[0])
            if not span or span[0] != words[start] or lone:
                continue
            found = _named(span, index)
            if found is not None and (best is None or len(span) > best[0]):
                best = (len(span), found)
    return best[1] if best else Match(None, None, 0.0)


def _named(span: list[str], index: Index) -> Match | None:
    key = " ".join(stem(w) for w in span)
    # in running text a stem is not enough: "plant" must not be a planter, so some title
    # must read as the words do, plurals aside
    plain = [singular(w) for w in span]
    numbers = [
        n
        for n in index.exact(key)
        if int(index.title_source[n]) < ESCO_RANK
        and [singular(w) for w in words(index.titles[n])] == plain
    ]
    if not numbers:
        return None
    reading = read_words(" ".join(span), index, fields=False)
    found = exact_match(reading, index)
    return found if found is not None and found.soc is not None else None
