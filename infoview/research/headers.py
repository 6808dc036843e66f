"""Header matching: normalize a header and propose the roles its words name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import cache

from infoview.research.normalize import header_currency, header_period
from infoview.research.vocabulary import (
    COMPANY_ATTRIBUTE_WORDS,
    EXACT_ONLY,
    EXACT_ONLY_BY_KIND,
    EXTRA_PAY_WORDS,
    HEADER_ABBREVIATIONS,
    HOURLY_PREFIX,
    MONEY_ROLES,
    NOT_COMPOUND_PARTS,
    NOT_PAY_WORDS,
    PAY_PREFERENCE,
    PAY_QUALIFIERS,
    PAY_WORDS,
    QUESTION_MEANINGS,
    QUESTION_NOT_WORK,
    QUESTION_STARTS,
    QUESTION_WHERE,
    QUESTION_WORDS,
    QUESTION_WORK,
    RANGE_END_WORDS,
    ROLE_SYNONYMS,
)

MAX_PHRASE_WORDS = 5
_PERCENTILE = re.compile(r"^pct\d+$")
# Look-alike letters from other scripts that survive in pasted headers.
_LOOKALIKES = str.maketrans(
    "аеорсухіјАВЕКМНОРСТХІЈοαερτυνκΑΒΕΗΙΚΜΝΟΡΤΧΥ",
    "aeopcyxijABEKMHOPCTXIJoaeptvvkABEHIKMNOPTXY",
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@cache
def _vocabulary() -> frozenset[str]:
    """Words of every synonym and qualifier: what a one-word header may be made of."""
    phrases = (p for roles in ROLE_SYNONYMS.values() for group in roles.values() for p in group)
    words = {w for phrase in phrases for w in phrase.split()}
    words |= NOT_PAY_WORDS | PAY_WORDS | PAY_QUALIFIERS
    words |= {"first", "last", "name", "yearly", "total", "job", "of", "in", "to", "at"}
    return frozenset(w for w in words if len(w) > 1 or w == "a") - NOT_COMPOUND_PARTS


@cache
def _split_compound(word: str) -> str:
    """`totalyearlycompensation` -> `total yearly compensation`, when vocabulary covers it."""
    vocabulary = _vocabulary()
    if len(word) < 6 or word in vocabulary or not word.isalpha():
        return word
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 14), end):
            piece, before = word[start:end], best[start]
            usable = before is not None and piece in vocabulary and len(piece) > 1
            if usable and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, piece]
    return " ".join(best[-1]) if best[-1] else word


@cache
def normalize_header(text: object) -> str:
    """Lower case, accents and look-alikes folded, words split, punctuation to spaces."""
    value = unicodedata.normalize("NFKC", str(text)).translate(_LOOKALIKES)
    value = _CAMEL.sub(" ", value)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9?]+", " ", value.lower()).strip().replace(" ?", "?")
    value = " ".join(_split_compound(word) for word in value.split())
    return _ABBREVIATED.sub(lambda found: HEADER_ABBREVIATIONS[found[0]], value)


# Abbreviated words of database exports, spelled out (`F_NAME`, `LNAME`, `DEP_ID`, `MGR_ID`).
_ABBREVIATED = re.compile(r"\b(?:" + "|".join(HEADER_ABBREVIATIONS) + r")\b")


# A form label ends with the word that introduces its answer (`Trabajo de`, `Works as`,
# `Arbeitet als`): the label without it names the role.
_DANGLING = re.compile(r"(?<=\w) (?:de|del|da|do|du|as|als|como|comme|come|at|in|en|em)$")


def without_dangling(name: str) -> str:
    """A normalized header without a trailing preposition (`trabajo de` -> `trabajo`)."""
    return _DANGLING.sub("", name)


def is_role_name(header: str) -> bool:
    """Whether a header is, as a whole, the name of some role (`Notes`, `Salary`)."""
    name = normalize_header(header)
    return any(name in _phrase_index(kind) for kind in ROLE_SYNONYMS)


def money_role(role: str) -> bool:
    """Whether a role holds amounts of pay (hourly ones included)."""
    return role.removeprefix(HOURLY_PREFIX) in MONEY_ROLES


def is_not_pay_header(name: str) -> bool:
    """Whether a normalized header names counts, shares, ids, scores or rates, not pay."""
    words = name.replace("?", "").split()
    return any(w in NOT_PAY_WORDS and not _PERCENTILE.match(w) for w in words) and not (
        "pay" in words and "rate" in words and "index" not in words
    )


def _pay_header(name: str, phrase: str) -> bool:
    """Whether a header matched to a pay role by `phrase` is about pay."""
    if is_not_pay_header(name):
        return False
    words = name.replace("?", "").split()
    if any(w in PAY_WORDS for w in words) or phrase == name:
        return True
    rest = [w for w in words if w not in phrase.split()]
    return all(w in PAY_QUALIFIERS or w.isdigit() for w in rest)


def stated_currency(header: str) -> str | None:
    """The currency a header names (`Salary (£)`, `salary_in_usd`); converted pay is USD."""
    code = header_currency(str(header))
    if code is None and "converted" in normalize_header(header).split():
        return "USD"
    return code


def match_roles(kind: str, headers: list[str]) -> dict[str, str]:
    """Map roles of `kind` to headers: best-named first; annual pay before hourly pay."""
    candidates = []
    for position, header in enumerate(headers):
        name = without_dangling(normalize_header(header))
        for role, order, score, phrase in _header_matches(name, kind):
            pay = role in MONEY_ROLES
            if pay and not _pay_header(name, phrase):
                continue
            if role not in ("min", "max") and RANGE_END_WORDS & set(name.split()):
                continue  # `salary_min_yearly` is the low end of a range, not the pay
            if role == "company" and COMPANY_ATTRIBUTE_WORDS & set(name.split()):
                continue  # `company_size`, `Company Type` describe the employer, not name it
            hourly = pay and header_period(name) == "hour"
            # A column converted to one currency (salary_in_usd) is the one to pool.
            converted = pay and stated_currency(header) is not None
            candidates.append((hourly, not converted, -score, position, order, role, header))
    roles: dict[str, str] = {}
    taken: set[str] = set()
    for hourly, _, _, _, _, role, header in sorted(candidates):
        if header in taken:
            continue
        if hourly and role in roles:
            role = HOURLY_PREFIX + role
        if role not in roles:
            roles[role] = header
            taken.add(header)
    return {role: roles[role] for role in _role_order(kind) if role in roles}


@cache
def _phrase_index(kind: str) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """phrase -> the roles (with their order and the phrase's rank) it names, for one kind."""
    index: dict[str, list[tuple[str, int, int]]] = {}
    for order, (role, words) in enumerate(ROLE_SYNONYMS.get(kind, {}).items()):
        for rank, phrase in enumerate(words):
            index.setdefault(phrase, []).append((role, order, rank))
    return {phrase: tuple(roles) for phrase, roles in index.items()}


@cache
def _header_matches(name: str, kind: str) -> list[tuple[str, int, int, str]]:
    """(role, order, score, phrase): the whole header scores highest, then its longest phrase."""
    phrases = _phrase_index(kind)
    best: dict[str, tuple[str, int, int, str]] = {}
    exact_only = EXACT_ONLY | EXACT_ONLY_BY_KIND.get(kind, frozenset())
    for role, order, rank in phrases.get(name, ()):
        best[role] = (role, order, 10_000 - rank, name)
    words = name.replace("?", "").split()
    if is_question(name):
        # a survey question ("What is your annual salary, in USD?"): matched on its meaning
        for role, score in _question_meanings(kind, words).items():
            if role not in best:
                best[role] = (role, order_of(kind, role), score, role)
    for size in range(min(len(words), MAX_PHRASE_WORDS), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase == name or len(phrase) <= 2 or phrase in exact_only:
                continue
            for role, order, _ in phrases.get(phrase, ()):
                score = len(phrase)
                if role not in best or best[role][2] < score:
                    best[role] = (role, order, score, phrase)
    if kind == "salary" and EXTRA_PAY_WORDS & set(words) and PAY_WORDS & set(words):
        # pay on top of the base is the bonus, never the base or the total
        best = {role: found for role, found in best.items() if role not in ("base", "total")}
        best["bonus"] = ("bonus", order_of(kind, "bonus"), 9_000, name)
    return list(best.values())


def is_question(name: str) -> bool:
    """Whether a normalized header is a survey question: long, with a question mark, or led by
    a question word (`¿En qué trabajas?`, `Dónde estás trabajando`, `In which city...`)."""
    words = name.replace("?", "").split()
    return (
        len(words) >= QUESTION_WORDS
        or (name.endswith("?") and len(words) > 1)
        or bool(QUESTION_STARTS & set(words[:2]) and len(words) > 1)
    )


def _question_meanings(kind: str, words: list[str]) -> dict[str, int]:
    """The roles a question's words mean, with their strength: a noun (salary, company) 1, a
    verb of working 0; a question asked "where" is about the place alone."""
    meanings = QUESTION_MEANINGS.get(kind, {})
    if QUESTION_WHERE & set(words) and "location" in meanings:
        return {"location": 1}
    found = {role: 1 for role, keywords in meanings.items() if keywords & set(words)}
    # `¿Cuántas horas trabajas?`, `¿En qué sector trabajas?` ask about hours or the field
    counted = (NOT_PAY_WORDS | QUESTION_NOT_WORK) & set(words)
    if "role" in meanings and "role" not in found and QUESTION_WORK & set(words) and not counted:
        found["role"] = 0
    return found


def header_roles(kind: str, header: str) -> frozenset[str]:
    """Every role of `kind` the header could play, best-named or not ("E-mail 2 Address")."""
    return frozenset(match[0] for match in _header_matches(normalize_header(header), kind))


def order_of(kind: str, role: str) -> int:
    """A role's position among its kind's roles."""
    return list(ROLE_SYNONYMS.get(kind, {})).index(role)


def _role_order(kind: str) -> list[str]:
    order = []
    for role in ROLE_SYNONYMS.get(kind, {}):
        order.append(role)
        if kind == "salary" and role in MONEY_ROLES:
            order.append(HOURLY_PREFIX + role)
    return order


def pay_role(roles: dict[str, str]) -> str | None:
    """The role a pay summary should use, if the table has one."""
    return next((role for role in PAY_PREFERENCE if role in roles), None)


FEW_ROLES = 4


def shown_roles(kind: str, assigned: Collection[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The roles of `kind` worth showing first (those given a column, topped up to a few in the
    kind's order) and the rest, kept under "More"."""
    roles = tuple(ROLE_SYNONYMS.get(kind, {}))
    first = [r for r in roles if r in assigned]
    first += [r for r in roles if r not in first][: max(0, FEW_ROLES - len(first))]
    return tuple(r for r in roles if r in first), tuple(r for r in roles if r not in first)
