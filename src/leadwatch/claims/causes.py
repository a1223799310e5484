"""Verbs of cause: what a subject does to something else is no move of its own (pure).

"weakened the dollar" is the dollar's fall (:data:`CAUSE_RE`, the object's move), but "a
rebound in the dollar is weakening gold's appeal", "a firm dollar is weakening demand for
metals", "the dollar's slide has strengthened the case for gold" state no move of the
subject: the verb takes an object (:data:`CAUSED_OBJECT`, after the verb). A hedge ("a hedge
against a weakening dollar", "protection against the strengthening greenback") names what
is guarded against, not a move that happened, and "weakening gold's role as a haven"
(:data:`ITS_ROLE`) is no price. "drove down Treasury yields and the dollar", "pushed gold
higher" (:data:`PUSHED`, :data:`PUSHED_DOWN_UP`) state the moves of their objects.

Examples
--------
>>> [m.group("verb") for m in CAUSE_RE.finditer("Traders weakened the dollar.")]
['weakened']
>>> CAUSE_RE.search("a hedge against a weakening dollar") is None
True
>>> CAUSE_RE.search("a rally fueled by the strengthening yen") is None
True
>>> import re
>>> after = re.compile(rf"(?:weakening|weakened) (?:{CAUSED_OBJECT})\\b", re.I)
>>> [bool(after.search(s)) for s in ("is weakening gold's appeal", "weakened the most since")]
[True, False]
"""

from __future__ import annotations

import re

__all__ = ["CAUSED_OBJECT", "CAUSE_RE", "ITS_ROLE", "PUSHED", "PUSHED_DOWN_UP"]

# What is guarded against: "a hedge against a weakening dollar"; after an article the
# participle describes its noun ("fueled by a weakening dollar": a cause, no move stated).
_GUARDED = r"(?<!\ba )(?<!\ban )(?<!\bthe )"
#: A verb that makes its object weaker or stronger ("weakened the dollar").
CAUSE_RE = re.compile(_GUARDED + r"\b(?P<verb>weaken(?:ed|ing)|strengthen(?:ed|ing)) ", re.I)
#: "weakening gold's role as a haven", "strengthening bitcoin's appeal": not the price.
ITS_ROLE = re.compile(r"['\u2019]s\s+(?!prices?\b|value\b|quotes?\b|exchange rate\b)", re.I)
#: The object right after a verb of cause ("-ened", "-ening"): a determiner (not "the most"),
#: a possessive or a noun of demand; the verb then tells no move of its subject.
CAUSED_OBJECT = (
    r"(?:(?<=ened )|(?<=ening ))(?:the(?! (?:most|least|week|day|month|year|session)\b)|its"
    r"|their|this|that|[\w.-]+['\u2019]s|demand|appetite|interest|sentiment|confidence|support"
    r"|prospects|outlook|case|bids?|buying)"
)

#: A move caused, told by its verb with a direction after the object ("pushed real yields
#: lower", "sent gold higher") or a particle before it ("drove down Treasury yields and the
#: dollar", "pushed up the greenback"): the object runs to a clause break or a linking word.
PUSHED = r"\b(?:push\w*|send\w*|sent|driv\w*|drove|drag\w*|knock\w*)"
PUSHED_DOWN_UP = (
    r" (?P<part>down|up) (?P<pobj>(?:(?!\b(?:as|after|while|amid|on|in|but|despite|because"
    r"|when|which|since|by|to|from|with|then|lower|higher|push\w*|sen[dt]\w*|dr[io]v\w*|drag\w*"
    r"|knock\w*|lift\w*|boost\w*|weigh\w*)\b)[^,;:])+)"
)
