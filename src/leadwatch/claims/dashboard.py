"""Figures printed the dashboard way, with no verb (pure).

Newsletters, market wraps and data blogs print a quote as a name and numbers:

quotes in parentheses and ticker lines
    "the S&P 500 (5,880.10, +0.3% Monday)", "Gold ($3,012.40, +0.6%)", "the VIX (21.30)",
    "BTC $96,200 (-1.1%)", "S&P 500 5,880.10 +0.3%": the first number in a parenthesis
    right after the asset, or right after it and before a signed change, is its level
    (:func:`paren_quotes`); the signed change after it is read as a move elsewhere.
changes of a rate
    "10-year yield: 4.25% (+0.06)", "real yields eased to 1.95 (-0.06)", "(+0.44%)" after a
    yield's level: the signed figure after a rate's level is the rate's change in
    percentage points (a move of the yield, not a percentage move; :func:`rate_changes`).
    Printed with "%" it may also be the relative change some data vendors show: the
    checker accepts that reading when the points do not fit (qualifier ``or_rel``).
rates without a percent sign
    "the fed funds rate is 4.33", "breakeven inflation ticked up to 2.41": a number with
    decimals after a level word or copula, right after a rate series, is its level when it
    is plausible for a rate (0-20; :func:`bare_rates`). The claims carry ``bare``: the
    checker drops those that are implausible for the series.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Meanwhile the S&P 500 (5,880.10, +0.3% on Monday) held near its highs."
>>> [(c.asset, c.level) for c in paren_quotes(s, 0, find_assets(s), [])]
[('spx', 5880.1)]
>>> s = "The 10-year yield closed at 4.38% (+0.05) on Friday."
>>> [(c.asset, c.op, c.pct, c.qualifiers) for c in rate_changes(s, 0, find_assets(s))]
[('yield_10y', 'up', 5.0, ('bp',))]
>>> s = "The fed funds rate is 4.33 and the 10-year yield rose to 4.5."
>>> [(c.asset, c.level) for c in bare_rates(s, 0, find_assets(s), [])]
[('fed_funds', 4.33), ('yield_10y', 4.5)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.celllevels import cell_quotes
from leadwatch.claims.clauses import hypothetical
from leadwatch.claims.dayof import day_of
from leadwatch.claims.model import GROUPS, Claim, last_before, stated_levels
from leadwatch.claims.targetrange import target_ranges
from leadwatch.claims.text import find_when, find_when_at
from leadwatch.claims.vocabulary import (
    NO_DOLLAR,
    PRICE_BARE_RE,
    PRICE_NUM_RE,
    RATE_NUM_RE,
    YIELDS,
)

__all__ = [
    "bare_rates",
    "colon_quotes",
    "dashboard_claims",
    "item_quotes",
    "paren_quotes",
    "rate_changes",
    "rate_spans",
]

_CODE = r"\([A-Z^][A-Za-z/=^.-]{1,9}\)"  # a ticker in parentheses: "(XAU/USD)", "(GC=F)"
# A printed price: its dollar sign if any ("$", "US$"), then its number.
_PRICE = rf"(?P<cur>(?:US)?\$\s?)?(?P<num>{PRICE_NUM_RE})"
# The sign of a change: plus, minus (a hyphen or U+2212), a triangle up or down.
_SIGN = r"[+\-\u2212\u25b2\u25bc]"
# The asset, then (maybe) its code in parentheses, then a parenthesis that opens with a number.
_PAREN_QUOTE = re.compile(
    rf"(?:['\u2019]s)?(?: (?:index|futures|prices?|yield|spot))?\s*(?:{_CODE}\s*)?"
    rf"\(\s*(?:[A-Z]{{2,6}}[,:]?\s*)?{_PRICE}\s?(?P<pct>%)?"
    r"\s*(?:[,;]\s*(?P<rest>[^()]{1,40})|\s(?P<at>(?:at|as of|on) [^()]{1,30}))?\)"
)
# A ticker line: the asset, its level, then its signed change ("BTC $96,200 (-1.1%)").
_ROW_QUOTE = re.compile(
    rf"(?:\s*{_CODE})?:?\s+{_PRICE}\s?(?P<pct>%)?"  # the level
    rf"(?P<rest>\s+\(?{_SIGN}\s?\d)"  # its signed change
)
# A feed code's row, then the name the feed gives it, then the level and its signed change
# ("^TNX 10-Year 4.118% +0.81%", "^VIX CBOE Volatility 16.2 -4%"): each name word holds a letter.
_NAMED_ROW = re.compile(
    r"(?:\s+(?=[\w&.'-]*[A-Za-z])[A-Z0-9][\w&.'-]*){1,4}?"
    + _ROW_QUOTE.pattern.removeprefix(rf"(?:\s*{_CODE})?:?")
)
#: A feed code as the row's name: "^TNX", "GC=F", "BTC-USD", "GC1!".
_FEED_CODE = re.compile(r"^\^|=F$|1!$|-USD$|USDT?$")
# A snapshot line with a bare price after a colon: "BTC/USD: 96,200", "Spot gold: 2,650.40",
# maybe followed by its percent change after a slash or a sign ("ETH: 2,510 / -0.4%").
_COLON_BARE = re.compile(
    rf"(?:/[A-Z]{{3}})?(?:\s*{_CODE})?\s*:\s*(?P<num>{PRICE_BARE_RE})"
    r"(?=\s*(?:$|[|;,(]|per |an? (?:ounce|oz|coin))"
    rf"|\s*/\s*{_SIGN}?\s?\d[\d.,]*\s?%|\s+{_SIGN}\s?\d[\d.,]*\s?%)"  # "BTC: 60,100 / +2.1%"
)
_CHANGE = re.compile(rf"^{_SIGN}|%|\b(?:today|\w+day|session|pts?|points?)\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")

# A rate's level, then its signed change in parentheses ("4.38% (+0.05)", "2.19 (-0.04)"),
# or with a unit of points after it ("4.25% +3bp"; not "4.25% - 4.50%", a range).
_RATE_CHANGE = re.compile(
    rf"(?P<level>{RATE_NUM_RE})\s?(?:%|per ?cent)?(?:\s*(?P<paren>\(\s*)|\s+)"
    r"(?P<sign>[+\-\u2212])\s?(?P<num>\d+(?:\.\d+)?)\s?"
    r"(?P<unit>%|pp|percentage points?|bps?|basis points?)?"
    r"(?(paren)\s*[,)]|(?:(?<=[a-z])|(?<=\d)(?=\s*$|\s*[|;]))(?![\w.]))",
    re.IGNORECASE,
)

# Between a rate series and its bare level: a code, a noun, an adverb, a verb, an operator.
_RATE_GAP = re.compile(
    r"(?:\s*\([^()]{1,24}\))?(?:\s+(?:funds?|rates?|yield|index|inflation|expectations?))*"
    r"(?:\s*,?\s+(?:now|currently|still|today|on \w+day|this (?:morning|week)))*"
    r"(?:\s+(?:\w+ed|rose|fell|sank|hit|held|sat|stood|stands|sits|is|was|are|were|remains)"
    r"(?: (?:up|down|higher|lower|back|slightly|sharply|further))?)?"
    r"(?:\s+(?:by\s+)?(?:about |nearly |some )?\d+(?:\.\d+)?\s?(?:bps?|basis points?|%"
    r"|percentage points?)(?: (?:higher|lower))?,?)?"  # "fell 5 basis points to 4.21"
    # "rose 2% to end at 4.54", "ended the week at 4.42": the session's end at the level
    r"(?:\s+to (?:end|close|finish|settle))?(?:\s+the (?:day|session|week))?"
    r"\s*(?P<op>:|\bis|\bwas|\bremains|\bstands|\bsits|\bat|\bto|\bnear|\baround|\bof)"
    r"(?: (?:about|around|roughly|nearly|just|some|approximately))?"
    r"\s+(?P<num>\d{1,2}\.\d{1,3})(?![\d,.]*\d)(?!\s?(?:%|per ?cent|bps?|basis|points?|pts|x\b|"
    r"times|years?|months?|weeks?|days?|hours?|sessions?|trillion|billion|million|bn|[mbk]\b))",
    re.IGNORECASE,
)
_FED_AS_RATE = re.compile(r"\bfunds?\b|\brate\b", re.IGNORECASE)


def _quoted_after(
    s: str,
    mentions: list[AssetMention],
    keep: Callable[[str], bool],
    *patterns: re.Pattern[str],
) -> Iterator[tuple[AssetMention, re.Match[str]]]:
    """Each mention of the sentence (none carried) whose asset ``keep`` accepts, with the
    first of ``patterns`` that matches right after it (a quote printed after the name)."""
    for x in mentions:
        if x.words == "(carried)" or not keep(x.asset):
            continue
        m = next((m for p in patterns if (m := p.match(s, x.end)) is not None), None)
        if m is not None:
            yield x, m


def paren_quotes(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Level claims for a quote in parentheses right after the asset (module doc)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    patterns = (_PAREN_QUOTE, _ROW_QUOTE, _NAMED_ROW)
    for x, m in _quoted_after(s, mentions, lambda a: a not in GROUPS, *patterns):
        if m.re is _NAMED_ROW and (
            not _FEED_CODE.search(x.words)
            or any(x.end <= y.start < m.start("num") for y in mentions)
        ):
            continue  # "Gold Miners 41.20 +2%": another thing; "GC=F Gold 4,101": the name's
        raw, rest = m.group("num"), m.group("rest")
        if m.groupdict().get("at"):  # "(5,880.10 at Friday's close)": a quote of that time
            rest = "today"
        if rest is not None and not _CHANGE.search(rest.strip(" (")):
            continue  # "(2,400, a level last seen in May)": not a quote
        value = float(raw.replace(",", ""))
        bare = m.group("cur") is None
        if x.asset in YIELDS:
            if (m.group("pct") is None and "." not in raw) or m.group("cur"):
                continue
            bare = m.group("pct") is None
        elif m.group("pct") is not None or (bare and rest is None and x.asset not in NO_DOLLAR):
            continue  # "(+2%)" is read as a move; "Gold (2,650)" with no "$" is no quote
        if _YEAR.match(raw) or (x.asset, value) in stated:
            continue  # "Gold (2025)": a year
        quals = ("bare",) if bare and x.asset not in NO_DOLLAR else ()
        at = m.groupdict().get("at")
        when = (find_when(at) if at else None) or find_when_at(s, m.start())
        out.append(
            Claim(index, "level", x.asset, m.group(0).strip(), "at", value, when=when,
                  qualifiers=quals)
        )  # fmt: skip
    return out


def _rate_before(s: str, pos: int, mentions: list[AssetMention]) -> AssetMention | None:
    """The rate series named last before ``pos`` with no other figure or clause between."""
    rate = last_before(mentions, pos, groups=False)
    if rate is None or rate.asset not in YIELDS:
        return None
    gap = s[rate.end : pos]
    return None if re.search(r"[;]|\d\s?%|\d\)|\b(?:and|while|but)\b", gap) else rate


def rate_spans(s: str, mentions: list[AssetMention]) -> list[tuple[int, int]]:
    """Where the changes in points printed after a rate's level stand, the levels quoted in
    parentheses or ticker lines ("the 10-year yield (4.35%, +3 bp)") and the Fed's target
    range ("to 4.75-5.00%": :mod:`.targetrange`): no moves."""
    quoted = [_PAREN_QUOTE.match(s, x.end) or _ROW_QUOTE.match(s, x.end) for x in mentions]
    levels = [(m.start("num"), m.end("num") + 1) for m in quoted if m is not None]
    bands = target_ranges(s, 0, mentions, None)[1]
    return levels + bands + [(m.start("sign"), m.end()) for m in _changes(s, mentions)]


def _changes(s: str, mentions: list[AssetMention]) -> list[re.Match[str]]:
    return [m for m in _RATE_CHANGE.finditer(s) if _rate_before(s, m.start(), mentions)]


def rate_changes(s: str, index: int, mentions: list[AssetMention]) -> list[Claim]:
    """Moves in basis points for the signed changes printed after a rate's level."""
    out: list[Claim] = []
    for m in _changes(s, mentions):
        rate = _rate_before(s, m.start(), mentions)
        assert rate is not None
        unit = (m.group("unit") or "").lower()
        whole = not unit and "." not in m.group("num")  # "4.24% +6" in a table: basis points
        size = float(m.group("num")) * (1.0 if unit.startswith("b") or whole else 100.0)
        op = "up" if m.group("sign") == "+" else "down"
        at, window = day_of(s, m.start("sign"), None)
        words = s[m.start("sign") - 1 : m.end()].strip(" ,")
        quals = ("bp", "or_rel") if unit == "%" else ("bp",)  # "(+0.44%)": points, or a share
        out.append(
            Claim(index, "percent", rate.asset, words, op, pct=size, when=at, window=window,
                  qualifiers=quals)
        )  # fmt: skip
    return out


def bare_rates(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Levels of rate series written without a percent sign (module doc)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    for x, m in _quoted_after(s, mentions, lambda a: a in YIELDS, _RATE_GAP):
        if x.asset == "fed_funds" and not _FED_AS_RATE.search(x.words + m[0]):
            continue  # "the Fed ... at 2.30": a clock time or a meeting, not the funds rate
        value = float(m.group("num"))
        if not 0 < value < 20 or (x.asset, value) in stated or hypothetical(s, x.end, m.end()):
            continue
        op = {"near": "near", "around": "near"}.get(m.group("op").lower(), "at")
        when = find_when_at(s, m.start("num"))
        out.append(
            Claim(index, "level", x.asset, s[m.start("op") : m.end()], op, value, when=when,
                  qualifiers=("bare",))
        )  # fmt: skip
    return out


def colon_quotes(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Levels of dollar-quoted assets written bare after a colon ("Spot gold: 2,650.40");
    qualifier ``bare`` (the checker drops those implausible for the asset)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    quoted = (*GROUPS, *NO_DOLLAR, *YIELDS)
    for x, m in _quoted_after(s, mentions, lambda a: a not in quoted, _COLON_BARE):
        value = float(m.group("num").replace(",", ""))
        if (x.asset, value) not in stated:
            words = m.group(0).strip(" :")
            out.append(Claim(index, "level", x.asset, words, "at", value, qualifiers=("bare",)))
    return out


# A snapshot item: the name, then its figure alone before the item's end ("VIX 16.9;",
# "10-year yield 4.38% |", "Gold $3,350 (+0.4%)", "Ether $2,510 |").
_ITEM_START = re.compile(r"(?:^|[;|\u2022\u00b7:,\u2014\u2013])\s*(?:the\s+)?$", re.IGNORECASE)
# A tile's next column: a window code ("1M", "YTD") or an indicator's name ("RSI", "MA").
_NEXT_COLUMN = r"\s(?:\d{1,2}[DWMY]|YTD|MTD|QTD|WTD|[A-Z]{2,5})\b"
_ITEM_QUOTE = re.compile(
    rf"(?:\s*{_CODE})?\s+{_PRICE}(?!,\d)(?P<k>[kK](?![A-Za-z]))?\s?(?P<pct>%)?"
    rf"(?=\s*(?:$|[|;,\u2022\u00b7]|\.(?:\s|$)|\(|{_SIGN}\s?\d)|{_NEXT_COLUMN})"
)


def item_quotes(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Levels printed as snapshot items with no verb or colon ("DXY 98.40; VIX 16.9",
    "10-year yield 4.38%", "Bitcoin $104,000 | Ether $2,510"): an item opens the sentence or
    follows a separator; rates need "%", points no "$", dollar prices a "$" (or thousands
    written like a price: qualifier ``bare``)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    for x, m in _quoted_after(s, mentions, lambda a: a not in GROUPS, _ITEM_QUOTE):
        if not _ITEM_START.search(s[: x.start]):
            continue
        raw, cur, pct = m.group("num"), m.group("cur"), m.group("pct")
        value = float(raw.replace(",", "")) * (1000 if m.group("k") and cur else 1)
        if x.asset in YIELDS:
            ok = pct is not None and cur is None
        elif x.asset in NO_DOLLAR:
            ok = pct is None and cur is None
        else:
            ok = pct is None and (cur is not None or re.fullmatch(PRICE_BARE_RE, raw) is not None)
        if not ok or _YEAR.match(raw) or (x.asset, value) in stated:
            continue
        quals = ("bare",) if cur is None and x.asset not in NO_DOLLAR | YIELDS else ()
        words = s[x.start : m.end()].strip()
        out.append(Claim(index, "level", x.asset, words, "at", value, qualifiers=quals))
    return out


def dashboard_claims(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """All the verbless figures of ``s`` (``claims``: those found so far)."""
    found = paren_quotes(s, index, mentions, claims)
    found += colon_quotes(s, index, mentions, [*claims, *found])
    found += item_quotes(s, index, mentions, [*claims, *found])
    found += cell_quotes(s, index, mentions, [*claims, *found])  # "Gold | 2,911 |"
    found += bare_rates(s, index, mentions, [*claims, *found])
    return found + rate_changes(s, index, mentions)
