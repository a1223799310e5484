"""Supply and demand claims graded on the fundamentals tables, naming the edition behind each.

A sentence is cut into clauses; each clause may hold one claim:

* a **growth rate** of a use (``solar demand ... growing 12% a year``): traced to
  a rate in the tables or a growth computed from a demand series within one edition;
* a **multiple** (``up 53 times in one year``): traced likewise; a figure that matches a
  table entry measuring something else, or over another span, *misreads its source*;
* a **run of deficit years** (``deficit for several consecutive years``): the run of
  years with a positive deficit, as known at the article date;
* a **country output trend** (``output from Mexico and Peru is declining``): the latest
  year-on-year change of each country named, within one edition.

Only editions published by the article date are used to trace a figure; a trend the
tables hold only in a later edition is graded on it, and the evidence says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.fundamentals import changes, consecutive, known_at
from leadwatch.claims.vocabulary import (
    IN_A_ROW_RE,
    ORDINALS,
    any_of,
    count_re,
    count_value,
    words_re,
)

__all__ = ["USES", "clauses", "grade_clause"]

#: Words naming a use of the metal -> the token its table items carry.
USES: dict[str, str] = {
    "pv": r"photovoltaic|solar|\bPV\b",
    "automotive": r"electric vehicles?|\bEVs?\b|automotive|\bcars?\b",
    "data_centre": r"data cent(?:er|re)s?|\bAI\b",
    "industrial": r"industrial",
    "coin_and_bar": r"\bcoins?\b|\bbars?\b",
    "jewelry": r"jewel",
}
_GROWTH = re.compile(r"growth|grow|grew|cagr|\brise|rising|increas|\bup\b|expand|surg|jump", re.I)
#: A growth or multiple claim is about demand or an industry, not a price ("solar stocks +5%").
_SUBJECT = re.compile(
    r"demand|consumption|industr|sector|growth rate|cagr|compound annual|installation|usage", re.I
)
_PCT = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", re.I)
_TIMES = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:times|-fold|fold|x)\b", re.I)
_ONE_YEAR = re.compile(r"\bin (?:one|a single|1|a) year\b|\byear[- ]on[- ]year\b", re.I)
_DEFICIT = any_of("deficits?", "shortfalls?")
_NOT_MARKET = re.compile(r"(fiscal|budget|trade|current[- ]account|government)\s+$", re.I)
#: A run of years: "three straight years", "the fifth consecutive year", "for years".
_YEARS_RUN = (
    rf"\b(?P<n>{count_re(10, low=2)})\s+(?:{IN_A_ROW_RE}\s+)?years",
    rf"\b(?P<ord>{words_re(ORDINALS)})\s+{IN_A_ROW_RE}\s+year",
    r"\b(?P<vague>several|multiple|many)\s+(?:consecutive\s+)?years|\bfor years\b",
)
_COUNT = re.compile("|".join(_YEARS_RUN), re.I)
_OUTPUT = re.compile(r"production|output|mining|mine supply|producing|producers?", re.I)
_DOWN = re.compile(r"declin|falling|fell|drop|decreas|shrink|lower|\bdown\b|contract", re.I)
_UP = re.compile(r"rising|\brise|\brose|grow|grew|increas|\bup\b|expand|higher", re.I)
_SPLIT = re.compile(",\\s*(?:and|while|but|whereas)\\s+|;|\\s?[\u2014\u2013]\\s?")
_AGGREGATES = re.compile(r"world|total|other", re.I)

Result = tuple[str, str, dict[str, Any]]


def clauses(sentence: str) -> list[str]:
    """The sentence cut at ``, and``/``;``/dashes (each part may hold one claim)."""
    return [c.strip() for c in _SPLIT.split(sentence) if c.strip()]


def _use(clause: str) -> str | None:
    for use, words in USES.items():
        if re.search(words, clause, re.I):
            return use
    return None


def _items(table: pd.DataFrame, use: str) -> pd.DataFrame:
    return table[table["item"].str.contains(use, case=False, regex=False)]


def _edition_note(row: Mapping[Any, Any]) -> str:
    return f"{row['status']}; {row['edition']}"


def _rate_candidates(table: pd.DataFrame, use: str) -> list[tuple[float, str]]:
    rows = _items(table, use)
    out: list[tuple[float, str]] = []
    for r in rows[rows["unit"].str.contains("percent", case=False)].to_dict("records"):
        out.append((r["value"] / 100, f"{r['item']} {r['period']}: {r['value']:g}% "
                                      f"({_edition_note(r)})"))  # fmt: skip
    quantities = rows[~rows["unit"].str.contains("percent|times", case=False)]
    for item in sorted(set(quantities["item"])):
        for c in changes(quantities, item):
            out.append((c.growth, c.describe()))
        for edition, part in quantities[quantities["item"] == item].groupby("edition"):
            single = part[part["year_start"] == part["year_end"]].sort_values("year_start")
            if len(single) >= 3:
                y0, y1 = int(single["year_start"].iloc[0]), int(single["year_start"].iloc[-1])
                v0, v1 = float(single["value"].iloc[0]), float(single["value"].iloc[-1])
                rate = (v1 / v0) ** (1 / (y1 - y0)) - 1
                out.append((rate, f"{item} {y0}-{y1}: {rate:+.1%} a year [{edition}]"))
    return out


def _growth(clause: str, pct: float, use: str, table: pd.DataFrame, day: pd.Timestamp) -> Result:
    claimed = pct / 100
    known = table[table["published"] <= day]
    found = _rate_candidates(known, use)
    data: dict[str, Any] = {"claimed": claimed, "use": use, "as_of": day.date().isoformat()}
    match = [
        d for r, d in found if np.isfinite(r) and abs(r - claimed) <= max(0.005, 0.05 * claimed)
    ]
    if match:
        return "confirmed", f"{pct:g}% matches {match[0]}", data | {"source": match[0]}
    later = [d for _, d in _rate_candidates(table, use) if d not in {x for _, x in found}]
    if not found and not later:
        return "not checkable", f"no table holds a {use} figure", data
    text = f"{pct:g}% cannot be traced to any table as known at {day.date()}"
    if found:
        text += "; the tables give: " + "; ".join(d for _, d in found)
    if later:
        text += "; published later: " + "; ".join(later)
    return "not checkable", text, data | {"tables": [d for _, d in found]}


def _multiple(clause: str, n: float, use: str, table: pd.DataFrame, day: pd.Timestamp) -> Result:
    known = table[table["published"] <= day]
    rows = _items(known, use)
    span = 1 if _ONE_YEAR.search(clause) else None
    measure = "demand" if re.search(r"demand", clause, re.I) else None
    data: dict[str, Any] = {"claimed": n, "use": use, "span_years": span}
    for r in rows.to_dict("records"):
        if abs(r["value"] - n) > 0.05 * n:
            continue
        source = f"{r['item']} = {r['value']:g} {r['unit']} over {r['period']} ({_edition_note(r)})"
        wrong = []
        if measure and measure not in r["item"]:
            wrong.append(
                f"it measures {r['item'].replace('_', ' ')}, not {use.replace('_', ' ')} {measure}"
            )
        item_span = int(r["year_end"]) - int(r["year_start"])
        if span is not None and item_span != span:
            wrong.append(f"over {item_span} years ({r['period']}), not {span}")
        data["source"] = source
        if wrong:
            return "contradicted", f"misreads its source: {source}; " + " and ".join(wrong), data
        return "confirmed", f"{n:g} times matches {source}", data
    quantities = rows[~rows["unit"].str.contains("percent|times", case=False)]
    found = [c for item in sorted(set(quantities["item"])) for c in changes(quantities, item)]
    for c in found:
        if abs(c.multiple - n) <= 0.05 * n:
            return "confirmed", f"{n:g} times matches {c.describe()}", data
    if rows.empty:
        return "not checkable", f"{n:g} times cannot be traced: no table holds a {use} figure", data
    listed = "; ".join(f"{r['item']} {r['period']} {r['value']:g} {r['unit']}" for r in
                       rows.to_dict("records"))  # fmt: skip
    return "not checkable", f"{n:g} times cannot be traced; the tables give: {listed}", data


def _claimed_years(clause: str) -> tuple[int, str] | None:
    m = _COUNT.search(clause)
    if m is None:
        return None
    if m.group("n"):
        return count_value(m.group("n")), m.group(0)
    if m.group("ord"):
        return ORDINALS.index(m.group("ord").lower()) + 2, m.group(0)
    return (3 if (m.group("vague") or "").lower() == "several" else 2), m.group(0)


def _deficit(clause: str, table: pd.DataFrame, day: pd.Timestamp) -> Result | None:
    m = _DEFICIT.search(clause)
    claimed = _claimed_years(clause)
    if m is None or claimed is None or _NOT_MARKET.search(clause[: m.start()]):
        return None
    items = sorted({i for i in table["item"] if "deficit" in i and "cumulative" not in i})
    if not items:
        return "not checkable", "no table holds a market deficit", {}
    item = items[0]
    sub = table[table["item"].str.startswith(item)]
    run = consecutive(sub, item, as_of=day)
    n, words = claimed
    data: dict[str, Any] = {"claimed_years": n, "years": list(run.years), "item": item}
    text = f"'{words}' (at least {n}); as known at {day.date()}: {run.describe()}"
    extra = _earlier(sub, item, run, day)
    if extra:
        text += f"; {extra}"
    if run.length >= n:
        return "confirmed", text, data
    return ("inconclusive" if extra else "contradicted"), text, data


def _earlier(sub: pd.DataFrame, item: str, run: Any, day: pd.Timestamp) -> str:
    """What a cumulative figure says about the years before the run."""
    if not run.years:
        return ""
    cum = known_at(sub, day)
    cum = cum[(cum["item"] == f"{item}_cumulative") & (cum["year_start"] < run.years[0])]
    for r in cum.to_dict("records"):
        inside = [v for y, v in zip(run.years, run.values, strict=True) if y <= r["year_end"]]
        rest = r["value"] - sum(inside)
        if rest > 0:
            return (
                f"the cumulative {r['period']} figure ({r['value']:g} {r['unit']}, "
                f"{r['edition']}) leaves {rest:,.1f} for {r['year_start']}-{run.years[0] - 1} "
                "together (their single years are not in the tables)"
            )
    return ""


def _countries(clause: str, table: pd.DataFrame) -> list[str]:
    names = {i for i in table["item"] if i[:1].isupper() and not _AGGREGATES.search(i)}
    return sorted(n for n in names if re.search(rf"\b{re.escape(n)}\b", clause))


def _output(clause: str, table: pd.DataFrame, day: pd.Timestamp) -> Result | None:
    named = _countries(clause, table)
    down, up = bool(_DOWN.search(clause)), bool(_UP.search(clause))
    if not named or not _OUTPUT.search(clause) or down == up:
        return None
    parts, agree, data = [], [], {}
    for country in named:
        sub = table[table["item"] == country]
        found, later = changes(sub, country, as_of=day), False
        then = ""
        if not found:
            found, later = changes(sub, country), True
            known = sub[sub["published"] <= day]
            then = "; as known at the article date: " + (
                ", ".join(f"{r['period']} {r['value']:,.6g} t ({r['edition']})"
                          for r in known.to_dict("records")) or "nothing"
            )  # fmt: skip
        if not found:
            years = ", ".join(sorted(set(sub["period"])))
            parts.append(f"{country}: only {years} in the tables, no trend")
            continue
        c = found[-1]
        agree.append((c.value1 < c.value0) == down)
        note = f" (published after the article date{then})" if later else ""
        parts.append(f"{country}: {c.describe('t')}{note}")
        data[country] = {"year0": c.year0, "year1": c.year1, "change": c.growth, "later": later}
    text = f"claimed {'declining' if down else 'rising'}; " + "; ".join(parts)
    if not agree:
        return "not checkable", text, data
    return ("confirmed" if all(agree) else "contradicted"), text, data


def grade_clause(clause: str, table: pd.DataFrame, day: pd.Timestamp) -> tuple[str, Result] | None:
    """``(words, (status, evidence, data))`` for a clause holding a claim, else None."""
    day = pd.Timestamp(day)
    deficit = _deficit(clause, table, day)
    if deficit is not None:
        return "deficit years", deficit
    output = _output(clause, table, day)
    if output is not None:
        return "output trend", output
    use = _use(clause)
    if use is None or not _GROWTH.search(clause) or not _SUBJECT.search(clause):
        return None
    times = _TIMES.search(clause)
    if times:
        return f"{times.group(0)} ({use})", _multiple(
            clause, float(times.group("num")), use, table, day
        )
    pct = _PCT.search(clause)
    if pct:
        return f"{pct.group(0)} ({use})", _growth(clause, float(pct.group("num")), use, table, day)
    return None
