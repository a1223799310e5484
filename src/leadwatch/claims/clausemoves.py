"""A move without a figure in a first clause, joined to a second clause with a figure.

"The dollar index was down again in March and is down 6.1% for the year so far", "Gold
rose in April but is still off 3% since January": the first clause states a move of its
own period (March; April) with no figure, the second a sized move over another window.
The sentence yields both; the second clause's figure keeps its own window and does not
take the first clause's period as its day (so "year so far" runs to the article's date).
The figure's claim is found first (``claims``); the bare move is added only when such a
later figure of the same asset stands in the sentence.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Silver fell in May and has lost 9% since January.")
>>> [(c.kind, c.op, c.pct, c.window, c.when) for c in ex.claims]
[('percent', 'down', 9.0, 'since:January', None), ('move', 'down', None, None, ('month', (0, 5)))]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import MONTH_NAME_RE, WEEKDAYS, YEAR_RE

__all__ = ["clause_moves"]

_UP = r"up|higher|rose|gained|rallied|climbed|advanced|jumped|strengthened|firmed"
_BARE = re.compile(
    r"\b(?:(?:was|were|ended|finished|closed|traded)\s+(?:(?:also|again|slightly|sharply"
    r"|marginally|modestly|firmly|solidly)\s+)*(?P<dir>up|down|higher|lower)"
    rf"|(?P<verb>{_UP}|fell|lost|declined|slipped|dropped|retreated|slid|sank|weakened|eased))"
    r"(?:\s+(?:again|also|sharply|slightly|modestly))?"
    rf"\s+(?P<time>in (?:{MONTH_NAME_RE})(?: {YEAR_RE})?|last (?:week|month|year)"
    rf"|on (?:{'|'.join(WEEKDAYS)})|this (?:week|month))"
    r",?\s+(?:and|but|while|yet|though)\s",
    re.IGNORECASE,
)


def _asset_before(mentions: list[AssetMention], pos: int) -> str | None:
    before = [m.asset for m in mentions if m.start < pos and m.asset not in GROUPS]
    return before[-1] if before else None


def clause_moves(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """``claims`` with the figureless first-clause moves of ``s`` added (see the module doc)."""
    out = list(claims)
    for m in _BARE.finditer(s):
        asset = _asset_before(mentions, m.start())
        later = [
            i
            for i, c in enumerate(out)
            if c.asset == asset and c.kind in ("percent", "move") and s.find(c.words) >= m.end()
        ]
        if asset is None or not later:
            continue
        when = find_when_at(s, m.start("time"))
        for i in later:  # "... and is down 6.1% for the year so far": its own window, now
            if out[i].window is not None and out[i].when == when:
                out[i] = replace(out[i], when=None)
        word = (m.group("dir") or m.group("verb")).lower()
        op = "up" if re.fullmatch(_UP, word) else "down"
        out.append(
            Claim(index, "move", asset, m.group(0)[: m.end("time") - m.start()], op, when=when)
        )
    return out
