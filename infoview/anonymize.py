"""What later sheets must not reveal, and the scrubber that rewrites text without it.

Only text built from what interviews said goes through `Secrets.scrub`: talking points and the
new findings typed in the log. Questions, hypotheses and referral closes come from the seeker's
own research and are shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

import phonenumbers
from gender_guesser.detector import Detector

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_REGION = "US"  # numbers without a country code are read as North American; "+" works for all
NAME_PART_MIN = 3
PERSON, PEOPLE = "someone", "two people"
WITHHELD_ORG, WITHHELD_CONTACT = "an organization I keep unnamed", "contact details withheld"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“(‘']\s*)$")
_QUESTION_END = re.compile(r"[^.!?]*\?")
# A personal name nobody logged: a title with a surname ("Dr. Chu"), or a first name followed
# by a capitalized word ("Alan Chu", "Priya K."). First names come from gender-guesser's list of
# given names across countries, so "New York" or "Chief Officer" are never taken for people.
_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-Z][\w'-]+")
_NAME_PAIR = re.compile(
    r"(?=\b(?P<name>(?P<first>[A-Z][a-z'-]+)\s+(?:[A-Z][a-z][\w'-]*|[A-Z]\.(?:\s+[A-Z][a-z][\w'-]*)?)))"
)
# Words the list of given names also holds that mostly are not names in a sentence.
_NOT_GIVEN = frozenset(
    [
        "the",
        "my",
        "in",
        "an",
        "a",
        "our",
        "will",
        "may",
        "vice",
        "march",
        "april",
        "june",
        "august",
        "jan",
        "grace",
        "page",
        "per",
        "north",
        "south",
        "east",
        "west",
        "new",
    ]
)


@dataclass(frozen=True)
class Secrets:
    """What scrubbed text may not contain: people's names, their contact details, confidential
    employers; `allowed` names (a sheet's own interviewee and referrer) stay."""

    people: tuple[str, ...]
    organizations: tuple[str, ...]
    allowed: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()

    def scrub(self, text: str) -> str:
        """The text with every secret replaced by a general phrase, still reading as a sentence."""
        text = _withhold(text, [m.span() for m in EMAIL.finditer(text)])
        text = _withhold(text, _phone_spans(text))
        # A secret is looked for only when its text is there at all: a workspace may keep
        # thousands of contacts, and a talking point is one sentence.
        for contact in _present(self.contacts, text):
            text = _withhold(text, _spans(text, contact, ignore_case=True))
        for organization in _present(self.organizations, text):
            text = _replace(text, _spans(text, organization, ignore_case=True), WITHHELD_ORG)
        for person in _present(self.people, text):
            text = _replace(text, _spans(text, person, ignore_case=True), PERSON)
        words = set(re.findall(r"\w+", text))
        for part in sorted((self.name_parts & words) - _name_parts(self.allowed)):
            # A lone first or last name only when capitalised and not opening a question, so
            # "will" in a sentence and "Will AI take over?" survive a referral named Will Chen.
            spans = [
                s for s in _spans(text, part, ignore_case=False) if not _opens_question(text, s)
            ]
            text = _replace(text, spans, PERSON)
        return _tidy(_replace(text, self._unlogged_names(text), PERSON))

    def _unlogged_names(self, text: str) -> list[tuple[int, int]]:
        """Spans of personal names the log does not know, except the names allowed here."""
        kept = {name.lower() for name in self.allowed}
        spans = [m.span() for m in _TITLED.finditer(text)]
        for match in _NAME_PAIR.finditer(text):
            span = match.span("name")
            given = match["first"].lower() not in _NOT_GIVEN
            overlaps = any(span[0] < end and start < span[1] for start, end in spans)
            if given and not overlaps and is_given_name(match["first"]):
                spans.append(span)
        return sorted(s for s in spans if text[s[0] : s[1]].rstrip(".").lower() not in kept)

    @cached_property
    def name_parts(self) -> frozenset[str]:
        """First and last names of the people, worked out once per Secrets."""
        return frozenset(_name_parts(self.people))

    def excluding(self, profile) -> Secrets:
        """Without a sheet's own interviewee, referrer and organization, which it may name."""
        own = (profile.name.strip(), profile.referred_by.strip())
        lowered = {name.lower() for name in own if name}
        organization = profile.organization.strip().lower()
        return Secrets(
            people=tuple(p for p in self.people if p.lower() not in lowered),
            organizations=tuple(o for o in self.organizations if o.lower() != organization),
            allowed=tuple(name for name in own if name),
            contacts=self.contacts,
        )


def secrets_of(interviews: Iterable, profiles: Iterable = (), listed: Iterable = ()) -> Secrets:
    """Every name and contact in the log, the profiles and the contacts `listed` on the
    research list, and the organizations kept secret."""
    profiles, listed = list(profiles), list(listed)
    people = {p.name for p in profiles} | {p.referred_by for p in profiles}
    people |= {c.name for c in listed} | {c.referred_by for c in listed}
    organizations = set()
    contacts = {detail for c in listed for detail in (c.email, c.phone, c.link)}
    for interview in interviews:
        people |= {interview.profile.name, interview.profile.referred_by}
        people |= {r.name for r in interview.referrals}
        contacts |= {r.contact for r in interview.referrals}
        if interview.confidential:
            organizations.add(interview.profile.organization)
    return Secrets(
        people=_longest_first(people),
        organizations=_longest_first(organizations),
        contacts=_longest_first(contacts),
    )


def _present(values: tuple[str, ...], text: str) -> list[str]:
    lowered = text.casefold()
    return [v for v in values if v.casefold() in lowered]


def _longest_first(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({v.strip() for v in values if v.strip()}, key=lambda v: (-len(v), v)))


def _name_parts(people: Iterable[str]) -> set[str]:
    return {
        part
        for person in people
        if "@" not in person
        for part in re.split(r"[\s,]+", person)
        if len(part) >= NAME_PART_MIN and part[:1].isupper()
    }


def _spans(text: str, term: str, ignore_case: bool) -> list[tuple[int, int]]:
    pattern = rf"(?<!\w){re.escape(term)}(?!\w)"
    flags = re.IGNORECASE if ignore_case else 0
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _phone_spans(text: str) -> list[tuple[int, int]]:
    matcher = phonenumbers.PhoneNumberMatcher(
        text, PHONE_REGION, leniency=phonenumbers.Leniency.POSSIBLE
    )
    return [(m.start, m.end) for m in matcher]


def _opens_question(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    return bool(_SENTENCE_START.search(text[:start])) and bool(_QUESTION_END.match(text, end))


def _replace(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    """Replace each span, capitalised where it opens a sentence."""
    for start, end in reversed(spans):
        at_start = start == 0 or re.search(r"[.!?]\s+$|^\s*$", text[:start])
        said = replacement[:1].upper() + replacement[1:] if at_start else replacement
        text = text[:start] + said + text[end:]
    return text


def _withhold(text: str, spans: list[tuple[int, int]]) -> str:
    """Contact details replaced by a note, in parentheses unless they already are."""
    for start, end in reversed(spans):
        wrapped = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
        note = WITHHELD_CONTACT if wrapped else f"({WITHHELD_CONTACT})"
        text = text[:start] + note + text[end:]
    return text


def _tidy(text: str) -> str:
    """`someone and someone` reads `two people`; `someone (someone)` reads `someone`."""
    for person in (PERSON, PERSON.capitalize()):
        plural = PEOPLE if person == PERSON else PEOPLE.capitalize()
        text = re.sub(rf"(?<!\w){person} (?:and|or|&) {PERSON}(?!\w)", plural, text)
        text = re.sub(rf"(?<!\w){person} \({PERSON}\)", person, text)
    return text


@cache  # the list of given names takes a quarter second to load: only when a text needs it
def _given_names() -> Detector:
    return Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """Whether `word` is a given name people have ("Elon", "Ana"; not "Amazon")."""
    return _given_names().get_gender(word) != "unknown"
