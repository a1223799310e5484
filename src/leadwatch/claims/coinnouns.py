"""What a coin noun stands for: "the token", "the coin", "the cryptocurrency" carry the last
coin named, never a metal or an index that was the subject before (pure).

"Ether fell 3%. Gold rose 1%. The token's value has doubled": the token is ether. With no
coin named yet, such a noun carries nothing (a figure of no asset the store holds).
"""

from __future__ import annotations

import re

from leadwatch.claims.carrywords import CARRY

__all__ = ["COINS", "fitting_subject"]

#: Asset ids of coins: what a coin noun ("the token", "the cryptocurrency") may stand for.
COINS = ("btc", "eth", "solana", "xrp", "dogecoin")
_COIN_NOUN = re.compile(
    r"\b(?:token|coin|cryptocurrency|crypto|digital (?:currency|asset))\b", re.IGNORECASE
)


def fitting_subject(
    s: str, generic: re.Match[str] | None, held: str | None, coin: str | None
) -> str | None:
    """The subject a carried noun of sentence ``s`` stands for: ``held``, unless the noun
    names a coin ("The token's value ...", "the cryptocurrency") and ``held`` is no coin: then it
    is the last coin named (``coin``; ``None``: no coin named yet, nothing to carry).

    >>> fitting_subject("The token's value tripled.", None, "gold", "eth")
    'eth'
    >>> fitting_subject("The token's value tripled.", None, "gold", None) is None
    True
    >>> fitting_subject("It rose 2%.", None, "gold", "eth")
    'gold'
    """
    carried = CARRY.match(s) or generic
    if held is None or held in COINS or carried is None:
        return held
    return coin if _COIN_NOUN.search(carried.group(0)) else held
