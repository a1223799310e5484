"""Date an article: from ``--date``, or from the evidence of its claims and its words (pure).

Each dated claim votes for the days on which it would hold if the article were dated then: a level
or record of "today" (or of no day) holds on the article date or the day before (after the fix, or
before the UTC close); "on Friday" points to the last Friday on or before the date (its night, for a
coin, to the day after too: :func:`.nights.night_days`); "yesterday" to the trading day before; a
rate told as just changed to the days after the step. A claim votes with its specificity. The text's
words vote too (dateline, dates it looks back to, weekdays, months: :mod:`.textdates`), and a prior
prefers recent years. The best-scoring day wins; near-ties go to the most distinct assets agreeing,
then the era, then how closely quoted prices and move sizes fit (:mod:`.closeness`: a crash day's
wide range counts less), the score, the prices quoted on named weekdays (:mod:`.weekdayfit`), then
the earliest of the recent era (an exact tie a year or more older loses:
:func:`.datingwords.stale_ties`).

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

from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.anchored import (
    anchored_near,
    in_named_month,
    month_claim_days,
    on_named_day,
    year_anchors,
    yearless_since,
    yearless_since_days,
)
from leadwatch.claims.articledate import ArticleDate
from leadwatch.claims.carry import of_futures
from leadwatch.claims.closedlevels import closes_only
from leadwatch.claims.closeness import (
    WINDOWS,
    quote_fit,
    quoted_level_days,
    round_the_clock,
    spell_min,
)
from leadwatch.claims.datehints import (
    agreeing_assets,
    claim_reasons,
    claims_score,
    fmt_spells,
    named_weekdays,
    recency_prior,
    runner_ups,
    spell_pick,
    spells,
    weekday_lag,
)
from leadwatch.claims.datingclaims import dating_claims, record_span
from leadwatch.claims.datingdecisions import fresh_decision
from leadwatch.claims.datingfed import decision_days, news_decision
from leadwatch.claims.datingruns import record_run, record_run_days
from leadwatch.claims.datingstale import dateline_holds, far_fit, firm_dateline, stale_warning
from leadwatch.claims.datingstreaks import by_periods, period_claim_days
from leadwatch.claims.datingweekdays import holding_named_weekday, on_named_weekdays
from leadwatch.claims.datingwords import named_first, stale_ties, tied
from leadwatch.claims.downcrossings import crossed_down_days
from leadwatch.claims.eventdates import cited_event
from leadwatch.claims.eventday import event_day
from leadwatch.claims.extract import Claim, Extraction
from leadwatch.claims.firsttime import first_crossings, first_days
from leadwatch.claims.lastweekday import weekday_on
from leadwatch.claims.market import Market, level_days, plausible, record_days, window_move_days
from leadwatch.claims.monthmoves import month_move, month_move_days
from leadwatch.claims.movefits import stated_move_fits
from leadwatch.claims.namedpick import named_day_first
from leadwatch.claims.nights import night_days
from leadwatch.claims.nonpercentmoves import session_amount, signed_share
from leadwatch.claims.pastlevel import past_level_days
from leadwatch.claims.peakmoves import peak_move, peak_move_days
from leadwatch.claims.periodcloselevels import past_period_level, past_period_level_days
from leadwatch.claims.recorddays import record_day_named
from leadwatch.claims.recordtimes import past_period_record, past_record_days
from leadwatch.claims.sessions import move_days, session_move_days, with_windows
from leadwatch.claims.sessionweekday import (
    dateline_session,
    lead_weekday,
    session_day,
    session_weekday,
)
from leadwatch.claims.sincemoves import dated_since, since_move_days
from leadwatch.claims.sincerecords import since_record_days
from leadwatch.claims.standingrecords import standing_record
from leadwatch.claims.startlevels import start_level_days, starts_period
from leadwatch.claims.textdates import dated_in_text, text_evidence
from leadwatch.claims.uniquespells import claim_weight
from leadwatch.claims.unpricedpick import pick_day
from leadwatch.claims.weekdayfit import weekday_quote_fit
from leadwatch.claims.windows import since_period
from leadwatch.errors import DataError

__all__ = ["ArticleDate", "claim_days", "event_day", "infer_date"]

_DAY = pd.Timedelta(days=1)


def claim_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): would ``claim`` hold if the article were dated then?"""
    assert claim.asset is not None
    if news_decision(claim):  # "the Fed cut rates by 25 bp": the days after such a decision
        return decision_days(claim, market, calendar)
    named = claim.when is not None and claim.when[0] in ("today", "weekday", "yesterday", "date")
    if in_named_month(claim):  # "a record in early October", "touched $126,000 in October"
        return month_claim_days(claim, market, calendar)
    if month_move(claim):  # "plummeted 17.5% in November": the last November's move
        return month_move_days(claim, market, calendar)
    if starts_period(claim):  # "started February at $3,200": that month's first days
        return start_level_days(claim, market, calendar)
    if past_period_level(claim):  # "ended the week at $4,254", "near $3,300 last week"
        return past_period_level_days(claim, market, calendar)
    if past_period_record(claim):  # "an all-time high of $3,500 last month": that month's
        return past_record_days(claim, market, calendar)
    if by_periods(claim):  # "up 1.7% last week", "rose for five months in a row"
        return period_claim_days(claim, market, calendar)
    if record_run(claim):  # "record closes for a 6th session running": that day's
        return record_run_days(claim, market, calendar)
    if claim.kind == "level" and (claim.op or "").startswith("first:"):
        held = first_days(claim, market)
    elif claim.kind == "level" and claim.op in ("at", "near"):  # spot or futures quoted
        assert claim.level is not None
        held = quoted_level_days(market, claim.asset, claim.op, claim.level, of_futures(claim))
    elif claim.kind == "level":
        assert claim.op is not None and claim.level is not None
        later, recent = of_futures(claim), 0 if named else 4
        held = level_days(market, claim.asset, claim.op, claim.level, recent=recent, later=later)
        held = closes_only(claim, market, held)  # "had closed above $62,000": the close's
        if "crossed_down" in claim.qualifiers and claim.asset not in market.fixed:  # went through
            held = crossed_down_days(claim, market, held)
    elif peak_move(claim):  # "down 30% from its October peak": the running extreme's
        held = peak_move_days(claim, market)
    elif claim.kind == "percent" or session_amount(claim):  # "38 points lower": of the close
        stated = (claim.pct or 0.0) / 100 * (1 if claim.op == "up" else -1)
        if claim.window in WINDOWS or (claim.window or "").startswith("years:"):
            held = window_move_days(market, claim.asset, stated, claim.window or "")
        elif dated_since(claim.window) is not None:  # "down 7.8% since the start of 2025"
            held = since_move_days(market, claim.asset, stated, claim.window or "")
        else:
            held = move_days(market, claim.asset, share := signed_share(claim, market))
            if round_the_clock(market, claim.asset):  # a 24-hour move quoted during the day
                held = session_move_days(market, claim.asset, share)  # held in the range
            if claim.asset in market.fixed or round_the_clock(market, claim.asset):
                # the session's move may reach the next fix; a 24-hour move quoted during
                # the day straddles two midnight closes
                held = held | held.shift(-1, fill_value=False)
    elif claim.kind == "comparison":
        held = past_level_days(claim, market)
    elif claim.window is not None:
        period, yearless = since_period(claim.window), yearless_since(claim.window)
        if yearless is not None:  # "the first time below $100,000 since June 22"
            held = yearless_since_days(market, claim.asset, claim.op or "high", *yearless)
        elif period is not None:
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
    if when is not None and when[0] == "date":  # "the record of $126,210 set on Oct. 6"
        month, dom = when[1]
        return on_named_day(trading.astype(bool), month, dom, calendar, held)
    if when is not None and when[0] == "weekday":
        friday = weekday_on(claim, calendar)  # "last Friday": the week before's
        on = trading.astype(bool) if claim.asset in market.fixed else held  # no fix: spot trades
        daily = pd.DatetimeIndex(on[on].index)
        return pd.Series(pd.Index(friday).isin(daily), index=calendar)
    if when is not None and when[0] == "yesterday":
        return hit.shift(1, fill_value=False) | hit.shift(2, fill_value=False)
    # the next day's bar; a range a decision sets takes effect the day after it
    late = hit.shift(-1, fill_value=False) & bool({"evening", "decided"} & {*claim.qualifiers})
    return hit | hit.shift(1, fill_value=False) | late  # the article date, the day after the fix


#: Weight caps: a move seen on a fix may differ from the spot move the text quotes.
_MOVE_CAP = 0.25
#: Days scoring within this of the best are near-ties, settled by how well quoted prices fit.
_NEAR_TIE = 0.3
#: Days whose quoted prices fit within this of the best fit form the chosen spell.
_FIT_MARGIN = 0.005
#: Spells whose quoted prices fit within this of each other fit alike (then the earliest
#: spell of those whose one-session moves fit best wins; a window to date, often rounded,
#: drifts too slowly to split them).
_SAME_FIT = 0.001
_FIRST = "first day right after the weekdays named"


def infer_date(
    extraction: Extraction, market: Market, *, date: str | pd.Timestamp | None = None
) -> ArticleDate:
    """The article date: ``date`` if given, else the day most of its evidence points to.

    Evidence: each dated claim (weighted by how specific it is: :func:`.uniquespells.claim_weight`;
    figures cited as references, forecasts and records of a named month left out, see
    :func:`dating_claims`), the words of the text (:mod:`.textdates`: its dateline, dates
    it looks back to, days of the month, weekdays, months), a prior for recent years
    (:func:`.datehints.recency_prior`). Near-ties (within 0.3 of the best score) go first
    to the days the text names most (a dateline, a day of the month, a weekday outrank a
    closer fit of the figures; a month or a year does not: :mod:`.datingwords`), then to
    the days on which claims on the most distinct assets hold (independent
    corroboration), then to the most recent era, then to the spells whose quoted prices
    fit within 0.5 points of the best fit and score less than a capped move's weight
    (0.25) below the best of those, then whose stated moves (also those beside
    their level) fit within 0.5 points of the best (a spell judged by its best day:
    :mod:`.closeness`), then to the higher score, then to the best fit, then to the
    prices quoted on named weekdays ("opened Monday at $X"), then to the recent era (an
    exact tie over a year older loses), then to the earliest (a level is news when first
    reached); the date is that spell's first day right after
    the weekdays named (:func:`.datehints.spell_pick`; quoting no price: the day the
    moves fit best), or the printed date in it. Of near-tie spells scored alike, one
    holding a weekday named wins (:mod:`.datingweekdays`); a firm dateline is kept
    against figures that fit far from it, with a warning (:mod:`.datingstale`); a date a
    runner-up fits as well is ``how="tied"``. The reasoning lists each claim, the
    runner-ups and the claims that disagree.

    Raises
    ------
    DataError
        When there is no evidence, or none of it holds on any day; the fix asks for ``--date``.
    """
    if date is not None:
        day = pd.Timestamp(date).normalize()
        return ArticleDate(day, "--date", (day, day), (f"given: {day.date()}",))
    found = first_crossings(dating_claims(extraction), extraction.sentences)
    usable = [
        c
        for c in with_windows([*found, *year_anchors(extraction)], market)
        if market.has(c.asset) and (c.level is None or plausible(market, c.asset or "", c.level))
    ]
    dates = dated_in_text(extraction)  # the dateline first, if the article has one
    market.span()  # an empty store: say so (import), not "no price level"
    if not usable and not dates:
        raise DataError(
            "cannot date the article: it prints no date and states no price level or record "
            "of a series in the store",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        )
    first, last = market.span()
    for d in dates:
        first = min(first, pd.Timestamp(d.iso))
        last = max(last, pd.Timestamp(d.iso) + _DAY)
    calendar = pd.date_range(first.normalize(), last.normalize(), freq="D")
    held_by: list[tuple[Claim, pd.Series, float]] = []
    days_of = partial(claim_days, market=market, calendar=calendar)
    for c in usable:
        said = extraction.sentences[c.sentence].text  # a rate's step, a record's level
        held = night_days(c, said, market, days_of(c), days_of)  # "past Sunday midnight"
        held = standing_record(c, said, market, fresh_decision(c, said, market, held))
        capped = c.kind == "percent" and not peak_move(c)  # (a distance from a top: uncapped)
        weight = min(claim_weight(held), _MOVE_CAP) if capped else claim_weight(held)
        held_by.append((c, held, weight))
    score = claims_score(held_by, calendar)
    extra, limits = text_evidence(extraction, calendar)
    prior = pd.Series(recency_prior(calendar, market.span()[1]), index=calendar)
    score += extra + prior
    limits.append("prior: 0.3 within 5 years of the data's end, 0.15 within 15 (recent first)")
    today = [c for c in usable if not (past_period_level(c) or starts_period(c))]  # the day's
    fit = quote_fit(today, market, calendar, ("level",))
    moves, session_fit = stated_move_fits(extraction, market, calendar)  # all, and sessions'
    # the first printed date, not one of an event it cites ("the index printed 8.1 on June 19")
    text = extraction.text  # nor that of a record ("a record high, as recorded on Oct. 5")
    own = [d for d in dates if not (cited_event(text, d.start) or record_day_named(text, d.start))]
    firm = bool(own) and firm_dateline(own[0], dates)  # one day: not a week's recap
    printed = None if not own else (own[0].iso, own[0].role, firm, own[0].after == 1)
    words = pd.Series(extra, index=calendar)
    body = " ".join(s.text for s in extraction.sentences if not s.boilerplate)
    weekdays = named_weekdays(body)
    lag = weekday_lag(calendar, weekdays)
    fits = (fit, moves, session_fit, weekday_quote_fit(today, market, calendar))
    named = on_named_weekdays(calendar, weekdays)
    text_days = (words, lag, named, session_weekday(body), lead_weekday(body), body)
    return _decide(score, held_by, limits, printed, fits, prior, text_days)


def _decide(
    score: pd.Series,
    held_by: list[tuple[Claim, pd.Series, float]],
    limits: list[str],
    printed: tuple[str, str, bool, bool] | None,  # the first printed date, role, firm, a day
    fits_by: tuple[pd.Series, ...],  # prices', moves', session moves', weekday quotes' fit
    prior: pd.Series,
    text_days: tuple[Any, ...],  # the words' votes, lag to weekdays named, on them, session's
) -> ArticleDate:
    fit, moves, session_fit, named_fit = fits_by
    words, lag, named, session, lead, body = text_days
    best = float(score.max()) if len(score) else 0.0
    reasoning = claim_reasons(held_by) + limits
    if best <= 0:
        raise DataError(
            "cannot date the article: none of its claims holds on any day in the data ("
            + "; ".join(reasoning)
            + ")",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        )
    near = score >= best - min(_NEAR_TIE, 0.25 * best)
    assets = agreeing_assets(held_by, pd.DatetimeIndex(score.index))
    near = named_first(anchored_near(near, held_by), words)  # year anchors; days the text names
    near = holding_named_weekday(near, named, score)  # then the spells that hold a weekday named
    widest = near & (assets >= assets[near].max())  # most independent assets agree
    widest &= prior >= prior[widest].max()  # then the most recent era (a prior)
    fits = widest.copy()  # then the spells whose quoted prices, then stated moves, fit best
    best_in = spell_min(fit, fits)
    fits &= best_in <= best_in[fits].min() + _FIT_MARGIN
    # a spell trailing by a capped move's weight or more: the moves' sizes are evidence
    # the score already counts, and do not outrank it
    fits &= score >= score[widest & fits].max() - _MOVE_CAP + 1e-6
    best_in = spell_min(moves, fits)
    fits &= best_in <= best_in[fits].min() + _FIT_MARGIN
    top = widest & fits & (score >= score[widest & fits].max() - 1e-9)  # then the score
    unpriced = bool((fit[top] >= 1.0).all())  # no quoted price: the moves' sizes date it
    if unpriced:  # the day the moves fit best
        candidates = moves[top]
    else:  # of spells whose prices fit alike, those whose one-session moves (precise,
        top &= fit <= fit[top].min() + _SAME_FIT  # pinned to a day) fit best; the best price
        by_session = spell_min(session_fit, top)
        candidates = fit[top & (by_session <= by_session[top].min() + 1e-9)]
    # exact ties go to the weekday quotes' fit (:mod:`.weekdayfit`), then to the recent era
    # (not a spell years older that fits no better: :func:`.stale_ties`), then the earliest
    quotes = named_fit.reindex(candidates.index)
    stale = stale_ties([candidates, quotes]).to_numpy()
    order = np.lexsort((stale, quotes.to_numpy(), candidates.to_numpy()))
    closest = pd.Timestamp(candidates.index[int(order[0])])
    runs = spells(widest & (score >= score.loc[closest] - 1e-9) & fits)
    chosen = next(r for r in runs if r[0] <= closest <= r[1])
    # a level is news when first reached: the spell's first day of those that fit best
    picked = spell_pick(chosen, lag)  # a spell opening on a weekend: its weekday
    picked = pick_day(picked, closest if unpriced else None, moves, chosen, lag, body)
    picked = named_day_first(picked, chosen, score, words, body)  # "on March 5": not the 6th
    timed = session is not None  # else the lead's weekday, told without an hour
    day, why = session_day(picked, score, session if timed else lead, timed)
    chosen, reasoning = (min(chosen[0], day), chosen[1]), reasoning + why
    at = pd.Timestamp(printed[0]) if printed is not None and printed[1] == "dateline" else None
    if (
        at is not None
        and printed is not None
        and at in near.index
        and (bool(near.loc[at]) or dateline_holds(score, at, closest, firm_day=printed[3]))
    ):
        near = near | (score.index == at)
        chosen = next(r for r in spells(near) if r[0] <= at <= r[1])  # unless clearly wrong
        reasoning.append(f"the dateline {at.date()} is among the best-supported days: it wins")
    elif at is not None and printed is not None and printed[2] and far_fit(at, closest):
        chosen, day = (at, at), at
        reasoning.append(stale_warning(at, closest))
    others = runner_ups(score, assets, chosen, fit=fit)
    if others:
        reasoning.append("runner-up: " + "; ".join(others))
    against = [c.describe() for c, held, _ in held_by if not bool(held.loc[day])]
    if against:
        reasoning.append("disagree with the date: " + "; ".join(against))
    if held_by and not against:
        reasoning.append(f"all hold together on {fmt_spells(runs)}")
    reasoning.append(
        f"dated {day.date()}: the best-supported spell (score {score.loc[closest]:.2f}, best "
        f"{best:.2f}; near-ties go to the most assets agreeing ({int(assets.loc[closest])}), "
        "the most recent era, "
        f"then to the quoted prices ({fit.loc[closest]:.1%} off on average, a wide day's range "
        f"counting a share of its width), the stated moves' sizes ({moves.loc[closest]:.1%} "
        "off in price terms) and the score, "
        f"then to the {'day the moves fit best' if unpriced else _FIRST}); "
        "a claim of 'today' also holds the day after, for the source's close time"
    )
    how = "tied" if tied(others) else "inferred"  # a guess between equals says so
    if printed is not None and chosen[0] <= pd.Timestamp(printed[0]) <= chosen[1]:
        if pd.Timestamp(printed[0]) != day:
            reasoning.append(f"dated {printed[0]}: the date printed in that spell")
        how, day = "printed", pd.Timestamp(printed[0])
        # a page dated the morning after the lead's session, or its clock a time zone ahead
        # (unless the text names the dateline's own day)
        if printed[1] == "dateline" and not bool(named.get(day, False)):
            day, why = dateline_session(day, lead, session)
            chosen, reasoning = (min(chosen[0], day), chosen[1]), reasoning + why
    return ArticleDate(day, how, chosen, tuple(reasoning))
