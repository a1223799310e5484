"""A threshold stated as a condition, not as a level: "the dollar index below 96 meant
deeper declines", "gold above $3,000 would open the door to $3,200", "bitcoin under $60k
could trigger liquidations", "a silver price over $40 signals a new bull market".

The figure follows a side word (above, below, over, under, beyond, past) and is itself the
subject of a consequence (would, could, might, will, meant, means, signals, implies,
triggers, opens, spells, risks); "at $30 could be a bargain" states a price and stays a level.
A move to a price that an opinion is about ("ether sliding back toward $2,000 is not a
collapse", "gold falling to $3,000 would not end the run") is no level either.
A price in a "when"/"once"/"if" clause in the present whose main clause tells the future
("when gold trades past $2,500, it will make the headlines", "once silver is above
$60 it would draw buyers") is a condition too; a past one ("when gold topped $3,000 in
March, it made headlines") states a level.
A clause that states where an asset trades now ("as ETH is trading under $3,000", "while
gold is hovering near $4,000") is a fact even inside a forecast (:func:`fact_start`).

Examples
--------
>>> s = "Traders said gold above $3,000 would open the door to $3,200."
>>> threshold_condition(s, s.index("above")), threshold_condition("Gold rose above $3,000.", 10)
(True, False)
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["fact_start", "threshold_condition"]

# A threshold as the subject of a consequence: "the dollar index below 96 meant deeper
# declines", "gold above $3,000 would open the door", "bitcoin under $60k could trigger".
_THRESHOLD_IF = re.compile(
    r"^(?:above|below|over|under|beneath|beyond|past|(?:north|south) of)\s+"
    r"(?:the\s+(?:(?:key|critical|crucial|important|pivotal|psychological)\s+)?)?(?:US)?\$?\d[\d,.]*"
    r"(?:\s?[kK]\b|%)?\s*"
    r"(?:(?:an? |per )?(?:price )?(?:ounce|oz|level|mark|handle|area|zone|threshold)\s+)?"
    r"(?:would|could|might|(?-i:may)|will|meant|means?|signal\w*|impl(?:y|ies|ied)|trigger\w*"
    r"|opens?|opened|spells?|spelled|risks?)\b",
    re.IGNORECASE,
)


# A move to a price as the subject of an opinion: "ether sliding back toward $2,000 is
# not a collapse", "gold falling to $3,000 would not end the bull run" (a gerund that no
# auxiliary or preposition heads: "is falling toward", "after falling to" state facts).
_GERUND_IF = re.compile(
    r"^(?:back\s+)?(?:(?:to|toward|towards|near|under|below|above|over|past|beyond)\s+)?(?:US)?"
    r"\$?\d[\d,.]*(?:\s?[kK]\b)?\s*(?:(?:an? |per )?(?:ounce|oz|level|mark|handle|area|zone)\s+)?"
    r"(?:(?:would|could|might|will|wo|does|need)(?:n['\u2019]t\b| not\b)?|(?:is|was)(?:n['\u2019]t"
    r"| not| no)\b|means?\b|signals?\b|spells?\b)",
    re.IGNORECASE,
)
_HEADS = ("is", "are", "was", "were", "be", "been", "keeps", "kept", "after", "before", "since")
_NOT_HEADED = "".join(rf"(?<!\b{w} )" for w in (*_HEADS, "despite", "by", "on", "while"))
_GERUND = re.compile(rf"{_NOT_HEADED}\b[a-z]+ing(?: back)?\s+$", re.IGNORECASE)


# A condition in the present before the figure, and a future after it.
_WHEN = ("when", "whenever", "once", "if", "as soon as")
_AT_LEVEL = ("trades", "is", "hits", "reaches", "breaks", "crosses", "tops", "clears")
_MOVING = ("rises", "falls", "climbs", "drops", "moves", "gets", "goes", "stays", "holds", "sits")
_SUBJECT = r"(?:[\w$.&'-]+\s+){0,4}?"
_WHEN_NOW = re.compile(
    rf"\b{words_re(_WHEN)}\s+{_SUBJECT}{words_re(_AT_LEVEL + _MOVING)}\s+(?:[\w-]+\s+)?$", re.I
)
_FUTURE = re.compile(r"[^;.!?]*\b(?:will|would|(?:it|they)['\u2019]ll)\b", re.I)


def threshold_condition(s: str, start: int) -> bool:
    """Whether the figure whose words start at ``start`` in ``s`` is a threshold stated as a
    condition (see the module doc), or a move to it that an opinion is about ("silver
    sliding to $25 would not end the uptrend").

    >>> s = "Gold falling to $3,000 would not end the bull run."
    >>> threshold_condition(s, s.index("to $")), threshold_condition("Gold is at $3,000.", 11)
    (True, False)
    """
    at = start + len(m[0]) if (m := re.match(r"[a-z]+ing\s+", s[start:], re.I)) else start
    if _WHEN_NOW.search(s, max(0, start - 80), start) and _FUTURE.match(s, start):
        return True  # "once gold is past $2,800, it will be news": a condition
    return bool(
        _THRESHOLD_IF.match(s[start:]) or (_GERUND_IF.match(s[at:]) and _GERUND.search(s[:at]))
    )


# "as ETH is trading under", "while gold is currently hovering near", "with bitcoin now at".
_STANDS = ("trading", "changing hands", "hovering", "sitting", "holding", "priced", "quoted")
_NOW = rf"(?:is|are) (?:now |currently |still )?(?:{'|'.join(_STANDS)}|at)"
_AS_NOW = re.compile(
    rf"\b(?:as|while|with|whereas) (?=(?:[\w$.&-]+ ){{1,3}}(?:{_NOW}|(?:now|currently) (?:trading"
    r"|at|near|around)|trading|changing hands|hovering)\b)",
    re.IGNORECASE,
)


def fact_start(s: str, start: int) -> int:
    """Where the clause of present fact that holds the figure at ``start`` begins (0 when
    there is none): forecast words before it do not reach into it.

    >>> s = "Bettors give gold an 80% chance of a record as ETH is trading under $3,000."
    >>> s[fact_start(s, s.index("under")) :][:6]
    'ETH is'
    """
    return max((m.end() for m in _AS_NOW.finditer(s, 0, start)), default=0)
