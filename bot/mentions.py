"""What a question mentions that the tables hold: partners, other dimension values, flows.

Places are matched through their place key (`lexicon.places`), so ``"the Mainland"``
finds a table's ``"Chinese Mainland"`` and ``"US"`` its ``"USA"``; names no table
holds are kept as *unmatched* (``"Germany"``), except the reporting economy
(``"Hong Kong's exports"``) and the world total. Near misses (``"Singapur"``) are
matched with difflib against the tables' own values. Commodity values become
filters; goods no table holds (``"exports of electronics"``) are reported, so that
total exports are never given for them.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.resolve import is_total
from bot.timewords import MONTHS
from bot.unknowns import read_unknown_places
from bot.vocabulary import FLOW_PATTERNS, Term, Vocabulary
from lexicon.places import (
    PlaceMention,
    display_name,
    find_demonyms,
    find_places,
    gazetteer,
    place_key,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]")
_POSSESSIVE = re.compile(r"^['’](?:s\b|(?=\s))")
# "Singapore ran a deficit", "Malaysia posted a surplus": the place acts, so it reports
_ACTS = re.compile(
    r"^\s+(?:(?:really|actually|also|still|ever|only|just)\s+)?(?:ran|runs|run|posted|posts|"
    r"post|recorded|records|record|registered|register|had|has|have|logged|log|reported|"
    r"report|booked|book|exported|export|imported|import|shipped|ship|sold|sell|bought|buy|"
    r"saw|sees|see|swung|swing|showed|show)\b",
    re.I,
)
_TOWARDS_PLACE = re.compile(r"^[^?.;]{0,40}?\b(?:exports?|imports?)\s+(?:to|from|with)\s+\w", re.I)
_REPORTER_AFTER = re.compile(
    r"^\s+(?:exports?|imports?|re-exports?|trade|total|overall|merchandise|goods|economy|government|"
    r"statistics|figures|data)\b",
    re.I,
)
_FLOW_OF = re.compile(
    r"\b(?:exports?|imports?|re-exports?|trade|shipments|trade balance|trade surplus|"
    r"trade deficit)\s+(?:\w+\s+)?(?:of|by)\s+(?:the\s+)?$",
    re.I,
)
_OWN_FLOW = re.compile(
    r"^['’]s?\s+(?:(?:total|overall|merchandise|goods|monthly)\s+)?(?:exports?|imports?|"
    r"re-exports?|trade|shipments)\b",
    re.I,
)
_TOTALISH = re.compile(r"^\s*(?:total|all|overall|grand total)\b", re.I)
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|with|into|and|or|vs\.?|versus|than)\s+$", re.I)
_GENERIC = frozenset(
    """products goods articles related other others parts items commodities commodity
    materials manufactures manufactured miscellaneous n.e.s nes total""".split()  # noqa: SIM905
)
_OF_GOODS = re.compile(
    r"\b(?:(?:exports?|imports?|re-exports?|shipments?|sales)\s+of|trade\s+in)\s+(?:the\s+)?"
    r"(?P<what>[a-z][a-z&/ -]{1,40}?)(?=\s+(?:to|from|in|into|during|for|between|over|since|"
    r"by|with|at|on|this|last|so|grow|grew|rise|rose|fall|fell|change|changed|increase|"
    r"increased|decline|declined|drop|dropped|jump|jumped|surge|surged|perform|performed|do|"
    r"did|reach|reached|hit|compare|total|totalled|was|were|is|are|has|have|went|go|goes|came|"
    r"come|account|accounted|make|made|represent|represented|stood|amount|amounted|that|which|"
    r"and|or|vs|versus|than|as)\b|\s*[?.,;!]|\s*$)",
    re.IGNORECASE,
)
# a plural noun right before a flow: "electronics exports", "chip imports"
_GOODS_BEFORE = re.compile(
    # "earn from mango exports", "revenue from coffee exports"
    r"\b(?:from|on|of)\s+(?-i:(?P<src>[a-z]{3,}(?:\s+[a-z]{3,})?))\s+(?:exports|imports|shipments)\b|"
    r"\b(?P<what>[a-z][a-z-]{2,}[^s\W's]s)\s+(?:exports?|imports?|re-exports?|shipments?)\b|"
    r"(?:['’]s\s+|\bthe\s+)(?-i:(?P<mass>[a-z]{3,}))\s+(?:exports?|imports?|re-exports?|shipments?)\b|"
    # "Norway's crude oil exports": several words, before the noun (never the verb "import")
    r"['’]s\s+(?-i:(?P<words>[a-z]{3,}(?:\s+[a-z]{3,}){1,2}))\s+(?:exports|imports|re-exports|shipments)\b",
    re.IGNORECASE,
)
_NOT_GOODS = frozenset(
    """goods merchandise all total value values growth terms volume volumes hk$ us$ dollars
    export exports import imports include includes including top main largest biggest leading
    principal major chief key one two three four five six seven eight nine ten twelve several
    work make show tell give list compute calculate find estimate state report
    national annual monthly quarterly yearly cumulative provisional preliminary final
    their his her our did do does were are what which when how much many
    weakest strongest smallest lowest highest fastest slowest best worst least most weak strong
    percent percentage recent recently general overall nominal real money terms its does was
    versus plus thus has is this these those whose various previous means net gross visible
    external foreign overseas retained nominal real seasonally adjusted unadjusted combined
    quarterly annual yearly weekly daily provisional preliminary revised final official
    published reported recorded registered declared customs country economy nation nations
    national region regional partner partners cumulative headline""".split()  # noqa: SIM905
)
_EXPORTS_FROM = re.compile(r"\b(?:export\w*|re-export\w*)\s+from\s+$", re.I)
_IMPORTS_INTO = re.compile(r"\b(?:import\w*)\s+(?:to|into|by)\s+$", re.I)
_COMMON = frozenset(
    """
about above after minus plus times again against among annual april article average balance
because before
being below between biggest billion change changed claims compare compared correct could
countries country data december decline declined deficit destination destinations domestic
drove during each earlier economies economy export exported exports falling fastest
february fell figure figures first grew grow growing growth highest however import
imported imports increase increased january july june largest latest level lowest march
market markets month monthly months most november october partner partners percent period
points previous quarter quarters ranking rate really region regions right rising said says
september share shares shipments should since smallest source sources surge surplus table
tables their there these those total trade trend value values which while world would
years year same basis unit units value percentage chain chains plain words asian
goods merchandise
""".split()  # noqa: SIM905
)
_STOP = frozenset(
    """
a about all an and any are as at be been between by can could did do does during each for
from had has have how i in into is it its least less many may me might more most much must
my no not of on or our over per shall should since than that the their them then there
these they this those to under until very was we were what which will with would yes you
your
""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Mentions:
    partners: tuple[str, ...] = ()
    unmatched: tuple[str, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()
    flows: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # places as written in the question
    goods: tuple[str, ...] = ()  # goods asked about that no table holds ("electronics")
    spans: tuple[tuple[int, int], ...] = ()
    reporter: str | None = None  # place key of the reporting economy named ("Thai exports")
    reporter_name: str | None = None  # its name, as the question writes it ("Viet Nam")


@dataclass
class _Found:
    """What the scan of a question has found so far."""

    partners: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    reporter: str | None = None
    reporter_name: str | None = None


def read_mentions(text: str, vocab: Vocabulary) -> Mentions:
    found = _Found()
    _read_places(text, vocab, found)
    for demonym in find_demonyms(text):  # "Thai exports"
        taken = any(s < demonym.end and demonym.start < e for s, e in found.spans)
        if not taken and demonym.key in vocab.reporters and found.reporter is None:
            found.reporter, found.reporter_name = demonym.key, display_name(demonym.key)
            found.spans.append((demonym.start, demonym.end))
    for term, start, end in _literal_terms(text, vocab, found.spans):
        found.spans.append((start, end))
        if term.role in ("partner", "region") and not _TOTALISH.match(term.value):
            _add(found.partners, term.value)  # "total exports" is not a "Total" partner
    for name, held, span in _fuzzy_places(text, vocab, found.spans):
        _add(found.partners if held else found.unmatched, name)
        found.spans.append(span)
    for name, start, end in read_unknown_places(text, vocab, found.spans):
        _add(found.unmatched, name)  # "exports to Narnia": never the total
        found.spans.append((start, end))
    partners, placed = _split_roles(found.partners, vocab)
    filters = tuple(dict.fromkeys((*placed, *_filters(text, vocab, found.reporter))))
    goods = _goods_asked(text, found.spans)
    if not goods or filters or _labelled(goods, vocab):
        goods = None  # else "exports of electronics" with no table of electronics
    return Mentions(
        partners=tuple(partners),
        unmatched=tuple(u for u in found.unmatched if u not in partners),
        filters=filters,
        goods=(goods,) if goods else (),
        flows=_as_labelled(read_flows(text), text, vocab),
        names=tuple(dict.fromkeys(found.names)),
        spans=tuple(found.spans),
        reporter=found.reporter,
        reporter_name=found.reporter_name,
    )


def _as_labelled(flows: tuple[str, ...], text: str, vocab: Vocabulary) -> tuple[str, ...]:
    """Exports a table labels with the question's own words and files as domestic exports
    ("Non-oil exports of Omani origin" for "non-oil exports"): that flow, not the total."""
    if "exports" not in flows:
        return flows
    asked = re.search(r"\b([a-z][\w-]*)\s+exports\b", text, re.I)
    if asked is None or asked.group(1).lower() in _NOT_GOODS | _COMMON | _STOP:
        return flows
    phrase = asked.group(0).lower()
    for card in vocab.cards:
        for measure in card.measures:
            if measure.flow == "domestic exports" and phrase in measure.label.lower():
                return tuple("domestic exports" if f == "exports" else f for f in flows)
    return flows


def _read_places(text: str, vocab: Vocabulary, found: _Found) -> None:
    """Places by name: the reporter, partners the tables hold, and places they do not."""
    for mention in find_places(text):
        found.spans.append((mention.start, mention.end))
        value = _held(mention.key, vocab)
        naming = vocab.measures_naming(mention.key)  # wide tables: "Exports to Asia" columns
        if _reports(text, mention, vocab):
            if found.reporter is None:
                found.reporter, found.reporter_name = mention.key, _as_named(mention)
            found.names.append(mention.text)
        elif _is_subject(text, mention, vocab):
            # "China's exports to ASEAN": a reporter no table reports ("Singapore's exports"
            # in Hong Kong's data) is unmatched when the tables hold it or say whose they are
            if value is not None or _reporters_known(vocab):
                _add(found.unmatched, display_name(mention.key))
        elif value is not None or naming:
            if value is not None:
                _add(found.partners, value)
            found.names.extend([mention.text, *(written for _, _, written in naming)])
        elif mention.key != "WORLD" and (
            mention.key not in vocab.reporters or _PARTNER_BEFORE.search(text[: mention.start])
        ):  # "exports to Hong Kong" in Hong Kong's own data has no answer
            _add(found.unmatched, display_name(mention.key))
            found.names.append(mention.text)


def _as_named(mention: PlaceMention) -> str:
    """A place's name as written, unless it is a code or lower-case (``the US``, ``vietnam``)."""
    written = re.sub(r"^the\s+", "", mention.text, flags=re.I)
    proper = written[:1].isupper() and not written.isupper()
    return written if proper and place_key(written) == mention.key else display_name(mention.key)


def _reports(text: str, mention: PlaceMention, vocab: Vocabulary) -> bool:
    """Whether a place is named as the reporting economy of some table: ``Viet Nam's
    exports``, ``exports of Thailand``, ``Australia exports``."""
    if mention.key not in vocab.reporters:
        return False
    before, after = text[: mention.start], text[mention.end :]
    if _OWN_FLOW.match(after):  # "risks to Viet Nam's exports"
        return True
    if _IMPORTER_BEFORE.search(before):  # "imports into Kenya", "supplied the least to Kenya"
        return True
    if _EXPORTS_FROM.search(before) and not vocab.terms_for_place(mention.key):
        return True  # "re-exports from Jordan", where no table has Jordan as a partner
    if _PARTNER_BEFORE.search(before):
        return False
    if _POSSESSIVE.match(after) or _FLOW_OF.search(before):
        return True
    return _is_subject(text, mention, vocab) or bool(_REPORTER_AFTER.match(after))


_SHARE_AFTER = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:share|portion|proportion|part|weight|slice)\s+(?:of|in)\b", re.I
)
_IMPORTER_BEFORE = re.compile(
    r"\b(?:imports?|imported|suppl(?:y|ied|ies|ier|iers)|sources?)\b[^.?;]{0,40}?\b(?:to|into)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _reporters_known(vocab: Vocabulary) -> bool:
    """Whether every table says whose trade it reports."""
    return bool(vocab.cards) and all(vocab.reporters_of(c.id) for c in vocab.cards)


def _goods_asked(text: str, taken: list[tuple[int, int]]) -> str | None:
    """The goods a question asks about (``exports of electronics``, ``electronics
    exports``), unless generic: the first of the ways of asking that names some."""
    for pattern in (_OF_GOODS, _GOODS_BEFORE, _PART_GOODS, _INCLUDING, _HOW_MUCH_GOODS, _BARE):
        match = pattern.search(text)
        found = _goods_of(match, taken) if match is not None else None
        if found is not None:
            return found
    return None


def _goods_of(match: re.Match[str], taken: list[tuple[int, int]]) -> str | None:
    group = next((g for g in ("mass", "words", "src") if match.groupdict().get(g)), "what")
    what = match.group(group).strip(" -")
    start = match.start(group)
    if any(s < start + len(what) and start < e for s, e in taken):
        return None  # a place ("exports of Hong Kong")
    words = [w.lower() for w in _WORD.findall(what)]
    if not words or any(w in _NOT_GOODS or w in MONTHS for w in words):
        return None
    if all(w in _COMMON or w in _STOP or w in _GENERIC for w in words):
        return None
    return what


# "How much of Romania's exports in 2024 were cars and car parts?"
_PART_GOODS = re.compile(
    r"\b(?:how much|what (?:share|part|proportion|percentage|portion))\s+of\b[^?]{0,60}?"
    r"\b(?:exports|imports|re-exports|shipments)\b[^?]{0,40}?\b(?:was|were|consisted of|came "
    r"from|went on)\s+(?-i:(?P<what>[a-z][a-z ,&-]{2,40}?))\s*(?:\?|$|\bin\b)",
    re.IGNORECASE,
)
# "total exports including diamonds": goods a table must hold to answer
_INCLUDING = re.compile(
    r"\b(?:exports|imports|re-exports|trade)\s+(?:including|incl\.?)\s+(?-i:(?P<what>[a-z]"
    r"[a-z -]{2,30}?))\s*(?:\?|$|,|\bin\b|\bfor\b)",
    re.IGNORECASE,
)
# "How much pulp did Uruguay export?", "Did pulp exports exceed ...?", "Uruguayan soy
# exports": a lower-case word right before the flow, when it is no common word
_HOW_MUCH_GOODS = re.compile(
    r"\bhow much (?-i:(?P<what>[a-z][a-z -]{2,30}?)) did\b[^?]{0,40}?\b(?:export|import|ship|"
    r"sell|buy)",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"(?:\b(?:did|do|does|were|was|are|is)\s+|['’]s\s+|\b(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+)"
    r"(?-i:(?P<what>[a-z]{3,}))\s+(?:exports|imports)\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _labelled(goods: str, vocab: Vocabulary) -> bool:
    """Whether a table's title or measure labels name the goods (``Electronics exports``)."""
    # "non-oil" is one word: "oil exports" are never named by a table of non-oil exports
    words = {w.lower().rstrip("s") for w in _COMPOUND.findall(goods)}
    for card in vocab.cards:
        text = " ".join((card.title, *(m.label for m in card.measures)))
        named = {w.lower().rstrip("s") for w in _COMPOUND.findall(text)}
        if words <= named:
            return True
    return False


def _split_roles(values: list[str], vocab: Vocabulary) -> tuple[list[str], list[tuple[str, str]]]:
    """Places held by a partner/region dimension stay partners; places only a dimension of
    another role holds (a ``country`` column of role ``other``) become filters."""
    partners: list[str] = []
    filters: list[tuple[str, str]] = []
    for value in values:
        terms = [t for t in vocab.terms if t.value == value]
        if not terms or any(t.role in ("partner", "region") for t in terms):
            partners.append(value)
        else:
            filters.append((terms[0].dimension, value))
    return partners, filters


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


def _held(key: str, vocab: Vocabulary) -> str | None:
    """The table value for a place key: the spelling most tables use, partners first."""
    terms = vocab.terms_for_place(key)
    if not terms:
        return None
    best = max(terms, key=lambda t: (t.role == "partner", t.role == "region", len(t.table_ids)))
    return best.value


def _is_subject(text: str, mention: PlaceMention, vocab: Vocabulary) -> bool:
    """``China's exports``, ``exports from Hong Kong to ...``, and ``Hong Kong exports``
    when the tables do not hold Hong Kong as a partner (``mainland exports`` in tables
    that do hold it is the telegraphic ``exports to the mainland``)."""
    before, after = text[: mention.start], text[mention.end :]
    if _SHARE_AFTER.match(after):
        return False  # "the euro area's share of Austria's imports": the part, not the reporter
    if _EXPORTS_FROM.search(before) or _IMPORTS_INTO.search(before):
        return True
    if _PARTNER_BEFORE.search(before):
        return False
    if _POSSESSIVE.match(after) or _ACTS.match(after):
        return True
    if _REPORTER_AFTER.match(after) and _TOWARDS_PLACE.search(after):
        return True  # "UK goods exports to the EU": the UK reports, the EU is the partner
    return bool(_REPORTER_AFTER.match(after)) and not vocab.terms_for_place(mention.key)


def _literal_terms(
    text: str, vocab: Vocabulary, taken: list[tuple[int, int]]
) -> list[tuple[Term, int, int]]:
    """Table values without a place key, named as they are (``Other Asian countries``)."""
    found: list[tuple[Term, int, int]] = []
    folded = text.casefold()
    for term, name, name_folded in vocab.literal_places:
        if name_folded not in folded:
            continue  # a table of thousands of partners: most names are not in the question
        match = re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.IGNORECASE)
        if match and not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((term, match.start(), match.end()))
    return found


def _fuzzy_places(
    text: str, vocab: Vocabulary, taken: list[tuple[int, int]]
) -> list[tuple[str, bool, tuple[int, int]]]:
    """Near misses of place names: (the tables' value, True) or (a place no table holds, False).

    ``Singapur`` finds the tables' ``Singapore``; a capitalised ``Brazl`` finds Brazil
    in the gazetteer. Demonyms (``Asian``, ``Korean``) are not read as places.
    """
    by_name = vocab.places_by_name
    names = [n for n in by_name if len(n) >= 5]
    known = _single_word_places()
    found: list[tuple[str, bool, tuple[int, int]]] = []
    for match in _WORD.finditer(text):
        word = match.group(0).lower().strip(".'’")
        if len(word) < 5 or word in _COMMON or word in _STOP or word in gazetteer():
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        # short words need a closer match ("chain" is not "China", "plain" not "Spain")
        cutoff = 0.8 if len(word) >= 7 else 0.88
        close = difflib.get_close_matches(word, names, n=1, cutoff=cutoff)
        if close and not word.startswith(close[0]):
            found.append((by_name[close[0]].value, True, match.span()))
            continue
        if not match.group(0)[0].isupper():
            continue
        near = difflib.get_close_matches(word, known, n=1, cutoff=max(cutoff, 0.85))
        if near and not word.startswith(near[0]):
            key = gazetteer()[near[0]]
            held = _held(key, vocab)
            found.append((held or display_name(key), bool(held), match.span()))
    return found


@lru_cache(maxsize=1)
def _single_word_places() -> list[str]:
    return [n for n in gazetteer() if " " not in n and len(n) >= 5]


def _is_month(value: str) -> bool:
    """A dimension value that is a month's name (``Jun``, ``June``): a period, never a filter."""
    return value.strip().lower().rstrip(".") in MONTHS


def _filters(
    text: str, vocab: Vocabulary, reporter: str | None = None
) -> tuple[tuple[str, str], ...]:
    """Commodity and other dimension values whose content words the question uses (of the
    named reporter's tables only: Morocco's "energy" is not Argentina's)."""
    asked = {w.lower() for w in _WORD.findall(text)}
    capitals = set(re.findall(r"\b[A-Z][A-Za-z]{1,4}\b", text))
    found: list[tuple[str, str]] = []
    for term in _reported_by(vocab, reporter):
        if term.place or is_total(term.value) or _is_month(term.value):
            continue  # a total row is what no filter gives; "Jun" in a question is a period
        initials = _INITIALS.search(term.value)
        if initials is not None and initials.group(1) in capitals:
            found.append((term.dimension, term.value))  # "MOI" for "... origin (MOI)"
            continue
        words = [w.lower() for w in _WORD.findall(term.value)]
        content = [w for w in words if w not in _STOP and w not in _COMMON and len(w) >= 3]
        if not content:
            continue
        hits = sum(_asked(w, asked) for w in content)
        if hits == len(content) or (hits >= 2 and hits >= 0.6 * len(content)):
            found.append((term.dimension, term.value))
    if not found:
        alone = _distinctive(asked, vocab, reporter)
        return tuple(alone) if len(alone) == 1 else ()
    more = _more_of_the_same(asked, vocab, found, reporter)
    return tuple(dict.fromkeys([*found, *more]))


@lru_cache(maxsize=8)  # a vocabulary is hashed by identity: one entry per store state
def _reported_by(vocab: Vocabulary, reporter: str | None) -> tuple[Term, ...]:
    """The commodity and other terms, of the reporter's tables when one is named (a table
    whose economy is unknown stays in)."""
    terms = vocab.other_terms()
    if reporter is None:
        return terms
    return tuple(
        t
        for t in terms
        if any(not vocab.reporters_of(i) or reporter in vocab.reporters_of(i) for i in t.table_ids)
    )


_INITIALS = re.compile(r"\((?-i:([A-Z][A-Za-z]{1,4}))\)\s*$")


def _distinctive(
    asked: set[str], vocab: Vocabulary, reporter: str | None = None
) -> list[tuple[str, str]]:
    """Values one of whose words the question uses and no other value of its dimension
    has (``machinery`` -> ``Machinery and transport equipment``)."""
    return [(dim, value) for dim, value, _ in _distinctive_words(asked, vocab, reporter)]


def _distinctive_words(
    asked: set[str], vocab: Vocabulary, reporter: str | None = None
) -> list[tuple[str, str, set[str]]]:
    """`_distinctive`, each value with its words."""
    by_dim: dict[str, list[tuple[str, set[str]]]] = {}
    for term in _reported_by(vocab, reporter):
        if _is_month(term.value):
            continue
        words = {w.lower() for w in _WORD.findall(term.value)} - _STOP - _COMMON - _GENERIC
        by_dim.setdefault(term.dimension, []).append((term.value, words))
    found: list[tuple[str, str, set[str]]] = []
    for dim, values in by_dim.items():
        for value, words in values:
            # "phosphate" in "Phosphate rock" is not distinctive beside "Phosphates and ..."
            others = {w.rstrip("s") for v, ws in values if v != value for w in ws}
            if any(len(w) >= 4 and w.rstrip("s") not in others and _asked(w, asked) for w in words):
                found.append((dim, value, words))
    return found


def _more_of_the_same(
    asked: set[str], vocab: Vocabulary, found: list[tuple[str, str]], reporter: str | None = None
) -> list[tuple[str, str]]:
    """Values of a dimension the question already takes a value from, named by a word
    only they hold that no value found explains: "spices and seafood" over ``Seafood``
    and ``Spices and Allied Products`` is both, never seafood alone."""
    dims = {dim for dim, _ in found}
    explained = {w.lower() for _, value in found for w in _WORD.findall(value)}
    extra: list[tuple[str, str]] = []
    for dim, value, words in _distinctive_words(asked, vocab, reporter):
        if dim not in dims or (dim, value) in found:
            continue
        if any(len(w) >= 4 and _asked(w, asked) and not _asked(w, explained) for w in words):
            extra.append((dim, value))
    return extra


def content_stems(text: str) -> set[str]:
    """The words of a text that can name goods, singular (``phosphates`` -> ``phosphate``):
    four letters or more, no common or generic word."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}  # "phosphate-sector": two
    kept = {w for w in words if len(w) >= 4} - _STOP - _COMMON - _GENERIC - _NOT_GOODS
    return {w.removesuffix("s") for w in kept}


def _asked(word: str, asked: set[str]) -> bool:
    """A table's word the question uses, as is, singular, or shortened (telecom)."""
    if word in asked or word.rstrip("s") in asked:
        return True
    return any(len(a) >= 4 and (word.startswith(a) or a.startswith(word)) for a in asked)


def read_flows(text: str) -> tuple[str, ...]:
    """The trade flows a question names, in the order it names them."""
    found = _flow_mentions(text)
    spans = _definitions(text, found)
    ordered = [m for m in found if not any(s <= m[0] < e for s, e in spans)]
    return tuple(dict.fromkeys(flow for _, _, flow in ordered))


def _flow_mentions(text: str) -> list[tuple[int, int, str]]:
    """Each flow named, as (start, end, flow), in order; the first pattern to claim a place
    keeps it (``re-exports`` is not also ``exports``)."""
    found: list[tuple[int, int, str]] = []
    for flow, pattern in FLOW_PATTERNS:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e, _ in found):
                continue
            found.append((match.start(), match.end(), flow))
    return sorted(found)


_DEFINES = re.compile(r"^\s*(?:\(|,|:|-|–|—|i\.e\.,?)\s*(?:(?:the|its|their)\s+)?$", re.I)
_JOINS = re.compile(r"^\s*(?:\+|plus|and)\s*$", re.I)


def without_definitions(text: str) -> str:
    """The question with the parts a total is defined by blanked out: "total exports
    (domestic plus re-exports)" asks for total exports, not for a sum of three flows."""
    for start, end in _definitions(text, _flow_mentions(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _definitions(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where a total is followed by the parts that make it, joined by plus or and: the
    spans of those parts."""
    from bot.evaluate.identities import identities

    spans = []
    for identity in identities():
        parts = sorted(t.flow for t in identity.terms)
        if identity.dimension != "flow" or any(t.sign < 0 for t in identity.terms):
            continue
        for index, (_, end, flow) in enumerate(mentions):
            after = mentions[index + 1 : index + 1 + len(parts)]
            if flow != identity.flow or sorted(f for _, _, f in after) != parts:
                continue
            gaps = [text[end : after[0][0]]]
            gaps += [text[a[1] : b[0]] for a, b in itertools.pairwise(after)]
            if _DEFINES.match(gaps[0]) and all(_JOINS.match(g) for g in gaps[1:]):
                spans.append((after[0][0], after[-1][1]))
    return spans
