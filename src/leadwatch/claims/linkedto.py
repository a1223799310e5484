"""Assets named only as what another quantity is tied to: no subject of the figures (pure).

"The 2-year yield, sensitive to the Federal Reserve's policy rate, closed at 3.5%", "miners
closely linked to bitcoin fell 6%", "a currency pegged to the dollar", "bitcoin, realigned
with gold, rose 2%": the asset after "sensitive to", "tied to", "linked to", "pegged to",
"realigned with", "decoupled from" describes the noun before it, as an index does after
its members ("most stocks in the S&P 500 fell"); the sentence's figures belong to that
noun, never to the asset so named. Futures, options or funds "linked to the
S&P 500" are a market on it and keep it.

Examples
--------
>>> s = "The 2-year yield, sensitive to the Fed's policy rate, closed at 3.5%."
>>> linked_object(s, s.find("Fed")), linked_object(s, s.find("yield"))
(True, False)
>>> [linked_object(s, s.find("Fed")) for s in (
...     "Gold, tied for a while with silver, rose to the Fed meeting.",
...     "Futures linked to the Fed funds rate rose.",
... )]
[False, False]
>>> s = "Most shares inside the S&P 500 slipped."
>>> linked_object(s, s.find("S&P"))
True
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import any_of, words_re

__all__ = ["linked_object"]

# "sensitive to the", "closely tied to", "more linked to", "pegged to the US": the words
# right before an asset that only describes another noun.
_LINKED = re.compile(
    r"(?<!futures )(?<!contracts )(?<!options )(?<!ETFs )(?<!funds )"  # a market on the asset
    r"\b(?:(?:more |most |highly |closely |tightly |very )?"
    r"(?:sensitive|tied|linked|pegged|correlated|indexed|exposed) to"
    r"|(?:re-?)?(?:aligned|coupled|correlated|moving|trading) (?:in (?:lock-?)?step )?with"
    r"|(?:de-?coupled|diverged|decorrelated) from|in (?:lock-?)?step with)\s+"
    r"(?:(?:the|a|an)\s+)?(?:US\s+|U\.S\.\s+)?$",
    re.IGNORECASE,
)
# The members of an index: "most shares inside the S&P 500 slipped".
_MEMBER_NOUNS = ("stocks", "shares", "members", "companies", "constituents", "components")
_PLACED = words_re(("in", "within", "of", "inside", "across"))
_MEMBERS = re.compile(rf"\b{words_re(_MEMBER_NOUNS)}(?: listed)? {_PLACED}\s+(?:the\s+)?$", re.I)
_INDEX = any_of("S&P", "Nasdaq", "Dow", "Russell", "FTSE", "Nikkei", "DAX", "Stoxx", "Sensex")


def linked_object(s: str, start: int) -> bool:
    """Whether the asset named at ``start`` of ``s`` only describes the noun before it
    ("sensitive to the Fed's rate"): not the subject of the sentence's figures.

    Parameters
    ----------
    s
        The sentence.
    start
        Where the asset's name starts.

    Returns
    -------
    bool
        ``True`` when "sensitive to", "tied to" or the like stands right before it, or
        an index's members ("stocks in the S&P 500").
    """
    if _MEMBERS.search(s[:start]) and _INDEX.match(s, start):
        return True
    return _LINKED.search(s[:start]) is not None
