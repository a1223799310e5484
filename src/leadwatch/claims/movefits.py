"""How closely an article's stated moves fit each day, for dating (pure).

Every stated move counts, also one beside its level ("rose 2% to $50", not scored as a
claim of its own): :func:`stated_move_fits` gives the fit of all of them over their
windows, and of the one-session moves alone (pinned to a day, the more precise). A
session move told with the price it reached ("was up 4.9%, reaching $75.18") is measured
from the close before to that price (:mod:`.quotedprices`), not to the day's close, and a
move told of the futures on the futures alone (:func:`.closeness.quote_fit`).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims import extract_claims
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2026-01-05", periods=3)
>>> m = Market({"gold": pd.Series([100.0, 101.0, 96.0], index=days)})
>>> ex = extract_claims("Gold was down 3% at $98 in early trade.")
>>> moves, sessions = stated_move_fits(ex, m, days)
>>> sessions.round(4).tolist()  # 101 -> 98 is -3.0% (the close fell 5%); a fix lags a day
[0.02, 0.0006, 0.0006]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from leadwatch.claims.closeness import quote_fit
from leadwatch.claims.extract import Extraction
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.quotedprices import quoted_price
from leadwatch.claims.sessions import with_windows
from leadwatch.claims.text import Sentence

__all__ = ["stated_move_fits"]


def stated_move_fits(
    extraction: Extraction, market: Market, calendar: pd.DatetimeIndex
) -> tuple[pd.Series, pd.Series]:
    """The fit per calendar day (lower is better, 1.0 where none is stated) of all the
    stated moves of ``extraction``, and of its one-session moves alone."""
    stated = [c for c in extraction.claims if c.kind == "percent" and market.has(c.asset)]
    windowed = with_windows(stated, market)
    reached = _reached(extraction.sentences)
    moves = quote_fit(windowed, market, calendar, ("percent",), reached)
    sessions = [c for c in windowed if c.window in (None, "day")]
    return moves, quote_fit(sessions, market, calendar, ("percent",), reached)


def _reached(sentences: Sequence[Sentence]) -> Callable[[Claim], float | None]:
    def price(c: Claim) -> float | None:
        if not 0 <= c.sentence < len(sentences):
            return None
        return quoted_price(sentences[c.sentence].text, c.words)

    return price
