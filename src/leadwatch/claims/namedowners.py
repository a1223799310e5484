"""A pronoun that stands for a company or another name the store does not hold (pure).

"Acmecorp swung through the session. Its size gives it sway on the index, and it went from
a loss of 4% to a gain of 1.1%." The sentence before named no asset: its subject is a proper
name ("Acmecorp") followed by its verb, so the "it" and "its" that open the next sentences
stand for that name, not for the asset the article carried before it (the S&P 500). Their
figures are that name's, not checkable, never graded as the carried asset. A sentence that
names an asset, or does not open with a pronoun, ends the chain.

A proper name here is one capitalised word that is no asset, no plural (a plural is "they":
"Traders", "Investors") and no sentence adverb ("However", "Meanwhile"), followed by a verb
in the past tense or a copula.

Examples
--------
>>> before = "The index rose. Acmecorp swung through the session. "
>>> named_owner("Its size gives it sway, and it went from a loss of 4% to a gain.", before)
True
>>> named_owner("It rose 1%.", "The index rose. Traders bought the dip. ")
False
>>> named_owner("It rose 1%.", "Acmecorp swung. Gold rose 2%. ")
False
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import find_assets

__all__ = ["named_owner"]

_PRONOUN_OPEN = re.compile(r"^\W*(?:It|Its)\b")
_NAME_VERB = re.compile(
    r"^\W*(?P<name>[A-Z][a-z]+[A-Za-z]*(?:[A-Z][a-z]+)?)\s+(?:\w+ed|swung|went|rose|fell|sank|saw"
    r"|hit|led|took|gave|made|said|became|is|was|has|had)\b"
)
_NOT_NAMES = frozenset(
    (
        *("However", "Meanwhile", "Overall", "Still", "Also", "Elsewhere", "Separately"),
        *("Instead", "Today", "Yesterday", "Earlier", "Later", "Then", "Now", "Yet", "Indeed"),
        *("Trading", "Volume", "Demand", "Supply", "Inflation", "Growth", "Sentiment", "Risk"),
        *("Everything", "Nothing", "Something", "Everyone", "Nobody", "This", "That", "There"),
    )
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]+\s*")
#: How many sentences back the chain of pronouns may reach for the name.
_REACH = 3


def named_owner(s: str, before: str) -> bool:
    """Whether ``s`` opens with "It"/"Its" standing for a proper name that headed the
    sentences of ``before`` (the article up to ``s``), through a chain of such pronouns."""
    if not _PRONOUN_OPEN.match(s) or find_assets(s):
        return False
    for prev in reversed(_SENTENCE.findall(before)[-_REACH:]):
        if find_assets(prev):
            return False
        name = _NAME_VERB.match(prev)
        if name is not None:
            word = name.group("name")
            return word not in _NOT_NAMES and not word.endswith("s")
        if not _PRONOUN_OPEN.match(prev):
            return False
    return False
