"""A phrasing grammar for the claim checker: composed move sentences, graded against pandas.

Claim sentences are composed from independent slots (subject, verb, amount, level, window,
order) and checked by ``leadwatch claims`` at a few publication dates. The truth of each
sentence is computed here, with pandas, straight from the snapshot CSVs (the series, the
window's first and last value), independently of the checker's code; each sentence states
the true figure, and a false variant (a size well outside any tolerance) must flip the
status. Per slot value it reports how many sentences were found (a move claim of the right
asset), whose window was right (the checker's first and last dates within a day of the
truth's), and whose status was right (true variant ``confirmed``, false ``contradicted``),
so that the holes show as rows: ``window 'in the past 12 months': 3/40``.

Run ``python bench/claims_phrasings.py --store S`` (``S`` a store holding the snapshot;
``--per-value N`` sentences per slot value, ``--worst K`` rows per slot, ``--misses`` lists
the failed sentences). :func:`compose` and :func:`grade` are used by the fast test
``tests/claims/test_phrasings_bench.py`` on a sample.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from leadwatch.api.claims import market_from_store
from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market
from leadwatch.store import Store

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# series: (csv file, value column, kind) -- kind "price", "rate" (percent) or "index"
SERIES = {
    "gold": ("gold_usd", "gold_usd", "price"),
    "gold_fut": ("gold_futures_gcf", "close", "price"),
    "silver": ("silver_usd", "silver_usd", "price"),
    "silver_fut": ("silver_futures_sif", "close", "price"),
    "btc": ("btc_usd", "close", "price"),
    "eth": ("eth_usd", "close", "price"),
    "dxy": ("dxy", "close", "index"),
    "yield_10y": ("dgs10", "dgs10", "rate"),
    "spx": ("sp500", "close", "index"),
    "vix": ("vix", "vix", "index"),
    "fed_funds": ("dff", "dff", "rate"),
}

# subject phrase -> (asset id the checker should name, series of the truth, plural)
SUBJECTS: dict[str, tuple[str, str, bool]] = {
    "gold": ("gold", "gold", False),
    "spot gold": ("gold", "gold", False),
    "bullion": ("gold", "gold", False),
    "the yellow metal": ("gold", "gold", False),
    "XAU/USD": ("gold", "gold", False),
    "gold prices": ("gold", "gold", True),
    "the price of gold": ("gold", "gold", False),
    "gold futures": ("gold", "gold_fut", True),
    "COMEX gold": ("gold", "gold_fut", False),
    "silver": ("silver", "silver", False),
    "spot silver": ("silver", "silver", False),
    "the white metal": ("silver", "silver", False),
    "XAG/USD": ("silver", "silver", False),
    "silver futures": ("silver", "silver_fut", True),
    "bitcoin": ("btc", "btc", False),
    "BTC": ("btc", "btc", False),
    "BTC/USD": ("btc", "btc", False),
    "the largest cryptocurrency": ("btc", "btc", False),
    "the world's biggest cryptocurrency": ("btc", "btc", False),
    "ether": ("eth", "eth", False),
    "ETH": ("eth", "eth", False),
    "ethereum": ("eth", "eth", False),
    "the second-largest cryptocurrency": ("eth", "eth", False),
    "the dollar index": ("dxy", "dxy", False),
    "DXY": ("dxy", "dxy", False),
    "the US dollar index": ("dxy", "dxy", False),
    "the greenback": ("dxy", "dxy", False),
    "the 10-year Treasury yield": ("yield_10y", "yield_10y", False),
    "the benchmark 10-year yield": ("yield_10y", "yield_10y", False),
    "10-year yields": ("yield_10y", "yield_10y", True),
    "the yield on the 10-year note": ("yield_10y", "yield_10y", False),
    "the S&P 500": ("spx", "spx", False),
    "the benchmark S&P 500 index": ("spx", "spx", False),
    "the VIX": ("vix", "vix", False),
    "the Cboe Volatility Index": ("vix", "vix", False),
    "the fed funds rate": ("fed_funds", "fed_funds", False),
    "XAU": ("gold", "gold", False),
    "US gold futures": ("gold", "gold_fut", True),
    "bitcoin (BTC)": ("btc", "btc", False),
    "the US dollar": ("dxy", "dxy", False),
    "the 10-year": ("yield_10y", "yield_10y", False),
    "US 10-year yields": ("yield_10y", "yield_10y", True),
    "the S&P": ("spx", "spx", False),
    "Wall Street's fear gauge": ("vix", "vix", False),
    "the effective federal funds rate": ("fed_funds", "fed_funds", False),
}

UP = ("rose", "climbed", "gained", "jumped", "surged", "added", "advanced", "edged up", "was up")
DOWN = ("fell", "slid", "dropped", "shed", "lost", "tumbled", "eased", "retreated", "was down")
DOWN += ("slipped", "declined")
AMOUNTS = {
    "price": ("{p}%", "{p} percent", "{p} per cent", "${d}", "{d} dollars"),
    "index": ("{p}%", "{p} percent", "{pts} points"),
    "rate": ("{bp} basis points", "{bp}bps", "{pp} percentage point"),
}
LEVELS = ("", "to {dollar2}", "at {dollar0}", "to {plain}", "to {kilo}", "above {floor}")
LEVELS += ("below the {ceil} mark",)
WINDOWS = (
    "on {weekday}",
    "yesterday",
    "this week",
    "last week",
    "so far this year",
    "year-to-date",
    "in {lastyear}",
    "since January",
    "over the past month",
    "in the past 12 months",
    "over the past year",
    "in the {quarter} quarter",
    "in {month}",
    "last month",
    "this month",
    "so far this month",
    "month-to-date",
    "since the start of the year",
    "over the past week",
    "for the week",
    "on the day",
    "over the last three months",
    "in the past 30 days",
    "over the past six months",
    "in the first half of {h1year}",
)
ORDERS = ("S V A W", "W, S V A", "S, U A W, trades at L", "U A W, S trades at L")
ORDERS += ("S posted a A N W", "S V A W, L", "S V by A W", "S has P A W")
#: Past participles of the verbs whose differ ("has risen"); the others are their own.
PARTICIPLES = {"rose": "risen", "fell": "fallen", "was up": "been up", "was down": "been down"}
PUBLISHED = ("2025-06-11", "2025-10-15", "2026-02-18")  # Wednesdays the futures cover too
_ORD = ("first", "second", "third", "fourth")


@cache
def series(name: str) -> pd.Series:
    """The closes of a snapshot series (read here, not through the checker)."""
    file, col, _ = SERIES[name]
    frame = pd.read_csv(DATA / f"{file}.csv", parse_dates=["date"])
    return frame.set_index("date")[col].dropna().astype(float)


def window_span(window: str, pub: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str]:
    """The window's base day and last day (a value on or before each) and its phrase."""
    day = pd.Timedelta(days=1)
    sunday = pub - pd.Timedelta(days=pub.weekday() + 1)
    yend = pd.Timestamp(year=pub.year - 1, month=12, day=31)
    q = (pub.month - 1) // 3  # the last completed quarter (of this year or the last)
    qend = pd.Timestamp(year=pub.year, month=3 * q, day=1) if q else yend
    qend = qend + pd.offsets.MonthEnd(0) if q else yend
    mend = pd.Timestamp(year=pub.year, month=pub.month, day=1) - day
    h1 = pd.Timestamp(year=pub.year if pub.month > 6 else pub.year - 1, month=6, day=30)
    spans = {
        "on {weekday}": (pub - 2 * day, pub - day),
        "yesterday": (pub - 2 * day, pub - day),
        "this week": (sunday, pub),
        "last week": (sunday - 7 * day, sunday),
        "so far this year": (yend, pub),
        "year-to-date": (yend, pub),
        "in {lastyear}": (yend - pd.DateOffset(years=1), yend),
        "since January": (yend, pub),
        "over the past month": (pub - pd.DateOffset(months=1), pub),
        "in the past 12 months": (pub - pd.DateOffset(years=1), pub),
        "over the past year": (pub - pd.DateOffset(years=1), pub),
        "in the {quarter} quarter": (qend - pd.offsets.QuarterEnd(1), qend),
        "in {month}": (mend - pd.offsets.MonthEnd(1), mend),
        "last month": (mend - pd.offsets.MonthEnd(1), mend),
        "this month": (mend, pub),
        "so far this month": (mend, pub),
        "month-to-date": (mend, pub),
        "since the start of the year": (yend, pub),
        "over the past week": (pub - 7 * day, pub),
        "for the week": (sunday, pub),
        "on the day": (pub - day, pub),
        "over the last three months": (pub - pd.DateOffset(months=3), pub),
        "in the past 30 days": (pub - 30 * day, pub),
        "over the past six months": (pub - pd.DateOffset(months=6), pub),
        "in the first half of {h1year}": (h1 - pd.DateOffset(months=6), h1),
    }
    start, end = spans[window]
    phrase = window.format(
        weekday=(pub - day).day_name(),
        lastyear=pub.year - 1,
        quarter=_ORD[(qend.month - 1) // 3],
        month=f"{mend:%B}",
        h1year=h1.year,
    )
    return pd.Timestamp(start), pd.Timestamp(end), phrase


@dataclass(frozen=True)
class Truth:
    """What a composed sentence states, as the snapshot has it."""

    asset: str
    kind: str
    start: pd.Timestamp
    end: pd.Timestamp
    v0: float
    v1: float

    @property
    def change(self) -> float:
        return self.v1 - self.v0 if self.kind == "rate" else self.v1 / self.v0 - 1.0


def truth(subject: str, window: str, pub: pd.Timestamp) -> Truth | None:
    """The window's change for the subject's series (``None``: no data around it)."""
    asset, name, _ = SUBJECTS[subject]
    s = series(name)
    start, end, _ = window_span(window, pub)
    a, b = s.loc[:start], s.loc[:end]
    if a.empty or b.empty or b.index[-1] < end - pd.Timedelta(days=5):
        return None
    kind = SERIES[name][2]
    return Truth(asset, kind, a.index[-1], b.index[-1], float(a.iloc[-1]), float(b.iloc[-1]))


def _num(x: float, places: int) -> str:
    return f"{x:,.{places}f}"


def amount(fmt: str, t: Truth, false: bool) -> str | None:
    """The move's size written in ``fmt`` (a false variant: well outside the tolerance)."""
    ch = abs(t.change)
    p, d, pts = ch * 100, abs(t.v1 - t.v0), abs(t.v1 - t.v0)
    bp = ch * 100
    if false:
        p, d, pts, bp = 2 * p + 4, 2 * d + 0.06 * t.v0, 2 * pts + 0.06 * t.v0, 2 * bp + 15
    size = {"p": round(p, 1), "d": round(d, 2 if t.v0 < 100 else 0), "pts": round(pts, 2)}
    size["bp"] = round(bp)
    used = next(k for k in ("pts", "bp", "p", "d", "pp") if "{" + k + "}" in fmt)
    if size["bp" if used == "pp" else used] == 0:
        return None
    text = {k: _num(v, 2 if k == "pts" else 1 if k == "p" else 0) for k, v in size.items()}
    text["d"] = _num(size["d"], 2 if t.v0 < 100 else 0)
    text["pp"] = f"{round(bp) / 100:.2f}"
    return fmt.format(**text)


def level(fmt: str, t: Truth) -> str | None:
    """The window's last value written in ``fmt`` (``None``: a form the unit lacks)."""
    if not fmt:
        return ""
    v = t.v1
    if t.kind == "rate":
        return None if "$" in fmt or fmt.count("{") != 1 else f"to {v:.2f}%"
    dollar = t.kind == "price"
    step = 10 ** max(0, len(str(int(v))) - 2)
    forms = {
        "dollar2": f"${v:,.2f}",
        "dollar0": f"${v:,.0f}",
        "plain": f"{v:,.2f}",
        "kilo": f"${v / 1000:.1f}k" if v >= 1000 else "",
        "floor": f"{'$' if dollar else ''}{(v // step) * step:,.0f}",
        "ceil": f"{'$' if dollar else ''}{(v // step + 1) * step:,.0f}",
    }
    key = fmt[fmt.index("{") + 1 : fmt.index("}")]
    if not forms[key] or (not dollar and key in ("dollar2", "dollar0", "kilo")):
        return None
    return fmt.format(**forms)


@dataclass(frozen=True)
class Sentence:
    """One composed sentence, its false variant and its truth."""

    slots: dict[str, str]
    text: str
    false_text: str
    truth: Truth
    pub: pd.Timestamp


def _attributive(amount: str) -> str:
    """An amount before a noun: "a $120 gain", "a 35-basis-point rise", "a 2-point drop"."""
    if amount.endswith(" dollars"):
        return "$" + amount.removesuffix(" dollars")
    return re.sub(r" (basis )?points$", lambda m: "-" + m.group(0)[1:-1].replace(" ", "-"), amount)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def compose(slots: dict[str, str], pub: pd.Timestamp, verb_pick: int = 0) -> Sentence | None:
    """The sentence of ``slots`` (subject, verb, amount, level, window, order) at ``pub``."""
    subject, window, order = slots["subject"], slots["window"], slots["order"]
    t = truth(subject, window, pub)
    if t is None or t.change == 0:
        return None
    plural = SUBJECTS[subject][2]
    verbs = UP if t.change > 0 else DOWN
    verb = slots.get("verb") or verbs[verb_pick % len(verbs)]
    if verb not in verbs:
        return None
    raw, verb = verb, verb.replace("was ", "were ") if plural else verb
    lvl = level(slots.get("level", ""), t)
    phrase = window_span(window, pub)[2]
    texts = []
    for false in (False, True):
        amt = amount(slots["amount"], t, false)
        if amt is None or lvl is None:
            return None
        trades = "trade" if plural else "trades"
        perfect = f"{'have' if plural else 'has'} {PARTICIPLES.get(raw, raw)}"
        s = order.replace("S", "\0").replace("V", verb).replace("W", phrase)
        s = s.replace("has P", perfect)
        s = s.replace(
            "trades at L", f"{trades} {level('at {dollar0}', t) or 'at ' + _num(t.v1, 2)}"
        )
        s = s.replace(", L", f", {lvl[0:]}" if lvl else "").replace(
            " A N", f" {_attributive(amt)} N"
        )
        s = s.replace("U A", f"{'up' if t.change > 0 else 'down'} {amt}").replace(" A", f" {amt}")
        s = s.replace(" N", " gain" if t.change > 0 else " loss")
        s = s.replace("\0", subject)
        texts.append(_cap(s) + ".")
    used = dict(slots, verb=raw if "V" in order or "P" in order else "")
    if ", L" not in order:
        used["level"] = ""
    return Sentence(used, texts[0], texts[1], t, pub)


@dataclass(frozen=True)
class Grade:
    """What the checker made of one sentence and its false variant."""

    found: bool
    asset: bool
    window: bool
    status: bool
    got: str


def _pick(
    text: str, pub: pd.Timestamp, market: Market, asset: str
) -> tuple[bool, str, dict[str, Any]]:
    checked = check_claims(extract_claims(text), pub, market)
    moves = [c for c in checked if c.claim.kind in ("move", "percent")]
    any_asset = any(c.claim.asset == asset for c in checked)
    own = [c for c in moves if c.claim.asset == asset]
    if not own:
        got = "; ".join(f"{c.claim.describe()} [{c.status}]" for c in checked) or "nothing"
        return any_asset, got, {}
    best = next((c for c in own if "stated" in c.data), own[0])
    return True, best.status, dict(best.data)


def grade(s: Sentence, market: Market) -> Grade:
    """Whether the checker finds, places and grades ``s`` and its false variant."""
    asset = s.truth.asset
    named, status, data = _pick(s.text, s.pub, market, asset)
    if not data:
        return Grade(False, named, False, False, status)
    days = pd.Timedelta(days=1)
    start, end = pd.Timestamp(data.get("start")), pd.Timestamp(data.get("end"))
    placed = not (pd.isna(start) or pd.isna(end))
    window = placed and abs(start - s.truth.start) <= days and abs(end - s.truth.end) <= days
    if not placed and "change" in data:  # a session's move is reported without its days
        window = abs(float(data["change"]) - s.truth.change) <= 1e-6 * max(1.0, s.truth.v0)
    _, false_status, _ = _pick(s.false_text, s.pub, market, asset)
    ok = status == "confirmed" and false_status == "contradicted"
    return Grade(True, True, window, ok, f"{status}/{false_status} {data}")


def _amount_fits(fmt: str, subject: str) -> bool:
    kind = SERIES[SUBJECTS[subject][1]][2]
    return fmt in AMOUNTS[kind]


SLOTS: dict[str, Sequence[str]] = {
    "subject": tuple(SUBJECTS),
    "verb": UP + DOWN,
    "amount": tuple(dict.fromkeys(a for v in AMOUNTS.values() for a in v)),
    "level": LEVELS,
    "window": WINDOWS,
    "order": ORDERS,
}
_DEFAULT = {"verb": "", "level": "", "order": "S V A W"}


def sentences(per_value: int, seed: int = 0) -> Iterator[tuple[str, str, Sentence]]:
    """``per_value`` sentences for each value of each slot, the other slots drawn at random
    (the verb and level slots left at their plain form unless it is the one varied)."""
    rng = random.Random(seed)
    for slot, values in SLOTS.items():
        for value in values:
            made, tries = 0, 0
            while made < per_value and tries < 60 * per_value:
                tries += 1
                slots = dict(_DEFAULT)
                slots["subject"] = rng.choice(SLOTS["subject"])
                slots["window"] = rng.choice(WINDOWS)
                kind = SERIES[SUBJECTS[slots["subject"]][1]][2]
                slots["amount"] = rng.choice(AMOUNTS[kind])
                slots[slot] = value
                if slot == "level":
                    slots["order"] = "S V A W, L"
                if not _amount_fits(slots["amount"], slots["subject"]):
                    continue
                pub = pd.Timestamp(rng.choice(PUBLISHED))
                s = compose(slots, pub, rng.randrange(99))
                if s is not None:
                    made += 1
                    yield slot, value, s


def run(market: Market, per_value: int, seed: int = 0) -> list[tuple[str, str, Sentence, Grade]]:
    """Every composed sentence with its grade."""
    return [(k, v, s, grade(s, market)) for k, v, s in sentences(per_value, seed)]


def report(rows: list[tuple[str, str, Sentence, Grade]], worst: int, misses: bool) -> None:
    """Totals, then the worst rows of each slot (by right status), then the misses."""
    total = [g for *_, g in rows]
    n = len(total)
    print(
        f"{n} sentences: found {sum(g.found for g in total)}/{n}, right asset "
        f"{sum(g.asset for g in total)}/{n}, right window {sum(g.window for g in total)}/{n}, "
        f"right status {sum(g.status for g in total)}/{n}"
    )
    table: dict[tuple[str, str], list[Grade]] = defaultdict(list)
    for k, v, _, g in rows:
        table[(k, v)].append(g)
    for slot in SLOTS:
        cells = sorted(
            ((v, gs) for (k, v), gs in table.items() if k == slot),
            key=lambda x: sum(g.status for g in x[1]) / len(x[1]),
        )
        print(f"\n{slot} (worst {worst}):  found / asset / window / status")
        for v, gs in cells[:worst]:
            m = len(gs)
            print(
                f"  {v!r:<40} {sum(g.found for g in gs):3d}/{m} {sum(g.asset for g in gs):3d}/{m}"
                f" {sum(g.window for g in gs):3d}/{m} {sum(g.status for g in gs):3d}/{m}"
            )
    if misses:
        print("\nmisses:")
        for k, v, s, g in rows:
            if not (g.found and g.window and g.status):
                print(f"  [{k}={v}] {s.pub.date()} {s.text} | {s.false_text} -> {g.got[:160]}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--per-value", type=int, default=8)
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    with Store(args.store, read_only=True) as store:
        market = market_from_store(store)
    report(run(market, args.per_value, args.seed), args.worst, args.misses)


if __name__ == "__main__":
    main()
