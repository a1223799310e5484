"""Plain statements of a price: "Gold is $5,070", "the dollar index was 98", "Silver: $31" (pure).

A level stated with a copula ("is", "was", "stands", "remains") or a colon ("Gold: $2,650
per ounce", a snapshot bullet) is the asset's level only when the asset itself is the
subject right before it: "The price of gold is $2,650", "Bitcoin's price was $61,000",
"Gold futures are $2,700", "10-year yield: 4.1%", "Ethereum (ETH) - $3,120", or a pronoun
or noun carrying the asset of the sentence before ("At the start of the year, its price
was about $27", "the coin's value is $91,200"). A copula
after anything else ("its all-time high was $126,000", "the target is $3,000", "the record
price for silver is $X", "demand was $X") is no level here, nor is a distance ("$5,000
below its record"), a headline's target ("Gold: $3,500 in sight?") or a past "was" that
names another time without its date ("was $1,200 back in 2015"; :func:`copular_level`).
A percentage printed with its sign or an arrow is a move (:func:`signed_direction`).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The price of silver is $31.40 today."
>>> copular_subject(s, s.index(" is") + 1, find_assets(s))
True
>>> s = "Silver's target is $35."
>>> copular_subject(s, s.index(" is") + 1, find_assets(s))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.attributes import attribute
from leadwatch.claims.model import last_before
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import EXTREME_NOUN_RE, YEAR_RE, words_re

__all__ = ["COPULA", "copular_level", "copular_subject", "is_copula", "signed_direction"]

#: The copulas and the colon that state a level with no verb of trading.
COPULA = (
    r"\b(?:is|was|are|were|remains|remained|stands|sits|costs?)\b|:|\s?[\u2013\u2014]|\s-(?=\s)"
)

# What may stand between the asset and its copula: a price noun, a contract, an adverb, a
# time of day ("at 11:50 am", "as of 02:02 GMT").
_GAP = re.compile(
    r"(?:/[A-Z]{3})?\)?(?:['\u2019]s)?(?:\s+(?:spot|futures?|prices?|quote|index|yields?|rate|contract))*"
    r"(?:\s+(?:per ounce|an ounce))?(?:\s*\([^()]{1,24}\))?"
    r"(?:\s*,?\s+(?:now|currently|still|today|then|meanwhile|once again|which|that"
    r"|on \w+day|this (?:morning|afternoon|evening|week)|as of \w+(?: \w+)?|at press time"
    r"|at (?:the time of )?writing|at the close|at the open"
    r"|(?:at|as of|around) (?:[0-2]?\d:[0-5]\d\s*(?:[ap]\.?m\.?)?|[01]?\d\s*[ap]\.?m\.?)"
    r"(?:\s*(?:GMT|UTC|ET|EST|EDT|CET|BST|IST|JST|HKT|SGT|local time|(?:New York|London) time))?"
    r"(?![\w:$])))*,?\s*",
    re.IGNORECASE,
)
_COPULA_RE = re.compile(rf"^(?:{COPULA})$", re.IGNORECASE)


def is_copula(op: str) -> bool:
    """Whether the operator word ``op`` of a level is a copula or a colon."""
    word = op.strip()
    return word in (":", "-", "\u2013", "\u2014") or bool(_COPULA_RE.match(word))


# What after the copula's figure makes it no level: a distance ("was some $5,000 below its
# record"), or a target after a headline's figure ("Gold: $3,000 in sight", "Bitcoin:
# $150,000 next?").
_NO_LEVEL_AFTER = re.compile(
    r"^\s*(?:an ounce |per ounce |a share )?(?:below|above|under|over|off|from|short of|higher"
    r"|lower|more|less|away|up|down|cheaper|dearer|shy of|years?|months?|weeks?|days?|times"
    r"|['\u2019]s)\b"
    r"|^[^.;]{0,25}?(?:\?|\b(?:in sight|next|ahead|target\w*|on the horizon|within reach|possible"
    r"|likely|coming|looms?|beckons?|on the cards|in play|by (?:year-?end|the end of)))",
    re.IGNORECASE,
)
# A past time that a plain "was $X" speaks of ("in 2014", "a year ago", "at its 2021 peak").
_PAST_MARK = re.compile(
    rf"\b(?:(?:in|back in|by|during|of) (?:early |mid-|late )?{YEAR_RE}\b|ago\b|at the time\b"
    rf"|back then\b|at (?:its|the|their) (?:\w+ )?{EXTREME_NOUN_RE}\b)",
    re.IGNORECASE,
)


def copular_level(
    s: str, op: str, op_start: int, end: int, mentions: Sequence[AssetMention]
) -> bool:
    """Whether a level stated with the copula or colon ``op`` (at ``op_start``, its number
    ending at ``end``) is the named asset's price of the sentence's time: its subject is
    the asset (:func:`copular_subject`), the figure is no distance ("$5,000 below its
    record"), and a past "was"/"were" names no past time without a date ("was $1,200 in
    2014", "a year ago, bitcoin was $40,000": another day, read elsewhere or not at all).

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold was $1,150 back in 2015."
    >>> copular_level(s, "was", 5, 15, find_assets(s))
    False
    """
    if not copular_subject(s, op_start, mentions) or _NO_LEVEL_AFTER.match(s[end:]):
        return False  # "$5,000 below its record"; "Gold: $3,000 in sight?": a headline's target
    past = op.strip().lower() in ("was", "were") and _PAST_MARK.search(s)
    return not past or find_when_at(s, op_start) is not None


# "The record price for gold is $2,075", "the average price of gold in 2024 was": the
# head noun before "of"/"for" is not the plain price.
_OTHER_HEAD = re.compile(
    r"\b(?!(?:the|current|latest|spot|live|today['\u2019]s)\b)[\w'\u2019-]+\s+"
    r"(?:price|prices|value|cost|level|quote)\s+(?:of|for)\s+(?:the\s+|one\s+|an?\s+)?$",
    re.IGNORECASE,
)


def copular_subject(s: str, op_start: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether the copula (or colon) at ``op_start`` has a named asset as its subject.

    The last asset named before it must end right before it, but for a price noun or an
    adverb ("Gold prices are now", "The price of gold is").
    """
    last = last_before(mentions, op_start)
    if last is None:
        return False
    if attribute(s, last) or _OTHER_HEAD.search(s[: last.start]):
        return False  # "the cost of producing gold is $1,400": not gold's price
    gap = s[last.end : op_start]
    if last.words == "(carried)":  # "its price was around $29": the pronoun is the subject
        if _NOT_TODAYS.search(s[: last.start]):
            return False  # "the record price is $4,600": another day's price
        head = _CARRIED_HEAD.match(gap)
        if head is not None and head.group("bare") and s[op_start : op_start + 1] == ":":
            return False  # "Price: $98,100", a field of a block the prose does not head
        rest = gap[head.end() :] if head is not None else ""
        joined = head is not None and bool(_GAP.fullmatch(rest) or _JOINED.fullmatch(rest))
        return joined or bool(_PRICE_TAIL.search(gap))
    return bool(_GAP.fullmatch(gap) or _JOINED.fullmatch(gap) or _PRICE_TAIL.search(gap))


# A later clause naming the asset's price ("Gold rose to $4,513 and the spot price is
# $4,487.50", "; its price was"): the copula's subject is the sentence's asset.
_PRICE_TAIL = re.compile(
    r"(?:[,;]|\band\b|\bwhile\b|\bwith\b)\s+(?:the|its)\s+(?:[A-Z]{1,4}\s+)?(?:spot\s+)?"
    r"(?:price|quote)\s*$"
)


# A copula joined by "and" to a perfect of the same subject ("Ether has pulled back and is
# near $2,580"), the subject maybe taken up by a pronoun after a comma ("..., though it has
# cooled and is now around $2,580"): the copula's subject is that clause's.
_JOINED = re.compile(
    r"(?:[^;]*?,\s*(?:though|although|but|and|yet|while)\s+(?:it|they)\s+|\s+)"
    r"(?:has|have|had)\s+[^,;:$\d]{0,60}?\s+and\s+",
    re.IGNORECASE,
)


# A price noun qualified as another day's or no market's: "the record price", "the average".
_NOT_TODAYS = re.compile(
    r"\b(?:record|average|peak|previous|prior|former|target|all[- ]time|highest|lowest|median"
    r"|mean|historic(?:al)?|forecast|expected|fair)\s+$",
    re.IGNORECASE,
)
# What stands for a carried asset right before its copula: "it", "its price", "the coin's
# value", "the metal" (a pronoun or a noun of the asset, with a price noun or none).
_ITS_PRICE = r"(?:its|the)\s+(?:spot\s+)?(?:price|value|quote)\b"
_ASSET_NOUN = words_re(("token", "coin", "metal", "cryptocurrency", "crypto"))
_CARRIED_HEAD = re.compile(
    rf"(?:it\b|{_ITS_PRICE}|the {_ASSET_NOUN}(?:['\u2019]s\s+(?:price|value))?\b"
    r"|(?P<bare>prices?|value|quote)\b)",  # the carried asset's price noun: "The price is"
    re.I,
)


# An arrow or a minus sign printed before a percentage: "Gold $2,650 \u25b2 0.4%", "(\u22120.4%)".
_SIGN_BEFORE = re.compile(
    r"(?P<up>[\u25b2\u2191\u25b4])\s?$|(?P<down>[\u25bc\u2193\u25be\u2212])\s?$"
)


def signed_direction(s: str, start: int, number: str) -> str | None:
    """The direction of a percentage printed with its sign or an arrow ("Gold: $2,650
    (+1.2%)", "S&P 500: 5,900 (+35.10, +0.6%)", "Gold +0.4% at $2,650", "\u25bc 1.1%"): a
    signed change is a move, whatever verb the sentence lacks; else ``None``.

    >>> s = "S&P 500: 5,900.10 (+35.10, +0.6%)"
    >>> signed_direction(s, s.index("+0.6"), "+0.6")
    'up'
    >>> s = "Silver: $30.10 (\u22121.5%)"
    >>> signed_direction(s, s.index("1.5"), "1.5")
    'down'
    >>> s = "Ether's yearly result sits in the red at some 7%."
    >>> signed_direction(s, s.index("7%"), "7")
    'down'
    >>> s = "Silver and gold recorded 30.6% and 26.5%, respectively."
    >>> signed_direction(s, s.index("26.5"), "26.5")
    'up'
    """
    if number.startswith(("+", "-")):
        return "up" if number.startswith("+") else "down"
    arrow = _SIGN_BEFORE.search(s[max(0, start - 2) : start])
    arrow = arrow or _CHANGE_BEFORE.search(s[max(0, start - 30) : start])
    if arrow is None:  # "silver and gold recorded 30.6% and 26.5%": returns, gains unsigned
        shade = _SHADE_BEFORE.search(s[max(0, start - 40) : start])  # "in the red at 6%"
        if shade is not None:
            return "down" if shade.group("shade").lower() == "red" else "up"
        return "up" if _RETURN_BEFORE.search(s[max(0, start - 80) : start]) else None
    return "up" if arrow.group("up") else "down"


#: "sits in the red at some 7%", "in the green by 3%": the colour of a loss or a gain.
_SHADE_BEFORE = re.compile(
    r"\bin the (?P<shade>red|green)\b,?\s+(?:by|at|with)?\s*(?:just |some |about |nearly |almost"
    r" |around |roughly |over |more than |less than |under )*$",
    re.IGNORECASE,
)


#: A verb that states a period's return, then the figures it lists ("silver and gold
#: recorded 30.6% and 26.5%", "the index posted 12% in 2024").
_RETURN_BEFORE = re.compile(
    r"\b(?:recorded|posted|returned|logged|notched|delivered|booked|registered)\s+"
    r"(?:about |roughly |nearly |around |some |over |more than )?"
    r"(?:\+?\d[\d,.]*\s?(?:%|per ?cent)(?:,\s*|,?\s+and\s+))*$",
    re.IGNORECASE,
)


# A signed change in points before the percentage in parentheses: "2,650.10 ▲ 12.30 (0.47%)".
_CHANGE_BEFORE = re.compile(
    r"(?:(?P<up>[+\u25b2\u2191\u25b4])|[\-\u25bc\u2193\u25be\u2212])\s?\d[\d,.]*\s*\(\s*$"
)
