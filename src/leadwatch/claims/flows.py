"""Fund-flow and positioning claims, graded on stored flows and snapshots.

Flow claims: a sentence that names fund flows (``inflows``/``outflows``/``redemptions``
with ``ETF``/``fund``/``trust``) and states a fact (no could/will/if) is graded per flow
word on the period nearest to it ("the end of 2025" = December 2025, "2026" = that
year, "January 2026", "August" = the latest August by then; none named: the 20 trading
days to the article date), summed from the daily net flows *as known at the
article date* (a period not over by then is graded to date). Net < 0 confirms outflows,
> 0 inflows.

Positioning claims: a sentence naming call or put options (or open interest) with a
move word is graded from a snapshot that reports a change within
:data:`SNAPSHOT_DAYS` days before the article date; otherwise it is not checkable and
the evidence names every snapshot there is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from leadwatch.analysis.flows import monthly, period_net, rolling_net
from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE, any_of, month_number, words_re

__all__ = ["SNAPSHOT_DAYS", "grade_flow", "grade_positioning"]

#: A snapshot counts for a claim when taken at most this many days before the article.
SNAPSHOT_DAYS = 14
_FLOW = re.compile(
    r"\b(?:net\s+)?(?P<word>inflows?|outflows?|redemptions?|creations?|withdrawals?)\b", re.I
)
_FUND = any_of("ETFs?", "ETPs?", "funds?", "trusts?")
_EDGE = re.compile(
    r"\b(?:at\s+|by\s+|in\s+)?(?:the\s+)?(?P<edge>end|close|start|beginning|late|early)"
    rf"(?:\s+of)?\s+(?P<year>{YEAR_RE})\b",
    re.I,
)
_MONTH = re.compile(rf"\b(?P<month>{MONTH_NAME_RE})\s+(?P<year>{YEAR_RE})\b", re.I)
_YEAR = re.compile(rf"\b(?P<year>{YEAR_RE})\b")
_BARE_MONTH = re.compile(rf"\b(?P<month>{MONTH_NAME_RE})\b(?!\s+{YEAR_RE})", re.I)
_MODAL = re.compile(r"\b(could|would|may|might|will|should|expect\w*|forecast\w*|if)\b", re.I)
_THIS = re.compile(r"\b(?:this|so far this)\s+(?P<unit>year|month)\b|\byear[- ]to[- ]date\b", re.I)
_OPTION = re.compile(r"\b(?P<type>call|put)(?:s|\s+options?)?\b|\bopen interest\b", re.I)
#: Words that make "call" and "put" options ("put it on pace for", "a call for cuts" are not).
_TALK = ("options?", "strikes?", "open interest", r"expir\w*", "Deribit", "premiums?", "skew")
_PAIRS = (r"(?:call|put)s?[-/](?:call|put)s?", "(?:calls|puts) (?:and|or) (?:calls|puts)")
_OPTIONS_TALK = any_of(*_TALK, "contracts?", *_PAIRS)
#: Before "call(s)"/"put(s)": a strike ("$150k calls") or a trade in them ("bought puts").
_TRADES = ("bought", "buying", "buy", "sold", "selling", "sell", "piled into", "bets? on")
_TRADE = words_re((*_TRADES, "demand for", "long", "short", "wr(?:ite|iting|ote)"))
_OPTION_BEFORE = re.compile(rf"(?:\$\s?\d[\d,.]*\s?[kK]?|\b{_TRADE})\s+$", re.I)
_STRIKE = re.compile(r"\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k|K|thousand)?\s*(?:strike\s+)?$")
_UP = re.compile(r"\b(surg|jump|soar|ris|rose|increas|spik|pil|swell|climb|grow|record)", re.I)
_DOWN = re.compile(r"\b(fall|fell|drop|declin|shrink|unwind|slump|decreas)", re.I)

Result = tuple[str, str, dict[str, Any]]


def _periods(sentence: str, day: pd.Timestamp) -> list[tuple[int, str, pd.Timestamp, pd.Timestamp]]:
    """(position, label, start, end) of every period the sentence names."""
    found: list[tuple[int, str, pd.Timestamp, pd.Timestamp]] = []
    taken: list[tuple[int, int]] = []
    for m in _EDGE.finditer(sentence):
        year, edge = int(m.group("year")), m.group("edge").lower()
        month = 12 if edge in ("end", "close", "late") else 1
        start = pd.Timestamp(year, month, 1)
        label = f"{'the end' if month == 12 else 'the start'} of {year} ({start:%B %Y})"
        found.append((m.start(), label, start, start + pd.offsets.MonthEnd(0)))
        taken.append(m.span())
    for m in _MONTH.finditer(sentence):
        start = pd.Timestamp(int(m.group("year")), month_number(m.group("month")), 1)
        found.append((m.start(), f"{start:%B %Y}", start, start + pd.offsets.MonthEnd(0)))
        taken.append(m.span())
    for m in _BARE_MONTH.finditer(sentence):  # a month without a year: the latest one by then
        month = month_number(m.group("month"))
        start = pd.Timestamp(day.year - (month > day.month), month, 1)
        found.append((m.start(), f"{start:%B %Y}", start, start + pd.offsets.MonthEnd(0)))
        taken.append(m.span())
    for m in _YEAR.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        year = int(m.group("year"))
        found.append((m.start(), str(year), pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)))
    for m in _THIS.finditer(sentence):
        if (m.group("unit") or "year").lower() == "month":
            start = day.replace(day=1)
            found.append((m.start(), f"{start:%B %Y}", start, start + pd.offsets.MonthEnd(0)))
        else:
            start = pd.Timestamp(day.year, 1, 1)
            found.append((m.start(), str(day.year), start, pd.Timestamp(day.year, 12, 31)))
    return found


def _nearest(found: list[tuple[int, str, pd.Timestamp, pd.Timestamp]], start: int, end: int) -> Any:
    if not found:
        return None
    return min(found, key=lambda p: min(abs(p[0] - end), abs(p[0] - start)))


def _flow_words(sentence: str) -> list[re.Match[str]]:
    """Flow words of a sentence about funds that states a fact (no could/will/if)."""
    if not _FUND.search(sentence) or _MODAL.search(sentence):
        return []
    return list(_FLOW.finditer(sentence))


def grade_flow(
    sentence: str,
    match: re.Match[str],
    day: pd.Timestamp,
    flows: pd.Series,
    source: str,
) -> Result:
    """Grade one flow word of ``sentence`` on daily net ``flows`` as known at ``day``."""
    word = match.group("word").lower()
    inflow = word.startswith(("inflow", "creation"))
    known = flows.loc[:day].dropna()
    period = _nearest(_periods(sentence, day), *match.span())
    if period is None:
        window = rolling_net(known, 20)
        if window.dropna().empty:
            return "not checkable", f"fewer than 20 flow days in {source} by {day.date()}", {}
        net, label = float(window.iloc[-1]), f"the 20 trading days to {known.index[-1].date()}"
        data: dict[str, Any] = {"period": label, "net": net}
    else:
        _, label, start, end = period
        if start > day:
            return "not checkable", f"{label} begins after the article date {day.date()}", {}
        got = period_net(flows, start, end, day, label)
        if not got.days:
            first, last = flows.index.min().date(), flows.index.max().date()
            return "not checkable", f"{source} has no trading day in {label} ({first}..{last})", {}
        net, data = got.net, got.to_dict()
        months = monthly(flows.loc[start:end], as_of=day)
        data["months"] = months.to_dict("records")
        label = got.describe()
    ok = net > 0 if inflow else net < 0
    claimed = "inflows" if inflow else "outflows"
    if period is None:
        text = f"{source}, as known at {day.date()}: net {net:+,.1f} US$ m over {label}"
    else:
        text = f"{source}, as known at {day.date()}: {label}"
        if len(data["months"]) > 1:
            text += "; by month: " + ", ".join(
                f"{m['month']} {m['net']:+,.1f}{'' if m['complete'] else ' (to date)'}"
                for m in data["months"]
            )
    data["claimed"] = claimed
    return ("confirmed" if ok else "contradicted"), f"{text} (claimed: net {claimed})", data


def _strike(sentence: str, position: int) -> float | None:
    m = _STRIKE.search(sentence[max(0, position - 30) : position].rstrip())
    if m is None:
        return None
    value = float(m.group("num").replace(",", ""))
    return value * 1000 if m.group("k") else value


def grade_positioning(
    sentence: str, match: re.Match[str], day: pd.Timestamp, snapshots: pd.DataFrame, asset: str
) -> Result:
    """Grade an options-positioning phrase on the point-in-time snapshots."""
    kind = (match.group("type") or "").lower() or None
    strike = _strike(sentence, match.start())
    rows = snapshots[snapshots["underlying"].str.lower() == asset.lower()]
    if kind is not None:
        rows = rows[rows["option_type"].str.lower() == kind]
    if strike is not None:
        rows = rows[rows["strike"] == strike]
    what = f"{f'${strike:,.0f} ' if strike else ''}{kind or 'option'}s on {asset.upper()}"
    dates = sorted({d.date().isoformat() for d in pd.to_datetime(snapshots["date"])})
    listed = "; ".join(
        f"{r['date']:%Y-%m-%d} {r['metric']} {r['value']:,.6g} {r['unit']} (expiry {r['expiry']}, "
        f"{r['vendor']})"
        for r in rows.to_dict("records")
    )
    data: dict[str, Any] = {"snapshots": dates, "strike": strike, "option_type": kind}
    near = rows[
        (rows["date"] <= day)
        & (rows["date"] >= day - pd.Timedelta(days=SNAPSHOT_DAYS))
        & rows["metric"].str.contains("change")
    ]
    up = bool(_UP.search(sentence))
    down = bool(_DOWN.search(sentence))
    if near.empty or up == down:
        reason = "no snapshot reports a change" if near.empty else "no direction stated"
        return (
            "not checkable",
            f"only {len(dates)} snapshots ({', '.join(dates)}) and {reason} within "
            f"{SNAPSHOT_DAYS} days before {day.date()}; for {what}: {listed or 'none'}",
            data,
        )
    changes = near.to_dict("records")
    ok = all((r["value"] > 0) == up for r in changes)
    text = "; ".join(
        f"{r['metric']} {r['value']:+,.6g} {r['unit']} on {r['date']:%Y-%m-%d} "
        f"(strike {r['strike']:,.0f}, expiry {r['expiry']}, {r['vendor']}){_share(r, rows)}"
        for r in changes
    )
    levels = rows[(rows["date"] <= day) & ~rows["metric"].str.contains("change")]
    if len(levels):
        text += "; levels: " + "; ".join(
            f"{r['date']:%Y-%m-%d} {r['value']:,.6g} {r['unit']} (expiry {r['expiry']})"
            for r in levels.to_dict("records")
        )
    text += f" [only {len(dates)} snapshots: {', '.join(dates)}; no history between them]"
    data["changes"] = [{k: r[k] for k in ("metric", "value", "unit", "expiry")} for r in changes]
    return ("confirmed" if ok else "contradicted"), text, data


def _share(change: Mapping[Any, Any], rows: pd.DataFrame) -> str:
    """The change as a share of the level it changes (same date, expiry and unit)."""
    level = rows[
        (rows["date"] == change["date"])
        & (rows["expiry"] == change["expiry"])
        & (rows["unit"] == change["unit"])
        & (rows["metric"] == str(change["metric"]).replace("_change_24h", ""))
    ]
    if level.empty or not level["value"].iloc[0]:
        return ""
    return f", {change['value'] / float(level['value'].iloc[0]):+.1%} of the open interest"


def flow_matches(sentence: str) -> list[re.Match[str]]:
    """Flow words of a sentence that speaks of funds (none otherwise)."""
    return _flow_words(sentence)


def option_matches(sentence: str) -> list[re.Match[str]]:
    """Options/open-interest phrases of a sentence; "call" and "put" only in a sentence that
    speaks of options.

    >>> [m.group(0) for m in option_matches("Gains put it on pace for its best month.")]
    []
    >>> [m.group(0) for m in option_matches("Traders bought $100,000 calls expiring in June.")]
    ['calls']
    """
    found = list(_OPTION.finditer(sentence))
    if _OPTIONS_TALK.search(sentence):
        return found
    return [
        m for m in found if m.group("type") is None or _OPTION_BEFORE.search(sentence, 0, m.start())
    ]


def flows_for(asset: str, flows: Mapping[str, pd.Series]) -> tuple[str, pd.Series] | None:
    """The stored flows dataset whose name starts with ``asset`` (e.g. ``btc_etf_flows``)."""
    for name, series in sorted(flows.items()):
        if name.lower().startswith(asset.lower()):
            return name, series
    return None
