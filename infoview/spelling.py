"""The workspace's English: what the product writes is in US spelling, turned to UK on request.

The question bank, the templates and the say layer are written in US English; `spelled` is the
one pass that turns a finished sentence to UK spelling, applied where speech leaves the product
(the planned sheet, its exports, the outreach drafts), never template by template.
"""

from __future__ import annotations

import re

ENGLISHES = {"us": "US English (organize, program)", "uk": "UK English (organise, programme)"}
DEFAULT_ENGLISH = "us"

# Whole words whose UK spelling is not made by a rule below (-our, -re, -ence, doubled l).
_UK_WORDS = {
    "behavior": "behaviour",
    "behaviors": "behaviours",
    "behavioral": "behavioural",
    "color": "colour",
    "colors": "colours",
    "favor": "favour",
    "favorite": "favourite",
    "favorable": "favourable",
    "honor": "honour",
    "labor": "labour",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "rumor": "rumour",
    "rumors": "rumours",
    "humor": "humour",
    "endeavor": "endeavour",
    "harbor": "harbour",
    "center": "centre",
    "centers": "centres",
    "centered": "centred",
    "theater": "theatre",
    "fiber": "fibre",
    "liter": "litre",
    "defense": "defence",
    "offense": "offence",
    "catalog": "catalogue",
    "gray": "grey",
    "enrollment": "enrolment",
    "enrollments": "enrolments",
    "fulfill": "fulfil",
    "fulfillment": "fulfilment",
    "installment": "instalment",
    "skillful": "skilful",
    "counselor": "counsellor",
    "counselors": "counsellors",
    "counseling": "counselling",
    "traveled": "travelled",
    "traveling": "travelling",
    "traveler": "traveller",
    "travelers": "travellers",
    "canceled": "cancelled",
    "canceling": "cancelling",
    "labeled": "labelled",
    "labeling": "labelling",
    "modeled": "modelled",
    "modeling": "modelling",
    "signaled": "signalled",
    "signaling": "signalling",
    "program": "programme",
    "programs": "programmes",
    "license": "licence",
    "licenses": "licences",
}
# -ize and -yze words (organize, analyze) are -ise and -yse in UK spelling; these are not.
_IZE = re.compile(r"^(?P<stem>[a-z]{3,}?)(?P<z>[iy])z(?P<end>e|es|ed|ing|ation|ations|er|ers)$")
_NOT_IZE = re.compile(r"^(?:down|re|over|under|up|cap|out)?size")  # downsize, capsize
# "program" of a computer stays "program" in UK English: said so by a word near it.
_COMPUTING = re.compile(
    r"\b(?:computer|software|code|coding|app|apps|script|python|java|programming|developer)s?\b",
    re.I,
)
# After these words "license" is a verb, spelled alike in both, and "practice" is the verb that
# UK English spells "practise" ("before they can practice").
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "must", "we", "they", "you", "i"})
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+|[\"“(]|^\s*[-•*]\s+)$")


def spelled(text: str, english: str = DEFAULT_ENGLISH) -> str:
    """`text` in the workspace's English: unchanged for US; UK spelling for "uk". Words written
    with a capital inside a sentence are names ("World Health Organization") and stay."""
    if english != "uk" or not text:
        return text
    computing = bool(_COMPUTING.search(text))
    out, last = [], 0
    for match in _WORD.finditer(text):
        word = match[0]
        opens = _SENTENCE_START.search(text[: match.start()])
        if word[0].isupper() and (word.isupper() or not opens):
            continue
        before = text[: match.start()].split()
        uk = _uk_word(word.lower(), computing, before[-1].lower() if before else "")
        if uk:
            out += [text[last : match.start()], uk.capitalize() if word[0].isupper() else uk]
            last = match.end()
    return "".join(out) + text[last:]


def _uk_word(word: str, computing: bool, before: str) -> str:
    """The UK spelling of a lower-case US word, or "" when it is spelled alike."""
    verb = before in _VERB_BEFORE
    if word == "practice":
        return "practise" if verb else ""
    if (word.startswith("program") and computing) or (word.startswith("license") and verb):
        return ""
    if word in _UK_WORDS:
        return _UK_WORDS[word]
    ize = _IZE.match(word)
    if ize and not _NOT_IZE.match(word):
        return f"{ize['stem']}{ize['z']}s{ize['end']}"
    return ""
