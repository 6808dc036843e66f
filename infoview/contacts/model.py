"""A contact on the seeker's research list: who, where, how they know them, what is next."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from infoview.errors import InfoViewError

TO_CONTACT, CONTACTED, MET = "to contact", "contacted", "met"
STATUSES = (TO_CONTACT, CONTACTED, MET)
TYPED = "typed"
FROM_LOG = "interview log"


class ContactError(InfoViewError):
    """A contact that cannot be kept as given; the message says what to fix."""


@dataclass(frozen=True)
class Contact:
    """Someone the seeker knows or was told about.

    `how_known` says how the seeker knows them ("connected on 2026-01-01"); `referred_by` names
    who suggested them; `source` is where the contact came from (a file, "typed", the log)."""

    name: str
    organization: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    link: str = ""
    how_known: str = ""
    status: str = TO_CONTACT
    referred_by: str = ""
    source: str = TYPED

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ContactError("A contact needs a name: type the person's name.")
        if self.status not in STATUSES:
            raise ContactError(
                f'Status "{self.status}" is not one of {", ".join(STATUSES)}; pick one of those.'
            )

    @property
    def id(self) -> str:
        """One person, one id: their name, organization and profile link, however cased."""
        key = f"{folded(self.name)}|{folded(self.organization)}|{self.link.strip().lower()}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def same_person(self, other: Contact) -> bool:
        """The same name, organizations that agree (or one blank), and no e-mail or profile
        link that tells them apart (two people of one name at one organization)."""
        if folded(self.name) != folded(other.name):
            return False
        for mine, theirs in (
            (self.organization, other.organization),
            (self.email, other.email),
            (self.link, other.link),
        ):
            if mine and theirs and folded(mine) != folded(theirs):
                return False
        return True

    @property
    def status_label(self) -> str:
        """`to contact`, `contacted`, `met`, or `referred by Priya Shah` for a referral still to
        contact."""
        if self.status == TO_CONTACT and self.referred_by:
            return f"referred by {self.referred_by}"
        return self.status

    def merged(self, other: Contact) -> Contact:
        """This contact with the blanks filled from `other` (the same person read again)."""
        fields = {}
        for name in ("organization", "position", "email", "phone", "link", "how_known"):
            fields[name] = getattr(self, name) or getattr(other, name)
        referred_by = self.referred_by or other.referred_by
        # what happened since is kept: met beats contacted beats to contact
        status = max(self.status, other.status, key=STATUSES.index)
        return Contact(
            self.name, **fields, status=status, referred_by=referred_by, source=self.source
        )

    def to_dict(self) -> dict:
        """The JSON shape of `contacts list --json`."""
        return {
            "id": self.id,
            "name": self.name,
            "organization": self.organization,
            "position": self.position,
            "email": self.email,
            "phone": self.phone,
            "link": self.link,
            "how_known": self.how_known,
            "status": self.status_label,
            "referred_by": self.referred_by,
            "source": self.source,
        }


_MARKS = re.compile("[\u0300-\u036f]")


def folded(text: str) -> str:
    """`text` for comparing names: case, accents and spacing ignored (Jose = José)."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.casefold().split())


def unique(contacts: Iterable[Contact]) -> list[Contact]:
    """Each person once, in first-seen order, blanks filled from their later copies."""
    kept: list[Contact] = []
    by_name: dict[str, list[int]] = {}
    for contact in contacts:
        key = folded(contact.name)
        same = by_name.get(key)
        match = None
        if same is None:
            by_name[key] = same = []
        else:
            match = next((i for i in same if kept[i].same_person(contact)), None)
        if match is None:
            same.append(len(kept))
            kept.append(contact)
        else:
            kept[match] = kept[match].merged(contact)
    return kept
