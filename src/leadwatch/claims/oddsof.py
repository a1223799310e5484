"""A comparison or a move told as a chance: "the odds of ether outpacing bitcoin" (pure).

"Traders put the chances of gold outperforming stocks at 60%", "bets on silver beating
gold", "the probability of bitcoin topping ether this year is low": the verb stands after
a noun of chance, so the sentence tells what a market or a poll expects, a forecast, not a
comparison that happened (:func:`odds_of`).

Examples
--------
>>> s = "Bitcoin's chances of outperforming gold are slim."
>>> odds_of(s[: s.index("outperforming")])
True
>>> s = "Bitcoin has been outperforming gold."
>>> odds_of(s[: s.index("outperforming")])
False
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["odds_of"]

#: A noun of chance, then "of"/"on"/"that", then at most a few words (the asset) before the
#: verb: "the odds of ether", "bets on silver", "chances that bitcoin".
_CHANCE = words_re(
    (r"chances?", "odds", r"probabilit(?:y|ies)", "likelihood", r"bets?", r"wagers?")
)
_ODDS = re.compile(rf"\b{_CHANCE}\s+(?:of|on|that|for)\s+(?:[\w'\u2019.&-]+\s+){{0,3}}$", re.I)


def odds_of(before: str) -> bool:
    """Whether the text ``before`` a verb ends on a noun of chance and its subject.

    >>> odds_of("Polymarket users see the odds of the S&P 500 "), odds_of("The odds are ")
    (True, False)
    """
    return _ODDS.search(before) is not None
