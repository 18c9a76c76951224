"""Country, territory and region names, and finding them in free text (shared by ingest
and the bot: a label ingest reads is a name the planner matches).

The gazetteer is general knowledge, independent of any ingested table: every
country and territory that `pycountry` knows (its names, common and official
names, ``"Korea, Republic of"`` read as ``"Republic of Korea"``), plus the aliases
trade statistics use (``"the Mainland"``, ``"US"``, ``"UK"``, ``"Viet Nam"`` ...)
and a few groupings (``"EU"``, ``"ASEAN"``, ``"Asia"``, ``"Middle East"``,
``"the rest of the world"``).

Each name maps to a *place key* (ISO alpha-3 for countries, an upper-case word
for groupings), so a question's ``"US"`` and a table's ``"USA"`` meet on ``USA``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

# Trade-statistics aliases: place key -> names (matched case-insensitively).
_ALIASES: dict[str, tuple[str, ...]] = {
    "CHN": (
        "china",
        "mainland",
        "the mainland",
        "mainland china",
        "chinese mainland",
        "the chinese mainland",
        "prc",
        "people's republic of china",
        "china mainland",
        "mainland of china",
        "the mainland of china",
        "china (mainland)",
        "mainland, china",
    ),
    "COD": (
        "democratic republic of congo",
        "democratic republic of the congo",
        "dr congo",
        "d.r. congo",
        "dr of congo",
        "drc",
        "congo, dem. rep.",
        "congo, democratic republic of",
        "congo, democratic republic of the",
        "congo (kinshasa)",
        "congo-kinshasa",
        "congo, dr",
    ),
    "COG": ("republic of congo", "congo, rep.", "congo (brazzaville)", "congo-brazzaville"),
    "CIV": ("ivory coast", "cote d'ivoire", "côte d'ivoire", "cote divoire"),
    "USA": (
        "usa",
        "u.s.a.",
        "u.s.",
        "united states",
        "united states of america",
        "the united states",
        "the us",
    ),
    "GBR": ("uk", "u.k.", "britain", "great britain", "united kingdom", "the united kingdom"),
    "KOR": ("korea", "south korea", "republic of korea", "rok", "korea, south"),
    "PRK": ("north korea", "dprk"),
    "TWN": ("taiwan", "chinese taipei", "taiwan, china", "taiwan region"),
    "VNM": ("vietnam", "viet nam", "viet-nam"),
    "HKG": ("hong kong", "hong kong sar", "hksar", "hong kong, china"),
    "MAC": ("macao", "macau", "macao sar", "macau sar"),
    "ARE": ("uae", "u.a.e.", "the emirates", "united arab emirates"),
    "RUS": ("russia",),
    "TUR": ("turkey", "turkiye"),
    "CZE": ("czech republic", "czechia"),
    "NLD": ("netherlands", "the netherlands", "holland"),
    "IRN": ("iran",),
    "LAO": ("laos", "lao pdr"),
    "BRN": ("brunei",),
    "MMR": ("myanmar", "burma"),
    "PHL": ("philippines", "the philippines"),
    "IND": ("india",),
    "SAU": ("saudi arabia", "saudi"),
    "CHE": ("switzerland",),
    "DEU": ("germany",),
    "EU": (
        "eu",
        "european union",
        "the eu",
        "eu-27",
        "eu27",
        "eu member states",
        "eu member countries",
        "eu countries",
        "member states of the eu",
        "european union member states",
    ),
    "ASEAN": ("asean", "southeast asia", "south-east asia", "south east asia"),
    "ASIA": ("asia",),
    "MIDDLE_EAST": ("middle east", "the middle east", "middle eastern"),
    "EUROPE": ("europe",),
    "AFRICA": ("africa",),
    "LATIN_AMERICA": ("latin america", "south america", "central and south america"),
    "NORTH_AMERICA": ("north america",),
    "OCEANIA": ("oceania",),
    "WORLD": ("world", "the world", "all markets", "all destinations", "all partners"),
    "REST_OF_WORLD": ("rest of the world", "rest of world", "the rest of the world"),
    "EAST_ASIA": ("east asia", "eastern asia", "northeast asia", "north-east asia"),
    "SOUTH_ASIA": ("south asia", "southern asia"),
    "CENTRAL_ASIA": ("central asia",),
    "WEST_ASIA": ("west asia", "western asia"),
    "WESTERN_EUROPE": ("western europe", "west europe"),
    "EASTERN_EUROPE": ("eastern europe", "central and eastern europe", "east europe"),
    "NORTHERN_EUROPE": ("northern europe",),
    "SOUTHERN_EUROPE": ("southern europe",),
    "CENTRAL_AMERICA": ("central america",),
    "CARIBBEAN": ("caribbean", "the caribbean"),
    "SUB_SAHARAN_AFRICA": ("sub-saharan africa", "sub saharan africa"),
    "NORTH_AFRICA": ("north africa", "northern africa"),
    "GCC": (
        "gcc",
        "gulf cooperation council",
        "gulf states",
        "g.c.c.",
        "g.c.c. countries",
        "gcc countries",
        "gcc states",
        "the gcc states",
        "gulf cooperation council countries",
    ),
    "OPEC": ("opec",),
    "BRICS": ("brics",),
    "RCEP": ("rcep",),
    "APEC": ("apec",),
    "G7": ("g7", "g-7", "group of seven"),
    "CIS": ("commonwealth of independent states",),
    # "America" alone is a continent in trade tables (SARS: Africa, America, Asia ...)
    "AMERICAS": ("americas", "the americas", "america"),
    "EXTRA_EU": (
        "extra-eu",
        "extra eu",
        "non-eu countries",
        "outside the eu",
        "non-eu",
        "non eu",
        "extra-eu27",
        "extra-eu27 (from 2020)",
        "non-eu27",
        # EU statistics' word for the countries outside the Union
        "third countries",
        "non-eu third countries",
    ),
    "INTRA_EU": ("intra-eu", "intra eu"),
    "EURO_AREA": ("euro area", "eurozone", "euro zone"),
}
# Short codes that are also English words: matched only in upper case.
_CASED: dict[str, str] = {"US": "USA", "U.S.": "USA", "HK": "HKG", "UK": "GBR", "EU": "EU"}
_GROUP_NAMES: dict[str, str] = {
    "EU": "European Union",
    "ASEAN": "ASEAN",
    "ASIA": "Asia",
    "MIDDLE_EAST": "Middle East",
    "EUROPE": "Europe",
    "AFRICA": "Africa",
    "LATIN_AMERICA": "Latin America",
    "NORTH_AMERICA": "North America",
    "OCEANIA": "Oceania",
    "WORLD": "World",
    "REST_OF_WORLD": "Rest of the world",
    "EAST_ASIA": "East Asia",
    "SOUTH_ASIA": "South Asia",
    "CENTRAL_ASIA": "Central Asia",
    "WEST_ASIA": "West Asia",
    "WESTERN_EUROPE": "Western Europe",
    "EASTERN_EUROPE": "Eastern Europe",
    "NORTHERN_EUROPE": "Northern Europe",
    "SOUTHERN_EUROPE": "Southern Europe",
    "CENTRAL_AMERICA": "Central America",
    "CARIBBEAN": "Caribbean",
    "SUB_SAHARAN_AFRICA": "Sub-Saharan Africa",
    "NORTH_AFRICA": "North Africa",
    "GCC": "Gulf Cooperation Council",
    "OPEC": "OPEC",
    "BRICS": "BRICS",
    "RCEP": "RCEP",
    "APEC": "APEC",
    "G7": "G7",
    "CIS": "CIS",
    "AMERICAS": "Americas",
    "EXTRA_EU": "Extra-EU",
    "INTRA_EU": "Intra-EU",
    "EURO_AREA": "Euro area",
}
# Names that are also English words: places only when capitalised.
_WORDS_TOO = frozenset({"turkey", "jersey", "guinea", "chad", "jordan", "georgia", "guernsey"})
_TOWARDS = re.compile(r"\b(?:to|from|with|into|and|or|vs\.?|versus)\s+(?:the\s+)?$", re.I)
_REMAINDER = re.compile(r"^(?:other|rest|total|all|unspecified|not specified|nes)\b", re.I)
_QUALIFIER = re.compile(
    r"[\W\d_]*(?:(?:sar|region|area|members?|countries|economies|total|all)[\W\d_]*)*", re.I
)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


# Adjectives of economies (general knowledge): "Thai exports" is Thailand's exports.
_DEMONYMS: dict[str, str] = {
    "thai": "THA", "vietnamese": "VNM", "australian": "AUS", "singaporean": "SGP",
    "chinese": "CHN", "japanese": "JPN", "korean": "KOR",
    "south korean": "KOR", "indian": "IND", "indonesian": "IDN", "malaysian": "MYS",
    "philippine": "PHL", "filipino": "PHL", "taiwanese": "TWN", "american": "USA",
    "british": "GBR", "german": "DEU", "french": "FRA", "italian": "ITA", "spanish": "ESP",
    "dutch": "NLD", "canadian": "CAN", "mexican": "MEX", "brazilian": "BRA",
    "russian": "RUS", "turkish": "TUR", "saudi": "SAU", "emirati": "ARE", "swiss": "CHE",
    "cambodian": "KHM", "lao": "LAO", "burmese": "MMR", "bangladeshi": "BGD",
    "pakistani": "PAK", "sri lankan": "LKA", "south african": "ZAF", "chilean": "CHL",
    "argentine": "ARG", "argentinian": "ARG", "peruvian": "PER", "colombian": "COL",
    "polish": "POL", "swedish": "SWE", "norwegian": "NOR", "danish": "DNK",
    "finnish": "FIN", "belgian": "BEL", "austrian": "AUT", "irish": "IRL",
    "portuguese": "PRT", "greek": "GRC", "czech": "CZE", "hungarian": "HUN",
    "israeli": "ISR", "kiwi": "NZL", "macanese": "MAC", "european": "EU", "egyptian": "EGY",
    "nigerian": "NGA", "kenyan": "KEN", "ukrainian": "UKR", "kazakh": "KAZ",
    "qatari": "QAT", "omani": "OMN", "kuwaiti": "KWT", "bahraini": "BHR", "jordanian": "JOR",
    "moroccan": "MAR", "tunisian": "TUN", "algerian": "DZA", "ghanaian": "GHA",
    "ethiopian": "ETH", "tanzanian": "TZA", "ugandan": "UGA", "estonian": "EST",
    "latvian": "LVA", "lithuanian": "LTU", "slovenian": "SVN", "slovak": "SVK",
    "croatian": "HRV", "romanian": "ROU", "bulgarian": "BGR", "serbian": "SRB",
    "icelandic": "ISL", "luxembourgish": "LUX", "maltese": "MLT", "cypriot": "CYP",
    "uruguayan": "URY", "paraguayan": "PRY", "bolivian": "BOL", "ecuadorian": "ECU",
    "venezuelan": "VEN", "panamanian": "PAN", "costa rican": "CRI", "guatemalan": "GTM",
    "georgian": "GEO", "armenian": "ARM", "azerbaijani": "AZE", "uzbek": "UZB",
    "mongolian": "MNG", "nepalese": "NPL", "iranian": "IRN", "iraqi": "IRQ",
}  # fmt: skip
_ADJECTIVE = (
    r"(?<![\w])(" + "|".join(sorted(map(re.escape, _DEMONYMS), key=len, reverse=True)) + r")"
)
_DEMONYM = re.compile(
    _ADJECTIVE
    # up to two qualifying words between ("Swiss Total 1 exports", "Norwegian unadjusted
    # imports"), never a preposition ("Chinese demand for Australian exports")
    + r"(?=\s+(?:(?!(?:for|of|to|from|and|or|by|in|on|with|than)\b)[\w-]+\s+){0,2}"
    r"(?:exports?|imports?|re-exports?|trade|shipments|exporters|importers)\b)",
    re.IGNORECASE,
)


_AGENCY_DEMONYM = re.compile(
    _ADJECTIVE + r"(?=\s+(?:[\w-]+\s+){0,2}(?:statistic|office|customs|ministry|bureau|"
    r"authority|institute|agency|administration|department|board)\w*\b)",
    re.IGNORECASE,
)


# National statistics offices and customs by the names they sign with (general knowledge);
# names several economies share (INE, CBS, PSA) are left out.
_AGENCIES: dict[str, str] = {
    "istat": "ITA", "insee": "FRA", "destatis": "DEU", "statistik austria": "AUT",
    "statistics austria": "AUT", "ksh": "HUN", "czso": "CZE", "gus": "POL", "scb": "SWE",
    "ssb": "NOR", "statistics norway": "NOR", "statistics sweden": "SWE", "geostat": "GEO",
    "indec": "ARG", "dane": "COL", "surs": "SVN", "ncsi": "OMN", "dosm": "MYS", "bps": "IDN",
    "turkstat": "TUR", "stats nz": "NZL", "statistics new zealand": "NZL",
    "abs": "AUS", "statcan": "CAN", "statistics canada": "CAN", "c&sd": "HKG", "knbs": "KEN",
    "nbs nigeria": "NGA", "gastat": "SAU", "fcsc": "ARE", "ons": "GBR", "dst": "DNK",
    "statistics denmark": "DNK", "statistics finland": "FIN", "tulli": "FIN",
    "hagstofa": "ISL", "statistics iceland": "ISL", "statistics estonia": "EST",
    "statistics lithuania": "LTU", "elstat": "GRC", "bazg": "CHE", "inegi": "MEX",
    "secex": "BRA", "bcch": "CHL", "sunat": "PER", "bcrp": "PER", "gacc": "CHN",
    "kita": "KOR", "kostat": "KOR", "dgbas": "TWN", "dgcis": "IND", "gso": "VNM",
    "pbs": "PAK", "epb": "BGD", "capmas": "EGY", "uruguay xxi": "URY", "ins romania": "ROU",
}  # fmt: skip
_AGENCY_NAME = re.compile(
    r"(?<![\w&])(" + "|".join(sorted(map(re.escape, _AGENCIES), key=len, reverse=True)) + r")"
    r"(?![\w&])",
    re.IGNORECASE,
)


def find_agencies(text: str) -> list[PlaceMention]:
    """Economies named by their statistics office or customs (``Source: Istat``)."""
    return [
        PlaceMention(m.start(1), m.end(1), m.group(1), _AGENCIES[m.group(1).lower()])
        for m in _AGENCY_NAME.finditer(text)
    ]


def find_agency_demonyms(text: str) -> list[PlaceMention]:
    """Economies named by their adjective before an agency (``Hungarian Central Statistical
    Office``): the economy whose statistics a source line credits."""
    return _adjectives(_AGENCY_DEMONYM, text)


def _adjectives(pattern: re.Pattern[str], text: str) -> list[PlaceMention]:
    return [
        PlaceMention(m.start(1), m.end(1), m.group(1), _DEMONYMS[m.group(1).lower()])
        for m in pattern.finditer(text)
    ]


def is_demonym(word: str) -> bool:
    """Whether a word is the adjective of an economy (``Thai``, ``Korean``)."""
    return word.lower() in _DEMONYMS


def find_demonyms(text: str) -> list[PlaceMention]:
    """Economies named by their adjective before a flow (``Thai exports``)."""
    return _adjectives(_DEMONYM, text)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: where, as written, and its key."""

    start: int
    end: int
    text: str
    key: str


_OF_WHICH = re.compile(
    r"^\s*(?:[-–—.·•]+\s*)?(?:of which|in which|o/w|incl(?:uding|\.)?|thereof|"
    r"among (?:which|them))"
    r"[:,]?\s+",
    re.I,
)


def without_of_which(name: str) -> str:
    """A label without its "of which" / "incl." prefix (``of which China`` -> ``China``)."""
    return _OF_WHICH.sub("", name.strip())


def normalise_name(name: str) -> str:
    """Lower case, no parenthetical, no leading "the" or "of which", single spaces."""
    text = _PARENTHESES.sub("", without_of_which(name)).strip().lower()
    text = re.sub(r"\s+", " ", text.replace("’", "'"))
    return text[4:] if text.startswith("the ") else text


def _country_names(country: object) -> set[str]:
    names: set[str] = set()
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        names.add(value)
        if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
            head, tail = value.split(", ", 1)
            names.add(f"{tail} {head}")
    return names


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Every known place name (normalised) -> place key."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for name in _country_names(country):
            table.setdefault(normalise_name(name), country.alpha_3)
    for key, names in _ALIASES.items():
        for name in names:
            table[normalise_name(name)] = key
    return table


# Eurostat's aggregate codes: EU27_2020, EXT_EU27_2020, INT_EU27_2020, EA20
_AGGREGATES = (
    (re.compile(r"^EXT_EU\d{0,2}(?:_\d{4})?$"), "EXTRA_EU"),
    (re.compile(r"^INT_EU\d{0,2}(?:_\d{4})?$"), "INTRA_EU"),
    (re.compile(r"^EU\d{0,2}(?:_\d{4})?$"), "EU"),
    (re.compile(r"^EA\d{0,2}(?:_\d{4})?$"), "EURO_AREA"),
    (re.compile(r"^(?:WORLD|WLD|W1|W0)$"), "WORLD"),
)
# Upper-case words that are ISO codes but rarely mean the country in a question
_CODE_WORDS = frozenset({"AI", "IT", "ID", "PC", "OK"})
_AGGREGATE_TOKEN = re.compile(r"(?<![\w$.])((?:EXT_|INT_)?(?:EU|EA)\d{2}(?:_\d{4})?)(?![\w$])")
_CODE_TOKEN = re.compile(r"(?<![\w$.])([A-Z]{2,3})(?![\w$])")


def code_key(value: str) -> str | None:
    """The place key of an ISO 3166 code as tables write it (``US``, ``CHN``) or of an
    aggregate code (``EU27_2020``), or None."""
    text = value.strip()
    aggregate = next((key for pattern, key in _AGGREGATES if pattern.match(text)), None)
    if aggregate is not None:
        return aggregate
    if not re.fullmatch(r"[A-Z]{2,3}", text):
        return None
    found = pycountry.countries.get(**{"alpha_2" if len(text) == 2 else "alpha_3": text})
    return str(found.alpha_3) if found is not None else None


@functools.lru_cache(maxsize=1024)
def is_country_key(key: str) -> bool:
    """Whether a place key is one economy's ISO code (``GCC``, ``EU``, ``ASEAN`` are not)."""
    return bool(re.fullmatch(r"[A-Z]{3}", key)) and pycountry.countries.get(alpha_3=key) is not None


def display_name(key: str) -> str:
    """A readable name for a place key (``DEU`` -> ``Germany``)."""
    if key in _GROUP_NAMES:
        return _GROUP_NAMES[key]
    country = pycountry.countries.get(alpha_3=key)
    if country is None:
        return key
    return str(getattr(country, "common_name", None) or country.name)


@lru_cache(maxsize=4096)
def place_key(name: str) -> str | None:
    """The place key of a name as a table or a person writes it, or None."""
    text = normalise_name(name)
    if not text:
        return None
    table = gazetteer()
    if text in table:
        return table[text]
    if name.strip() in _CASED:
        return _CASED[name.strip()]
    mentions = find_places(name)
    if len(mentions) == 1:
        rest = name[: mentions[0].start] + name[mentions[0].end :]
        if len(mentions[0].text) >= 0.6 * len(text) or _QUALIFIER.fullmatch(rest):
            return mentions[0].key  # "EU 27", "Asia (region)", "Japan total"
    if mentions and "," in text and not _REMAINDER.match(text):
        # "China, Hong Kong SAR", "Macao SAR, China", "Korea, Rep.": the specific place
        return max(mentions, key=lambda m: len(m.text)).key
    return None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(gazetteer(), key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in names if len(name) > 1)
    return re.compile(rf"(?<![\w])(?:the\s+)?({alternation})(?![\w$])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cased_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(code) for code in sorted(_CASED, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({alternation})(?![\w$])")


def find_places(text: str) -> list[PlaceMention]:
    """Places named in a text, left to right, longest names first, no overlaps."""
    table = gazetteer()
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for match in _pattern().finditer(text):
        name = normalise_name(match.group(1))
        key = table.get(name)
        if key is None:
            continue
        # "US" / "us" as an English word: the cased pattern decides for short codes.
        if name == "us" and match.group(1) not in _CASED:
            continue
        lowered = not match.group(1)[0].isupper()
        if name in _WORDS_TOO and lowered and not _TOWARDS.search(text[: match.start()]):
            continue  # "turkey meat", "a cotton jersey"; but "exports to turkey"
        found.append(PlaceMention(match.start(1), match.end(1), match.group(1), key))
        taken.append((match.start(1), match.end(1)))
    for match in _cased_pattern().finditer(text):
        if any(s < match.end(1) and match.start(1) < e for s, e in taken):
            continue
        found.append(PlaceMention(match.start(1), match.end(1), match.group(1), _CASED[match[1]]))
        taken.append((match.start(1), match.end(1)))
    found.extend(_codes_named(text, taken))
    return sorted(found, key=lambda m: m.start)


def _codes_named(text: str, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """ISO codes written as partners (``imports from KR``, ``exports to DE and FR``)."""
    found: list[PlaceMention] = []
    for match in _CODE_TOKEN.finditer(text):
        code = match.group(1)
        if code in _CODE_WORDS or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if not _TOWARDS.search(text[: match.start()]):
            continue
        key = code_key(code)
        if key is not None:
            found.append(PlaceMention(match.start(), match.end(), code, key))
    for match in _AGGREGATE_TOKEN.finditer(text):  # Eurostat's EU27_2020, EXT_EU27_2020, EA20
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        key = code_key(match.group(1))
        if key is not None and match.group(1) not in {m.text for m in found}:
            found.append(PlaceMention(match.start(), match.end(), match.group(1), key))
    return found
