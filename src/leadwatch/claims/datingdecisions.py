"""A policy rate stated with its change told as news dates the article to the days right
after the change (pure).

"The central bank trimmed its key rate half a point, leaving a range of 2.25% to 2.5%",
"the policy rate has been raised to a range of 1% to 1.25%": the level is today's news,
so it holds on the few days after the rate moved there (:data:`FRESH_DAYS`), not on every
day of the months the rate then stays put. A change told as still to come ("is expected
to cut to a range of ...") or long past ("cut in March to ...", "since the Fed raised
...") keeps the plain level test.

Examples
--------
>>> decision_news("The Fed lowered its key rate by a quarter point to 3.5% to 3.75%.")
True
>>> decision_news("The policy rate has been raised to a range of 1% to 1.25%.")
True
>>> decision_news("Traders expect the Fed to cut rates to a range of 3% to 3.25%.")
False
>>> decision_news("The Fed cut rates in March to a range of 2% to 2.25%.")
False
>>> decision_news("The fed funds rate stands at a range of 3.75% to 4%.")
False
>>> decision_news("The Fed kept its range at 4% to 4.25% after two straight cuts.")
False
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["FRESH_DAYS", "decision_news", "fresh_decision"]

#: Policy rates whose changes are decisions (the series steps on the decision's effect).
_POLICY = frozenset({"fed_funds"})
#: The days a change stays news: from the day before the series steps (the decision day
#: of a rate effective the next day) to this many days after it.
FRESH_DAYS = 3
#: A step of the daily series' weekly median this large is a decision, not noise.
_STEP = 0.2
#: The FOMC has announced its decisions on the day since February 1994; before, the target
#: moved unannounced and the daily rate swings too much to show the steps.
_ANNOUNCED = pd.Timestamp("1994-02-01")
_VERB = re.compile(
    r"\b(?:cut|cuts|cutting|lower(?:ed|s|ing)|reduc(?:ed|es|ing)|decreas(?:ed|es|ing)"
    r"|trimm(?:ed|ing)|slash(?:ed|es|ing)|rais(?:ed|es|ing)|hik(?:ed|es|ing)"
    r"|increas(?:ed|es|ing)|lift(?:ed|s|ing))\b",
    re.IGNORECASE,
)
#: The change told as to come, or as long past, or a hold beside past changes: not the day's
#: news.
_NOT_NEWS = re.compile(
    r"\b(?:will|would|could|may|might|should|expect\w*|forecast\w*|project\w*|predict\w*"
    r"|odds|chance|probability|pric(?:e|es|ed|ing) in|likely|next|another|further|since"
    r"|ago|earlier|last\s+(?:week|month|year)|previous|prior|(?:in|since)\s+(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December"
    r"|\d{4})|maintain\w*|unchanged|held|hold|holds|kept|keeps?|steady|paus\w+)\b",
    re.IGNORECASE,
)


#: A record the new rate sets ("its lowest level since early 2023"): no sign of a past change.
_RECORD_SINCE = re.compile(
    r"\b(?:lowest|highest|first|weakest|strongest)\b[^,;.]{0,30}?\bsince\b", re.IGNORECASE
)


def decision_news(sentence: str) -> bool:
    """Does ``sentence`` tell a change of a policy rate as the day's news?

    >>> decision_news("The Fed cut its rate to 3.5%-3.75%, its lowest level since early 2023.")
    True
    """
    told = _RECORD_SINCE.sub(" ", sentence)
    return bool(_VERB.search(told)) and not _NOT_NEWS.search(told)


def fresh_decision(claim: Claim, sentence: str, market: Market, held: pd.Series) -> pd.Series:
    """``held`` (over article days) kept to the days right after a step of the rate, when
    ``claim`` states a policy rate's level in a sentence telling its change as news."""
    if claim.kind != "level" or claim.asset not in _POLICY or not decision_news(sentence):
        return held
    close = market.close(claim.asset).loc[_ANNOUNCED:]
    before = close.rolling(9).median().shift(1)  # the level of the days before, robust to
    after = close[::-1].rolling(9).median()[::-1]  # a settlement day's spike, and the next's
    moved = ((after - before).abs() >= _STEP) & ((close - before).abs() >= _STEP)
    moved &= ~moved.shift(1, fill_value=False)  # a step's first day
    steps = pd.DatetimeIndex(close.index[moved]).normalize()
    days = pd.DatetimeIndex(held.index)
    fresh = pd.Series(False, index=held.index)
    for step in steps:
        fresh |= (days >= step - pd.Timedelta(days=1)) & (
            days <= step + pd.Timedelta(days=FRESH_DAYS)
        )
    kept = held & fresh
    return kept if bool(kept.any()) else held
