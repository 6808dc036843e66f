"""Who writes, who receives, and the draft itself with its word count and mailto link."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from infoview.profile import Profile
from infoview.seeker import Seeker

__all__ = ["Contact", "Draft", "Seeker", "count_words", "mailto_url"]


@dataclass(frozen=True)
class Contact:
    """The person a draft goes to; `referred_by` is who pointed the seeker to them."""

    name: str = ""
    organization: str = ""
    title: str = ""
    email: str = ""
    referred_by: str = ""

    @classmethod
    def for_draft(cls, kind: str, profile: Profile) -> Contact:
        """Whom a draft goes to by default: the interviewee, or for a referral approach, someone
        new whom the interviewee suggested."""
        if kind == "referral":
            return cls(referred_by=profile.name)
        return cls(
            name=profile.name,
            organization=profile.organization,
            title=profile.title,
            referred_by=profile.referred_by,
        )


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of non-space characters."""
    return len(text.split())


@dataclass(frozen=True)
class Draft:
    """A message to send; `word_limit` (when set) is the count the body must stay under."""

    kind: str
    subject: str
    body: str
    word_limit: int | None = None

    @property
    def word_count(self) -> int:
        return count_words(self.body)

    @property
    def within_limit(self) -> bool:
        return self.word_limit is None or self.word_count < self.word_limit

    def mailto(self, to: str = "") -> str:
        """A link that opens this draft in the user's mail program."""
        return mailto_url(to, self.subject, self.body)

    @property
    def text(self) -> str:
        """What the command line prints: the subject line, a blank line, the body."""
        return f"Subject: {self.subject}\n\n{self.body}"


def mailto_url(to: str, subject: str, body: str) -> str:
    """A `mailto:` link (RFC 6068): every reserved character encoded, line breaks as CRLF."""
    crlf_body = "\r\n".join(body.splitlines())
    query = f"subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"
    return f"mailto:{quote(to.strip(), safe='@')}?{query}"
