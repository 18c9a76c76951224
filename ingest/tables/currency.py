"""The currency a unit line or header names, kept as the table writes it.

``(HK$ million)`` -> ``HK$``; ``NZ$ billion`` -> ``NZ$``; ``(RM million / RM juta)`` ->
``RM``; ``MYR million`` -> ``MYR``; ``€ bn`` and ``EUR`` -> ``EUR``. Dollars with a
prefix keep it (``NZ$``, ``C$``, ``R$``), so a reader never takes them for US dollars;
a bare ``$`` stays ``$``.
"""

from __future__ import annotations

import re
from functools import cache

# Fixed spellings first (their own symbols and words), then the general forms.
CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"hk\s?\$|\bhkd\b|hong kong dollars?|\bhk dollars?|港元|港幣", "HK$"),
    (r"us\s?\$|\busd\b|u\.?s\.? dollars?|united states dollars?|美元", "US$"),
    (r"\brmb\b|\bcny\b|renminbi|\byuan\b|人民币|人民幣|(?<![港美])元", "RMB"),
    (r"nt\s?\$|\btwd\b|new taiwan dollars?", "NT$"),
    (r"nz\s?\$|new zealand dollars?", "NZ$"),
    (r"(?<![a-z])s\s?\$|\bsgd\b|singapore dollars?", "S$"),
    (r"(?<![a-z])a\s?\$|\baud\b|australian dollars?", "A$"),
    (r"(?<![a-z])c\s?\$|canadian dollars?", "C$"),
    (r"\brm\b|ringgit", "RM"),
    (r"€|\beur\b|\beuros?\b(?![\s-]*(?:area|zone|pe\b|system|stat))", "EUR"),
    (r"£|\bgbp\b|pounds? sterling", "GBP"),
    (r"¥|\bjpy\b|\byen\b", "JPY"),
    (r"₹|\binr\b|rupees?", "INR"),
    (r"₩|\bkrw\b|korean won", "KRW"),
    (r"฿|\bthb\b|\bbaht\b", "THB"),
    (r"\bksh\b|\bkes\b|kenya shillings?", "KSh"),
    (r"₦|\bngn\b|\bnaira\b", "₦"),
    (r"\bqr\b|\bqar\b|qatari riyals?", "QR"),
    (r"\bjd\b|\bjod\b|jordanian dinars?", "JD"),
    (r"\br\.\s?o\.|\bomr\b|omani rials?", "OMR"),
    (r"\bbd\b|\bbhd\b|bahraini dinars?", "BD"),
    (r"\bmad\b|moroccan dirhams?|\bdh\b", "MAD"),
)
# A dollar with any other prefix, as written (``R$``, ``M$``, ``NZ$``).
_PREFIXED_DOLLAR = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,3})\s?\$")
_BARE_DOLLAR = re.compile(r"\$|\bdollars?\b", re.I)
_SCALE_WORD = r"(?:'000|thousands?|millions?|mn|mln|mio|bn|billions?|trillions?|k|m|b)\b"
_CODE = re.compile(
    rf"\b([A-Z]{{3}})\b(?=\s*{_SCALE_WORD})|(?<=\b(?:in|of)\s)([A-Z]{{3}})\b|"
    rf"(?i:{_SCALE_WORD})\s*(?:of\s+)?([A-Z]{{3}})\b|^\W*([A-Z]{{3}})\W*$"
)


def find_currency(text: str) -> str | None:
    """The currency a text names, as written (``NZ$``, ``RM``, ``MYR``), or None."""
    low = " " + text.lower().replace("_", " ") + " "
    for pattern, name in CURRENCIES:
        if re.search(pattern, low):
            return name
    prefixed = _PREFIXED_DOLLAR.search(text)
    if prefixed is not None:
        return f"{prefixed[1].upper()}$"
    code = next((c for m in _CODE.finditer(text) for c in m.groups() if c in _codes()), None)
    if code is not None:
        return code
    return "$" if _BARE_DOLLAR.search(low) else None


def currency_patterns() -> list[str]:
    """Regular expressions (on lower-case text) for the currencies of `CURRENCIES` and
    dollars; a currency code (``MYR``) is matched by `find_currency` alone."""
    return [p for p, _ in CURRENCIES] + [r"(?<![a-z])[a-z]{1,3}\s?\$", r"\$|\bdollars?\b"]


@cache
def _codes() -> frozenset[str]:
    """ISO 4217 currency codes."""
    import pycountry

    return frozenset(str(c.alpha_3) for c in pycountry.currencies)
