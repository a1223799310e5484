"""Prices tied to a past time, less those a forecast named then (pure).

:func:`leadwatch.claims.pastanchor.anchored` moves a price told with a past time to that
time's window ("as low as $31.20 in March", "Last week, gold hit $3,000"). A sentence
opening with a past time may still tell what somebody expected then ("Last week, an analyst
predicted that ether would soon crash below $2,000"): such a price is a forecast made in
the past, no level of that time: words of a forecast stand before the figure in its
clause (a level of support or resistance named then is still that time's).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Last week, gold hit $3,000 and traders said it could reach $3,200 soon."
>>> [c.level for c in past_prices(s, 0, find_assets(s), None, [], "prev:week")]
[3000.0]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim
from leadwatch.claims.pastanchor import anchored

__all__ = ["past_prices"]

#: Words of a forecast before the figure, in its clause ("predicted that ether would soon
#: crash below", "could reach", "warned of a possible slide to").
_FORECAST_BEFORE = re.compile(
    r"\b(?:predict\w*|forecast\w*|expect\w*|project\w*|could|would|might|(?-i:may)|will"
    r"|potential(?:ly)?|possib(?:le|ly)|warn(?:s|ed|ing)? (?:of|that))\b[^,;.]{0,60}$",
    re.IGNORECASE,
)
#: A price figure: "$3,200", "US$2,000", "95.5k".
_FIGURE = re.compile(r"(?:US)?\$?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?")


def past_prices(
    s: str,
    index: int,
    mentions: list[AssetMention],
    subject: str | None,
    claims: list[Claim],
    then: str | None = None,
) -> list[Claim]:
    """``claims`` of sentence ``s`` with its prices tied to a past time (:func:`anchored`;
    ``then``: the anchor the sentence opens with), less those a forecast names."""
    out = []
    for c in anchored(s, index, mentions, subject, claims, then):
        at = _figure_at(s, c.level) if (c.window or "").startswith("ext:") else None
        if at is None or not _FORECAST_BEFORE.search(s, 0, at):
            out.append(c)
    return out


def _figure_at(s: str, level: float | None) -> int | None:
    """Where the figure of ``level`` stands in ``s`` (its first one), else ``None``."""
    for m in _FIGURE.finditer(s):
        digits = m.group(0).lstrip("US$").rstrip("kK ").replace(",", "")
        try:
            value = float(digits) * (1000 if m.group(0)[-1] in "kK" else 1)
        except ValueError:
            continue
        if level is not None and value == level:
            return m.start()
    return None
