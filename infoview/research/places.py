"""Places as evidence: the country a place names, and so the currency its pay is in."""

from __future__ import annotations

import re

import pandas as pd

from infoview.research.clean import each_distinct
from infoview.research.headers import normalize_header
from infoview.research.vocabulary import COUNTRY_WORDS

# US states and territories (folded to lower-case ASCII words) -> their postal codes;
# territories pay in US dollars too.
US_STATE_CODE = {
    "alabama": "AL",
    "alaska": "AK",
    "arizona": "AZ",
    "arkansas": "AR",
    "california": "CA",
    "colorado": "CO",
    "connecticut": "CT",
    "delaware": "DE",
    "florida": "FL",
    "georgia": "GA",
    "hawaii": "HI",
    "idaho": "ID",
    "illinois": "IL",
    "indiana": "IN",
    "iowa": "IA",
    "kansas": "KS",
    "kentucky": "KY",
    "louisiana": "LA",
    "maine": "ME",
    "maryland": "MD",
    "massachusetts": "MA",
    "michigan": "MI",
    "minnesota": "MN",
    "mississippi": "MS",
    "missouri": "MO",
    "montana": "MT",
    "nebraska": "NE",
    "nevada": "NV",
    "new hampshire": "NH",
    "new jersey": "NJ",
    "new mexico": "NM",
    "new york": "NY",
    "north carolina": "NC",
    "north dakota": "ND",
    "ohio": "OH",
    "oklahoma": "OK",
    "oregon": "OR",
    "pennsylvania": "PA",
    "rhode island": "RI",
    "south carolina": "SC",
    "south dakota": "SD",
    "tennessee": "TN",
    "texas": "TX",
    "utah": "UT",
    "vermont": "VT",
    "virginia": "VA",
    "washington": "WA",
    "west virginia": "WV",
    "wisconsin": "WI",
    "wyoming": "WY",
    "district of columbia": "DC",
    "puerto rico": "PR",
    "guam": "GU",
    "virgin islands": "VI",
    "u s virgin islands": "VI",
    "northern mariana islands": "MP",
    "american samoa": "AS",
}
US_STATES = "|".join(US_STATE_CODE)
US_STATE_CODES = "|".join(dict.fromkeys(US_STATE_CODE.values()))
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


def row_currencies(
    frame: pd.DataFrame, place_columns: list[str], employers: str | None = None
) -> pd.Series | None:
    """Each row's currency as its places imply (a country column first), then as the place a
    public employer is the government of ("Texas Department of Transportation"); None where
    none do."""
    found: pd.Series | None = None
    public = None if employers is None else employer_places(frame[employers])
    if public is not None:
        found = public.map(lambda place: place_currency(place) if place else None)
    countries = [c for c in frame.columns if COUNTRY_WORDS & set(normalize_header(c).split())]
    ordered = countries + [c for c in place_columns if c not in countries]
    for column in ordered:
        country = column in countries
        currency = each_distinct(frame[column], lambda place, c=country: place_currency(place, c))
        found = currency if found is None else found.where(found.notna(), currency)
    return found


# Words of a header that names a town or city: the finest place a pay table usually gives.
CITY_HEADER_WORDS = frozenset(
    {"city", "town", "municipality", "locality", "ciudad", "ville", "stadt", "cidade", "citta"}
)
# Below this share of places found, a column's values do not say it is at one level.
PLACE_SHARE = 0.6


def place_level(values: pd.Series) -> str:
    """`country`, `state` or "" (finer or unknown) for a column of places, from its values."""
    distinct = pd.Series(values.astype(str).str.strip().unique())
    distinct = distinct[distinct.ne("")]
    if distinct.empty:
        return ""
    folded = distinct.map(normalize_header)
    states = distinct.str.fullmatch(US_STATE_CODES) | folded.str.match(_US_STATE)
    if states.mean() >= PLACE_SHARE:
        return "state"
    countries = folded.map(lambda f: len(f) > 3 and f in COUNTRY_CURRENCY)
    if countries.mean() >= PLACE_SHARE:
        return "country"
    return ""


def city_column(body: pd.DataFrame, roles: dict[str, str]) -> str | None:
    """A column of towns beside a location column of states or countries, or None.

    Class: tables with a city column and a state (or country) column, such as a survey's
    "City" and "State" answers or an HR roster's office city and state: the city is the most
    specific place, said with its state ("Austin, TX").
    """
    location = roles.get("location")
    if location is None or place_level(body[location]) == "":
        return None
    taken = set(roles.values())
    for header in body.columns:
        if header in taken or not CITY_HEADER_WORDS & set(normalize_header(header).split()):
            continue
        cells = body[header].astype(str).str.strip()
        filled = cells[cells.ne("")]
        numbers = pd.to_numeric(filled.str.replace(",", ""), errors="coerce")
        if not filled.empty and numbers.isna().mean() >= PLACE_SHARE:
            return header
    return None


def with_region(city: pd.Series, region: pd.Series) -> pd.Series:
    """`Austin` and `TX` -> `Austin, TX`; a city that already names its region, or a blank
    one, as it is (the region alone where the city is blank)."""
    pairs = pd.DataFrame({"city": city.astype(str).str.strip(), "region": region.astype(str)})
    pairs["region"] = pairs["region"].str.strip()
    distinct = pairs.drop_duplicates()

    def joined(c: str, r: str) -> str:
        if not c or not r or normalize_header(c).endswith(normalize_header(r)):
            return c or r
        return f"{c}, {r}"

    said = {(c, r): joined(c, r) for c, r in distinct.itertuples(index=False)}
    return pd.Series(
        [said[pair] for pair in zip(pairs["city"], pairs["region"], strict=True)],
        index=city.index,
        dtype=object,
    )


_LAST_PART = re.compile(r",\s*(?P<region>[^,]+?)\s*$")


def one_state_spelling(places: pd.Series) -> pd.Series:
    """`Dallas, Texas` as `Dallas, TX` where other places of the column give their state's
    postal code: one place, one spelling, so its pay is one figure."""
    coded = each_distinct(places, lambda place: _state_part(str(place))[1] == "code")
    if not coded.any():
        return places
    return each_distinct(places, lambda place: _with_state_code(str(place)))


def _state_part(place: str) -> tuple[re.Match | None, str]:
    """The last part of a `City, State` place, and whether it is a state's `code`, its
    `name` or neither ("")."""
    found = _LAST_PART.search(place)
    if found is None:
        return None, ""
    if _US_CODE.match(found["region"]):
        return found, "code"
    return found, "name" if normalize_header(found["region"]) in US_STATE_CODE else ""


def _with_state_code(place: str) -> str:
    found, spelling = _state_part(place)
    if spelling != "name":
        return place
    return place[: found.start("region")] + US_STATE_CODE[normalize_header(found["region"])]


def regions(places: pd.Series) -> pd.Series:
    """The state or country a `City, ST` place sits in ("" when it names none): the place a
    figure for several of its cities is said for."""

    def region(place: str) -> str:
        found = _LAST_PART.search(place)
        if found is None:
            return ""
        last = found["region"]
        folded = normalize_header(last)
        if _US_CODE.match(last) or _US_STATE.match(folded) or folded in COUNTRY_CURRENCY:
            return last
        return ""

    return each_distinct(places, lambda place: region(str(place)))


# Class: public-sector payrolls and equity reports whose employer column is a government or
# one of its agencies ("City of Austin", "Austin, City of", "Cook County", "Texas Department
# of Transportation"): the employer is the place the pay is for.
_GOVERNMENT_OF = re.compile(
    r"^(?:the\s+)?(?P<kind>city|town|village|county|state|commonwealth|borough|municipality"
    r"|parish|district)\s+of\s+(?P<place>[^,()\-–]+?)\s*(?:[,(\-–].*)?$",
    re.I,
)
_PLACE_COMMA_GOVERNMENT = re.compile(
    r"^(?P<place>[^,]+?),\s*(?P<kind>city|town|village|county|state)\s+of\s*$", re.I
)
_PLACE_GOVERNMENT = re.compile(r"^(?P<place>[^,()]+?\s(?:county|parish|borough))\s*$", re.I)
_PUBLIC_WORDS = re.compile(
    r"\b(?:department|dept|agency|commission|authority|board|office|division|bureau|council"
    r"|administration|services|comptroller|treasury|courts?|legislature|attorney|secretary"
    r"|university|college|police|transportation|health|education)\b",
    re.I,
)
_STATE_AT_START = re.compile(rf"^(?:the\s+)?(?P<state>{US_STATES})\b", re.I)


def government_place(employer: str) -> str:
    """The place a public employer is the government of ("" when it names none)."""
    text = " ".join(str(employer).split())
    found = _GOVERNMENT_OF.match(text) or _PLACE_COMMA_GOVERNMENT.match(text)
    if found:
        place = found["place"].strip()
        return f"{place} County" if found["kind"].lower() == "county" else place
    found = _PLACE_GOVERNMENT.match(text)
    if found:
        return found["place"]
    found = _STATE_AT_START.match(text)
    if found and _PUBLIC_WORDS.search(text[found.end() :]):
        return found["state"].title()
    return ""


def employer_places(employers: pd.Series) -> pd.Series | None:
    """Each row's place from an employer column that names governments, or None when the
    column's values mostly do not. Rows of an agency that names no place ("Office of the
    Attorney General") take the one place every other agency names, when there is one."""
    cells = employers.astype(str).str.strip()
    distinct = pd.Series(cells[cells.ne("")].unique())
    if distinct.empty:
        return None
    places = distinct.map(government_place)
    if places.ne("").mean() < PLACE_SHARE:
        return None
    found = cells.map(dict(zip(distinct, places, strict=True))).fillna("")
    named = set(places[places.ne("")])
    if len(named) == 1:
        found = found.where(found.ne("") | cells.eq(""), named.pop())
    return found
