"""The dollar quoted against one currency is that exchange rate, not the dollar index.

"The dollar climbed 0.6% to 151.20 yen", "the greenback slipped against the euro", "the
dollar hit a three-year low versus the Swiss franc": the figures are the dollar's rate in
that currency (USD/JPY, USD/CHF, the dollar per euro, ...), which the ICE dollar index (six
currencies) does not follow; "against a basket of currencies" stays the index.

Examples
--------
>>> cross_rate("The dollar climbed 0.6% to 151.20 yen.", "dxy", 10)
'usd_jpy'
>>> cross_rate("The dollar fell against a basket of currencies.", "dxy", 10)
'dxy'
"""

from __future__ import annotations

import re

__all__ = ["CROSS_RATE_NAMES", "cross_rate"]

#: Each currency's exchange-rate id (the dollar's value in that currency, so "the dollar
#: rose" is up whichever way the market quotes the pair) and its words.
_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("usd_jpy", r"(?:Japanese )?yen|JPY"),
    ("usd_eur", r"(?:the )?(?:euro|single currency|common currency)|EUR"),
    ("usd_gbp", r"(?:the )?(?:British )?(?:pound|sterling)s?(?: sterling)?|GBP"),
    ("usd_chf", r"(?:the )?Swiss francs?|(?:the )?franc|CHF"),
    ("usd_cny", r"(?:the )?(?:Chinese )?(?:yuan|renminbi)|CNY|CNH|RMB"),
    ("usd_cad", r"(?:the )?(?:Canadian dollars?|loonie)|CAD"),
    ("usd_aud", r"(?:the )?(?:Australian|Aussie) dollars?|(?:the )?Aussie|AUD"),
    ("usd_nzd", r"(?:the )?(?:New Zealand|kiwi) dollars?|NZD"),
    ("usd_other", r"(?:the )?(?:Indian )?rupees?|(?:the )?(?:Korean )?won|(?:the )?peso"),
)
#: How each rate is shown ("not in the store: the dollar in yen (USD/JPY)").
CROSS_RATE_NAMES: dict[str, str] = {
    "usd_jpy": "the dollar in yen (USD/JPY)",
    "usd_eur": "the dollar in euros (1 / EUR/USD)",
    "usd_gbp": "the dollar in pounds (1 / GBP/USD)",
    "usd_chf": "the dollar in Swiss francs (USD/CHF)",
    "usd_cny": "the dollar in yuan (USD/CNY)",
    "usd_cad": "the dollar in Canadian dollars (USD/CAD)",
    "usd_aud": "the dollar in Australian dollars (1 / AUD/USD)",
    "usd_nzd": "the dollar in New Zealand dollars (1 / NZD/USD)",
    "usd_other": "the dollar against another currency",
}
_NAMES = "|".join(f"(?P<{cid}>{words})" for cid, words in _CURRENCIES)
# Only the word itself names the dollar: "the dollar index", "DXY" never become a rate.
_BARE_DOLLAR = re.compile(
    r"(?:(?:the )?(?:US |U\.S\. |American )?(?:dollar|greenback|buck)s?)$", re.IGNORECASE
)
# Within the dollar's own clause (no clause break, no second subject): "against the yen",
# "versus the euro", "vs. CHF", "relative to sterling", "to 151.20 yen", "below 141 yen".
_CLAUSE = r"^(?:(?!\b(?:and|but|while|whereas|as)\b)(?:(?<=\d)[.,](?=\d)|[^,;.!?\u2014]))*?"
_SET = (
    r"(?:\b(?:against|versus|vs\.?|relative to) "
    r"|\b(?:to|at|near|around|below|above|under|over|past|beyond) (?:about |roughly )?"
    r"(?:a |an )?[\d.,]+ )(?:the )?"  # "traded at 151.20 yen", "fell below 141 yen"
)
_AGAINST = re.compile(rf"{_CLAUSE}{_SET}(?:{_NAMES})\b", re.IGNORECASE)


def cross_rate(sentence: str, asset: str, end: int) -> str:
    """The exchange rate a dollar mention ending at ``end`` stands for, or ``asset``.

    Parameters
    ----------
    sentence
        The sentence.
    asset
        The catalog id found for the mention (only ``dxy`` can change).
    end
        Where the mention ends in ``sentence``.

    Returns
    -------
    str
        The exchange rate's id (``usd_jpy``, ``usd_chf``, ``usd_eur``, ...) when the dollar's own
        clause sets it against one currency; otherwise ``asset`` unchanged.
    """
    if asset != "dxy" or not _BARE_DOLLAR.search(sentence[max(0, end - 30) : end]):
        return asset
    m = _AGAINST.match(sentence[end:])
    return asset if m is None else next(k for k, v in m.groupdict().items() if v)
