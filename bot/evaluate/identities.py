"""Trade identities as data: a measure no table publishes, made from its components.

`identities.yaml` (beside this module) lists them: total exports = domestic exports +
re-exports, and visible trade balance = total exports - imports. `derive` builds a
`DerivedSeries` for a wanted flow when, and only when, every component comes from the
same table, slice and unit; each observation keeps its components as ``parts``, so the
figure's formula and source rows show the identity.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from bot.resolve import Observation, Series, flow_key
from vectorstore.records import Measure


@dataclass(frozen=True)
class Term:
    flow: str  # the flow, or (for a partner identity) the partner's place key
    sign: int


@dataclass(frozen=True)
class Identity:
    name: str
    flow: str  # the flow made, or the partner key made ("WORLD") when ``dimension`` is partner
    terms: tuple[Term, ...]
    dimension: str = "flow"

    def words(self) -> str:
        """``domestic exports + re-exports``."""
        text = ""
        for i, term in enumerate(self.terms):
            op = "" if i == 0 else (" + " if term.sign > 0 else " - ")
            text += f"{op}{term.flow}"
        return text


@cache
def identities() -> tuple[Identity, ...]:
    """The identities of `identities.yaml`, in file order."""
    text = resources.files("bot.evaluate").joinpath("identities.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    made: list[Identity] = []
    for item in data.get("identities", ()):
        if "partner" in item:
            terms = tuple(Term(str(t["partner"]), int(t["sign"])) for t in item["terms"])
            made.append(Identity(str(item["name"]), str(item["partner"]), terms, "partner"))
            continue
        terms = tuple(Term(flow_key(str(t["flow"])), int(t["sign"])) for t in item["terms"])
        made.append(Identity(str(item["name"]), flow_key(str(item["flow"])), terms))
    return tuple(made)


@dataclass(frozen=True)
class DerivedSeries(Series):
    """A series made by an identity; each observation's ``parts`` are its components, in
    the identity's order, and ``signs`` say how each one counts."""

    identity: Identity | None = None
    components: tuple[Series, ...] = ()
    words: str = ""  # the identity in the table's words: "domestic exports + re-exports"

    @property
    def flow(self) -> str | None:
        return self.identity.flow if self.identity else None


Finder = Callable[[str], list[Series]]


def derive(flow: str, find: Finder) -> list[Series]:
    """Series for ``flow`` made by an identity from components that ``find`` (flow ->
    series, best first) returns; [] when no identity applies."""
    chosen = [i for i in identities() if i.dimension == "flow" and i.flow == flow_key(flow)]
    return _made(chosen, find, "flow")


def derive_total(find: Finder) -> list[Series]:
    """Series for the total over partners made by a partner identity (intra-EU + extra-EU)
    from components ``find`` (partner place key -> series) returns."""
    return _made([i for i in identities() if i.dimension == "partner"], find, "partner")


def _made(chosen: list[Identity], find: Finder, role: str) -> list[Series]:
    made: list[Series] = []
    for identity in chosen:
        found = [find(term.flow) for term in identity.terms]
        if not all(found):
            continue
        for first in found[0]:
            others = [_partner_of(first, series, role) for series in found[1:]]
            if all(o is not None for o in others):
                parts = (first, *(o for o in others if o is not None))
                series = _combined(identity, parts, role)
                if series is not None:
                    made.append(series)
    return made


def _partner_of(first: Series, candidates: list[Series], role: str) -> Series | None:
    """The component from the same table, slice (but the identity's dimension) and unit."""
    for series in candidates:
        if (
            series.card.id == first.card.id
            and series.unit == first.unit
            and series.measure.kind == first.measure.kind == "level"
            and _slice(series, role) == _slice(first, role)
        ):
            return series
    return None


def _slice(series: Series, role: str) -> tuple[tuple[str, str], ...]:
    roles = {d.name: d.role for d in series.card.dimensions}
    return tuple(sorted((k, v.casefold()) for k, v in series.keys if roles.get(k) != role))


def _combined(identity: Identity, parts: tuple[Series, ...], role: str) -> DerivedSeries | None:
    indexes = [{o.period: o for o in s.observations} for s in parts]
    periods = [p for p in indexes[0] if all(p in index for index in indexes[1:])]
    if not periods:
        return None
    observations = []
    for period in periods:
        pieces = tuple(index[period] for index in indexes)
        value = sum(t.sign * o.value for t, o in zip(identity.terms, pieces, strict=True))
        observations.append(Observation(period, value, pieces[0].row, (), pieces))
    first = parts[0]
    roles = {d.name: d.role for d in first.card.dimensions}
    if role == "partner":  # written with the partners as the table names them
        named = [next((v for k, v in p.keys if roles.get(k) == role), "?") for p in parts]
        words = " + ".join(named)
        identity = Identity(identity.name, first.flow or "exports", identity.terms, role)
    else:
        words = identity.words()
    measure = Measure(
        name=f"{identity.name} = {words}",
        label=f"{identity.name} ({words})",
        unit=first.measure.unit,
        kind="level",
        scale=first.measure.scale,
        flow=identity.flow,
    )
    keys = tuple((k, v) for k, v in first.keys if roles.get(k) != role)
    return DerivedSeries(
        first.card,
        measure,
        keys,
        tuple(observations),
        max(s.decimals for s in parts),
        identity=identity,
        components=parts,
        words=words,
    )
