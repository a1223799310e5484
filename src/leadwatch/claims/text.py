"""Article text: sentences, boilerplate, asset mentions and time expressions (pure, rule-based).

Every rule is a regular expression listed here, so what the extractor saw can be
read off this module. Text is never evaluated or rendered: it is only matched.

Examples
--------
>>> [s.text for s in split_sentences("Silver hit $101 today. BTC lags.\\nComments\\nnice")]
['Silver hit $101 today.', 'BTC lags.', 'Comments', 'nice']
>>> [s.boilerplate for s in split_sentences("Silver hit $101 today.\\nComments\\nnice")]
[False, True, True]
>>> [m.asset for m in find_assets("XAG broke out; the metal led Bitcoin and the US dollar fell")]
['silver', 'silver', 'btc', 'dxy']
>>> find_when("Silver rose on Friday"), find_when("accelerating in January 2026")
(('weekday', 4), ('month', (2026, 1)))
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "ASSET_NAMES",
    "AssetMention",
    "KnownAssets",
    "Sentence",
    "find_assets",
    "find_when",
    "full_date",
    "split_sentences",
]

#: Display names of the assets the extractor knows (ids are catalog series ids).
ASSET_NAMES: dict[str, str] = {
    "silver": "silver",
    "gold": "gold",
    "btc": "Bitcoin",
    "dxy": "the US dollar (DXY)",
    "real_yield_10y": "real yields (10-year TIPS)",
    "fed_funds": "the Fed (fed funds rate)",
    "metals": "precious metals",
}

# Order matters: earlier patterns win on overlapping spans ("digital gold" is Bitcoin).
_ASSET_PATTERNS: tuple[tuple[str, str], ...] = (
    ("btc", r"digital gold|\bbitcoin\b|\bBTC(?:USD)?\b|\bXBT\b"),
    ("silver", r"\bsilver\b|\bXAG(?:USD)?\b|\bthe (?:white|grey|gray) metal\b"),
    ("gold", r"\bgold\b|\bXAU(?:USD)?\b|\bbullion\b|\bthe yellow metal\b"),
    ("metals", r"\bprecious metals\b|\bmetals\b"),
    ("dxy", r"\bDXY\b|\bdollar index\b|\bgreenback\b|\b(?:the )?(?:US |U\.S\. )?dollar\b(?!-)"),
    ("real_yield_10y", r"\breal (?:yields?|interest rates?|rates)\b"),
    ("fed_funds", r"\bthe Fed\b|\bFederal Reserve\b|\bFOMC\b|\bfed funds\b"),
    ("metal", r"\bthe metal\b"),
)
_ASSET_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _ASSET_PATTERNS), re.IGNORECASE)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_WHEN_RE = re.compile(
    r"\b(?P<today>today|this morning|this afternoon|tonight)\b"
    r"|\b(?P<yesterday>yesterday)\b"
    rf"|\bon (?P<weekday>{'|'.join(w.capitalize() for w in _WEEKDAYS)})\b"
    rf"|\b(?:in|since the start of|since|during|of) (?P<month>{_MONTH_RE})(?: (?P<year>\d{{4}}))?\b"
    r"|\b(?:beginning|start) of (?P<ystart>\d{4})\b",
)
_FULL_DATE_RE = re.compile(
    r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
    rf"|\b(?P<m1>{_MONTH_RE})\.? (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?, (?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>[0-3]?\d) (?P<m2>{_MONTH_RE}) (?P<y2>(?:19|20)\d\d)\b"
)

# A line that starts the page furniture after the article: everything after it is boilerplate.
_BOILERPLATE_START = re.compile(
    r"^\s*(?:comments?|view original|reply\d*|share|repost|reward|disclaimer\b.*"
    r"|this page may contain .*|[A-Z]{2,6}\s?[+-]?\d+(?:[.,]\d+)?%)\s*$",
    re.IGNORECASE,
)
# Sentence ends: terminator (Latin or CJK) then space; or a heading glued to the next sentence
# ("Why Silver Is SurgingSilver's rally": a lower-case run directly followed by a capitalised word).
_SPLIT_RE = re.compile(
    r"(?<=[.!?\u3002\uff01\uff1f])[\"'\u201d\u2019)\]]*\s+"
    r"|(?<=[a-z]{3})(?=[A-Z][a-z]+[\u2019'\s])"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article: its text, character span and whether it is page furniture."""

    index: int
    text: str
    start: int
    end: int
    boilerplate: bool


@dataclass(frozen=True, slots=True)
class AssetMention:
    """An asset named in a sentence (``metal`` is resolved by :func:`find_assets`)."""

    asset: str
    start: int
    end: int
    words: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their spans in ``text``; lines after a boilerplate marker are flagged."""
    out: list[Sentence] = []
    offset = 0
    tail = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and _BOILERPLATE_START.match(body):
            tail = True
        pos = 0
        pieces = [*_SPLIT_RE.finditer(body), None]
        for match in pieces:
            stop = len(body) if match is None else match.start()
            chunk = body[pos:stop]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                start = offset + pos + lead
                out.append(Sentence(len(out), chunk, start, start + len(chunk), tail))
            if match is not None:
                pos = match.end()
        offset += len(line)
    return out


def find_assets(sentence: str, previous_metal: str = "silver") -> list[AssetMention]:
    """Asset mentions in order; "the metal" becomes the last metal named (before or in it).

    Besides the assets above, the user's own series (``leadwatch series add``) are
    found by their id and their name, looked up in :mod:`leadwatch.catalog` at
    run time.
    """
    found: list[AssetMention] = []
    metal = previous_metal
    for m in _ASSET_RE.finditer(sentence):
        kind = m.lastgroup or ""
        if kind == "metal":
            kind = metal
        elif kind in ("silver", "gold"):
            metal = kind
        found.append(AssetMention(kind, m.start(), m.end(), m.group(0)))
    taken = [(m.start, m.end) for m in found]
    for series_id, pattern in _user_patterns().items():
        for m in pattern.finditer(sentence):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(AssetMention(series_id, m.start(), m.end(), m.group(0)))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda m: m.start)


class KnownAssets:
    """Asset ids with a price: the built-in ones given, plus every user series at run time."""

    def __init__(self, *builtin: str) -> None:
        self.builtin = builtin

    def __contains__(self, asset: object) -> bool:
        return asset in self.builtin or asset in _user_patterns()

    def __iter__(self) -> Iterator[str]:
        return iter((*self.builtin, *_user_patterns()))


def _user_patterns() -> dict[str, re.Pattern[str]]:
    """Word patterns of the user's series: the id (``_`` as a space) and the name before
    any parenthesis or comma (``Copper futures (COMEX)`` -> ``copper futures``)."""
    from leadwatch.catalog import user_series

    patterns: dict[str, re.Pattern[str]] = {}
    for series_id, spec in user_series().items():
        words = {series_id.replace("_", " "), re.split(r"[(,]", spec.name)[0].strip()}
        alternatives = sorted((w for w in words if len(w) >= 3), key=len, reverse=True)
        if alternatives:
            joined = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
            patterns[series_id] = re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)
    return patterns


def find_when(sentence: str) -> tuple[str, object] | None:
    """The first time expression: ``today``, ``yesterday``, ``weekday`` (0 = Monday),
    ``month`` ((year or 0, month)) or ``year_start`` (year)."""
    m = _WHEN_RE.search(sentence)
    if m is None:
        return None
    if m.group("today"):
        return ("today", 0)
    if m.group("yesterday"):
        return ("yesterday", 1)
    if m.group("weekday"):
        return ("weekday", _WEEKDAYS.index(m.group("weekday").lower()))
    if m.group("month"):
        year = int(m.group("year")) if m.group("year") else 0
        return ("month", (year, _MONTHS.index(m.group("month").lower()) + 1))
    return ("year_start", int(m.group("ystart")))


def full_date(text: str) -> tuple[str, str] | None:
    """The first full calendar date written in ``text``: ``(iso, words)``, or ``None``."""
    m = _FULL_DATE_RE.search(text)
    if m is None:
        return None
    if m.group("iso"):
        return m.group("iso"), m.group(0)
    month = m.group("m1") or m.group("m2")
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y1") or m.group("y2"))
    number = _MONTHS.index(month.lower()) + 1
    return f"{year:04d}-{number:02d}-{day:02d}", m.group(0)
