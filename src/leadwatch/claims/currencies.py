"""The currencies other than the US dollar that gold and silver are quoted in (pure data).

Each has its words in a pricing frame ("in sterling terms", "priced in yen") and the sign
on its figures (\u00a3, \u20ac, \u20b9, A$, "Rs", "per 10 grams", "6,070 TRY"); the metal
quoted in one is a series of its own (``gold_eur``), shown as :data:`CURRENCY_NAMES` says.

Examples
--------
>>> CURRENCY_NAMES["gold_eur"], sorted(CURRENCIES)[:3]
('gold priced in EUR', ['aed', 'aud', 'cad'])
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CURRENCIES", "CURRENCY_NAMES", "CURRENCY_SIGNS", "currency_patterns"]

#: Each currency: its words in a pricing frame, and the sign on its figures.
CURRENCIES: dict[str, tuple[str, str]] = {
    "gbp": (r"GBP|sterling|(?:British )?pounds?(?: sterling)?", r"\u00a3|\bGBP ?\d"),
    "eur": (r"EUR|euros?", r"\u20ac|\bEUR ?\d"),
    "inr": (
        r"INR|(?:Indian )?rupees?",
        r"\u20b9|\bRs\.? ?\d|\bINR ?\d|per (?:10 ?(?:grams?|gm?)|tola)\b",
    ),
    "jpy": (r"JPY|(?:Japanese )?yen", r"(?<!CN)\u00a5|\bJPY ?\d"),
    "cny": (r"CNY|RMB|yuan|renminbi", r"CN\u00a5|\bRMB ?\d|\bCNY ?\d"),
    "aud": (r"AUD|Australian dollars?|Aussie dollars?", r"\bAU?\$|\bAUD ?\d"),
    "cad": (r"CAD|Canadian dollars?", r"\bC\$|\bCAD ?\d"),
    "chf": (r"CHF|Swiss francs?", r"\bCHF ?\d"),
    # the lira's code and sign follow the figure as often: "6,070 TRY", "\u20ba6,070"
    "try": (
        r"(?-i:TRY)|(?:Turkish )?liras?",
        r"\u20ba|\bTRY ?\d|\bTL ?\d|\d ?(?:TRY|TL)\b|\d (?:Turkish )?liras?\b"
        r"|(?<![\w-])gram gold\b",
    ),
    "aed": (r"AED|(?:UAE )?dirhams?", r"\bDh ?\d|\bAED ?\d|\d ?(?:AED|dirhams?)\b"),
    "zar": (r"ZAR|(?:South African )?rand", r"\bZAR ?\d|\bR ?\d{1,3}(?:[ ,]\d{3})+\b"),
}
#: How the local series are shown ("gold_eur": "gold priced in EUR").
CURRENCY_NAMES = {
    f"{metal}_{code}": f"{metal} priced in {code.upper()}"
    for metal in ("gold", "silver")
    for code in CURRENCIES
}
#: The sign on each currency's figures, compiled.
CURRENCY_SIGNS = {code: re.compile(sign) for code, (_, sign) in CURRENCIES.items()}


def currency_patterns(build: Callable[[str], str], flags: int = 0) -> dict[str, re.Pattern[str]]:
    """One pattern per currency, written by ``build`` from the currency's words.

    Parameters
    ----------
    build : Callable[[str], str]
        The pattern of a currency given the alternation of its words ("GBP|sterling|...").
    flags : int
        The flags the patterns are compiled with.

    Returns
    -------
    dict[str, re.Pattern[str]]
        The compiled patterns by currency code, in the order of :data:`CURRENCIES`.
    """
    return {code: re.compile(build(words), flags) for code, (words, _) in CURRENCIES.items()}
