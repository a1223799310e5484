"""A policy rate's stated target range: "held rates at 4.25%-4.50%" (pure).

The Fed sets a target range, not a level; the effective rate trades inside it. A range
stated of the Fed ("left its policy rate within a 5.25 percent to 5.50 percent band",
"a target range of 3.50-3.75%", "between 4.25% and 4.5%") is checked as a range: the
effective rate at or above the lower bound and at or below the upper one, two level
claims (``above`` and ``below``), as a table's target-range cell is. A range that starts
a change ("from 4.50%-4.75% to ...") is the past, two rates joined by "to" are a range
only where the sentence calls them one ("from 4.50% to 4.25%" is a cut), and a forecast
("odds the Fed will cut to 4%-4.25%") states no range of today
(:mod:`leadwatch.claims.forecastlevels` reads the range a forecast hold keeps). A range a
decision sets ("cut rates to 3.75%-4.00%") carries the qualifier ``decided``: the new
range takes effect the day after the decision, which the grade allows.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The Fed held rates at 4.25%-4.50% on Wednesday."
>>> [(c.op, c.level) for c in target_ranges(s, 0, find_assets(s), None)[0]]
[('above', 4.25), ('below', 4.5)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import RATE_NUM_RE, any_of, words_re

__all__ = ["policy_band", "target_ranges"]

_PCT = r"(?:\s?%|\s?percent\b|\s?per cent\b)"
_RANGE = re.compile(
    rf"(?P<between>\bbetween )?(?P<lo>{RATE_NUM_RE}){_PCT}?\s?"
    rf"(?P<join>[-\u2013\u2014]|\s(?:to|and)\s)\s?(?P<hi>{RATE_NUM_RE}){_PCT}",
    re.IGNORECASE,
)
# the word that makes "X% to Y%" one range, near it: "the 4.25% to 4.50% range", "a
# target range of", "a band of"
_RANGE_WORD = any_of("range", "band", "corridor", "target")
# the start of a change: the range after it is the old one
_FROM = re.compile(r"\bfrom (?:a |the |its )?(?:(?:target )?range (?:of )?)?$", re.IGNORECASE)
# another central bank's rate: not the Fed's
_OTHER_BANK = re.compile(
    r"\b(?:ECB|European Central Bank|Bank of (?:England|Japan|Canada|Korea)|BoE|BoJ|BOJ|RBA"
    r"|RBI|SNB|PBoC|PBOC|Reserve Bank|Riksbank|Norges)\b"
)
# the Fed named in any form ("Fed officials", "the federal funds rate")
_FED = re.compile(r"\bFed\b|\bFederal Reserve\b|\bFOMC\b|\b(?i:fed(?:eral)? funds)\b")
# a forecast of the decision: the range is not (yet) the rate
_FORECAST = re.compile(
    r"\b(?:will|would|could|may|might|chance|odds|probability|bets?|betting|bet on"
    r"|pric(?:e|es|ed|ing) in|forecasts?|[Ee]xpect\w*|likely|see|sees)\b"  # not "May"
)
# the rate named right before the figures ("held rates at", "the current rate of", "left it
# unchanged at"): "X to Y%" there is the range the rate sits in, not a change
_RATE_AT = re.compile(
    r"\b(?:rates?|held|kept|unchanged|steady|maintained|left)(?: [\w-]+)?\s+(?:of|at)\s+$",
    re.IGNORECASE,
)
# the range named as the one in force: "the current overnight rate of", "its existing"
_CURRENT = re.compile(
    r"\b(?:current|existing|present|prevailing)(?: [\w-]+){0,3}\s+(?:of|at)\s+$", re.IGNORECASE
)
# a decision that sets the range ("cut rates by a quarter point to 3.75%-4.00%"): the new
# range takes effect the day after the decision
_CUTS = ("cut(?:s|ting)?", "lower(?:s|ed|ing)", "reduc(?:es|ed|ing)", "trimmed", "slashed")
_DECISIONS = (*_CUTS, "rais(?:es|ed|ing)", "hik(?:es|ed|ing)", "lifted", "increas(?:ed|ing)")
_TO = r"[^.;]{0,90}\b(?:to|into)\b[^.;]{0,30}$"
_DECIDED = re.compile(rf"\b{words_re(_DECISIONS)}\b{_TO}", re.IGNORECASE)
#: The widest band read as a target range, in percentage points.
_WIDEST = 0.5


def policy_band(m: re.Match[str]) -> tuple[float, float] | None:
    r"""The bounds of the range ``m`` read (groups ``lo`` and ``hi``), when it is as narrow as
    a policy rate's target range (more than nothing, at most half a point wide).

    >>> policy_band(re.match(r"(?P<lo>\S+)-(?P<hi>\S+)", "4.25-4.5"))
    (4.25, 4.5)
    """
    lo, hi = float(m.group("lo")), float(m.group("hi"))
    return (lo, hi) if 0 < hi - lo <= _WIDEST else None


def _ratified(s: str, pos: int) -> bool:
    """The rate is named right before the range at ``pos`` and no forecast word (in any case,
    "Odds favour ...") comes before it unless the range is the current one: "held rates at
    4.25% to 4.50%"."""
    said = not _FORECAST.search(s[:pos].lower()) or _CURRENT.search(s[:pos])
    return bool(_RATE_AT.search(s[:pos]) and said)


def target_ranges(
    s: str, index: int, mentions: list[AssetMention], subject: str | None
) -> tuple[list[Claim], list[tuple[int, int]]]:
    """The Fed's target ranges stated in sentence ``s`` (number ``index``) as ``above``/
    ``below`` level claims of ``fed_funds``, and the spans they cover (the levels inside
    them are no claims of their own)."""
    fed = any(m.asset == "fed_funds" for m in mentions) or bool(_FED.search(s))
    fed = fed or (not mentions and subject == "fed_funds")
    if not fed or _OTHER_BANK.search(s):
        return [], []
    claims: list[Claim] = []
    spans: list[tuple[int, int]] = []
    for m in _RANGE.finditer(s):
        band = policy_band(m)
        if band is None or _FROM.search(s[: m.start()]):
            continue
        lo, hi = band
        if _FORECAST.search(s[: m.start()]) and not _CURRENT.search(s[: m.start()]):
            continue  # "odds the Fed will cut to 4%-4.25%": a forecast (forecastlevels reads holds)
        join = m.group("join").strip().lower()
        near = s[max(0, m.start() - 30) : m.end() + 20]
        if join == "and" and not m.group("between"):
            continue  # "4.25% and 4.5%": two figures, unless "between"
        decided = bool(_DECIDED.search(s, 0, m.start()))  # "cut ... to 4.75-5.00%": the new band
        named = m.group("between") or _RANGE_WORD.search(near) or _ratified(s, m.start())
        if join == "to" and not (named or decided):
            continue  # "cut from 4.50% to 4.25%": a change, not a band
        at = find_when_at(s, m.start())
        words = m.group(0).strip()
        quals = ("decided",) if decided else ()
        claims += [
            Claim(index, "level", "fed_funds", words, "above", level=lo, when=at, qualifiers=quals),
            Claim(index, "level", "fed_funds", words, "below", level=hi, when=at, qualifiers=quals),
        ]
        spans.append((m.start(), m.end()))
    return claims, spans
