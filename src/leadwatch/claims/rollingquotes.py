"""A 24-hour change stated with the price it reached, graded over the UTC days (pure).

"Bitcoin was trading at $102,500, a 6% gain over the previous 24 hours", "ether, up 4%
in the past 24 hours at $3,900": the change runs from a price 24 hours before the quote
to the quoted price. On a store of daily (00:00 UTC) closes the quote lies in the day's
range, and its 24 hours start in the session before: from that session's opening (the
close two days back) to its close. :func:`rolling_quote` grades the move from either of
those two closes to the quoted price (the price after the figure, "up 4% at $3,900", or
before it in the same sentence, "trading at $102,500, a 6% gain"), where the quote lies in
the day's high-low range; ``None`` where it does not apply or does not fit, so the grade
on closes (or its ``inconclusive`` note) stands.

Examples
--------
>>> s = "Ether changed hands at $3,410, up 4.8% in the last 24 hours."
>>> price_before(s, "4.8%")
3410.0
>>> price_before("Gold rose 2% over the past 24 hours.", "2%") is None
True
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import event_day
from leadwatch.claims.market import FEED_TOLERANCE, Market
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import any_of

__all__ = ["price_before", "rolling_quote"]

Result = tuple[str, str, dict[str, Any]]

_ROLLING = any_of(r"(?:past|last|previous|prior) 24 hours", "24-hour", r"24 ?hrs?")
#: "trading at $102,500, ", "changing hands near $3,900, ": a quote before the figure.
_QUOTE = re.compile(
    r"\b(?:trad(?:ing|ed|es)|chang(?:ing|ed) hands|(?:was|is|stood|sat|hovered|hovering))"
    r" (?:at|near|around|about|above|below) (?:US)?\$\s?"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]*\s*(?:billion|trillion|million)\b)"
    r"[^.;$%]{0,40}$",
    re.IGNORECASE,
)


def price_before(sentence: str, words: str) -> float | None:
    """The price quoted before the figure ``words`` in its sentence, or ``None``."""
    pos = sentence.find(words)
    m = None if pos < 0 else _QUOTE.search(sentence[max(0, pos - 120) : pos])
    return None if m is None else float(m.group(1).replace(",", ""))


def rolling_quote(
    c: Claim, sentence: str, price: float | None, day: pd.Timestamp, market: Market
) -> Result | None:
    """The grade of a 24-hour move ``c`` to the quoted ``price`` (module doc), else ``None``."""
    pos = sentence.find(c.words)
    if c.asset is None or c.pct is None or pos < 0 or market.is_rate(c.asset):
        return None
    if not _ROLLING.search(sentence[pos : pos + len(c.words) + 60]):
        return None
    price = price if price is not None else price_before(sentence, c.words)
    seen = market.asof(c.asset, event_day(c.when, day))
    rng = None if seen is None or price is None else market.range_on(c.asset, seen[0])
    if seen is None or rng is None or price is None:
        return None
    if not rng[0] * (1 - FEED_TOLERANCE) <= price <= rng[1] * (1 + FEED_TOLERANCE):
        return None
    before = market.close(c.asset).loc[: seen[0] - pd.Timedelta(days=1)].iloc[-2:]
    stated = c.pct / 100 * (1 if c.op == "up" else -1)
    for when, v0 in reversed(list(before.items())):
        ch = price / float(v0) - 1.0
        if fits_stated(ch, stated, c.qualifiers):
            text = (
                f"{market.source(c.asset)} {float(v0):,.2f} on {pd.Timestamp(when).date()} -> "
                f"the quoted {price:,.2f} (inside the day's range {rng[0]:,.2f}-{rng[1]:,.2f} "
                f"on {seen[0].date()}): {ch:+.1%} against the stated {stated:+.1%} (24 hours "
                "to a quote start in the session before: from its opening or its close)"
            )
            return "confirmed", text, {"change": ch, "stated": stated, "quoted": price}
    return None
