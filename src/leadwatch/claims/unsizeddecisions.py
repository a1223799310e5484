"""The Fed's decision told without a size: a cut, a hike or a hold (pure).

"Yields rose after the Fed's rate cut last week", "the Fed's decision to lower interest
rates", "after the Fed cut rates", "the Fed left rates on hold for the first time since
July", "the Fed has cut rates three times". Each is a ``move`` of ``fed_funds`` (op
``down``, ``up`` or ``flat``; ``pct`` the size when one is told, as in "the Fed's 50 basis
points cut"), window ``decision`` (the 10 days to the claim's day), ``decision:week`` (last
week: 7 to 13 days back), ``decision:first:since:...``, ``decision:since:...`` or
``decision:count:N[:YEAR]``. One expected, ahead, opening a window ("since the Fed cut
rates") or told with the rate's level ("held rates at 4.25%-4.50%": the levels tell it) is
none.

Grading (:func:`check_hold`, :func:`check_count`): the effective rate's steps
(:func:`leadwatch.claims.eventwindows.fed_decisions`) and the Fed's meeting schedule
(:data:`leadwatch.claims.fomcholds.FOMC_DECISION_DAYS`). A hold holds when the last
decision day in its days left the rate alone; "the first hold since P" when every decision
after P and before it stepped; "held since P" when no step came after P. A count holds in
the year named, else in the article's year or in the run since the last step the other way.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.eventday import event_day
from leadwatch.claims.eventwindows import fed_decisions
from leadwatch.claims.fedwords import FED_RE, NOT_TAKEN, RATE_RE, SIZE_RE, step_size
from leadwatch.claims.fomcholds import FOMC_DECISION_DAYS, hold_pattern
from leadwatch.claims.model import Claim
from leadwatch.claims.rankedcheck import dated_since
from leadwatch.claims.text import find_when
from leadwatch.claims.windows import find_windows, since_period

__all__ = ["check_count", "check_hold", "decision_span", "unsized_claims"]


def decision_span(c: Claim, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days a decision of ``c`` is looked for in: the 10 days up to its day, 7 to 13
    days back for one of last week, the month named ("cut by 50 bp in September")."""
    on = event_day(c.when, day)
    if c.when is not None and c.when[0] == "month":
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)  # the last such
        start = pd.Timestamp(year=year, month=month, day=1)
        return start, min(day, start + pd.offsets.MonthEnd(0))
    if c.window == "decision:week":
        return day - pd.Timedelta(days=13), day - pd.Timedelta(days=1)
    return on - pd.Timedelta(days=10), on


#: Words after a cut that make it no decision taken: "the Fed's rate-cut path", "rate cut bets".
_NOT_ONE = (
    r"(?![- ](?:expectations?|bets?|odds|hopes?|path|cycle|campaign|probabilit\w*|pricing"
    r"|prospects?|talk|fears?|speculation|optimism|outlook|trajectory|plans?|calls?"
    r"|forecasts?|projections?|timing|trade|story|narrative)\b)"
)
#: "the Federal Reserve's rate cut last week", "the Fed's 50 basis points cut".
_POSSESSIVE = re.compile(
    rf"{FED_RE}['\u2019]s\s+(?P<gap>(?:[\w-]+\s+){{0,3}}?)(?:(?:{SIZE_RE})[- ]?\s*)?"
    r"(?:(?:interest|policy)[- ])?(?:rates?[- ])?"
    rf"(?:(?P<cut>cut|reduction)|(?P<hike>hike|increase)){_NOT_ONE}\b",
    re.IGNORECASE,
)
#: "the Fed's decision to lower interest rates", "... to keep rates on hold".
_DECIDED_TO = re.compile(
    rf"{FED_RE}['\u2019]s\s+(?P<gap>(?:[\w-]+\s+){{0,2}}?)decision\s+to\s+"
    r"(?:(?P<cut>cut|lower|reduce|trim|slash)|(?P<hike>raise|hike|lift|increase)"
    r"|(?P<hold>hold|keep|leave|maintain|pause))\b",
    re.IGNORECASE,
)
#: "after the Fed cut rates", "the FOMC raised its key rate" (past tense, no size).
_DID = re.compile(
    rf"{FED_RE}(?P<gap>[^.;:]{{0,40}}?)\s(?:(?P<cut>cut|lowered|reduced|trimmed|slashed)"
    rf"|(?P<hike>raised|hiked|lifted|increased))\s+{RATE_RE}\b",
    re.IGNORECASE,
)
_HELD = hold_pattern(FED_RE)
#: Words between the Fed and its verb that make it no decision taken.
_NOT_DONE = re.compile(
    r"\b(?:to|not|n['\u2019]t|never|no longer|stop\w*|halt\w*|end\w*|against|refus\w*"
    r"|resist\w*|declin\w*|reluctan\w*|can|must|is|are)\b",
    re.IGNORECASE,
)
#: Words before the decision that put it ahead ("ahead of the Fed's rate cut") or make it a
#: window's start ("since the Fed cut rates": the claim is the move since).
_BEFORE_IT = re.compile(
    r"\b(?:ahead of|before|await\w*|toward|upcoming|coming|looming|pending|anticipat\w*"
    r"|until|when|once|for|since)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_BY = re.compile(r"[^.;:]{0,30}?\bby\s", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_NUMBER = {"twice": "2", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_COUNT = re.compile(
    r"^\s*(?:(?:so far|already|this year|in 20\d\d)\s+)?(?P<n>twice|(?:two|three|four|five"
    r"|six|[2-9])(?= times\b))",
    re.IGNORECASE,
)
_FIRST = re.compile(r"^[^.;]{0,25}?\bfor (?:the )?first time since\s+(?P<since>[^,;.]{2,30})")
_SINCE = re.compile(r"^[^.;]{0,40}?\b(?P<since>since\s+[^,;.]{2,30})")


def _window(s: str, end: int) -> str:
    """The window of a decision told in ``s`` up to ``end``: ``decision:week`` (last week),
    ``decision:first:since:...`` (the first hold since), ``decision:since:...`` (held since)."""
    rest = s[end:]
    for pattern, head in ((_FIRST, "decision:first:"), (_SINCE, "decision:")):
        m = pattern.match(rest)
        if m is None:
            continue
        words = m["since"] if m["since"].lower().startswith("since") else "since " + m["since"]
        found = find_windows(words)
        if found and found[0][1].startswith("since:"):
            return head + found[0][1]
    count = _COUNT.match(rest)
    if count is not None:  # "has cut rates three times"; "in 2024" names the year counted
        n = _NUMBER.get(count["n"].lower(), count["n"])
        year = re.search(r"\b(?:in|during|through(?:out)?) (20\d\d)\b", s)
        return f"decision:count:{n}" + (f":{year.group(1)}" if year else "")
    return "decision:week" if re.search(r"\blast week\b", s, re.IGNORECASE) else "decision"


def unsized_claims(index: int, s: str) -> list[Claim]:
    """The Fed's decision told without a size: a cut or a hike (``pct`` None) or a hold
    (op ``flat``), taken, not expected (module doc). A sentence that states the rate ("held
    rates at 4.25%-4.50%") leaves it to the rate's levels, unless it counts the decisions.

    >>> s = "Yields rose after the Fed's rate cut last week."
    >>> [(c.op, c.window) for c in unsized_claims(0, s)]
    [('down', 'decision:week')]
    >>> s = "The Fed left rates on hold for the first time since July."
    >>> [(c.op, c.window) for c in unsized_claims(0, s)]
    [('flat', 'decision:first:since:July')]
    >>> unsized_claims(0, "Traders expect the Fed to hold rates steady.")
    []
    """
    for pattern in (_POSSESSIVE, _DECIDED_TO, _DID, _HELD):
        for m in pattern.finditer(s):
            groups = m.groupdict()
            gap = groups.get("gap") or ""
            if NOT_TAKEN.search(s, 0, m.end()) or _BEFORE_IT.search(s, 0, m.start()):
                continue
            if pattern in (_DID, _HELD) and _NOT_DONE.search(gap or m.group(0)):
                continue
            if _BY.match(s, m.end()):
                continue  # "cut rates by three basis points": a size not read is no claim
            op = "down" if groups.get("cut") else "up" if groups.get("hike") else "flat"
            told = any(groups.get(k) for k in ("num", "share", "quarter", "half"))
            size = step_size(m) if told else None  # "the Fed's 50 basis points cut"
            window = _window(s, m.end())
            if op != "flat" and window.startswith("decision:first:"):
                return []  # "cut rates for the first time since 2020": a policy record
            if _PERCENT.search(s) and not window.startswith("decision:count:"):
                return []  # "held rates at 4.25%-4.50%": the rate's levels tell it
            return [
                Claim(
                    index,
                    "move",
                    "fed_funds",
                    m.group(0),
                    op,
                    pct=size,
                    when=find_when(s),
                    window=window,
                    qualifiers=("bp",),
                )
            ]
    return []


def _meetings(after: pd.Timestamp, before: pd.Timestamp) -> pd.DatetimeIndex:
    """The FOMC decision days from ``after`` to ``before``, both included."""
    days = FOMC_DECISION_DAYS
    return days[days.to_series().between(after, before).to_numpy()]


def _step(steps: pd.Series, meeting: pd.Timestamp) -> float | None:
    """The step of the rate the decision of ``meeting`` made (``None``: it held)."""
    near = steps.loc[meeting - pd.Timedelta(days=1) : meeting + pd.Timedelta(days=1)]
    return None if near.empty else float(near.iloc[-1])


def check_hold(c: Claim, day: pd.Timestamp, rates: pd.Series) -> tuple[str, str, dict[str, Any]]:
    """Grade a hold: an FOMC decision day in the claim's days after which the effective rate
    did not step; "since P": no step after the period P; "the first hold since P": every
    decision day after P and before this one stepped."""
    start, on = decision_span(c, day)
    steps = fed_decisions(rates)
    rest = (c.window or "decision").split(":", 2)[1:]
    unread: tuple[str, str, dict[str, Any]] = (
        "not checkable",
        f"the window {c.window!r} is no period leadwatch can read",
        {},
    )
    if rest and rest[0] == "since":  # "has held rates at 5.25%-5.5% since July 2023"
        period = since_period(dated_since(":".join(rest), on))
        if period is None:
            return unread
        moved = steps.loc[period[1] + pd.Timedelta(days=1) : on]
        text = f"the effective fed funds rate stepped {len(moved)} time(s) "
        text += f"after {period[1].date()} to {on.date()}"
        return ("confirmed" if moved.empty else "contradicted"), text, {"steps": len(moved)}
    meetings = _meetings(start, on)
    if meetings.empty:
        if not FOMC_DECISION_DAYS[0] <= start <= on <= FOMC_DECISION_DAYS[-1]:
            return "not checkable", "no FOMC schedule for those days", {}
        text = f"no FOMC decision day from {start.date()} to {on.date()} (the Fed's schedule)"
        return "contradicted", text, {}
    meeting = pd.Timestamp(meetings[-1])
    data = {"decision": str(meeting.date())}
    if rates.index.max() <= meeting:
        return "not checkable", f"no fed funds rate after the decision of {meeting.date()}", {}
    step = _step(steps, meeting)
    if step is not None:
        text = f"the effective fed funds rate moved {step:+.2f} pp after the decision of "
        return "contradicted", text + str(meeting.date()), data
    text = f"the effective fed funds rate did not step after the decision of {meeting.date()}"
    if not rest or rest[0] != "first":
        return "confirmed", text, data
    period = since_period(dated_since(rest[1], meeting))  # each decision since then stepped
    if period is None:
        return unread
    between = _meetings(period[1] + pd.Timedelta(days=1), meeting - pd.Timedelta(days=1))
    held = [str(d.date()) for d in between if _step(steps, pd.Timestamp(d)) is None]
    text += f"; holds after {period[1].date()} before it: {', '.join(held) or 'none'}"
    return ("contradicted" if held else "confirmed"), text, data


def check_count(c: Claim, day: pd.Timestamp, rates: pd.Series) -> tuple[str, str, dict[str, Any]]:
    """Grade "has cut rates three times": the steps of that side up to ``day`` in the year
    named, else in the article's year or in the run since the last step the other way (both
    readings are common; either one holding confirms)."""
    parts = (c.window or "").split(":")
    stated = int(parts[2])
    steps = fed_decisions(rates).loc[:day]
    sign = -1.0 if c.op == "down" else 1.0
    same = steps[steps * sign > 0]
    other = steps[steps * sign < 0]
    year = int(parts[3]) if len(parts) > 3 else day.year
    counts = {f"in {year}": int((pd.DatetimeIndex(same.index).year == year).sum())}
    if len(parts) <= 3:
        since = other.index[-1] if len(other) else steps.index[0] - pd.Timedelta(days=1)
        counts[f"since {pd.Timestamp(since).date()}"] = int((same.index > since).sum())
    ok = stated in counts.values()
    said = "; ".join(f"{n} {where}" for where, n in counts.items())
    name = "cuts" if sign < 0 else "hikes"
    text = f"{name} of the effective fed funds rate: {said} (stated: {stated})"
    return ("confirmed" if ok else "contradicted"), text, {"counts": counts}
