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

import pandas as pd

from leadwatch.claims.extract import Claim, Extraction
from leadwatch.claims.market import TOLERANCE, Market, level_days, record_days
from leadwatch.claims.text import full_date
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
    return day


def claim_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): would ``claim`` hold if the article were dated then?"""
    assert claim.asset is not None
    named = claim.when is not None and claim.when[0] in ("today", "weekday", "yesterday")
    if claim.kind == "level":
        assert claim.op is not None and claim.level is not None
        recent = 0 if named else 4
        held = level_days(market, claim.asset, claim.op, claim.level, recent=recent)
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


def dating_claims(extraction: Extraction) -> list[Claim]:
    """Claims that date the article: levels, and records said of a day or beside a level."""
    level_sentences = {c.sentence for c in extraction.claims if c.kind == "level"}
    return [
        c
        for c in extraction.claims
        if c.kind == "level"
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


def infer_date(
    extraction: Extraction, market: Market, *, date: str | pd.Timestamp | None = None
) -> ArticleDate:
    """The article date: ``date`` if given, else a date the text prints, else inferred.

    Raises
    ------
    DataError
        When none of the three works; the fix asks for ``--date``.
    """
    if date is not None:
        day = pd.Timestamp(date).normalize()
        return ArticleDate(day, "--date", (day, day), (f"given: {day.date()}",))
    body = " ".join(s.text for s in extraction.sentences if not s.boilerplate)
    printed = full_date(body)
    if printed is not None:
        day = pd.Timestamp(printed[0])
        return ArticleDate(day, "printed", (day, day), (f"the article says {printed[1]!r}",))
    usable = [c for c in dating_claims(extraction) if market.has(c.asset)]
    if not usable:
        raise DataError(
            "cannot date the article: it prints no date and states no price level or record "
            "of a series in the store",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        )
    first, last = market.span()
    calendar = pd.date_range(first.normalize(), last.normalize(), freq="D")
    mask = pd.Series(True, index=calendar)
    held_by: list[tuple[Claim, pd.Series]] = []
    for c in usable:
        held = claim_days(c, market, calendar)
        mask &= held
        held_by.append((c, held))
    limits = []
    for sentence, when in extraction.periods:
        period = _period(when)
        if period is not None:
            start, end, words = period
            mask &= (calendar >= start) & (calendar <= end)
            limits.append(f"{words} (sentence {sentence + 1}): {start.date()}..{end.date()}")
    runs = _runs(mask)
    near = runs[0][0] if runs else last
    reasoning = []
    for c, held in held_by:
        all_runs = _runs(held)
        close = [r for r in all_runs if abs(r[0] - near) <= pd.Timedelta(days=45)]
        rule = TOLERANCE.get(c.op or "", "")
        said = f"'{c.words}'" + (f" ({c.when[0]})" if c.when else "")
        reasoning.append(
            f"{c.describe()} {said}: holds on {len(all_runs)} spells, near the date on "
            f"{_fmt(close)} [{rule}]"
        )
    reasoning += limits
    if not runs:
        raise DataError(
            "cannot date the article: its claims never held together in the data ("
            + "; ".join(reasoning)
            + ")",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        )
    day = runs[0][0]
    reasoning.append(
        f"all hold together on {_fmt(runs)}; dated {day.date()} (the first such day; "
        "a claim of 'today' also holds the day after, for the source's close time)"
    )
    return ArticleDate(day, "inferred", runs[0], tuple(reasoning))
