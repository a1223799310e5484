"""How far a measured change may lie from a stated move and still fit it.

One rule for every stated move, a session's, a window's or a span's: within one point (1 pp of a
percent change, 1 bp of a rate's change in percentage points) or a quarter of the stated size,
whichever is larger. A hair more is allowed for float arithmetic: a rate's two-decimal closes
(4.16 -> 4.22) differ by 0.0600000000000005, and a move at the very edge of the tolerance fits.
"""

from __future__ import annotations

__all__ = ["MOVE_TOLERANCE_WORDS", "move_tolerance"]

#: The smallest tolerance: one point of the change's unit (0.01 = 1 pp, or 1 bp of a rate).
_FLOOR = 0.01
#: The tolerance as a share of the stated size.
_SHARE = 0.25
#: Slack for float arithmetic at the edge of the tolerance.
_FLOAT_SLACK = 1e-9

#: The rule in words, for evidence texts (``{unit}``: "1 pp", or "1 bp" for a rate).
MOVE_TOLERANCE_WORDS = "{unit} or a quarter of the stated move, whichever is larger"


def move_tolerance(stated: float) -> float:
    """The largest distance from ``stated`` (a fraction, or percentage points of a rate) that fits.

    Parameters
    ----------
    stated : float
        The stated move: ``-0.03`` for "down 3%", ``0.08`` for a rate "up 8 bp".

    Returns
    -------
    float
        The tolerance, in the unit of ``stated``.

    Examples
    --------
    >>> round(move_tolerance(-0.03), 6)  # "down 3%": within 1 pp
    0.01
    >>> round(move_tolerance(0.2), 6)  # "up 20%": within 5 pp
    0.05
    >>> abs((4.22 - 4.16) - 0.08) <= move_tolerance(0.08)  # a rate's move at the edge fits
    True
    """
    return max(_FLOOR, _SHARE * abs(stated)) + _FLOAT_SLACK
