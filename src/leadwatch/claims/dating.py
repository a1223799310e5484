"""Date an article: from ``--date``, from a date it prints, or from its own price claims (pure).

Inference keeps the calendar days on which every dated claim held at once: a level or
record said to happen "today" (or with no day) holds on the article date or the day
before it (the article may be written after the fix, or before the UTC close); "on
Friday" points to the last Friday on or before the article date; "yesterday" to the
trading day before. A month named with its year ("in January 2026") keeps dates from
that month to a month after it; "the beginning of 2026" keeps the first quarter. The
article date is the first day of the first window left, and the reasoning lists what
each claim allowed.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims import extract_claims
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2026-01-05", periods=6)
>>> m = Market({"silver": pd.Series([90.0, 95, 99, 104, 100, 96], index=days)})
>>> d = infer_date(extract_claims("Silver broke through $103 on Thursday."), m)
>>> d.date.date(), d.how
(datetime.date(2026, 1, 8), 'inferred')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.extract import Claim, Extraction
from leadwatch.claims.market import (
    TOLERANCE,
    Market,
    level_days,
    level_deviation,
    move_days,
    plausible,
    record_days,
    since_record_days,
    window_move_days,
)
from leadwatch.claims.sessions import with_windows
from leadwatch.claims.text import full_date, month_days
from leadwatch.claims.windows import since_period
from leadwatch.errors import DataError

__all__ = ["ArticleDate", "claim_days", "event_day", "infer_date"]

_DAY = pd.Timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The article's date, how it was found, and the reasoning."""

    date: pd.Timestamp
    how: str  # "--date", "printed", "inferred"
    window: tuple[pd.Timestamp, pd.Timestamp]
    reasoning: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.date().isoformat(),
            "how": self.how,
            "window": [d.date().isoformat() for d in self.window],
            "reasoning": list(self.reasoning),
        }


def event_day(when: tuple[str, Any] | None, day: pd.Timestamp) -> pd.Timestamp:
    """The day a claim is about, given the article date ``day``."""
    if when is not None and when[0] == "weekday":
        return day - (day.weekday() - int(when[1])) % 7 * _DAY
    if when is not None and when[0] == "yesterday":
        return day - _DAY
    if when is not None and when[0] == "date":  # the last such date on or before the article's
        month, dom = when[1]
        for year in (day.year, day.year - 1):
            try:
                on = pd.Timestamp(year=year, month=month, day=dom)
            except ValueError:
                continue
            if on <= day:
                return on
    return day


def claim_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): would ``claim`` hold if the article were dated then?"""
    assert claim.asset is not None
    named = claim.when is not None and claim.when[0] in ("today", "weekday", "yesterday")
    if claim.kind == "level":
        assert claim.op is not None and claim.level is not None
        recent = 0 if named else 4
        held = level_days(market, claim.asset, claim.op, claim.level, recent=recent)
    elif claim.kind == "percent":
        stated = (claim.pct or 0.0) / 100 * (1 if claim.op == "up" else -1)
        if claim.window in _MOVE_WINDOWS or (claim.window or "").startswith("years:"):
            held = window_move_days(market, claim.asset, stated, claim.window or "")
        else:
            held = move_days(market, claim.asset, stated)
    elif claim.window is not None:
        period = since_period(claim.window)
        if period is not None:
            held = since_record_days(market, claim.asset, claim.op or "high", *period)
        else:
            days = pd.Timestamp(0) + pd.Timedelta(days=record_span(claim))
            held = since_record_days(market, claim.asset, claim.op or "high", None, days)
    else:
        held = record_days(market, claim.asset, claim.op or "high")
    held = held.groupby(pd.DatetimeIndex(held.index).normalize()).max()
    # a day with no close (weekend, holiday, no fix) carries the last trading day's status
    trading = held.reindex(held.index.union(calendar)).ffill(limit=4).fillna(False)
    hit = trading.reindex(calendar).astype(bool)
    when = claim.when
    if when is not None and when[0] == "weekday":
        back = pd.Series([(d.weekday() - int(when[1])) % 7 for d in calendar], index=calendar)
        friday = calendar - pd.to_timedelta(back.to_numpy(), unit="D")
        daily = pd.DatetimeIndex(held[held].index)
        return pd.Series(pd.Index(friday).isin(daily), index=calendar)
    if when is not None and when[0] == "yesterday":
        return hit.shift(1, fill_value=False) | hit.shift(2, fill_value=False)
    return hit | hit.shift(1, fill_value=False)  # the article date or the day after the fix


def _period(when: tuple[str, Any]) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    if when[0] == "month":
        year, month = when[1]
        if not year:
            return None
        start = pd.Timestamp(year=year, month=month, day=1)
        end = start + pd.offsets.MonthEnd(0) + pd.DateOffset(months=1)
        return start, pd.Timestamp(end), f"{start:%B %Y} is named"
    if when[0] == "year_start":
        start = pd.Timestamp(year=int(when[1]), month=1, day=1)
        return (
            start,
            pd.Timestamp(year=int(when[1]), month=3, day=31),
            f"the beginning of {when[1]}",
        )
    return None


_UNITS = {"year": 365, "month": 30, "week": 7}


_MOVE_WINDOWS = ("ytd", "week", "month", "months", "year")
#: Weight caps: a move seen on a fix may differ from the spot move the text quotes.
_MOVE_CAP = 0.25
#: Days scoring within this of the best are near-ties, settled by how well quoted prices fit.
_NEAR_TIE = 0.3
#: Days whose quoted prices fit within this of the best fit form the chosen spell.
_FIT_MARGIN = 0.005


def record_span(claim: Claim) -> int:
    """Days a relative record looks back ("a 13-month high": 390; 0 when not relative)."""
    w = claim.window or ""
    if w.startswith("last:"):
        _, n, unit = w.split(":")
        return int(n) * _UNITS[unit]
    return 0


def dating_claims(extraction: Extraction) -> list[Claim]:
    """Claims that date the article: levels, records said of a day or beside a level,
    records over a stated span ("a 13-month high") and one-session moves."""
    level_sentences = {c.sentence for c in extraction.claims if c.kind == "level"}
    return [
        c
        for c in extraction.claims
        if (
            c.kind == "level"
            and (c.when is None or c.when[0] not in ("month", "date", "year_start"))
        )
        or (  # a window to date holds whatever day word its sentence has ("this year ... April")
            c.kind == "percent"
            and (c.when is None or c.window in _MOVE_WINDOWS)
            and (c.window in (None, "day", *_MOVE_WINDOWS) or (c.window or "").startswith("years:"))
        )
        or (
            c.kind == "record"
            and c.level is None
            and not (c.op or "").startswith(("worst:", "best:"))  # records of moves
            and (record_span(c) > 0 or since_period(c.window or "") is not None)
        )
        or (
            c.kind == "record"
            and c.window is None
            and (c.when is not None or c.sentence in level_sentences)
        )
    ]


def _runs(mask: pd.Series) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    days = mask[mask].index
    runs: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    for d in days:
        if runs and d - runs[-1][1] <= _DAY:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs


def _fmt(runs: Sequence[tuple[pd.Timestamp, pd.Timestamp]], limit: int = 4) -> str:
    parts = [f"{a.date()}" if a == b else f"{a.date()}..{b.date()}" for a, b in runs[:limit]]
    more = f" and {len(runs) - limit} more" if len(runs) > limit else ""
    return (", ".join(parts) + more) or "never"


def _weight(held: pd.Series) -> float:
    """Specificity: a claim that holds on few days says more (1 at 1% of days, 0.5 at 10%)."""
    share = max(float(held.mean()), 1e-4)
    return float(np.clip(-np.log10(share) / 2.0, 0.1, 1.5))


def _claims_score(
    held_by: list[tuple[Claim, pd.Series, float]], calendar: pd.DatetimeIndex
) -> pd.Series:
    """Sum of evidence per day; claims of one kind on one asset ("$3,493", "$3,502") are
    one piece of evidence: the strongest held counts fully, the others a quarter."""
    score = pd.Series(0.0, index=calendar)
    groups: dict[tuple[str | None, str], list[tuple[pd.Series, float]]] = {}
    for c, held, weight in held_by:
        groups.setdefault((c.asset, c.kind), []).append((held, weight))
    for members in groups.values():
        stack = np.vstack([h.to_numpy(dtype=float) * w for h, w in members])
        best = stack.max(axis=0)
        score += best + 0.25 * (stack.sum(axis=0) - best)
    return score


def infer_date(
    extraction: Extraction, market: Market, *, date: str | pd.Timestamp | None = None
) -> ArticleDate:
    """The article date: ``date`` if given, else the day most of its evidence points to.

    Evidence: each dated claim (weighted by how specific it is, see :func:`_weight`), a
    date printed in the text (weight 1: it may be the date of an event, not of the
    article) and the months the text names (weight 0.5). The date is the first day of
    the best-scoring spell (near-ties: the spell whose quoted prices fit best, else the
    earliest: a level is news when first reached); the reasoning lists each claim, the
    runner-up spells and the claims that disagree with the date.

    Raises
    ------
    DataError
        When there is no evidence, or none of it holds on any day; the fix asks for ``--date``.
    """
    if date is not None:
        day = pd.Timestamp(date).normalize()
        return ArticleDate(day, "--date", (day, day), (f"given: {day.date()}",))
    usable = [
        c
        for c in with_windows(dating_claims(extraction), market)
        if market.has(c.asset) and (c.level is None or plausible(market, c.asset or "", c.level))
    ]
    body = " ".join(s.text for s in extraction.sentences if not s.boilerplate)
    printed = full_date(body)
    if not usable and printed is None:
        raise DataError(
            "cannot date the article: it prints no date and states no price level or record "
            "of a series in the store",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        )
    first, last = market.span()
    if printed is not None:
        first = min(first, pd.Timestamp(printed[0]))
        last = max(last, pd.Timestamp(printed[0]) + _DAY)
    calendar = pd.date_range(first.normalize(), last.normalize(), freq="D")
    held_by: list[tuple[Claim, pd.Series, float]] = []
    for c in usable:
        held = claim_days(c, market, calendar)
        weight = _weight(held) if c.kind != "percent" else min(_weight(held), _MOVE_CAP)
        held_by.append((c, held, weight))
    score = _claims_score(held_by, calendar)
    limits = []
    if printed is not None:
        at = pd.Timestamp(printed[0])
        score += 1.0 * ((calendar >= at) & (calendar <= at + _DAY))
        limits.append(f"the text prints {printed[1]!r} (evidence, weight 1)")
    for month, dom, words, past in month_days(body):
        if past:
            score += 0.25 * _after_day(calendar, month, dom)
            limits.append(f"the text looks back to {words!r}: dated after it (weight 0.25)")
            continue
        on = (calendar.month == month) & (calendar.day == dom)
        near = on | np.roll(on, 1)
        score += 0.5 * near
        limits.append(f"the text names {words!r} without a year (evidence, weight 0.5)")
    for sentence, when in extraction.periods:
        period = _period(when)
        if period is not None:
            start, end, words = period
            score += 0.5 * ((calendar >= start) & (calendar <= end))
            limits.append(f"{words} (sentence {sentence + 1}): {start.date()}..{end.date()}")
    fit = _fit(usable, market, calendar)
    return _decide(score, held_by, limits, printed, fit)


#: A day the text looks back to ("since January 2") lies at most this far behind the article.
_LOOKBACK = pd.Timedelta(days=120)


def _after_day(calendar: pd.DatetimeIndex, month: int, dom: int) -> np.ndarray:
    """Calendar days within :data:`_LOOKBACK` after some year's ``month``/``dom``."""
    mask = np.zeros(len(calendar), dtype=bool)
    for year in sorted(set(calendar.year)):
        try:
            on = pd.Timestamp(year=year, month=month, day=dom)
        except ValueError:
            continue
        mask |= (calendar > on) & (calendar <= on + _LOOKBACK)
    return mask


def _fit(claims: list[Claim], market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Mean distance of the quoted prices ("at $3,493.41") from each day's close or range,
    the better of the day and the day before (lower is better; 0 when none is quoted)."""
    devs = []
    for c in claims:
        if c.kind != "level" or c.op not in ("at", "near") or c.level is None:
            continue
        if c.when is not None and c.when[0] != "today":
            continue
        dev = level_deviation(market, c.asset or "", c.level)
        daily = dev.reindex(dev.index.union(calendar)).ffill(limit=4).reindex(calendar)
        best = np.fmin(daily.to_numpy(), daily.shift(1).to_numpy())
        devs.append(np.fmin(best, 0.05))  # a far-off (misread) price does not dominate
    if not devs:
        return pd.Series(1.0, index=calendar)
    stack = np.vstack(devs)
    seen = (~np.isnan(stack)).sum(axis=0)
    total = np.where(np.isnan(stack), 0.0, stack).sum(axis=0)
    mean = np.divide(total, seen, out=np.ones_like(total), where=seen > 0)
    return pd.Series(mean, index=calendar)


def _decide(
    score: pd.Series,
    held_by: list[tuple[Claim, pd.Series, float]],
    limits: list[str],
    printed: tuple[str, str] | None,
    fit: pd.Series,
) -> ArticleDate:
    best = float(score.max()) if len(score) else 0.0
    reasoning = []
    for c, held, weight in held_by:
        rule = TOLERANCE.get(c.op or "", "")
        said = f"'{c.words}'" + (f" ({c.when[0]})" if c.when else "")
        reasoning.append(
            f"{c.describe()} {said}: holds on {len(_runs(held))} spells, weight {weight:.2f} "
            f"[{rule}]"
        )
    reasoning += limits
    if best <= 0:
        raise DataError(
            "cannot date the article: none of its claims holds on any day in the data ("
            + "; ".join(reasoning)
            + ")",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        )
    near = score >= best - min(_NEAR_TIE, 0.25 * best)
    candidates = fit[near]
    closest = pd.Timestamp(candidates.index[int(np.argmin(candidates.to_numpy()))])  # best fit
    fits = fit <= fit.loc[closest] + _FIT_MARGIN
    runs = _runs(near & (score >= score.loc[closest] - 1e-9) & fits)
    chosen = next(r for r in runs if r[0] <= closest <= r[1])
    day = chosen[0]
    levels = sorted({round(v, 6) for v in score.to_numpy() if 0 < v < best - 1e-9}, reverse=True)
    if levels:
        second = _runs(score >= levels[0] - 1e-9)
        others = [r for r in second if not (r[0] <= day <= r[1])][-3:]
        if others:
            reasoning.append(f"runner-up (score {levels[0]:.2f}): {_fmt(others)}")
    against = [c.describe() for c, held, _ in held_by if not bool(held.loc[day])]
    if against:
        reasoning.append("disagree with the date: " + "; ".join(against))
    if held_by and not against:
        reasoning.append(f"all hold together on {_fmt(runs)}")
    reasoning.append(
        f"dated {day.date()}: the best-supported spell (score {score.loc[closest]:.2f}, best "
        f"{best:.2f}; quoted prices {fit.loc[closest]:.1%} off on average; else its first day); "
        "a claim of 'today' also holds the day after, for the source's close time"
    )
    how = "inferred"
    if printed is not None and chosen[0] <= pd.Timestamp(printed[0]) <= chosen[1]:
        how, day = "printed", pd.Timestamp(printed[0])
    return ArticleDate(day, how, chosen, tuple(reasoning))
