"""Whether "it", "its" or "they" stands for an economic indicator rather than the last
market asset (pure).

"As for the consumer sentiment index, it rose 4.2%", "Regarding the manufacturing PMI, it
climbed 2.5%", "Retail sales beat forecasts; they rose 1.4%", "The confidence gauge fell to
98.7. It dropped 3.2% from April": the pronoun's nearest antecedent is an indicator that
opens its sentence (after a topic opener such as "As for" or "Meanwhile,") and no asset is
named between the two, so the figure is the indicator's. An indicator named in passing
("Despite a weak PMI reading, it added 1%", "Gold rose as the PMI fell. It later ...") is no
antecedent: it does not open its sentence, or an asset stands nearer.

A plural pronoun after a group of assets named in its own sentence stands for that group
("Precious metals shed 2% while their miners slid 5%", "Metals slipped as they lost their
haven bid"): not for the asset of the sentence before (:func:`group_referent`).

Examples
--------
>>> s = "As for the consumer sentiment index, it rose 4.2% to 61.3."
>>> indicator_referent(s, [], None)
True
>>> indicator_referent("It later added 1.1%.", [], None)
False
>>> s = "Precious metals fell 1% while their miners slid 3%."
>>> group_referent(s, s.index("their"), find_assets(s, "gold", None))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention, find_assets
from leadwatch.claims.model import GROUPS
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import words_re

__all__ = ["group_referent", "indicator_referent"]

# The head noun of an indicator or a data release ("the figure", "the print" may be a price).
_HEAD = words_re(
    (
        *("index", "indexes", "indices", "indicators?", "surveys?", "readings?", "gauges?"),
        *("barometers?", "PMIs?", "CPI", "PPI", "PCE", "GDP", "sentiment", "confidence"),
        *("expectations", "inflation", "payrolls", "unemployment(?: rate)?", "sales", "orders"),
        *("claims", "output", "production", "reports?", "data"),
        *("starts", "permits", "deficit", "surplus", "economy"),
    )
)
# A topic opener before the sentence's subject: "As for", "Turning to", "Meanwhile,".
_OPENER = words_re(
    (
        r"as for",
        r"as to",
        r"turning to",
        r"regarding",
        r"on the data front,?",
        r"when it comes to",
        r"meanwhile,?",
        r"elsewhere,?",
        r"separately,?",
        r"in the us,?",
    )
)
# What opens an adverbial, not a subject: "Despite a weak PMI reading, it rose".
_PREPOSITION = words_re(
    (
        *("despite", "after", "before", "with", "amid", "following", "ahead", "since", "as"),
        *("because", "while", "although", "though", "if", "when", "once", "until", "on", "in"),
        *("at", "for", "from", "by", "without", "given", "unlike", "like", "beyond", "over"),
    )
)
# The subject that opens a sentence, ending in an indicator's head noun.
_TOPIC = re.compile(
    rf"^\W*(?:[^,.;]{{0,60}},\s+)?(?:{_OPENER}\s+)?(?!{_PREPOSITION}\b)(?:the |a |an |this |that )?"
    rf"(?:[\w&.'\u2019-]+ ){{0,5}}?{_HEAD}\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:it|its|they|their)\b", re.IGNORECASE)
#: A market index called by its noun alone ("the benchmark index", "the broader gauge").
_MARKET_INDEX = re.compile(
    r"(?:the |a |this |that )?(?:benchmark |broad(?:er)? |main |blue-chip |tech-heavy "
    r"|headline |stock )?(?:index|gauge|benchmark)",
    re.IGNORECASE,
)


def indicator_referent(s: str, mentions: Sequence[AssetMention], previous: Sentence | None) -> bool:
    """Whether the first pronoun of ``s`` stands for an indicator that opens ``s`` or, when
    ``s`` opens with the pronoun, the ``previous`` sentence that names no asset (module
    doc); ``mentions``: the assets named in ``s``."""
    pronoun = _PRONOUN.search(s)
    if pronoun is None:
        return False
    named = [m for m in mentions if m.words != "(carried)" and m.start < pronoun.start()]
    topic = _TOPIC.match(s, 0, pronoun.start())
    if topic is not None and _MARKET_INDEX.fullmatch(topic.group(0).strip()):
        return False  # "The benchmark index rose 0.6% and topped its record": the market's
    if topic is not None:
        return not named  # an asset named in the topic or after it stands nearer
    if named or s[: pronoun.start()].strip(" \"'\u201c") or previous is None:
        return False
    # "the index" or "the gauge" alone may be the asset named before: no indicator
    prior = previous.text
    return _TOPIC.match(prior) is not None and not find_assets(prior, "silver", "spx")


_PLURAL = re.compile(r"(?i)\b(?:they|their|them)\b")


def group_referent(s: str, at: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether the pronoun at ``at`` in ``s`` stands for a group of assets ("precious
    metals") named before it in the sentence, with no single asset named between (module
    doc).

    >>> s = "Gold rose 1% after precious metals slipped, and their miners fell."
    >>> group_referent(s, s.index("their"), find_assets(s, "gold", None))
    True
    >>> s = "Precious metals eased while bitcoin and ether kept their gains."
    >>> group_referent(s, s.index("their"), find_assets(s, "gold", None))
    False
    """
    if _PLURAL.match(s, at) is None:
        return False
    before = [m for m in mentions if m.end <= at and m.words != "(carried)"]
    return bool(before) and before[-1].asset in GROUPS
