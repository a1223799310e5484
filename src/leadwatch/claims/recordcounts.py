"""Counts of record closes: "its sixth straight record close", "a fourth record close in a
row", "record highs for a third day in a row", "its 37th record close of the year",
"12 record closing highs in 2023" (pure extraction; grading against the closes).

:func:`record_counts` reads them as claims of kind ``record`` with the op ``count:high``
(``count:low`` for record lows) and the window ``run:N`` (the latest ``N`` sessions to the
article date each closed at a record, the one before did not) or ``tally:YEAR:N`` (``N``
record closes in that year; ``tally::N``: in the article's year, to its date).
:func:`check_record_count` grades one on the closes alone (a record close beats every
earlier close), on the article's session or the one before it.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> def read(s):
...     return [(c.asset, c.op, c.window) for c in record_counts(s, find_assets(s), None, 0)]
>>> read("The S&P 500 notched its fourth straight record close on Tuesday.")
[('spx', 'count:high', 'run:4')]
>>> read("The S&P 500 has set 57 record closes in 2024.")
[('spx', 'count:high', 'tally:2024:57')]
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.market import Market
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.rankspans import RANKED_OVER, span_window
from leadwatch.claims.vocabulary import (
    IN_A_ROW_RE,
    ORDINALS,
    YEAR_RE,
    count_re,
    count_value,
    words_re,
)
from leadwatch.claims.windows import since_period

__all__ = ["check_record_count", "record_counts", "without_counted"]

_ALONE = r"(?<![\d,.$])\b"  # before a count of its own, not the end of "1,500" or "$4"
_NTH = r"\d+(?:st|nd|rd|th)"  # "37th"
_ORDINAL = rf"(?P<ord>{'|'.join(ORDINALS)}|{_NTH})"
#: What a record close is called: "record close", "record closing high", "all-time high".
_RECORD = (
    r"(?:record|all-time|all time|new)[- ](?:closing low|low|close|closing high|finish"
    r"|closing record|high|record|peak)s?"
)
#: "its sixth straight record close", "a fourth record close in a row", "record highs for a
#: third session in a row", "12 straight record closes"
_NTH_RECORD = rf"{_ALONE}(?:{_ORDINAL}|(?P<n>{count_re(30, 2)})) (?P<row>{IN_A_ROW_RE} )?{_RECORD}"
_NTH_DAY = rf"(?P<ord2>{'|'.join(ORDINALS)}|{_NTH}) (?:{IN_A_ROW_RE} )?(?:day|session|trading day)"
#: "new highs in nine straight sessions", "record closes in each of the past four sessions"
_N_DAYS = (
    rf"(?:in|for|over) (?:(?:each of )?the (?:past|last) (?P<n2>{count_re(30, 2)})"
    rf"|(?P<n3>{count_re(30, 2)}) {IN_A_ROW_RE}) (?:day|session|trading day)s\b"
)
_RUN_RE = re.compile(rf"{_NTH_RECORD}|{_RECORD} (?:for (?:the|a) {_NTH_DAY}|{_N_DAYS})", re.I)
_IN_A_ROW = re.compile(
    rf"^\s*(?:in a row|running|{IN_A_ROW_RE}|\S+ {IN_A_ROW_RE} (?:day|session)s?)"
)
#: "its fifth record close in a row, its longest such run since 2019": the run, ranked
_MARKING = r"^[\s,;:\u2014\u2013-]*(?:(?:marking|making|extending)\s+)?"
_LONGEST_RUN = r"(?:its|the|their)\s+longest\s+(?:such\s+)?(?:streak|run|stretch)"
_LONGEST_RE = re.compile(rf"{_MARKING}{_LONGEST_RUN}\s+{RANKED_OVER}", re.I)
#: "its 37th record close of the year", "57 record closing highs in 2024"
_THE_YEAR = rf"(?:(?P<year>{YEAR_RE})|the year|this year|(?:the )?year-to-date)"
_TALLY = rf"{_ALONE}(?:(?P<ord>{_NTH})|(?P<n>\d+)) {_RECORD}"
_TALLY_RE = re.compile(rf"{_TALLY}(?: (?:of|in|for|so far) {_THE_YEAR})?", re.I)
#: A year the whole sentence speaks of: "For the entire year, the index set 57 record closes".
_THROUGH = words_re(("for", "in", "during", "over", "across", "throughout"))
_WHOLE_YEAR = rf"{_THROUGH} (?:the )?(?P<whole>(?:entire|whole|full) )?(?:year|(?P<year>{YEAR_RE}))"
_YEAR_SAID = re.compile(rf"\b(?:{_WHOLE_YEAR}|this year|so far this year)\b", re.I)


def _number(word: str) -> int:
    """The count of an ordinal or a cardinal: "sixth" 6, "37th" 37, "seven" 7."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    low = word.lower()
    return ORDINALS.index(low) + 2 if low in ORDINALS else count_value(low)


def _owner(s: str, at: int, mentions: list[AssetMention], subject: str | None) -> str | None:
    """The asset whose records are counted: the last one named before ``at``, else the
    subject."""
    before = [x.asset for x in mentions if x.start < at and x.asset not in GROUPS]
    return before[-1] if before else subject


def record_counts(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """The counts of record closes told in sentence ``s`` (see the module doc)."""
    out: list[Claim] = []
    for m in _RUN_RE.finditer(s):
        counted = m.group("n2") or m.group("n3")
        if not (m.group("ord2") or counted or m.group("row") or _IN_A_ROW.match(s[m.end() :])):
            continue  # "its 37th record close of the year": a tally, not a run
        asset = _owner(s, m.start(), mentions, subject)
        if asset is None:
            continue
        n = _number(m.group("ord") or m.group("n") or m.group("ord2") or counted)
        hl = "low" if re.search(r"\blows?\b", m.group(0), re.I) else "high"
        out.append(Claim(i, "record", asset, m.group(0), f"count:{hl}", window=f"run:{n}"))
        ranked = _LONGEST_RE.search(s[m.end() :])  # "in a row, the longest run since 2019"
        ranked = ranked or _LONGEST_RE.search(re.sub(r"^\s*in a row", "", s[m.end() :]))
        if ranked:
            words, span = ranked.group(0).strip(" ,;:\u2014\u2013-"), span_window(ranked)
            out.append(Claim(i, "record", asset, words, f"count:{hl}", window=f"longest:{span}"))
    for m in _TALLY_RE.finditer(s):
        if _IN_A_ROW.match(s[m.end() :]) or any(c.words in m.group(0) for c in out):
            continue
        said = _YEAR_SAID.search(s)
        year = m.group("year") or (said.group("year") if said else None) or ""
        if not year and said and said.group("whole"):  # "for the entire year": one ended
            year = "last"
        asset = _owner(s, m.start(), mentions, subject)
        n = _number(m.group("ord") or m.group("n"))
        if asset is None or not (m.group("year") or "year" in m.group(0).lower() or said):
            continue
        if m.group("n") and 1900 <= n <= 2100:  # "its 2024 record high": a year, no count
            continue
        hl = "low" if re.search(r"\blows?\b", m.group(0), re.I) else "high"
        out.append(Claim(i, "record", asset, m.group(0), f"count:{hl}", window=f"tally:{year}:{n}"))
    return out


def _records(closes: pd.Series, hl: str) -> pd.Series:
    """Whether each close beats every earlier one (above for highs, below for lows)."""
    if hl == "low":
        return closes < closes.cummin().shift(1)
    return closes > closes.cummax().shift(1)


def _run_length(records: pd.Series) -> pd.Series:
    """The number of record closes in a row ending at each session."""
    run = records.astype(int)
    return run.groupby((run == 0).cumsum()).cumsum()


def check_record_count(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Is the count of record closes what ``c`` tells, on the article's session or the one
    before it (a run's length, or the tally of the year)?"""
    assert c.asset is not None and c.window is not None
    closes = market.close(c.asset).dropna()
    hl = (c.op or "count:high").split(":")[1]
    records = _records(closes, hl)
    if c.window.startswith("longest:"):
        return _check_longest(c, day, market, records)
    kind, *rest = c.window.split(":")
    n = int(rest[-1])
    if rest[0] == "last":  # "for the entire year": the last year ended by the article date
        rest[0] = str(day.year - 1)
    if kind == "tally" and rest[0] and int(rest[0]) < day.year:  # a past year's, whole
        year = int(rest[0])
        count = int(records[str(year)].sum())
        ok = count == n
        text = f"{market.source(c.asset)} record {hl} closes in {year}: {count}, stated {n}"
        return ("confirmed" if ok else "contradicted"), text, {"count": count}
    upto = records.loc[:day].iloc[-2:]
    if upto.empty:
        return "not checkable", f"no {c.asset} closes by {day.date()}", {}
    if kind == "run":
        counts = _run_length(records).loc[upto.index]
        what = "record closes in a row"
    else:
        year = int(rest[0]) if rest[0] else day.year
        counts = pd.Series([int(records[str(year)].loc[:d].sum()) for d in upto.index], upto.index)
        what = f"record {hl} closes in {year} so far"
    ok = bool(((counts == n) & upto).any())
    seen = ", ".join(
        f"{int(v)} to {d.date()}"
        for d, v in zip(pd.DatetimeIndex(counts.index), counts, strict=True)
    )
    text = f"{market.source(c.asset)} {what}: {seen} (a record close that day needed); stated {n}"
    return ("confirmed" if ok else "contradicted"), text, {"count": int(counts.iloc[-1])}


def _check_longest(
    c: Claim, day: pd.Timestamp, market: Market, records: pd.Series
) -> tuple[str, str, dict[str, Any]]:
    """Is the run of record closes to the article's session (or the one before) the longest
    of the span: every earlier run ending in it shorter, and (for "since") one ending in the
    named period at least as long?"""
    assert c.window is not None and c.asset is not None
    span = c.window[len("longest:") :]
    upto = records.loc[:day].iloc[-2:]
    hit = upto[upto]
    if hit.empty:
        return "contradicted", f"no record close of {c.asset} on {day.date()} or the day before", {}
    runs = _run_length(records)
    at = pd.Timestamp(hit.index[-1])
    length = int(runs.loc[at])
    ends = runs[records & ~records.shift(-1, fill_value=False).astype(bool)]
    first = runs.index[int(runs.index.searchsorted(at)) - length + 1]  # the run's first day
    ends = ends[ends.index < first]  # the runs before it
    if span.startswith("since:"):
        period = since_period(span)
        if period is None:
            return "not checkable", f"the span {span!r} is not a date leadwatch can read", {}
        after, inside = ends[ends.index > period[1]], ends[ends.index >= period[0]]
        ok = bool((after < length).all()) and bool(
            (inside[inside.index <= period[1]] >= length).any()
        )
        label = f"every run ending after {period[1].date()}, and one in {span[6:]} as long"
    elif span.startswith("last:"):
        _, n, unit = span.split(":")
        back = pd.DateOffset(years=int(n)) if unit == "year" else pd.DateOffset(months=int(n))
        ok = bool((ends[ends.index >= at - back] < length).all())
        label = f"every run since {(at - back).date()}"
    else:
        ok = bool((ends < length).all())
        label = "every run in the data"
    text = (
        f"{market.source(c.asset)} ran {length} record closes in a row to {at.date()}; the "
        f"longest of {label}: {'yes' if ok else 'no'}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"run": length}


def without_counted(claims: list[Claim]) -> list[Claim]:
    """``claims`` less a plain record of an asset whose words a count of its record closes
    holds ("57 record closing highs" is no record set on the article's day; "its sixth
    straight record close" holds the day's record in its run).

    >>> words = "sixth straight record close"
    >>> run = Claim(0, "record", "spx", words, "count:high", window="run:6")
    >>> plain = Claim(0, "record", "spx", "record close", "high")
    >>> without_counted([plain, run]) == [run]
    True
    """
    counted = [
        (k.sentence, k.asset, k.words)
        for k in claims
        if k.kind == "record" and (k.op or "").startswith("count:")
    ]
    return [
        c
        for c in claims
        if not (
            c.kind == "record"
            and c.op in ("high", "low")
            and c.window is None
            and c.level is None
            and any((i, a) == (c.sentence, c.asset) and c.words in w for i, a, w in counted)
        )
    ]
