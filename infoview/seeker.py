"""The job seeker (About me): who they are, what work they are exploring and where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from infoview.errors import OutreachError
from infoview.occupations import Placement, classify, from_label, group, placed
from infoview.research.vocabulary import CURRENCY_NAMES, DEFAULT_CURRENCY
from infoview.spelling import DEFAULT_ENGLISH, ENGLISHES

LINK_SCHEMES = ("https://", "http://")
SEEKER_DOCUMENT = "outreach_seeker"  # the workspace document keeping About me


@dataclass(frozen=True)
class Seeker:
    """The seeker: name, a one-line background, a profile link, the occupations they are
    exploring (SOC codes, best first), the place they want to work in, the English their
    sheets and drafts are spelled in ("us" or "uk") and the currency of amounts their files
    do not state one for (an ISO code)."""

    name: str = ""
    background: str = ""
    profile_link: str = ""
    targets: tuple[str, ...] = ()
    place: str = ""
    english: str = DEFAULT_ENGLISH
    currency: str = DEFAULT_CURRENCY

    def __post_init__(self) -> None:
        if self.english not in ENGLISHES:
            raise OutreachError(
                f'English "{self.english}" is not one we spell in: use {" or ".join(ENGLISHES)}.'
            )
        if self.currency not in CURRENCY_NAMES:
            raise OutreachError(
                f'Currency "{self.currency}" is not one InfoView knows: use a code such as '
                f"{', '.join(sorted(CURRENCY_NAMES)[:4])}."
            )
        link = self.profile_link
        if link and not link.lower().startswith(LINK_SCHEMES):
            raise OutreachError(
                f'Profile link "{link}" must start with https:// so it opens when clicked, '
                f"e.g. https://{link}."
            )
        # kept as a JSON list in the workspace: read back as the tuple it was
        object.__setattr__(self, "targets", tuple(self.targets))
        unknown = [code for code in self.targets if group(code) is None]
        if unknown:
            raise OutreachError(
                f'Target occupation "{unknown[0]}" is not a 2018 SOC code: pick one from the '
                "occupation search."
            )

    @property
    def target_placements(self) -> tuple[Placement, ...]:
        """The occupations they are exploring, placed in the map."""
        return tuple(placed(code) for code in self.targets)

    @property
    def background_placement(self) -> Placement:
        """Where their background sits in the map (unknown when it names no work)."""
        return classify(self.background) if self.background.strip() else Placement("")


def stored_seeker(document: dict | None) -> Seeker:
    """The seeker as the workspace keeps them (`SEEKER_DOCUMENT`); nobody yet when None. A
    spelling or currency InfoView no longer offers is read as the default one."""
    if not document:
        return Seeker()
    return Seeker(
        **{**document, "english": kept_english(document), "currency": kept_currency(document)}
    )


def read_occupation(text: str) -> tuple[str | None, str]:
    """The SOC code of a picked label ("Data Scientists (15-2051)"), a code or a typed title,
    and "" or what to say when it cannot be placed."""
    picked = from_label(text)
    if picked:
        return picked, ""
    found = classify(text)
    if found.known:
        return found.code, ""
    return None, f"We could not place “{text}”: pick the closest occupation."


def target_codes(texts: Iterable[str], flag: str = "") -> tuple[str, ...]:
    """The SOC codes of the target occupations named in `texts`, once each, in order; an
    OutreachError (for option `flag`) names the first that names no work."""
    codes: list[str] = []
    for text in texts:
        code, problem = read_occupation(text)
        if problem:
            raise OutreachError(problem, flag)
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def kept_currency(document: object | None) -> str:
    """The currency kept with About me in a workspace's seeker document (USD when none)."""
    chosen = document.get("currency") if isinstance(document, dict) else None
    return chosen if chosen in CURRENCY_NAMES else DEFAULT_CURRENCY


def kept_english(document: object | None) -> str:
    """The English kept with About me in a workspace's seeker document ("us" when none)."""
    chosen = document.get("english") if isinstance(document, dict) else None
    return chosen if chosen in ENGLISHES else DEFAULT_ENGLISH
