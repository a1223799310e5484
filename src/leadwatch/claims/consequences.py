"""Moves told as the effect of something else, in passing: background, not claims (pure).

Two wordings tell a move only as what another event brought about:

- a relative clause on a cause ("worries that weakened the dollar", "a report which lifted
  yields"): the clause describes the cause, the object's move is its effect
  (:func:`relative_effect`);
- a sentence opening with a consequence ("As a result, silver gained while ether slid",
  "Consequently the dollar weakened"): it explains what the sentence before set out
  (:func:`consequence_opening`);
- a sentence whose subject is the causes themselves ("These factors pushed silver to
  record levels", "Such tailwinds sent bitcoin higher"): it sums up why a move or a record
  the article told happened (:func:`causes_subject`).

Any of these, a move or a record with no figure, no level and no day is background; a figure
or a day ("that sent gold 2% higher on Friday") makes it a claim of its own.

Examples
--------
>>> s = "Rate fears that weakened the dollar hit stocks."
>>> relative_effect(s, "weakened the dollar"), relative_effect(s, "hit stocks")
(True, False)
>>> consequence_opening("As a result, ether slid."), consequence_opening("Ether slid.")
(True, False)
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["causes_subject", "consequence_opening", "relative_effect"]

#: "that", "which" (with a perfect's auxiliary) right before the effect's words.
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:(?:has|have|had)\s+)?$", re.IGNORECASE)
#: A sentence's opening that makes it a consequence of what came before.
_SO = (
    "as a (?:result|consequence)",
    "consequently",
    "in turn",
    "thus(?! far)",
    "hence",
    "therefore",
)
_CONSEQUENCE = re.compile(rf"^\W*{words_re(_SO)}\b", re.IGNORECASE)
#: Causes as the sentence's subject: "These factors", "Those three drivers", "Such forces".
_THESE = words_re(("these", "those", "such", "both", "all", "the"))
_CAUSE_NOUNS = ("factors", "drivers", "forces", "tailwinds", "headwinds", "catalysts", "reasons")
_CAUSES = re.compile(
    rf"^\W*{_THESE}\s+(?:[\w-]+\s+){{0,2}}?{words_re((*_CAUSE_NOUNS, 'developments'))}\b", re.I
)


def relative_effect(sentence: str, words: str) -> bool:
    """Whether ``words`` (a move's wording) open a relative clause: "that weakened the
    dollar" tells the effect of the noun before it.

    >>> relative_effect("Data that pushed yields lower came out.", "pushed yields lower")
    True
    >>> relative_effect("That weakened the dollar.", "weakened the dollar")  # a demonstrative
    False
    """
    at = sentence.find(words)
    rel = _RELATIVE.search(sentence, 0, max(at, 0)) if at > 0 else None
    return rel is not None and sentence[: rel.start()].strip(" \"'\u201c") != ""  # not "That ..."


def consequence_opening(sentence: str) -> bool:
    """Whether ``sentence`` opens as a consequence ("As a result", "Consequently").

    >>> consequence_opening("Thus gold rose."), consequence_opening("Gold rose as a result.")
    (True, False)
    """
    return _CONSEQUENCE.match(sentence) is not None


def causes_subject(sentence: str) -> bool:
    """Whether ``sentence`` opens with causes as its subject ("These factors pushed ...").

    >>> causes_subject("Those two forces drove gold higher."), causes_subject("Gold rose.")
    (True, False)
    """
    return _CAUSES.match(sentence) is not None
