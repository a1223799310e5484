"""A date that names a contract: its expiry or delivery, not a day of the article (pure).

Indian, futures and options reports name the contract they quote by its expiry: "the
February 27, 2026 gold contract added 0.9%", "the 5 February 2026 gold expiry", "silver
for March 5, 2026 delivery", "options expiring December 26, 2025". Such a date is the
contract's, still ahead when the text is written; it is neither the dateline nor a day
looked back to (:mod:`leadwatch.claims.printed` gives it the role ``ahead``: no evidence).
A date that opens a line before the subject ("March 3, 2026 - Gold futures rose") is not
one: a contract word must follow the date at once, or within two words when an article
introduces the date ("the April 3, 2026 MCX silver contract").

Examples
--------
>>> s = "Buyers lifted the February 27, 2026 contract on silver by 2%."
>>> names_contract(s, s.index("February"), s.index(" contract"))
True
>>> s = "March 3, 2026 - Gold futures rose 1%."
>>> names_contract(s, 0, s.index(" -"))
False
"""

from __future__ import annotations

import re

__all__ = ["names_contract"]

_CONTRACT = (
    r"(?:contracts?|expiry|expiries|expiration|futures|options?|series|delivery|maturity"
    r"|settlement)\b"
)
#: "February 27, 2026 contract", "March 5, 2026 delivery": the contract word right after.
_RIGHT_AFTER = re.compile(rf"\s*{_CONTRACT}", re.IGNORECASE)
#: "the April 3, 2026 MCX silver contract": within two words after an article's date.
_WORDS_AFTER = re.compile(rf"\s*(?:[\w&-]+\s+){{1,2}}{_CONTRACT}", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|its|this)\s+$", re.IGNORECASE)
#: "options expiring December 26, 2025", "the contract maturing on March 5, 2026".
_SAID_BEFORE = re.compile(
    r"\b(?:expir(?:es|ing|y)|matur(?:es|ing)|settl(?:es|ing)|expiration)(?:\s+(?:on|date))?\s+$",
    re.IGNORECASE,
)


def names_contract(text: str, start: int, end: int) -> bool:
    """Whether the date printed at ``text[start:end]`` names a contract (module doc)."""
    after = text[end : end + 40]
    before = text[max(0, start - 30) : start]
    if _RIGHT_AFTER.match(after) or _SAID_BEFORE.search(before):
        return True
    return bool(_ARTICLE_BEFORE.search(before) and _WORDS_AFTER.match(after))
