"""Price cards: an asset's name, then its quote and changes one to a line (pure).

Snapshot widgets, crypto dashboards and feed pages print a quote as a card, one field per
line and no verb: "Bitcoin (BTC)" / "$87,364" / "▼ 7% YTD". :func:`card_claims` reads the
lines after a heading that names one asset (:func:`leadwatch.claims.fields.heading`): a
line holding only a price is its level (:func:`leadwatch.claims.fields.level_claim`
decides the unit), a line holding only a signed or arrowed percentage its move, over the
window a trailing word names ("24h", "(week)", "YTD", "7d"; none: the day); a line may hold
several changes joined by a dot, a bar or a comma ("+0.2% daily \u00b7 WoW -0.7%"), a rate's
in basis points ("+10 bp WoW"), and a "range" beside them. Any other line ends the card.
:func:`row_claims` joins these with labelled fields, chained rows and table rows.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Ethereum (ETH)\\n\\n$2,938\\n\\n\\u25b2 0.8% (24h)\\n"
>>> found = card_claims(split_sentences(text))
>>> [(c.kind, c.asset, c.op, c.level or c.pct, c.window) for v in found.values() for c in v]
[('level', 'eth', 'at', 2938.0, None), ('percent', 'eth', 'up', 0.8, None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.fields import field_claims, heading, level_claim
from leadwatch.claims.model import Claim
from leadwatch.claims.rowchains import chain_claims
from leadwatch.claims.tables import label_meaning, table_claims
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import YIELDS

__all__ = ["card_claims", "row_claims"]

#: A line that is only a quote: "$87,364", "95.74", "US$4,500/oz", "4.12%".
_PRICE = re.compile(
    r"^(?P<sign>[+\-\u2212])?(?P<cur>(?:US)?\$)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>%)?"
    r"\s*(?:/\s?oz|per (?:troy )?ounce|USD)?$",
    re.IGNORECASE,
)
#: One change of a change line: "\u25bc 7% YTD", "+3.4% (7d)", "24h: -1.2%", "WoW -0.74%",
#: "+10 bp WoW" (a rate's basis points).
_CHANGE = re.compile(
    r"^(?:(?P<label>[\w -]{1,16}?)(?::\s*|\s+(?=[+\-\u2212\u25b2\u25bc\u2191\u2193])))?"
    r"(?P<sign>[+\-\u2212\u25b2\u25bc\u2191\u2193])\s?"
    r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|bps?\b|basis points?\b)"
    r"\s*(?:\(?(?P<window>[\w -]{1,16}?)\)?)?\s*$"
)
# Between the changes of one line: "+0.17% daily \u00b7 WoW -0.74%", "\u25b2 2% (24h) | \u25bc 5%".
_SEPARATOR = re.compile(r"\s+[\u00b7|\u2022/]\s+|[,;]\s+")
# A piece of a change line that states nothing checked here: "range 16.6-17.9".
_RANGE = re.compile(r"^(?:intraday |daily |day'?s |24h )?range\b.{0,30}$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")  # "2025" under a name heads a year's figures
_DOWN = "-\u2212\u25bc\u2193"
_LINES = 4  # a card's fields after its heading, at most


def card_claims(sentences: Sequence[Sentence]) -> dict[int, list[Claim]]:
    """Claims of every card's quote and change lines, by sentence index (module doc)."""
    out: dict[int, list[Claim]] = {}
    asset: str | None = None
    left = 0
    for sent in sentences:
        claims = _field(sent, asset) if asset is not None and left > 0 else None
        if claims is not None:
            out[sent.index] = claims
            left -= 1
            continue
        asset, left = heading(sent.text), _LINES
    return out


def _field(sent: Sentence, asset: str) -> list[Claim] | None:
    """The claims of one card line, ``None`` for a line that is no field of a card."""
    price = _PRICE.match(sent.text)
    if price is not None and not (price["cur"] is None and _YEAR.match(price["num"])):
        level = level_claim(price, asset, sent.index, float(price["num"].replace(",", "")), None)
        if level is not None:  # else a signed figure: a change
            return [level]
    pieces = [p for p in _SEPARATOR.split(sent.text.strip()) if not _RANGE.match(p)]
    changes = [_change(p, sent.index, asset) for p in pieces]
    found = [c for c in changes if c is not None]
    return found if found and len(found) == len(changes) else None


def _change(piece: str, index: int, asset: str) -> Claim | None:
    """The claim of one change of a card line, ``None`` when it is none."""
    change = _CHANGE.match(piece)
    if change is None or float(change["num"]) == 0:
        return None
    bp = change["unit"] != "%"
    if bp and asset not in YIELDS:
        return None  # basis points of a price: no change read here
    named = [w.strip() for w in (change["label"], change["window"]) if w]
    meanings = {label_meaning(w) or "" for w in named} or {"move:day"}
    if len(meanings) > 1 or not all(m.startswith("move:") for m in meanings):
        return None  # "ATH: +72%", "Volume: +4%": no window of a price
    window = meanings.pop()[5:]
    op = "down" if change["sign"] in _DOWN else "up"
    return Claim(index, "percent", asset, piece, op, pct=float(change["num"]),
                 window=None if window == "day" else window,
                 qualifiers=("bp",) if bp else ())  # fmt: skip


def row_claims(sentences: Sequence[Sentence]) -> dict[int, list[Claim]]:
    """Claims of labelled fields, price cards and table rows, by sentence index."""
    found = {**card_claims(sentences), **field_claims(sentences), **chain_claims(sentences)}
    return {**found, **table_claims(sentences)}
