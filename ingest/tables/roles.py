"""What the values of a text column are: trade partners, trade flows, commodities, regions.

Countries come from pycountry (names, common and official names, ISO codes) plus the
aliases trade statistics use ("Chinese Mainland", "USA", "Korea", "Taiwan", "Macao SAR");
regions and aggregates ("Asia", "EU", "ASEAN", "World", "Rest of the world") are listed here.
"""

from __future__ import annotations

import re
from functools import cache

from lexicon.places import place_key as lexicon_place_key
from vectorstore.records import DimensionRole

_COUNTRY_ALIASES = frozenset(
    {
        "chinese mainland", "the mainland", "mainland", "mainland china", "china mainland",
        "mainland of china", "china", "prc", "people's republic of china", "usa", "us", "u.s.",
        "u.s.a.", "united states", "united states of america", "america", "uk", "u.k.",
        "britain", "great britain", "england", "taiwan", "chinese taipei", "taiwan china",
        "taiwan region", "korea", "south korea", "republic of korea", "korea republic",
        "korea rep", "north korea", "vietnam", "viet nam", "russia", "iran", "laos", "macao",
        "macau", "macao sar", "macau sar", "hong kong", "hong kong sar", "hong kong china",
        "uae", "holland", "turkey", "turkiye", "czech republic", "czechia", "bolivia",
        "venezuela", "tanzania", "syria", "moldova", "brunei", "cape verde", "ivory coast",
        "cote d'ivoire", "swaziland", "burma", "myanmar", "the netherlands", "the philippines",
        "slovak republic", "kyrgyz republic", "lao pdr", "dr congo", "drc", "congo dr",
        "micronesia", "palestine", "vatican", "saudi", "ksa", "hong kong sar china",
        "china hong kong sar", "hong kong special administrative region", "macao sar china",
        "china macao sar", "macau sar china", "taiwan province of china",
    }
)  # fmt: skip
_REGIONS = frozenset(
    {
        "world", "world total", "total", "all countries", "all markets", "all destinations",
        "all origins", "all partners", "rest of the world", "rest of world", "row", "others",
        "other", "other countries", "other markets", "asia", "europe", "africa", "america",
        "americas", "north america", "south america", "latin america", "central america",
        "latin america and the caribbean", "caribbean", "oceania", "middle east",
        "middle east and north africa", "mena", "asean", "eu", "european union", "eu27",
        "eu 27", "eu28", "euro area", "eurozone", "east asia", "eastern asia",
        "southeast asia", "south east asia", "south-east asia", "south asia", "central asia",
        "western asia", "west asia", "eastern europe", "western europe", "northern europe",
        "southern europe", "central europe", "central and eastern europe", "gulf",
        "gcc", "apec", "oecd", "g7", "g20", "brics", "asia pacific", "asia-pacific",
        "australasia", "other asia", "other europe", "other america", "other africa",
        "belt and road countries", "belt and road", "rcep", "cptpp", "nafta", "usmca",
        "mercosur", "sub-saharan africa", "north africa", "pacific islands", "unspecified",
        "not specified", "special categories", "areas nes", "other areas",
    }
)  # fmt: skip
# Eurostat aggregate codes: the EU, the euro area, extra-/intra-EU trade, the world.
_AGGREGATE_CODE = re.compile(
    r"^(?:(?:EXT|INT)_)?(?:EU|EA|EEA|EFTA)\d{0,2}(?:_\d{4})?$|^(?:WORLD|WLD|EXT_EU|INT_EU)$"
)
_FLOW = re.compile(
    r"\bre[\s-]?exports?|domestic exports?|retained imports?|net exports?|"
    r"exports? of domestic (?:products?|produce|goods|origin)|"
    r"domestic (?:products?|produce) exports?|national exports?|"
    r"exports? of (?:goods of )?\w+ origin|\w+[- ]origin (?:goods|exports?)|"
    r"(?:total |visible |merchandise )?trade (?:balance|surplus|deficit)|balance of trade|"
    r"\bbalance\b|\bsurplus\b|\bdeficit\b|total trade|two[\s-]way trade|trade turnover|"
    r"\bexports?\b|\bexported\b|\boutward\b|\bimports?\b|\bimported\b|\binward\b|"
    r"\bcredits?\b|\bdebits?\b",  # balance of payments: goods credits are exports
    re.I,
)
_FLOW_NAMES = (
    ("reexport", "re-exports"),
    ("domestic", "domestic exports"),
    ("national", "domestic exports"),
    ("origin", "domestic exports"),
    ("retained", "retained imports"),
    ("net", "balance"),
    ("balance", "balance"),
    ("surplus", "balance"),
    ("deficit", "balance"),
    ("totaltrade", "total trade"),
    ("twoway", "total trade"),
    ("turnover", "total trade"),
    ("export", "exports"),
    ("outward", "exports"),
    ("import", "imports"),
    ("inward", "imports"),
    ("credit", "exports"),
    ("debit", "imports"),
)
_COMMODITY_WORDS = re.compile(
    r"\b(?:machinery|electric|electronic|equipment|apparatus|appliance|parts|products|chemical|"
    r"textile|clothing|apparel|garment|footwear|food|beverage|tobacco|vehicle|metal|steel|"
    r"iron|alumin|copper|fuel|oil|petroleum|gas\b|coal|mineral|telecom|computer|"
    r"semiconductor|integrated circuit|diode|valve|jewel|pearl|precious|gold|plastic|rubber|"
    r"paper|wood|furniture|toys?\b|game|watch|clock|optical|photographic|instrument|"
    r"pharmaceutical|medic|animal|vegetable|fruit|meat|fish|dairy|cereal|sugar|coffee|tea\b|"
    r"live|crude|manufactur|articles|goods|commodit|materials|office machines|"
    r"data processing|sound|television|phones?|telephones?|smartphone|transistor|leather|yarn|"
    r"fabric|"
    r"cosmetic|perfume|ships?\b|aircraft|arms\b|ammunition|fertili|glass|ceramic|stone)",
    re.I,
)
_CODE = re.compile(r"^(?:hs|sitc|hs\s?code)?\s*\d{2,10}(?:\.\d+)?(?:\s*[-:.]?\s+\S.*)?$", re.I)
_HINTS: tuple[tuple[re.Pattern[str], DimensionRole], ...] = (
    (re.compile(r"reporter|declarant|reporting", re.I), "other"),
    (re.compile(r"\bflows?\b|direction|trade type|type of trade", re.I), "flow"),
    (
        re.compile(
            r"partner|countr|destination|origin|market|econom|territor|supplier|"
            r"buyer|consignment",
            re.I,
        ),
        "partner",
    ),
    (
        re.compile(
            r"commodit|product|goods|\bhs\b|hs[\s_]?code|sitc|\bsection\b|\bchapter\b|"
            r"\bitem\b|industry|sector|category",
            re.I,
        ),
        "commodity",
    ),
    (re.compile(r"region|continent|\barea\b|province|\bstate\b|district|county", re.I), "region"),
)


def flow_of(text: str) -> str | None:
    """The trade flow a text names first (``"re-exports"``, ``"balance"`` ...), or None."""
    found = _FLOW.search(text.replace("_", " "))
    if found is None:
        return None
    word = re.sub(r"[\s-]", "", found[0].lower())
    return next(name for key, name in _FLOW_NAMES if key in word)


_AMBIGUOUS_CODE = re.compile(r"[A-Z]{2,3}")  # "IT", "ID": codes keep the code rule below


def place_kind(value: str) -> str | None:
    """``"country"``, ``"region"`` (regions and aggregates) or None for anything else."""
    if _AGGREGATE_CODE.match(value.strip()):
        return "region"  # Eurostat's EU27_2020, EXT_EU27_2020, EA20
    shared = lexicon_place_key(value)  # the vocabulary the planner matches names with
    if shared is not None and not _AMBIGUOUS_CODE.fullmatch(value.strip()):
        return "country" if re.fullmatch(r"[A-Z]{3}", shared) else "region"
    key = _place_key(value)
    if not key:
        return None
    if key in _REGIONS or key.removeprefix("total ") in _REGIONS:
        return "region"
    if key in _COUNTRY_ALIASES or key in _countries():
        return "country"
    if value.strip().isupper() and value.strip() in _country_codes():
        return "country"
    return None


def dimension_role(name: str, values: list[str]) -> DimensionRole:
    """The role of a text column from its header and the values it holds."""
    distinct = {value for value in values if value}
    if not distinct:
        return "other"
    places = [place_kind(value) for value in distinct]
    countries = places.count("country") / len(distinct)
    regions = places.count("region") / len(distinct)
    flows = sum(1 for v in distinct if len(v) <= 40 and flow_of(v)) / len(distinct)
    commodities = sum(1 for v in distinct if _is_commodity(v)) / len(distinct)
    hinted = next((role for pattern, role in _HINTS if pattern.search(name)), None)
    if hinted in {"flow", "other"}:
        return hinted or "other"
    if flows >= 0.6:
        return "flow"
    if countries >= 0.3 and countries + regions >= 0.6:
        return "partner"  # "Area": Asia, of which China, USA ... holds trade partners
    if regions >= 0.6:
        return "partner" if hinted == "partner" else "region"
    if hinted is not None:
        return hinted
    if commodities >= 0.4:
        return "commodity"
    return "other"


def is_commodity(value: str) -> bool:
    """True for a commodity: an HS/SITC code or a product word (machinery, textiles ...)."""
    return _is_commodity(value)


def _is_commodity(value: str) -> bool:
    return bool(_COMMODITY_WORDS.search(value) or _CODE.match(value.strip()))


def _place_key(value: str) -> str:
    text = re.sub(r"\([^)]*\)|\[[^]]*\]|[*†‡#]+|\d+\)?$", " ", value.lower())
    if re.search(r"[a-z]{3}", text):
        text = re.sub(r"[^\x00-\x7f]+", " ", text)  # 中國內地 Chinese Mainland
    text = text.replace("&", "and").replace("_", " ")
    text = " ".join(text.replace(",", " ").split()).strip(" .:-")
    return text.removeprefix("the ").strip()


@cache
def _countries() -> frozenset[str]:
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            text = getattr(country, attribute, None)
            if text:
                names.add(_place_key(text))
                if "," in text:
                    head, tail = text.split(",", 1)
                    names.add(_place_key(f"{tail} {head}"))
    return frozenset(names)


@cache
def _country_codes() -> frozenset[str]:
    import pycountry

    codes: set[str] = set()
    for country in pycountry.countries:
        codes.update({country.alpha_2, country.alpha_3})
    return frozenset(codes)
