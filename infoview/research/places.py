"""Places as evidence: the country a place names, and so the currency its pay is in."""

from __future__ import annotations

import re

import pandas as pd

from infoview.research.headers import normalize_header
from infoview.research.vocabulary import COUNTRY_WORDS

US_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia"
    "|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts"
    "|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey"
    "|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania"
    "|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington"
    "|west virginia|wisconsin|wyoming|district of columbia"
    # territories pay in US dollars too
    "|puerto rico|guam|virgin islands|u s virgin islands|northern mariana islands|american samoa"
)
US_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|GU|VI|MP|AS"
)
# Country names (folded to lower-case ASCII words) and ISO codes -> the currency paid there.
COUNTRY_CURRENCY = {
    **dict.fromkeys(
        ("united states", "united states of america", "usa", "us", "u s", "u s a", "america")
        + ("estados unidos", "eeuu", "ee uu", "eua", "etats unis", "vereinigte staaten")
        + ("stati uniti", "puerto rico", "ecuador", "el salvador", "panama"),
        "USD",
    ),
    **dict.fromkeys(("canada", "ca", "can", "kanada"), "CAD"),
    **dict.fromkeys(
        ("united kingdom", "uk", "gb", "gbr", "great britain", "england", "scotland", "wales")
        + ("northern ireland", "reino unido", "royaume uni", "vereinigtes konigreich")
        + ("regno unito", "inglaterra", "angleterre"),
        "GBP",
    ),
    **dict.fromkeys(
        ("germany", "deutschland", "de", "deu", "alemania", "allemagne", "germania")
        + ("france", "fr", "fra", "francia", "frankreich", "spain", "espana", "es", "esp")
        + ("espagne", "spanien", "italy", "italia", "it", "ita", "italie", "italien")
        + ("netherlands", "nl", "nld", "the netherlands", "holland", "paises bajos")
        + ("niederlande", "belgium", "be", "belgique", "belgien", "austria", "at", "osterreich")
        + ("ireland", "ie", "portugal", "pt", "prt", "finland", "fi", "greece", "gr")
        + ("luxembourg", "lu", "slovakia", "sk", "slovenia", "si", "estonia", "ee", "latvia")
        + ("lv", "lithuania", "lt", "croatia", "hr", "cyprus", "cy", "malta", "mt")
        + ("alemanha", "franca", "espanha", "spagna", "italien", "portogallo", "irlanda")
        + ("irland", "irlande", "belgica", "belgio", "holanda", "paesi bassi", "pays bas"),
        "EUR",
    ),
    **dict.fromkeys(("india", "in", "ind", "bharat", "inde", "indien"), "INR"),
    **dict.fromkeys(("australia", "au", "aus"), "AUD"),
    **dict.fromkeys(("new zealand", "nz", "nzl"), "NZD"),
    **dict.fromkeys(("brazil", "brasil", "br", "bra", "bresil", "brasilien", "brasile"), "BRL"),
    **dict.fromkeys(("argentina", "ar", "arg", "argentine"), "ARS"),
    **dict.fromkeys(("mexico", "mx", "mex"), "MXN"),
    **dict.fromkeys(("chile", "cl"), "CLP"),
    **dict.fromkeys(("colombia", "co", "col"), "COP"),
    **dict.fromkeys(("peru", "pe"), "PEN"),
    **dict.fromkeys(("uruguay", "uy"), "UYU"),
    **dict.fromkeys(("paraguay", "py"), "PYG"),
    **dict.fromkeys(("bolivia", "bo"), "BOB"),
    **dict.fromkeys(("venezuela", "ve"), "VES"),
    **dict.fromkeys(("costa rica", "cr"), "CRC"),
    **dict.fromkeys(("guatemala", "gt"), "GTQ"),
    **dict.fromkeys(("republica dominicana", "dominican republic", "do"), "DOP"),
    **dict.fromkeys(("japan", "jp", "jpn", "japon", "japao", "giappone"), "JPY"),
    **dict.fromkeys(
        ("switzerland", "ch", "che", "schweiz", "suisse", "svizzera", "suiza", "suica"), "CHF"
    ),
    **dict.fromkeys(("sweden", "se", "swe", "sverige"), "SEK"),
    **dict.fromkeys(("norway", "no", "nor", "norge"), "NOK"),
    **dict.fromkeys(("denmark", "dk", "dnk", "danmark"), "DKK"),
    **dict.fromkeys(("poland", "pl", "pol", "polska"), "PLN"),
    **dict.fromkeys(("south africa", "za", "zaf"), "ZAR"),
    **dict.fromkeys(("singapore", "sg", "sgp"), "SGD"),
    **dict.fromkeys(("hong kong", "hk"), "HKD"),
    **dict.fromkeys(("china", "cn", "chn"), "CNY"),
    **dict.fromkeys(("israel", "il", "isr"), "ILS"),
    **dict.fromkeys(("nigeria", "ng"), "NGN"),
    **dict.fromkeys(("pakistan", "pk"), "PKR"),
    **dict.fromkeys(("philippines", "ph"), "PHP"),
    **dict.fromkeys(("turkey", "turkiye", "tr"), "TRY"),
    **dict.fromkeys(("russia", "russian federation", "ru"), "RUB"),
    **dict.fromkeys(("ukraine", "ua"), "UAH"),
    **dict.fromkeys(("czech republic", "czechia", "cz"), "CZK"),
    **dict.fromkeys(("hungary", "hu"), "HUF"),
    **dict.fromkeys(("romania", "ro"), "RON"),
    **dict.fromkeys(("south korea", "korea", "kr"), "KRW"),
    **dict.fromkeys(("indonesia", "id"), "IDR"),
    **dict.fromkeys(("egypt", "eg"), "EGP"),
    **dict.fromkeys(("kenya", "ke"), "KES"),
    **dict.fromkeys(("united arab emirates", "uae", "ae"), "AED"),
}
_US_STATE = re.compile(rf"^(?:{US_STATES})$")
_US_CODE = re.compile(rf"^(?:{US_STATE_CODES})$")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")


def place_currency(place: str, country_column: bool = False) -> str | None:
    """The currency paid in the place a cell names (`Seattle, WA`, `Berlin, Germany`, `US`).

    The last comma-separated part decides: a country, a US state or territory (name or code).
    In a country column a two-letter code is an ISO country code (`CA` is Canada there).
    """
    text = _ZIP.sub("", str(place)).strip(" ,")
    if not text:
        return None
    last = text.rsplit(",", 1)[-1].strip()
    folded = normalize_header(last)
    if not country_column and (_US_CODE.match(last) or _US_STATE.match(folded)):
        return "USD"
    return COUNTRY_CURRENCY.get(folded)


def row_currencies(frame: pd.DataFrame, place_columns: list[str]) -> pd.Series | None:
    """Each row's currency as its places imply (a country column first), None where none do."""
    found: pd.Series | None = None
    countries = [c for c in frame.columns if COUNTRY_WORDS & set(normalize_header(c).split())]
    ordered = countries + [c for c in place_columns if c not in countries]
    for column in ordered:
        text = frame[column]
        unique = text.unique()
        country = column in countries
        read = dict(zip(unique, (place_currency(v, country) for v in unique), strict=True))
        currency = text.map(read)
        found = currency if found is None else found.where(found.notna(), currency)
    return found
