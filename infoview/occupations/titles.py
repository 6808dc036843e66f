"""Free text to an occupation: what a title, a field or a column cell names, or an honest unknown.

In order: a SOC or O*NET code written in the text wins; an alias list ("A * B * C") is read
entry by entry; then the words, with level words taken out, abbreviations, fields and Spanish,
French and German words brought to the index's English, are looked up as a whole title, and
failing that scored against every title sharing a stem (IDF-weighted overlap both ways, the
head noun agreeing). Titles naming several occupations place the text at the group they share.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from infoview.occupations import lexicon
from infoview.occupations.index import SOURCE_PENALTY, Index
from infoview.occupations.text import STOPWORDS, fold, stem

if TYPE_CHECKING:
    import numpy as np

# Below this the text is unknown: a guess would place a person in the wrong field.
THRESHOLD = 0.5
CONFIDENT = 0.9  # at or above this, a title's qualifiers are not tried on their own
# Scores within this of the best are ties; tied occupations are placed at the group they share.
TIE = 0.03
SHORT_RANK, ESCO_RANK = 3, 5  # places in the index's list of sources
# Tied occupations: the one most titles holding the text's words back wins by this much.
CLEAR_LEAD = 1.3
# Else the lowest SOC group holding this share of the votes, less sure at each step up.
GROUP_SHARE = 0.5
GROUP_STEPS = {"broad": 0.88, "minor": 0.8, "major": 0.7}
CODE = re.compile(r"(?<![\d-])(\d{2})-?(\d{4})(?:\.(\d{2}))?(?![\d-])")
ALIAS_SEPARATORS = re.compile(r"\s*[*;|]\s*")
# A spaced dash, a comma, or a dash between capitals sets a qualifier after the job apart:
# "LABORER - HOURLY", "Director, Research", "FIREFIGHTER-EMT" (but "Full-Stack" is one word).
QUALIFIER = re.compile(r"\s+[-–]\s+|\s*,\s*|(?<=[A-Z]{3})-(?=[A-Z]{2})")
# "Director of Marketing" is a marketing director: the head noun comes before "of".
HEAD_OF = re.compile(r"^(.+?)\s+of\s+(.+)$", re.I)
PARENTHESES = re.compile(r"\(([^()]*)\)")
TOKEN = re.compile(r"[^\W_]+(?:&[^\W_]+)*")
LEVEL_ORDER = {name: i for i, name in enumerate(lexicon.LEVELS)}
LEADERS = frozenset(
    word for word, level in lexicon.RANK_WORDS.items() if level in ("director", "executive")
)


@dataclass(frozen=True)
class Reading:
    """What the words of a text say: the stems to match, the level, the head noun."""

    stems: tuple[str, ...]
    level: str | None
    head: str | None
    not_work: bool


@dataclass(frozen=True)
class Match:
    """A classification before it becomes a Placement: a SOC code (or group) and confidence."""

    soc: str | None
    onet: str | None
    confidence: float


def read_words(text: str, index: Index, fields: bool = True) -> Reading:
    """The text's stems with level words, abbreviations and other languages resolved.

    With `fields`, a field ending the text is read as its worker ("statistics").
    """
    levels: list[str] = []
    ladder = None  # a step of a ladder counts only after a job ("Team 4" is no level)
    expanded: list[str] = []
    folded_text = _head_first(_phrases(text), index)
    tokens = TOKEN.findall(folded_text)
    for position, token in enumerate(tokens):
        word = fold(token)
        if token in lexicon.UPPERCASE_WORDS:
            expanded.extend(lexicon.UPPERCASE_WORDS[token].split())
            continue
        last = position == len(tokens) - 1
        if last and position > 0 and word in lexicon.LADDER_LEVELS:
            ladder = lexicon.LADDER_LEVELS[word]
            continue
        if word in lexicon.PURE_LEVEL_WORDS:
            levels.append(lexicon.PURE_LEVEL_WORDS[word])
            continue
        if word in lexicon.RANK_WORDS:
            levels.append(lexicon.RANK_WORDS[word])
        if word.isdigit():
            continue
        if fields and last and word in lexicon.FIELDS:
            word = lexicon.FIELDS[word]
        expanded.extend(lexicon.WORDS.get(word, word).split())
    words = [w for w in expanded if w not in STOPWORDS]
    stems = tuple(dict.fromkeys(stem(w) for w in words))
    heads = index.heads
    head = next((s for s in reversed(stems) if s in heads), None)
    content = [
        w for w in map(fold, tokens) if not w.isdigit() and w not in lexicon.PURE_LEVEL_WORDS
    ]
    whole = re.sub(r"[^a-z0-9]", "", fold(text))
    not_work = whole in lexicon.NOT_WORK or (
        bool(content)
        and (content[-1] in lexicon.NOT_WORK or (content[0] in lexicon.UNITS and "of" in content))
    )
    if ladder and not not_work:
        levels.append(ladder)
    level = max(levels, key=LEVEL_ORDER.__getitem__) if levels else None
    return Reading(stems, level, head, not_work or not stems)


def match_text(text: str, index: Index) -> tuple[Match, str | None]:
    """The best match for `text` and the level words it holds."""
    code = _written_code(text, index)
    if code is not None:
        return code, read_words(CODE.sub(" ", text), index).level
    entries = [e for e in ALIAS_SEPARATORS.split(text) if e.strip()]
    if len(entries) > 1:
        results = [match_text(entry, index) for entry in entries]
        return max(results, key=lambda result: result[0].confidence)
    level = read_words(PARENTHESES.sub(r" \1 ", text), index).level
    best = Match(None, None, 0.0)
    likely, fallbacks = _attempts(text)
    for attempt in likely:
        found = _match_words(attempt, index)
        if found.confidence > best.confidence + TIE:
            best = found
        if best.confidence >= CONFIDENT:
            return best, level
    for attempt in fallbacks if best.confidence < THRESHOLD else ():
        found = _match_words(attempt, index)
        if found.confidence > best.confidence + TIE:
            best = found
    return best, level


def _attempts(text: str) -> tuple[list[str], list[str]]:
    """The readings of a title to try, the likeliest first, and those tried when they all fail.

    A qualifier after a dash or comma is tried without ("LABORER - HOURLY" is a laborer),
    "Manager, Marketing" as "Marketing Manager", then the words outside parentheses. Failing
    those: all the words, and a leader of a field as its manager.
    """
    outside = PARENTHESES.sub(" ", text)
    parts = [p for p in QUALIFIER.split(outside) if p.strip()]
    likely = []
    if len(parts) > 1:
        if "," in outside:
            likely.append(f"{parts[1]} {parts[0]}")
        if len(TOKEN.findall(parts[0])) > 1 or "," not in outside:  # not a bare "Director"
            likely.append(parts[0])
    likely.append(outside)
    fallbacks = [PARENTHESES.sub(r" \1 ", text)] if outside != text else []
    # "VP Finance", "Head of Supplier Finance": leaders of a field are its managers in the SOC
    words = TOKEN.findall(_phrases(outside))
    kept = [w for w in words if fold(w) not in LEADERS]
    if kept and len(kept) < len(words):
        fallbacks.append(" ".join(kept) + " manager")
    return likely, fallbacks


def _match_words(text: str, index: Index) -> Match:
    reading = read_words(text, index)
    if reading.not_work:
        return Match(None, None, 0.0)
    return _match_stems(reading.stems, reading.head, index)


@lru_cache(maxsize=16384)
def _match_stems(stems: tuple[str, ...], head: str | None, index: Index) -> Match:
    """A payroll's titles differ mostly in level words and steps: their stems repeat."""
    reading = Reading(stems, None, head, False)
    return exact_match(reading, index) or _scored(reading, index)


def forget_matches() -> None:
    """Empty the cache of matched stems."""
    _match_stems.cache_clear()


def exact_match(reading: Reading, index: Index) -> Match | None:
    """The occupation a whole title names, when some title of the index reads exactly so."""
    numbers = index.exact(" ".join(reading.stems))
    if not numbers:
        return None
    best = min(_rank(index, n) for n in numbers)
    titles = [n for n in numbers if _rank(index, n) == best]
    confidence = 0.97 - SOURCE_PENALTY * best
    return _placed(titles, reading, confidence, index)


def _rank(index: Index, number: int) -> int:
    """The source's rank, O*NET's short titles counted with its alternate titles."""
    rank = int(index.title_source[number])
    return rank - 1 if rank >= SHORT_RANK else rank


def _holding_all(reading: Reading, index: Index) -> np.ndarray:
    """The titles (ESCO's left out) that hold every stem of the text: its supporters."""
    import numpy as np  # here, as in `Index`: the package is imported where no title is read

    postings = [index.posting(s) for s in reading.stems]
    if not postings or any(p is None for p in postings):
        return np.zeros(0, dtype=np.uint32)
    shared = postings[0]
    for posting in postings[1:]:
        shared = np.intersect1d(shared, posting, assume_unique=True)
    # a title much longer than the text names a narrower job, one ending in another noun
    # names other work ("Development Manager" for "Developer"): they back nobody
    weight = sum(index.weight(s) for s in reading.stems)
    close = (index.title_source[shared] < ESCO_RANK) & (index.title_weight[shared] <= 2 * weight)
    if reading.head is not None:
        close &= index.title_head[shared] == index.stem_number[reading.head]
    return shared[close]


def _scored(reading: Reading, index: Index) -> Match:
    import numpy as np

    known = [(s, p) for s in reading.stems if (p := index.posting(s)) is not None]
    if not known:
        return Match(None, None, 0.0)
    query_weight = sum(index.weight(s) for s in reading.stems)
    if reading.head is None:
        candidates = np.unique(np.concatenate([p for _, p in known]))
    else:
        # a title without the head noun scores at most half: below the threshold, so skip it
        candidates = index.posting(reading.head)
    matched = index.scratch()  # one float per title, all zero between calls
    for s, posting in known:
        matched[posting] += index.weight(s)
    overlap = matched[candidates]
    for _, posting in known:
        matched[posting] = 0.0
    cover_query = overlap / query_weight
    cover_title = np.minimum(overlap / index.title_weight[candidates], 1.0)
    if reading.head is None:
        # a field or a bare word: every word should be explained, and less sure than a title
        score = cover_query * (0.55 + 0.45 * cover_title) * 0.8
    else:
        # the head noun agrees: the text's other words may be a setting ("POLICE ... CLERK"),
        # but a title's words the text lacks make it another, narrower job
        score = (0.35 + 0.65 * cover_query) * (0.4 + 0.6 * cover_title)
        ends = index.title_head[candidates] == index.stem_number[reading.head]
        score *= np.where(ends, 1.0, 0.8)
    score *= index.source_factor[candidates]
    top = float(score.max())
    if top < THRESHOLD:
        return Match(None, None, round(top, 2))
    tied = [int(n) for n in candidates[score >= top - TIE]]
    return _placed(tied, reading, top, index)


def _placed(titles: list[int], reading: Reading, confidence: float, index: Index) -> Match:
    """The occupation the best titles name; when they name several, the one most titles holding
    the text's words back, else the lowest group holding most of those votes."""
    confidence = min(confidence, 1.0)
    codes = sorted({index.occupations[index.title_occupation[n]][0] for n in titles})
    if len(codes) == 1:
        return Match(codes[0][:7], codes[0], round(confidence, 2))
    support = _holding_all(reading, index)
    votes = Counter(sorted({code[:7] for code in codes})) + Counter(
        index.occupations[index.title_occupation[n]][0][:7] for n in support.tolist()
    )
    ranked = votes.most_common()
    first, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count >= CLEAR_LEAD * runner_up:
        return Match(first, _main_onet(first, index), round(confidence * 0.92, 2))
    total = sum(votes.values())
    for level, step in GROUP_STEPS.items():
        shares: Counter[str] = Counter()
        for soc, votes_for in ranked:
            shares[index.ancestors(soc).get(level, "")] += votes_for
        group, held = shares.most_common(1)[0]
        if group and held >= GROUP_SHARE * total:
            return Match(group, None, round(confidence * step, 2))
    return Match(first, _main_onet(first, index), round(confidence * 0.6, 2))


def _main_onet(soc: str, index: Index) -> str:
    return index.occupations[index.soc_position[soc]][0]


def _written_code(text: str, index: Index) -> Match | None:
    for found in CODE.finditer(text):
        soc = f"{found.group(1)}-{found.group(2)}"
        onet = f"{soc}.{found.group(3)}" if found.group(3) else None
        if onet in index.onet_position:
            return Match(soc, onet, 1.0)
        if soc in index.soc_position:
            return Match(soc, _main_onet(soc, index), 1.0)
        if soc in index.groups:
            return Match(soc, None, 1.0)
    return None


def _head_first(text: str, index: Index) -> str:
    """The head noun first: "Manager of Maintenance" -> "Maintenance Manager".

    Only when the word before "of" ends some title ("Freedom of Information" stays).
    """
    found = HEAD_OF.match(text)
    if found is None:
        return text
    before = TOKEN.findall(found.group(1))
    if not before:
        return text
    word = fold(before[-1])
    if stem(lexicon.WORDS.get(word, word).split()[-1]) not in index.heads:
        return text
    return f"{found.group(2)} {found.group(1)}"


def _phrases(text: str) -> str:
    folded = fold(text)
    found = [phrase for phrase in lexicon.PHRASES if phrase in folded]
    if not found:
        return text  # the case of the words matters to IT and PA
    for phrase in found:
        replacement = lexicon.PHRASES[phrase]
        folded = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", f" {replacement} ", folded)
    return folded
