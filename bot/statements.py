"""Numbers a question states as facts, to be checked against the tables.

`read_claim` finds a claim asked about (``Is the 125% figure right?``, ``An article
says exports rose 125% ...``, ``Did imports really rise 41.2%?``) or simply stated
(``Exports hit HK$611.2bn in May 2026``), with its unit (``%``, ``pp``, ``HK$ bn``)
and its sign as meant (``fell 3.2%`` is -3.2; a ``deficit of HK$63.3 bn`` is -63.3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from bot.records import Claim


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


_CLAIM = _words(
    r"(?:is|was|are|were) (?:that|this|it|the .{1,40}?) (?:right|correct|true|accurate|wrong|"
    r"accurate|real|plausible|consistent|supported|backed)",
    r"is (?:that|this|it) so\b",
    r"really\b",
    r"indeed\b",
    r"true that",
    r"check\b",
    r"verify",
    r"confirm",
    r"fact[- ]check",
    r"(?:article|report|story|news|someone|they|he|she|analysts?|commentary|commentators?|"
    r"newsletter|economists?|officials?|ministers?|government|blog|post|tweet|headline|"
    r"media|press|paper) (?:says?|said|claims?|claimed|reports?|reported|states?|stated|writes?|"
    r"wrote|mentions?|cites?)",
    r"claims?\b",
    r"accurate",
    r"correct\b",
    r"right\?",
    r"true\?",
    # a statement with a question tag: "... were JD 1.2 billion, weren't they?"
    r"(?:wasn't|weren't|isn't|aren't|didn't|hasn't|haven't) (?:it|they|there)\s*\?",
    r"(?:the|this|that) [\d.,]+ ?(?:%|per ?cent|percent) (?:figure|number|rise|increase|growth|"
    r"jump|spike|surge|claim|rate)",
)
_STATED = re.compile(
    r"\b(?:rose|grew|jumped|surged|soared|climbed|increased|expanded|fell|dropped|declined|"
    r"decreased|slumped|plunged|contracted|shrank|reached|hit|totall?ed|stood at|amounted to|"
    r"was|were|up|down)\s+(?:by\s+|to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|"
    r"more than\s+|some\s+)?(?:(?:hk\$|us\$|\$|rmb|usd|hkd|eur|qr|jd|mad|[a-z]{3}(?=\s?\d))"
    r"\s?[\d.,]*\d|[-+]?\d[\d,.]*\s?"
    r"(?:%|per ?cent|percent|bn\b|billion|mn\b|million|trillion))",
    re.IGNORECASE,
)
_NUMBER_CLAIM = re.compile(
    r"(?P<cur>(?<![\w$])(?:hk|us|nz|a|au|c|ca|s|sg|nt|m)\$|\b(?:rmb|cny|usd|hkd|eur|sgd|nzd|aud|"
    r"cad|myr|rm|jpy|gbp|thb|krw|inr|vnd|chf|ksh|qr|qar|jd|jod|mad|dh)\b|₦|(?-i:\b[A-Z]{3}\b)|€|£|¥|\$)?\s?(?P<num>[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    r"[-+−]?\d+(?:\.\d+)?)\s?(?P<unit>%|per ?cent\b|percent\b|pc\b|percentage points?|pp\b|"
    r"(?:bn|billion|b|mn|million|m|trillion|tn|thousand|k)\b)?",
    re.IGNORECASE,
)
_SCALES = {
    "bn": "bn",
    "billion": "bn",
    "b": "bn",
    "mn": "mn",
    "million": "mn",
    "m": "mn",
    "trillion": "tn",
    "tn": "tn",
    "thousand": "thousand",
    "k": "thousand",
}


def read_claim(
    text: str, period_spans: tuple[tuple[int, int], ...] = (), *, stated: bool = True
) -> Claim | None:
    """A number the question states as a fact to check, with its unit, else None.

    A claim is asked about (``is that right?``, ``the article says``, ``did ...``) or,
    with ``stated``, simply stated (``Exports rose 125% in March 2026.``).
    """
    asked = _CLAIM.search(text) or re.match(r"\s*(?:did|has|have|was|were|is|are)\b", text, re.I)
    if not asked and not (stated and _STATED.search(text)):
        return None
    for match in _NUMBER_CLAIM.finditer(text):
        if any(s <= match.start("num") < e for s, e in period_spans):
            continue
        unit = _claim_unit(match)
        if unit is None:
            continue
        value = float(match.group("num").replace(",", "").replace("−", "-"))
        if value > 0 and _negative(text, match, unit):
            value = -value
        return Claim(value=value, unit=unit, text=_sentence(text, match.start(), match.end()))
    return None


@dataclass(frozen=True)
class StatedNumber:
    """A number written with a unit (``HK$520.6 billion``, ``35.8%``), where it stands."""

    start: int  # where its currency or digits start
    end: int  # where its unit ends
    value: float  # as written (a leading minus sign kept)
    unit: str  # "%", "pp", "HK$ bn", "bn" ...


def stated_numbers(text: str) -> list[StatedNumber]:
    """Every number with a unit, in order; bare numbers (years, days, ages, page numbers,
    counts) are left out."""
    found: list[StatedNumber] = []
    for match in _NUMBER_CLAIM.finditer(text):
        unit = _claim_unit(match)
        if unit is None:
            continue
        value = float(match.group("num").replace(",", "").replace("−", "-"))
        start = match.start("cur") if match.group("cur") else match.start("num")
        end = match.end("unit") if match.group("unit") else match.end("num")
        found.append(StatedNumber(start, end, value, unit))
    return found


def falls(text: str, start: int, end: int) -> bool:
    """Whether the rate written at ``text[start:end]`` is a fall (``fell 3.2%``, ``a 3%
    drop``)."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    return bool(_FELL_BY.search(before) or _FALL_AFTER.match(after))


_FELL_BY = re.compile(
    r"\b(?:fell|fall(?:s|en)?|declin\w*|dropp?\w*|decreas\w*|contract\w*|shr[aiu]nk\w*|"
    r"slump\w*|plung\w*|slid|slipp?\w*|dipp?\w*|eased|retreated|down|lower)(?:\s+(?:by|of))?"
    r"(?:\s+(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|under|"
    r"at\s+least|at\s+most|up\s+to))?\s*$",
    re.IGNORECASE,
)
_DEFICIT = re.compile(r"\bdeficits?\b", re.IGNORECASE)
# "the 62.0% drop", "a 3% fall", "12.5% lower"
_FALL_AFTER = re.compile(
    r"\s*(?:(?:y-o-y|yoy|year-on-year|annual|sharp|steep)\s+)?(?:drop|fall|decline|decrease|"
    r"contraction|slump|plunge|dip|slide|reduction|down\b|lower\b)",
    re.IGNORECASE,
)


def _negative(text: str, match: re.Match[str], unit: str) -> bool:
    """``fell 3.2%`` is a change of -3.2%; a ``deficit of HK$63.3 bn`` a balance of -63.3."""
    before = text[max(0, match.start("num") - 40) : match.start("num")]
    if unit in ("%", "pp"):
        after = text[match.end() : match.end() + 30]
        return bool(_FELL_BY.search(before) or _FALL_AFTER.match(after))
    after = text[match.end() : match.end() + 25]
    return bool(_DEFICIT.search(before) or _DEFICIT.search(after))


def _claim_unit(match: re.Match[str]) -> str | None:
    unit = (match.group("unit") or "").lower()
    currency = (match.group("cur") or "").upper().replace("€", "EUR").replace("£", "GBP")
    currency = {"KSH": "KSh"}.get(currency, currency)
    if re.fullmatch(r"[A-Z]{3}", currency) and pycountry.currencies.get(alpha_3=currency) is None:
        currency = ""  # three capitals that are not a currency code ("GDP 5")
    if unit.startswith(("percentage point", "pp")):
        return "pp"
    if unit in ("%", "pc") or unit.startswith("per"):
        return "%"
    if currency or unit in _SCALES:
        scale = _SCALES.get(unit, "")
        return " ".join(part for part in (currency or "", scale) if part) or None
    return None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, trimmed of the question's own asking words."""
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("?", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    sentence = text[left + 1 if left >= 0 else 0 : right].strip(" .?!\n\t")
    sentence = re.sub(
        r"^(?:an? |the )?(?:article|report|story|news|someone|they)\s+"
        r"(?:says?|said|claims?|reports?|states?)\s+(?:that\s+)?",
        "",
        sentence,
        flags=re.I,
    )
    return sentence[:300]


Threshold = tuple[float, str, str]  # (value, "gt" | "ge" | "lt" | "le", unit)

_ABOVE = (
    r"above|over|more than|greater than|higher than|bigger than|larger than|in excess of|"
    r"exceed(?:s|ed|ing)?|upwards of|north of|top(?:s|ped)?|surpass(?:es|ed)?|>"
)
_BELOW = r"below|under|less than|lower than|smaller than|beneath|south of|(?:fall|fell) short of|<"
_AT_LEAST = r"at least|no less than|not less than|a minimum of|>=|≥"
_AT_MOST = r"at most|no more than|not more than|a maximum of|up to|<=|≤"
_COMPARATOR = re.compile(
    rf"(?:(?P<ge>{_AT_LEAST})|(?P<le>{_AT_MOST})|(?P<gt>{_ABOVE})|(?P<lt>{_BELOW}))"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost))?\s*$",
    re.IGNORECASE,
)
_OR_MORE = re.compile(
    r"^\s*(?:or|and) (?:(?P<ge>more|above|higher|over|greater)|(?P<le>less|below|lower|under))\b",
    re.IGNORECASE,
)
_SIGN = re.compile(
    r"\b(?:(?P<lt>negative|declin\w*|fell|fall(?:s|en|ing)?|dropp?(?:ed|s)?|decreas\w*|"
    r"contract\w*|shr[aiu]nk\w*)|(?P<gt>positive|grew|grow(?:s|n|th)?|rose|ris(?:e|en|ing)|"
    r"increas\w*|expand\w*))\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:most|least|fastest|slowest|biggest|largest|smallest|sharpest|strongest|weakest|"
    r"highest|lowest|top|bottom|best|worst)\b",
    re.IGNORECASE,
)
_FLIPPED = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}


def read_threshold(text: str, period_spans: tuple[tuple[int, int], ...] = ()) -> Threshold | None:
    """A cut-off a ranking filters by: ``growth above 50%`` is (50, "gt", "%"), ``fell by
    more than 10%`` (-10, "lt", "%"), ``HK$10 bn or more`` (10, "ge", "HK$ bn"); ``how many
    markets had negative growth`` is (0, "lt", "%")."""
    for match in _NUMBER_CLAIM.finditer(text):
        if any(s <= match.start("num") < e for s, e in period_spans):
            continue
        unit = _claim_unit(match)
        if unit is None:
            continue
        start = match.start("cur") if match.group("cur") else match.start("num")
        before = _COMPARATOR.search(text[max(0, start - 30) : start])
        found = before or _OR_MORE.match(text[match.end() :])
        if found is None:
            continue
        op = next(name for name, hit in found.groupdict().items() if hit)
        value = float(match.group("num").replace(",", "").replace("−", "-"))
        lead = text[max(0, start - 60) : start - (len(found.group(0)) if before else 0)]
        if unit in ("%", "pp") and value > 0 and _falls(lead):
            value, op = -value, _FLIPPED[op]  # "fell by more than 10%": below -10%
        return value, op, unit
    return _sign_threshold(text)


def _falls(lead: str) -> bool:
    """Whether the last change word before a cut-off is a fall (``exports fell by``)."""
    verbs = [m for m in _SIGN.finditer(lead) if m.group(0).lower() != "negative"]
    return bool(verbs) and verbs[-1].group("lt") is not None


def _sign_threshold(text: str) -> Threshold | None:
    """``How many markets grew``, ``negative growth``: above or below zero."""
    if _SUPERLATIVE.search(text):
        return None
    signed = re.search(r"\b(?:negative|positive)\b", text, re.IGNORECASE)
    if signed is None and not re.search(r"\bhow many\b", text, re.IGNORECASE):
        return None
    verb = _SIGN.search(text[signed.start() :] if signed else text)
    if verb is None:
        return None
    return 0.0, "lt" if verb.group("lt") else "gt", "%"
