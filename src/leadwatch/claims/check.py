"""Check each claim on the data at the article date (pure: series in, results out).

Statuses: ``confirmed``, ``contradicted``, ``not checkable`` (no data, stale data, or a claim the
store cannot hold: expectations, industry figures, stories); a story takes its theses' verdict.

Windows: no period is one session (unless too big: :mod:`.sessions`), "for months" 3 months, "in
May 2026" that month, "this year" from the year before's close, a streak each period; a laggard
("has not followed") trails by 5 points; a dated rolling window ends on its day (:mod:`.dayfirst`).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims import extract_claims
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2025-10-01", "2026-01-09")
>>> silver = pd.Series(range(50, 50 + len(days)), index=days, dtype=float)
>>> ex = extract_claims("Silver hit a record high today.")
>>> [c.status for c in check_claims(ex, pd.Timestamp("2026-01-09"), Market({"silver": silver}))]
['confirmed']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims import pastlevel
from leadwatch.claims.anchorgrade import grade_anchored, reference_day
from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import claim_days, event_day
from leadwatch.claims.dayfirst import dated_window
from leadwatch.claims.daymove import day_move, fits_either_reading, session_direction
from leadwatch.claims.decidedrates import later_regrade
from leadwatch.claims.destination import arrival_day
from leadwatch.claims.eventwindows import fed_rates
from leadwatch.claims.extract import Claim, Extraction
from leadwatch.claims.extremes import check_move_record
from leadwatch.claims.feddecisions import check_decision
from leadwatch.claims.firstgrades import first_ever_record
from leadwatch.claims.fixgaps import fix_or_futures
from leadwatch.claims.fromto import check_from_level
from leadwatch.claims.futures import named_series
from leadwatch.claims.guard import graded_or_reported
from leadwatch.claims.lastweek import graded
from leadwatch.claims.levelgrade import grade_level, unseen_extreme
from leadwatch.claims.market import (
    Market,
    change,
    change_to_date,
    plausible,
    prior_record,
    record_days,
    rescale,
)
from leadwatch.claims.nonpercentmoves import as_percent
from leadwatch.claims.records import (
    from_extreme,
    past_record,
    peak_value,
    record_value,
    relative_record,
    window_extreme,
)
from leadwatch.claims.sessionquotes import grade_stated
from leadwatch.claims.sessions import with_windows
from leadwatch.claims.spanswing import span_swing
from leadwatch.claims.streakcheck import check_streak
from leadwatch.claims.text import ASSET_NAMES
from leadwatch.claims.thresholds import threshold_record, with_threshold
from leadwatch.claims.ungraded import NOT_CHECKABLE, gap_note, implausible_note, narrative_grade
from leadwatch.claims.vocabulary import month_number
from leadwatch.claims.windows import resolve_span, resolve_window

__all__ = ["STATUSES", "CheckedClaim", "check_claims"]

STATUSES = ("confirmed", "contradicted", "inconclusive", "not checkable")
LAG_MARGIN = 0.05
_BY_WINDOW = {"from": check_from_level, "streak": check_streak, "decision": check_decision}


@dataclass(frozen=True, slots=True)
class CheckedClaim:
    """A claim, its status and the data behind it (``data``: numbers and dates, JSON-safe)."""

    claim: Claim
    sentence: str
    status: str
    evidence: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "sentence_index": c.sentence,
            "sentence": self.sentence,
            "kind": c.kind,
            "asset": c.asset,
            "claim": c.describe(),
            "words": c.words,
            "status": self.status,
            "evidence": self.evidence,
            "data": dict(self.data),
            "theses": list(c.theses),
        }


def _name(asset: str | None) -> str:
    return ASSET_NAMES.get(asset or "", asset or "?")


def _d(day: pd.Timestamp | None) -> str | None:
    return None if day is None else day.date().isoformat()


def _window(
    claim: Claim, day: pd.Timestamp, market: Market
) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """The window a move is measured over (``None``: a stated window that cannot be read)."""
    when = claim.when
    figureless = "month" if claim.pct is None else None  # "climbed during the month" of it
    if claim.window in (None, "day", figureless) and when is not None and when[0] == "month":
        year, month = when[1]
        year = year or (day.year if month <= day.month else day.year - 1)  # the last such month
        start = pd.Timestamp(year=year, month=month, day=1)
        end = min(day, start + pd.offsets.MonthEnd(0))
        return start - pd.Timedelta(days=1), pd.Timestamp(end), f"{start:%B %Y}"
    span = resolve_span(claim.window or "", day)
    if span is not None:
        return span
    if (claim.window or "").startswith("ytd:to:"):  # "up 40% year to date by October"
        name, _, named = claim.window[7:].partition(":")  # type: ignore[index]
        year = int(named) if named else day.year  # "from the start of 2024 to the end of May"
        end = pd.Timestamp(year=year, month=month_number(name), day=1) + pd.offsets.MonthEnd(0)
        start = pd.Timestamp(year=year - 1, month=12, day=31)
        return start, min(day, pd.Timestamp(end)), f"{year} to the end of {end:%B}"
    skip = ("day", "prev", "peak", "low", "part")  # "part": a quarter or half not yet begun
    if claim.window is not None and claim.window.split(":")[0] not in skip:
        found = resolve_window(claim.window, day, fed_rates(market))
        if found is None:
            return None
        start, label = found
        if claim.window.startswith("cal:"):
            end = min(day, pd.Timestamp(year=start.year + 1, month=12, day=31))
            return start, end, label
        return start, day, label
    return day - pd.Timedelta(days=91), day, "the 3 months to the article date"


def _fmt_change(market: Market, asset: str, x: float) -> str:
    return f"{x:+.2f} pp" if market.is_rate(asset) else f"{x:+.1%}"


def _record(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    if c.window == "day":  # "for the first time in overnight trading": when, not how far back
        c = replace(c, window=None)
    assert c.asset is not None
    if "first_ever" in c.qualifiers and c.level is not None:  # "past $X for the first time"
        return first_ever_record(c, day, market)
    if "threshold" in c.qualifiers:  # "above $33 for the first time since October"
        return threshold_record(c, day, market)
    if (c.op or "").startswith(("worst:", "best:", "count:")):
        return check_move_record(c, day, market)
    if (c.window or "").startswith("past:"):  # "below last week's record highs"
        return past_record(c, day, market)
    if c.when is not None and c.when[0] == "month" and c.window in ("past", None):
        year, month = c.when[1]
        if c.window == "past" or (year or day.year, month) != (day.year, day.month):
            return past_record(c, day, market)  # "August's record highs", in September
    if c.window == "ever" and c.level is not None:
        return record_value(c, day, market)
    if (c.window or "").startswith("ext:") and c.level is not None:  # "its 2024 low of $X"
        return grade_anchored(replace(c, op="at"), day, market)
    if (c.window or "").startswith("peak:") and c.level is not None:
        return peak_value(c, day, market)
    if c.window is not None and c.level is not None and c.window.startswith("last:"):
        return window_extreme(c, day, market)
    printed = (c.window or "").startswith("on:")  # "January 21, 1980: ... a then-high"
    if c.window is not None and not printed:
        return relative_record(c, day, market)
    hl = c.op or "high"
    on = pd.Timestamp((c.window or "")[3:]) if printed else event_day(c.when, day)
    seen = market.asof(c.asset, on)
    if seen is None:
        return "not checkable", f"no {_name(c.asset)} data by {on.date()}", {}
    if printed or (c.when is not None and c.when[0] == "date"):  # "a record high on 26 Dec"
        held = record_days(market, c.asset, hl).loc[on - pd.Timedelta(days=1) : on]
        prior_day, prior = prior_record(market, c.asset, on - pd.Timedelta(days=1), hl)
        ok = bool(held.any())
        text = (
            f"a record {hl} of {market.source(c.asset)} on {on.date()} (or the day before): "
            f"{'yes' if ok else 'no'}; the record close before was {prior:,.2f} on {_d(prior_day)}"
        )
        return ("confirmed" if ok else "contradicted"), text, {"on": _d(on)}
    held = claim_days(c, market, pd.date_range(day - pd.Timedelta(days=6), day))
    recent = held.iloc[-2:] if c.when is not None else held
    ok = bool(recent.any())
    prior_day, prior = prior_record(market, c.asset, seen[0], hl)
    data = {
        "close_date": _d(seen[0]),
        "close": seen[1],
        "prior_record": prior,
        "prior_record_date": _d(prior_day),
    }
    rng = market.range_on(c.asset, seen[0])
    extra = ""
    if rng is not None:
        data["range_high"] = rng[1]
        extra = f" ({market.range_names.get(c.asset, 'range')} high {rng[1]:,.2f})"
    when = "that day" if c.when is not None else "in the week to the article date"
    text = (
        f"{market.source(c.asset)} closed at {seen[1]:,.2f} on {seen[0].date()}{extra}; the prior "
        f"record close was {prior:,.2f} on {_d(prior_day)}; a record {hl} {when}: "
        f"{'yes' if ok else 'no'}"
    )
    return ("confirmed" if ok else "contradicted"), text, data


def _move(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    assert c.asset is not None
    head = (c.window or "").split(":")[0]  # "slid from $2,450 to $2,380", "a third straight
    if head in ("peak", "low", "from", "streak", "decision"):  # week" (each of its weeks)
        return _BY_WINDOW.get(head, from_extreme)(c, day, market)
    day = event_day(c.when, day) if dated_window(c.when, head) else day  # "down 4% monthly"
    named = c.when is not None and c.when[0] in ("today", "weekday", "yesterday", "date")
    if (
        c.pct is None
        and c.window in (None, "day")
        and not c.accelerating  # "gold rose in September": over that month, not a session
        and (named or (c.window == "day" and (c.when or ("",))[0] != "month"))
    ):  # "gold fell on Tuesday", "the dollar ticked higher on the day": that session
        return session_direction(c, day, market)
    span = _window(c, day, market)
    if span is None:
        return "not checkable", f"the window {c.window!r} is not a date leadwatch can read", {}
    start, end, label = span
    stated = None if c.pct is None else c.pct / 100 * (1 if c.op == "up" else -1)
    there = None if c.level is None else arrival_day(market, c.asset, c.level, start, end)
    if there is not None:  # "rose 415% from 2024 to $117": to the day it stood there
        end, label = there, f"{label}, to {there.date()} when it stood near {c.level:,.4g}"
    rolling = c.window in ("week", "month", "months", "year") or (c.window or "")[:5] == "days:"
    series = named_series(c, market, end)  # "Comex silver rose 3% this week": the futures
    ch, d0, v0, d1, v1 = change_to_date(market, series, start, end, day, stated, rolling)
    source = market.source(series)
    if stated is not None:  # a fix holiday, or a wire's month told on the futures
        (ch, d0, v0, d1, v1), source = fix_or_futures(
            market, c, (start, end), stated, ((ch, d0, v0, d1, v1), source)
        )
    if "extreme" in c.qualifiers and np.isfinite(ch):  # "as much as 40% this year": its top
        seen = market.close(c.asset).loc[d0:end]
        at = int(np.argmax(seen.to_numpy()) if c.op == "up" else np.argmin(seen.to_numpy()))
        d1, v1 = pd.Timestamp(seen.index[at]), float(seen.iloc[at])
        ch = float(v1 - v0 if market.is_rate(c.asset) else v1 / v0 - 1.0)
    if head == "calspan" and stated is not None and not fits_stated(ch, stated, c.qualifiers):
        ch, d0, v0, d1, v1 = span_swing(market, c.asset, start, end, c.op == "up")  # peak-trough
    if not np.isfinite(ch):
        return "not checkable", f"not enough {_name(c.asset)} data over {label}", {}
    ok = (ch > 0 if c.op == "up" else ch < 0) or _near_zero(stated, c.qualifiers)
    data = {"change": ch, "start": _d(d0), "start_value": v0, "end": _d(d1), "end_value": v1}
    text = f"{source} {v0:,.3f} on {_d(d0)} -> {v1:,.3f} on {_d(d1)}: "
    text += f"{_fmt_change(market, c.asset, ch)} over {label}"
    if c.accelerating and c.when is not None and c.when[0] == "month" and c.when[1][0]:
        m0 = pd.Timestamp(year=c.when[1][0], month=c.when[1][1], day=1) - pd.Timedelta(days=1)
        inside = change(market, c.asset, m0, day)[0]
        before = change(market, c.asset, m0 - pd.Timedelta(days=91), m0)[0]
        monthly = (1 + before) ** (1 / 3) - 1 if np.isfinite(before) and before > -1 else np.nan
        faster = bool(np.isfinite(inside) and np.isfinite(monthly) and inside > monthly)
        data |= {"month_change": inside, "prior_monthly_average": monthly}
        text += f"; {m0 + pd.Timedelta(days=1):%B %Y} to date {inside:+.1%} against "
        pace = "accelerating" if faster else "not accelerating"
        text += f"{monthly:+.1%} a month over the 3 months before ({pace})"
        ok = ok and faster
    if stated is not None:
        data["stated"] = stated
        fit, note = fits_either_reading(ch, v0, v1, stated, c.qualifiers)  # "yields up 8%"
        ok, text = ok and fit, text + note
        bound = {"more": " or more", "less": " or less"}
        text += f"; stated {_fmt_change(market, c.asset, stated)}" + next(
            (v for k, v in bound.items() if k in c.qualifiers), ""
        )
    return ("confirmed" if ok else "contradicted"), text, data


def _near_zero(stated: float | None, quals: tuple[str, ...]) -> bool:  # "edged down 0.1%"
    bounded = {"more", "less"} & set(quals)
    return stated is not None and not bounded and fits_stated(0.0, stated)


def _percent(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    monthly = c.when is not None and c.when[0] in ("month", "year_start")
    if c.window in (None, "day", "prev") and not monthly:
        return day_move(c, day, market)
    return _move(c, day, market)


def _comparison(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    assert c.asset is not None
    if not market.has(c.other):
        return "not checkable", f"no second asset to compare {_name(c.asset)} with", {}
    assert c.other is not None
    span = _window(c, day, market)
    if span is None:
        return "not checkable", f"the window {c.window!r} is not a date leadwatch can read", {}
    start, end, label = span
    a = change(market, c.asset, start, end)
    b = change(market, c.other, start, end)
    if not (np.isfinite(a[0]) and np.isfinite(b[0])):
        return "not checkable", f"not enough data over {label}", {}
    if c.op == "lags":
        ok = a[0] < b[0] - LAG_MARGIN
        rule = f"lagging means trailing by more than {LAG_MARGIN:.0%} points"
    else:
        ok = a[0] > b[0]
        rule = "outperforming means a higher return"
    text = (
        f"{_name(c.asset)}'s return over the same window ({_d(a[1])} to {_d(a[3])}, {label}) "
        f"was {a[0]:+.1%} against {_name(c.other)}'s {b[0]:+.1%} ({rule})"
    )
    data = {"start": _d(a[1]), "end": _d(a[3]), "return": a[0], "other": c.other}
    data["other_return"] = b[0]
    return ("confirmed" if ok else "contradicted"), text, data


def check_claims(
    extraction: Extraction,
    day: pd.Timestamp,
    market: Market,
    verdicts: Mapping[str, str] | None = None,
) -> tuple[CheckedClaim, ...]:
    """Check every claim of ``extraction`` at article date ``day``.

    ``verdicts`` maps built-in thesis names to their verdicts (for narrative claims).
    """
    day = pd.Timestamp(day).normalize()
    out = []
    for c in with_windows(extraction.claims, market, extraction.sentences):
        sentence = extraction.sentences[c.sentence].text
        # "adding $0.85", "$530 in 2024"
        c, stated_usd = as_percent(c, day, market, partial(_window, market=market))
        c = with_threshold(c, extraction.claims)  # "passing $33 for the first time since May"
        far = None
        if c.kind in ("level", "record") and c.level is not None and market.has(c.asset):
            level, far = rescale(market, c.asset or "", c.level, reference_day(c, day), c.words)
            c = replace(c, level=level)
            if "bare" in c.qualifiers and (far or not plausible(market, c.asset or "", level)):
                continue  # a number written without "$" that is no price of the asset
        result = graded_or_reported(
            partial(_grade, c, sentence, day, market, far, verdicts), c.words
        )
        out.append(CheckedClaim(c, sentence, result[0], result[1] + stated_usd, result[2]))
    return tuple(out)


def _grade(
    c: Claim,
    sentence: str,
    day: pd.Timestamp,
    market: Market,
    far: str | None,
    verdicts: Mapping[str, str] | None,
) -> tuple[str, str, dict[str, Any]]:
    """The grade of one claim ``c`` of ``sentence`` at article date ``day``."""
    if c.kind in NOT_CHECKABLE:
        result: tuple[str, str, dict[str, Any]] = ("not checkable", NOT_CHECKABLE[c.kind], {})
    elif c.kind == "narrative":
        result = narrative_grade(c, verdicts or {})
    elif not market.has(c.asset):
        result = ("not checkable", f"not in the store: {_name(c.asset)} (no data)", {})
    elif c.kind == "level" and not plausible(market, c.asset or "", c.level or 0.0):
        result = (
            "not checkable",
            implausible_note(market, c.asset or "", c.level or 0.0, _name(c.asset)),
            {},
        )
    elif far is not None:
        result = ("not checkable", far, {})
    elif gap := gap_note(market, c.asset or "", day, _name(c.asset), reference_day(c, day)):
        result = ("not checkable", gap, {})
    elif c.kind == "comparison" and pastlevel.against_level(c):  # or a ratio's
        result = pastlevel.check_past_level(c, day, market)
    elif pastlevel.is_session_comparison(c):
        result = pastlevel.check_session_comparison(c, day, market)
    else:
        checker = {
            "level": grade_level,
            "record": _record,
            "move": _move,
            "percent": _percent,
            "comparison": _comparison,
        }[c.kind]
        shifted, on = graded(c, day)  # "last week ... on Monday", "last Friday"
        result = grade_stated(shifted, sentence, on, market, checker)  # "on Comex"
    if c.kind in ("level", "record") and result[0] == "contradicted":  # "Thursday night"
        again = grade_level if c.kind == "level" else _record  # is UTC's Friday
        result = later_regrade(c, sentence, day, market, result, again, event_day)  # decided
    return unseen_extreme(c, day, market, result, sentence)  # "a peak of 65.7", close 38
