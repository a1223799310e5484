"""A level said of a weekday's night, for an asset that trades around the clock.

"Bitcoin topped out at $81,000 on Thursday night" (or "in the night between Thursday and
Friday"): written in New York, the evening of
Thursday falls in Friday's session of a series whose day closes at 00:00 UTC; written in
Europe or Asia, it may still be Thursday's. The outlet's clock is unknown, so such a level
holds when it holds on the day named or on the next one (only where the next day is not
after the article's date). An asset trades around the clock when its series has weekend
closes; a night of an exchange-traded asset is its named day's.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> c = Claim(0, "level", "btc", "at $81,000", "at", 81000.0, when=("weekday", 3))
>>> night_of("BTC capped at $81,000 on Thursday night.", c).when
('weekday', 4)
>>> night_of("BTC capped at $81,000 on Thursday.", c) is None
True
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["night_of", "trades_overnight"]

_DAYS = "|".join(WEEKDAYS)
_NIGHT = re.compile(
    rf"\b(?P<d>{_DAYS})\s+(?:night|evening)\b|\blate\s+(?:on\s+)?(?P<late>{_DAYS})\b"
    rf"|\bnight\s+(?:between|from)\s+(?P<from>{_DAYS})\s+(?:and|to|into)\b",
    re.IGNORECASE,
)


def night_of(sentence: str, c: Claim) -> Claim | None:
    """``c`` moved to the day after the weekday it names when ``sentence`` says that
    weekday's night or evening ("on Thursday night", "late Thursday", "the night between
    Thursday and Friday", or a claim marked "night" for it), else ``None``."""
    if c.when is None or c.when[0] != "weekday":
        return None
    day = int(c.when[1])
    if "night" in c.qualifiers:  # a summary line's figure the body said of that night
        return replace(c, when=("weekday", (day + 1) % 7))
    for m in _NIGHT.finditer(sentence):
        if WEEKDAYS.index((m.group("d") or m.group("late") or m.group("from")).lower()) == day:
            return replace(c, when=("weekday", (day + 1) % 7))
    return None


def trades_overnight(market: Market, asset: str) -> bool:
    """Whether ``asset``'s series has weekend closes (a market open around the clock)."""
    index = pd.DatetimeIndex(market.close(asset).index)
    return bool((index.day_of_week >= 5).any())
