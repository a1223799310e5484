"""Records of the Fed's policy moves: "the first rate cut since 2020", "hiked rates for the
first time since 2018", "its first rate cut in four years" (window ``years:4``: none in the
four years before the article's day).

"The first cut since 2020" says no cut came after 2020 up to the article's day (a claim of
the past, even where the cut itself is only expected: "traders bet on the first rate cut
since 2020"). It is a record of the fed funds rate (op ``cut`` or ``hike``, window
``since:...``), graded on the steps of the effective rate: a cut is a fall of the rate's
weekly median of at least :data:`STEP` percentage points. Another central bank named in
the sentence ("the ECB's first cut since 2019") makes it no claim of the Fed's.

Examples
--------
>>> s = "The Fed cut rates for the first time since 2019."
>>> [(c.op, c.window) for c in policy_records(s, 0)]
[('cut', 'since:2019')]
>>> policy_records("The ECB made its first rate cut since 2019.", 0)
[]
>>> s = "The Fed delivered its first rate hike in three years."
>>> [(c.op, c.window) for c in policy_records(s, 0)]
[('hike', 'years:3')]
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.feddecisions import decision_claims
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.windows import find_windows, since_period

__all__ = ["POLICY_OPS", "STEP", "grade_policy_record", "policy_records", "with_policy_records"]

#: The ops of a policy-move record.
POLICY_OPS = ("cut", "hike")
#: The least fall (rise) of the rate's weekly median, in percentage points, read as a cut.
STEP = 0.2

_CUT = r"cut|cuts|cutting|reduction|reduce[sd]?|reducing|lower(?:s|ed|ing)?|eas(?:e|es|ed|ing)"
_HIKE = r"hike[sd]?|hiking|increase[sd]?|increasing|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?"
_SINCE = (
    r"(?P<since>since\s+[^,;:.]{2,40}?|in\s+(?:(?:more than|over|nearly|almost|about|roughly)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years)"
    r"(?=[,;:.]|\s*$|\s+(?:and|as|when|while|after|next|this|on|at|in|later"
    r"|(?:mon|tues|wednes|thurs|fri)day)\b)"
)
_HEDGED = re.compile(r"^in\s+(?:more than|over|nearly|almost|about|roughly)\s+", re.IGNORECASE)
#: A cut or a hike, told as a noun or a verb (group ``verb``).
_MOVE = rf"(?P<verb>{_CUT}|{_HIKE})"
#: The first cut (hike) since a period, told with a noun ("the first rate cut since 2020",
#: "its first interest-rate hike since 2018") or a verb ("cut rates for the first time since
#: 2020", "raised interest rates for the first time since"), read in that order.
_FIRST_SINCE = tuple(
    re.compile(pattern + rf"\s+{_SINCE}", re.IGNORECASE)
    for pattern in (
        r"\bfirst\s+(?:(?:interest[- ])?rates?[- ]|policy\s+|quarter-point\s+|half-point\s+)?"
        + _MOVE,
        rf"\b{_MOVE}\s+(?:its\s+|their\s+)?(?:key\s+|benchmark\s+|policy\s+)?"
        r"(?:interest\s+)?rates?\s+for\s+the\s+first\s+time",
    )
)
_FED = re.compile(r"\bFed\b|\bFederal Reserve\b|\bFOMC\b|\b(?i:fed(?:eral)? funds)\b")
_OTHER_BANK = re.compile(
    r"\b(?:ECB|European Central Bank|Bank of (?:England|Japan|Canada|Korea)|BoE|BoJ|BOJ|RBA"
    r"|RBI|SNB|PBoC|PBOC|Reserve Bank|Riksbank|Norges|central banks)\b"
)


def policy_records(s: str, i: int) -> list[Claim]:
    """The records of the Fed's policy moves in sentence ``s`` (index ``i``; see the
    module doc): none unless the Fed is named and no other central bank is."""
    if not _FED.search(s) or _OTHER_BANK.search(s):
        return []
    out = []
    for pattern in _FIRST_SINCE:
        for m in pattern.finditer(s):
            found = find_windows(_HEDGED.sub("in ", m.group("since")))  # "in over 4 years"
            if not found or not found[0][1].startswith(("since:", "years:")):
                continue
            op = "hike" if re.fullmatch(_HIKE, m.group("verb"), re.IGNORECASE) else "cut"
            out.append(Claim(i, "record", "fed_funds", m.group(0), op, window=found[0][1]))
    return out


def with_policy_records(s: str, i: int, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the policy records (and rate decisions) of ``s`` in place of any other
    fed funds record read from the same words ("cut rates for the first time since 2020" is
    no new high)."""
    found = policy_records(s, i) + decision_claims(i, s)  # "the Fed cut rates by 25 bp"
    if not found:
        return claims
    spans = [(s.find(c.words), s.find(c.words) + len(c.words)) for c in found]

    def inside(c: Claim) -> bool:
        pos = s.find(c.words)
        return any(a <= pos < b for a, b in spans)

    first = any((c.window or "").startswith("decision:first:") for c in found)  # a hold's

    def restated(c: Claim) -> bool:
        return c.kind == "record" and c.asset == "fed_funds" and (first or inside(c))

    kept = [c for c in claims if not restated(c)]
    return kept + found


def _years_back(window: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The period ``window`` "years:N" ("the first cut in four years") ends: the day N
    years before ``day`` (None for any other window)."""
    m = re.fullmatch(r"years:(\d+)", window)
    if m is None:
        return None
    start = day - pd.DateOffset(years=int(m.group(1)))
    return start, start


def _steps(rate: pd.Series) -> pd.Series:
    """The weekly steps of the rate's centred 7-day median (noise and month-end dips out)."""
    weekly = rate.rolling(7, center=True, min_periods=4).median().resample("W").last()
    return weekly.diff().dropna()


def grade_policy_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Grade "the first cut (hike) since P": no step of that side after the period P up to
    the week before ``day``; confirmed when there is none, contradicted when there is."""
    assert c.asset is not None and c.window is not None
    period = since_period(c.window) or _years_back(c.window, day)
    if period is None or not market.has(c.asset):
        return "not checkable", f"the window {c.window!r} is no period leadwatch can read", {}
    steps = _steps(market.close(c.asset).loc[: day - pd.Timedelta(days=7)])
    steps = steps.loc[period[1] + pd.Timedelta(days=1) :]
    cut = c.op == "cut"
    moves = steps[steps <= -STEP] if cut else steps[steps >= STEP]
    name = "cut" if cut else "hike"
    after = f"after {period[1].date()} and before {day.date()}"
    if moves.empty:
        text = f"{market.source(c.asset)}: no {name} (a step of {STEP} pp or more) {after}"
        return "confirmed", text, {"moves": []}
    days = [d.date() for d in pd.DatetimeIndex(moves.index)]
    listed = ", ".join(
        f"week of {d} {v:+.2f} pp" for d, v in zip(days, moves.to_numpy(), strict=True)
    )
    text = f"{market.source(c.asset)}: {len(moves)} {name}(s) {after}: {listed}"
    return "contradicted", text, {"moves": [str(d) for d in days]}
