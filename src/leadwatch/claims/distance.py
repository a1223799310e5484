"""A fall from a top stated as a noun: "its slide from the peak now amounts to 38%" (pure).

The noun heads the clause and the figure comes after the top it is measured from, so the
move words next to the figure say nothing; the noun gives the direction ("drawdown",
"decline", "loss", "correction": down; "rebound", "recovery", "gain" from a low: up).

Examples
--------
>>> [distance_direction(s, s.index(figure)) for s, figure in [
...     ("The drawdown from its record of $69,000 stands at around 40%.", "40%"),
...     ("Its rebound from the March low is now 25%.", "25%"),
...     ("The decline in 2022 was 40%.", "40%")]]  # a noun measured from no top
['down', 'up', None]
"""

from __future__ import annotations

import re

__all__ = ["distance_direction"]

_DISTANCE = re.compile(
    r"\b(?:(?P<down>draw-?down|decline|drop|fall|loss|slide|retreat|correction|pullback|slump)"
    r"|(?P<up>rebound|recovery|bounce|rally|gain|rise))s?\s+(?:from|since|off)\s+"
    r"(?:its|the|their|a|an)\s+(?:[^,;.%]|[.,](?=\d)){0,50}?"
    r"\s(?:stands?|stood|is|was|amounts? to|totals?|has reached|reached|comes to|now|at|of"
    r"|around|about|roughly|nearly|almost|some|close to|more than|over|just|\s)*$",
    re.IGNORECASE,
)


def distance_direction(s: str, pos: int) -> str | None:
    """``down``/``up`` when a distance noun measured from a top or a bottom heads the figure
    at ``pos`` ("the drawdown from its peak is 45%"), else ``None``."""
    m = _DISTANCE.search(s[max(0, pos - 120) : pos])
    if m is None:
        return None
    return "down" if m.group("down") else "up"
