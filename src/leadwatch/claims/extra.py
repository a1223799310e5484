"""Claims about flows, positioning and fundamentals, added to an article's checked claims.

:func:`grade_extra` reads every sentence of the article (page furniture left out),
finds fund-flow, options-positioning and supply/demand claims
(:mod:`leadwatch.claims.flows`, :mod:`leadwatch.claims.fundamentals`) and grades them on
:class:`ExtraData`. A generic ``figure`` claim of the extractor that one of these claims
now grades (same sentence, same number) is replaced by it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from leadwatch.claims.check import CheckedClaim
from leadwatch.claims.extract import Claim, Extraction
from leadwatch.claims.flows import (
    flow_matches,
    flows_for,
    grade_flow,
    grade_positioning,
    option_matches,
)
from leadwatch.claims.fundamentals import clauses, grade_clause

__all__ = ["ExtraData", "grade_extra"]

_ASSETS = {
    "btc": r"bitcoin|\bBTC\b|crypto",
    "eth": r"ether(?:eum)?\b|\bETH\b",
    "gold": r"\bgold\b",
    "silver": r"\bsilver\b",
}
#: Sentences looked back for the asset a flow or options sentence is about.
CONTEXT = 3


@dataclass(frozen=True)
class ExtraData:
    """Tables beyond prices, as read from the store.

    Attributes
    ----------
    flows
        Dataset name -> daily total net flow (trading days only).
    fundamentals
        Every edition's figures (long; :meth:`leadwatch.store.Store.fundamentals`).
    snapshots
        Point-in-time figures (:meth:`leadwatch.store.Store.snapshots`).
    sources
        Dataset name -> how to name it in evidence.
    """

    flows: Mapping[str, pd.Series] = field(default_factory=dict)
    fundamentals: pd.DataFrame = field(default_factory=pd.DataFrame)
    snapshots: pd.DataFrame = field(default_factory=pd.DataFrame)
    sources: Mapping[str, str] = field(default_factory=dict)


def _asset(extraction: Extraction, index: int) -> str | None:
    for i in range(index, max(-1, index - CONTEXT - 1), -1):
        text = extraction.sentences[i].text
        found = [(m.start(), a) for a, p in _ASSETS.items() for m in re.finditer(p, text, re.I)]
        if found:
            return min(found)[1]
    return None


def _claim(index: int, kind: str, asset: str | None, words: str) -> Claim:
    return Claim(sentence=index, kind=kind, asset=asset, words=words)


def _flow_claims(
    extraction: Extraction, index: int, day: pd.Timestamp, extra: ExtraData
) -> list[CheckedClaim]:
    text = extraction.sentences[index].text
    out = []
    for m in flow_matches(text):
        asset = _asset(extraction, index)
        claim = _claim(index, "flow", asset, m.group(0))
        found = flows_for(asset, extra.flows) if asset else None
        if found is None:
            what = f"{asset} fund flows" if asset else "flows of an unnamed fund"
            out.append(CheckedClaim(claim, text, "not checkable", f"no table of {what}"))
            continue
        name, series = found
        status, evidence, data = grade_flow(text, m, day, series, extra.sources.get(name, name))
        out.append(CheckedClaim(claim, text, status, evidence, data | {"table": name}))
    return out


def _option_claims(
    extraction: Extraction, index: int, day: pd.Timestamp, extra: ExtraData
) -> list[CheckedClaim]:
    text = extraction.sentences[index].text
    matches = option_matches(text)
    if not matches:
        return []
    asset = _asset(extraction, index)
    claim = _claim(index, "positioning", asset, matches[0].group(0))
    if asset is None:
        return [CheckedClaim(claim, text, "not checkable", "options on an unnamed underlying")]
    if extra.snapshots.empty:
        return [CheckedClaim(claim, text, "not checkable", "no options snapshots in the store")]
    status, evidence, data = grade_positioning(text, matches[0], day, extra.snapshots, asset)
    return [CheckedClaim(claim, text, status, evidence, data)]


def _fundamental_claims(
    extraction: Extraction, index: int, day: pd.Timestamp, extra: ExtraData
) -> list[CheckedClaim]:
    if extra.fundamentals.empty:
        return []
    text = extraction.sentences[index].text
    out = []
    for part in clauses(text):
        graded = grade_clause(part, extra.fundamentals, day)
        if graded is None:
            continue
        words, (status, evidence, data) = graded
        claim = _claim(index, "fundamental", "silver" if "silver" in text.lower() else None, words)
        out.append(CheckedClaim(claim, text, status, evidence, data))
    return out


def _replaces(old: CheckedClaim, new: Sequence[CheckedClaim]) -> bool:
    if old.claim.kind != "figure":
        return False
    number = re.sub(r"[^\d.]", "", old.claim.words)
    return any(n.claim.sentence == old.claim.sentence and number and number in n.claim.words
               for n in new)  # fmt: skip


def grade_extra(
    extraction: Extraction,
    day: pd.Timestamp,
    extra: ExtraData,
    checked: Sequence[CheckedClaim],
) -> tuple[CheckedClaim, ...]:
    """``checked`` with the flow, positioning and fundamentals claims added, in text order."""
    day = pd.Timestamp(day).normalize()
    new: list[CheckedClaim] = []
    for sentence in extraction.sentences:
        if sentence.boilerplate:
            continue
        i = sentence.index
        new += _flow_claims(extraction, i, day, extra)
        new += _option_claims(extraction, i, day, extra)
        new += _fundamental_claims(extraction, i, day, extra)
    kept = [c for c in checked if not _replaces(c, new)]
    merged = sorted([*kept, *new], key=lambda c: c.claim.sentence)
    return tuple(merged)
