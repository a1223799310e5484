"""Evidence for an article's date beyond each claim's pass or fail (pure).

- the weekdays the text names: a market story says "on Tuesday" of the day it is
  written or of the day before, so the article's weekday is a named one or the one after;
- the assets on which the claims of a day agree: claims on one asset share its
  misreadings and its timing quirks, so a day that explains claims on more assets is the
  better explanation of the article (the first tie-break between near-equal days);
- the claims' summed evidence per day (:func:`claims_score`: claims of one kind on one
  asset are one piece of evidence);
- figures the text cites as references, not as the day's price (:func:`reference_only`);
- a step prior for recent years (:func:`recency_prior`);
- the runner-up spells, for the reasoning (:func:`runner_ups`).

Examples
--------
>>> named_weekdays("Gold rose on Tuesday; next Friday's jobs data loom.")
(1,)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from leadwatch.claims.anchored import named_day_fade
from leadwatch.claims.datingwords import TIE
from leadwatch.claims.extract import Claim
from leadwatch.claims.firsttime import FIRST_TOLERANCE
from leadwatch.claims.market import TOLERANCE
from leadwatch.claims.monthextremes import MONTH_EXTREME_RE
from leadwatch.claims.namedweekdays import named_weekdays
from leadwatch.claims.targets import aimed_at
from leadwatch.claims.vocabulary import (
    MARGIN_HEDGE_RE,
    MONTH_RE,
    PER_UNIT_RE,
    count_re,
    ending,
)

__all__ = [
    "BROAD_SHARE",
    "agreeing_assets",
    "claim_reasons",
    "claims_score",
    "fmt_spells",
    "named_weekdays",
    "near_day",
    "recency_prior",
    "reference_only",
    "runner_ups",
    "spell_pick",
    "spells",
    "weekday_days",
    "weekday_lag",
]

#: A claim holding on more than this share of the days does not count as an agreeing asset.
BROAD_SHARE = 1 / 3
_DAY = pd.Timedelta(days=1)
_RECORD_NEAR = (
    r"\b(?:below|under|beneath|short of|off|away from|from|since|shy of)\s+"
    r"(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}"
)
#: "shy of its all-time high above $35": the record's level, not the day's price.
_BELOW_RECORD = re.compile(
    _RECORD_NEAR + r"(?:record|all-time|peak|high|top)(?:\s+(?:high|highs|level|close))?"
    r"(?:\s+(?:of|above|at|near|around|just under|just over|over))?\s*$",
    re.IGNORECASE,
)
_NEAR_A_RECORD = re.compile(_RECORD_NEAR + r"$", re.IGNORECASE)
_FORECAST_BEFORE = ending(
    *("potentially", "could", "might", "would", "will", "expected to", "forecasts?"),
    *("predicts?", "targets?(?! (?:range|rate|band))", "projected", "projects", "sees?"),
    *("toward", "towards"),  # a policy rate's "target range" is today's, no forecast
    *("path to", "eyes"),
    gap=r"[^.;]{0,40}",
)
#: The modal "may", in lower case: "May" is the month ("up the most since May, as ether
#: sat at $3,000": no forecast).
_MAY = re.compile(r"\bmay\b[^.;]{0,40}$")
_FORECAST_AFTER = re.compile(
    rf"\s*{PER_UNIT_RE}?\s*(?:later this year|next year|by (?:the )?"
    r"(?:end|close) of|by year-end|in the coming|within (?:a|the next))",
    re.IGNORECASE,
)
#: "swung between $18.40 and $26.15 across the last twelve months": the ends of a window
_OVER_A_WINDOW = re.compile(
    rf"\s*{PER_UNIT_RE}?\s*(?:over|in|during|for|across) (?:the )?"
    rf"(?:past |last |previous )?(?:{count_re(12, low=2)}|several|few)?[- ]?"
    r"(?:weeks?|months?|years?|sessions|quarters?)\b",
    re.IGNORECASE,
)
#: "climbed to a record $4,380 before ending the week at $4,254": a high within the period
#: whose close the sentence goes on to give, not the price at its end.
_BEFORE_PERIOD_CLOSE = re.compile(
    rf"\s*{PER_UNIT_RE}?\s*,?\s*before (?:ending|closing|finishing|settling|wrapping up) "
    r"the (?:week|month|quarter|year)\b",
    re.IGNORECASE,
)
_ON_A_DATE = re.compile(
    rf"\s*{PER_UNIT_RE}?\s*,?\s*(?:on|in|back in) (?:the )?"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?(?: of)? (?:{MONTH_RE})|(?:{MONTH_RE})\.?(?: [0-3]?\d)?\b"
    rf"|(?:early|mid|late)[- ](?:{MONTH_RE}))",
)

#: "a recent low of $74.12", "last week's high of", "the previous session's low of": an
#: extreme of days before the article's, not its price.
_PAST_EXTREME = re.compile(
    r"\b(?:recent|(?:last|past|previous|prior) (?:session|day|week|month|year)['\u2019]s)\s+"
    r"(?:intraday\s+|closing\s+)?(?:lows?|highs?|peaks?|tops?|bottoms?|troughs?)"
    r"(?:\s+(?:of|at|near|around))?\s*$",
    re.IGNORECASE,
)
#: "its March peak of roughly $4,100", "its mid-May record high": an extreme of a month.
_MONTH_PAST = re.compile(
    rf"{MONTH_EXTREME_RE}(?:\s+(?:of|at|near|around))?(?:\s+{MARGIN_HEDGE_RE})?\s*$"
)

#: "erased gains from early 2026, when bitcoin touched $95,000", "in March, when gold hit
#: $3,000": a figure of a "when" clause after a past time is that time's, not the day's.
_WHEN_BACK = re.compile(
    rf"(?:\b(?:19|20)\d\d|\b(?:{MONTH_RE})|\b(?:last|previous|prior) (?:year|month|summer|winter"
    r"|spring|autumn|fall)|\bearlier this (?:year|month)|\bago),?\s+when\s+[^,;.]{0,60}$",
    re.IGNORECASE,
)

#: "which recently topped $3,100", "crossed $40 earlier this month": a level of days gone.
_RECENT = r"\b(?:recently|earlier (?:this|in the) (?:week|month))\b"
_RECENT_BEFORE = re.compile(rf"(?i){_RECENT}[^,;.]{{0,40}}$")
_RECENT_AFTER = re.compile(rf"(?i)\s*(?:[\w-]+\s+){{0,4}}?{_RECENT}")


def reference_only(sentence: str, words: str, *, record: bool = False) -> bool:
    """Is the figure or record in ``words`` one the text cites as a reference, not as the
    day's price? A record the asset sits below ("shy of its all-time high above $35"),
    a figure set on a date the text names ("a record of $4,212.30 on 14th November"), a
    forecast ("topping near $48 later this year"), a goal or a chart level ("eyes
    $110,000", "resistance at $107,000": :mod:`leadwatch.claims.targets`), a figure of a past
    time's "when" clause ("early 2026, when it touched $95,000"), the ends of a
    window ("swung between $18.40 and $26.15 across the last twelve months"), an extreme of
    days before ("a recent low of $74.12", "last week's high of $98,000").

    >>> reference_only("Silver reached $31, shy of its all-time high above $35.", "above $35")
    True
    >>> reference_only("Silver reached $31, shy of its all-time high above $35.", "reached $31")
    False
    >>> reference_only("Silver holds a little under its peak.", "peak", record=True)
    True
    """
    at = sentence.find(words)
    if at < 0:
        return False
    before, after = sentence[max(0, at - 70) : at], sentence[at + len(words) : at + len(words) + 45]
    head = re.split(r"[\d$]", words, maxsplit=1)[0]
    return bool(
        _BELOW_RECORD.search(before)
        or _PAST_EXTREME.search(before + head)
        or _MONTH_PAST.search(before + head)
        or _WHEN_BACK.search(before)
        or (record and _NEAR_A_RECORD.search(before))
        or _FORECAST_BEFORE.search(before)
        or _MAY.search(before)
        or _FORECAST_AFTER.match(after)
        or (not record and _ON_A_DATE.match(after))  # a record's month is read as its when
        or (not record and _OVER_A_WINDOW.match(after))
        or _BEFORE_PERIOD_CLOSE.match(after)
        or (not record and aimed_at(before + head, after))  # "eyes $110,000"
        or (not record and bool(_RECENT_BEFORE.search(before + head) or _RECENT_AFTER.match(after)))
    )


def weekday_days(calendar: pd.DatetimeIndex, weekdays: Sequence[int]) -> np.ndarray:
    """Calendar days falling on one of ``weekdays`` or on the day after one.

    Examples
    --------
    >>> days = pd.date_range("2026-01-05", periods=7)  # Monday..Sunday
    >>> weekday_days(days, [1]).tolist()  # Tuesday: Tuesday or Wednesday
    [False, True, True, False, False, False, False]
    """
    wd = np.asarray(calendar.day_of_week)
    mask = np.zeros(len(calendar), dtype=bool)
    for day in weekdays:
        mask |= (wd == day) | (wd == (day + 1) % 7)
    return mask


def weekday_lag(calendar: pd.DatetimeIndex, weekdays: Sequence[int]) -> pd.Series:
    """Per calendar day, the mean number of days back to the last of each weekday named
    (0 on the day itself; 0 everywhere when none is named). A story tells of the days up
    to the one it is written on, so the day closest after all the days it names is the
    likeliest.

    Examples
    --------
    >>> days = pd.date_range("2026-01-05", periods=4)  # Monday..Thursday
    >>> weekday_lag(days, [0, 2]).tolist()  # Monday and Wednesday named
    [2.5, 3.5, 1.0, 2.0]
    """
    wd = np.asarray(calendar.day_of_week)
    lags = [(wd - day) % 7 for day in weekdays]
    mean = np.mean(lags, axis=0) if lags else np.zeros(len(calendar))
    return pd.Series(mean, index=calendar)


def spell_pick(spell: tuple[pd.Timestamp, pd.Timestamp], lag: pd.Series) -> pd.Timestamp:
    """The day of ``spell`` to date the article on: its first day (a level is news when
    first reached) of those closest after the weekdays the text names (:func:`weekday_lag`):
    "retreated on Wednesday ... a record on Friday ... a high on Monday" in a spell from
    Monday to Thursday is Wednesday's story.

    Examples
    --------
    >>> days = pd.date_range("2026-01-05", periods=4)  # Monday..Thursday
    >>> spell_pick((days[0], days[3]), weekday_lag(days, [0, 2, 4])).day_name()
    'Wednesday'
    >>> spell_pick((days[0], days[3]), weekday_lag(days, [])).day_name()
    'Monday'
    """
    inside = lag.loc[spell[0] : spell[1]]
    return pd.Timestamp(inside.index[int(np.argmin(inside.to_numpy()))])


def claim_reasons(held_by: Sequence[tuple[Claim, pd.Series, float]]) -> list[str]:
    """One line per dating claim: what it says, on how many spells it holds, its weight
    and the rule it holds by."""
    lines = []
    for c, held, weight in held_by:
        rule = TOLERANCE.get(c.op or "", FIRST_TOLERANCE if c.kind == "level" else "")
        said = f"'{c.words}'" + (f" ({c.when[0]})" if c.when else "")
        lines.append(
            f"{c.describe()} {said}: holds on {len(spells(held))} spells, weight {weight:.2f} "
            f"[{rule}]"
        )
    return lines


def agreeing_assets(
    held_by: Sequence[tuple[Claim, pd.Series, float]], calendar: pd.DatetimeIndex
) -> pd.Series:
    """Per day, how many distinct assets have a claim that holds.

    A claim that holds on more than :data:`BROAD_SHARE` of the days (a 1% move, said of
    half of all sessions) corroborates nothing: its asset does not count through it.

    Examples
    --------
    >>> from leadwatch.claims.extract import extract_claims
    >>> days = pd.date_range("2026-01-05", periods=6)
    >>> a, b, c = extract_claims("Gold hit $4,000. Silver hit $50. The VIX rose 1%.").claims
    >>> gold = pd.Series([True, True, False, False, False, False], index=days)
    >>> silver = pd.Series([False, True, True, False, False, False], index=days)
    >>> vix = pd.Series([True, True, True, False, True, True], index=days)  # most days
    >>> agreeing_assets([(a, gold, 1.0), (b, silver, 1.0), (c, vix, 0.1)], days).tolist()
    [1, 2, 1, 0, 0, 0]
    """
    seen: dict[str | None, np.ndarray] = {}
    for c, held, _ in held_by:
        mask = held.reindex(calendar, fill_value=False).to_numpy(dtype=bool)
        if mask.mean() > BROAD_SHARE:
            continue
        seen[c.asset] = seen.get(c.asset, np.zeros(len(calendar), dtype=bool)) | mask
    total = np.sum(list(seen.values()), axis=0) if seen else np.zeros(len(calendar))
    return pd.Series(np.asarray(total, dtype=int), index=calendar)


def claims_score(
    held_by: list[tuple[Claim, pd.Series, float]], calendar: pd.DatetimeIndex
) -> pd.Series:
    """Sum of evidence per day; claims of one kind on one asset ("$3,493", "$3,502") are
    one piece of evidence: the strongest held counts fully, the others a quarter (those told
    of a named month, "a spike to 52.3 in April 2025", are a piece of their own). A claim
    tied to a day named without a year fades with the time since that day
    (:func:`.anchored.named_day_fade`)."""
    score = pd.Series(0.0, index=calendar)
    groups: dict[tuple[str | None, str, bool], list[tuple[np.ndarray, float]]] = {}
    for c, held, weight in held_by:
        faded = held.to_numpy(dtype=float) * named_day_fade(c, calendar)
        month = c.when is not None and c.when[0] == "month"  # a past month's: its own piece
        groups.setdefault((c.asset, c.kind, month), []).append((faded, weight))
    for members in groups.values():
        stack = np.vstack([h * w for h, w in members])
        best = stack.max(axis=0)
        score += best + 0.25 * (stack.sum(axis=0) - best)
    return score


def spells(mask: pd.Series) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The runs of consecutive calendar days on which ``mask`` is true."""
    days = pd.DatetimeIndex(mask[mask].index)
    if not len(days):
        return []
    gaps = np.flatnonzero(np.asarray((days[1:] - days[:-1]) > _DAY))  # a run ends at each gap
    starts, ends = np.r_[0, gaps + 1], np.r_[gaps, len(days) - 1]
    return [(days[a], days[b]) for a, b in zip(starts, ends, strict=True)]


def fmt_spells(runs: Sequence[tuple[pd.Timestamp, pd.Timestamp]], limit: int = 4) -> str:
    """Spells in words ("2026-01-05..2026-01-07, 2026-02-02")."""
    parts = [f"{a.date()}" if a == b else f"{a.date()}..{b.date()}" for a, b in runs[:limit]]
    more = f" and {len(runs) - limit} more" if len(runs) > limit else ""
    return (", ".join(parts) + more) or "never"


def runner_ups(
    score: pd.Series,
    assets: pd.Series,
    chosen: tuple[pd.Timestamp, pd.Timestamp],
    n: int = 3,
    fit: pd.Series | None = None,
) -> list[str]:
    """The ``n`` best-scoring spells other than ``chosen`` (nor the day after it), with
    their score, how many assets agree on them and (``fit``: the quoted prices' mean
    distance per day, 1.0 when none is quoted) how closely the quoted prices fit their
    best day; one that scores, fits and agrees on as many assets as ``chosen`` is said to
    be unseparated (the text gives nothing to tell the two apart: ``--date`` settles it)."""
    # the day after the spell is its edge (written after the fix), not a rival reading
    outside = (score.index < chosen[0]) | (score.index > chosen[1] + _DAY)
    levels = sorted({round(v, 6) for v in score[outside] if v > 0}, reverse=True)
    out: list[str] = []
    seen: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    best = float(score.loc[chosen[0] : chosen[1]].max())
    best_fit = 1.0 if fit is None else float(fit.loc[chosen[0] : chosen[1]].min())
    most = int(assets.loc[chosen[0] : chosen[1]].max())
    for level in levels:
        for a, b in spells(outside & (score >= level - 1e-6)):  # levels are rounded
            if any(a <= y and x <= b for x, y in seen):
                continue  # a spell already listed, widened at a lower score
            seen.append((a, b))
            top = float(score.loc[a:b].max())
            off = None if fit is None else float(fit.loc[a:b].min())
            close = f", prices {off:.1%} off" if off is not None and off < 1.0 else ""
            tie = top >= best - 1e-6 and int(assets.loc[a:b].max()) >= most
            tie &= off is None or off <= best_fit + _SAME_FIT
            out.append(
                f"{fmt_spells([(a, b)])} (score {top:.2f}, "
                f"{int(assets.loc[a:b].max())} assets{close}" + (f", {TIE}" * tie) + ")"
            )
        if len(out) >= n:
            break
    return out[:n]


#: Quoted prices fitting within this of each other fit alike.
_SAME_FIT = 0.001
#: (years before the data's last day, prior weight): articles pasted into leadwatch are
#: mostly recent; the prior only settles what the claims leave open between eras.
_RECENCY = ((5, 0.3), (15, 0.15))


def recency_prior(calendar: pd.DatetimeIndex, last: pd.Timestamp) -> np.ndarray:
    """A step prior for recent dates: 0.3 within 5 years of ``last``, 0.15 within 15.

    Examples
    --------
    >>> days = pd.DatetimeIndex(["1990-01-01", "2015-01-01", "2025-01-01"])
    >>> recency_prior(days, pd.Timestamp("2026-06-30")).tolist()
    [0.0, 0.15, 0.3]
    """
    age = np.asarray((last - calendar).days) / 365.25
    out = np.zeros(len(calendar))
    for years, weight in reversed(_RECENCY):
        out[age <= years] = weight
    return out


def near_day(
    calendar: pd.DatetimeIndex, month: int, dom: int, lo: pd.Timedelta, hi: pd.Timedelta
) -> np.ndarray:
    """Calendar days from ``lo`` to ``hi`` after some year's ``month``/``dom``."""
    mask = np.zeros(len(calendar), dtype=bool)
    for year in sorted(set(calendar.year)):
        try:
            on = pd.Timestamp(year=year, month=month, day=dom)
        except ValueError:
            continue
        mask |= (calendar >= on + lo) & (calendar <= on + hi)
    return mask
