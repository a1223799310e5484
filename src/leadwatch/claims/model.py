"""The claim model: what the extractor returns (:class:`Claim`, :class:`Extraction`)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import NO_DOLLAR, YIELDS

__all__ = [
    "GROUPS",
    "Claim",
    "Extraction",
    "closed_clauses",
    "last_before",
    "nearest_before",
    "stated_levels",
]

#: Mentions that name no single series.
GROUPS = ("metals", "metal")


@dataclass(frozen=True, slots=True)
class Claim:
    """One market claim: the sentence it came from, what it says, and how to check it.

    Attributes
    ----------
    sentence
        Index of its sentence in :attr:`Extraction.sentences`.
    kind
        ``level``, ``record``, ``move``, ``comparison``, ``percent``, ``narrative``,
        ``figure`` or ``expectation``.
    asset, other
        Catalog ids of the asset and (comparisons) the asset it is set against.
    op
        ``at``/``near``/``above``/``below``/``break`` (levels), ``high``/``low``
        (records), ``up``/``down`` (moves, percentages), ``outperforms``/``lags``.
    level, pct
        The price level (USD) or percentage stated.
    when
        The time expression of the sentence (:func:`leadwatch.claims.text.find_when`).
    window
        ``months`` (about 3 months), ``year`` or ``None`` (the default window).
    words
        The words that matched.
    theses
        Built-in theses a narrative claim maps to.
    qualifiers
        How a move's figure is stated (``more``, ``less``, ``extreme``, ``bp``:
        :func:`leadwatch.claims.clauses.qualifiers`).
    """

    sentence: int
    kind: str
    asset: str | None
    words: str
    op: str | None = None
    level: float | None = None
    pct: float | None = None
    other: str | None = None
    when: tuple[str, Any] | None = None
    window: str | None = None
    accelerating: bool = False
    theses: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()

    def describe(self) -> str:
        """The claim in a few words."""
        a = self.asset or "-"
        if self.kind == "level":
            op = (self.op or "").replace(":", " ")  # "first:above": a first crossing
            if not self.level:
                return f"{a} {op}"
            if a in NO_DOLLAR or a in YIELDS:
                unit = "%" if a in YIELDS else ""
                return f"{a} {op} {self.level:,.4g}{unit}"
            return f"{a} {op} ${self.level:,.0f}"
        if self.kind == "record" and (self.op or "").startswith("count:"):  # record closes
            kind, _, rest = (self.window or "").partition(":")
            side = (self.op or "")[6:]
            if kind == "run":
                return f"{a} {rest} record {side} closes in a row"
            if kind == "longest":
                return f"{a} longest run of record {side} closes {rest.replace(':', ' ')}"
            year, _, n = rest.partition(":")
            return f"{a} {n} record {side} closes in {year or 'the year'}"
        if self.kind == "record" and (self.op or "").startswith(("worst:", "best:")):
            side, period = (self.op or "").split(":")
            w = self.window or ""
            span = (
                f"in {' '.join(w.split(':')[1:])}s"
                if w.startswith("last:")
                else w.replace(":", " ")
            )
            what = "streak (its length)" if "streak" in self.qualifiers else "move"
            words = f"{period[1:]}-session" if period[0] == "D" else period  # "D2"
            if period[0] == "M" and period[1:].isdigit():  # "M9": of Septembers
                words = calendar.month_name[int(period[1:])]
            return f"{a} {side} {_PERIOD_WORDS.get(period, words)} {what} {span}"
        if self.kind == "record" and self.level is not None and self.window == "ever":
            return f"{a} record {self.op} was about {_num(self.level)}"
        if self.kind == "record" and self.level is not None and (self.window or "")[:5] == "peak:":
            return f"{a} peaked {(self.window or '')[5:]} {_num(self.level)}"
        if self.kind == "record" and self.window and self.window.startswith("last:"):
            _, n, unit = self.window.split(":")
            value = f" {self.level:,.4g}" if self.level is not None else ""
            return f"{a} {n}-{unit} {self.op}{value}"
        if self.kind == "record" and self.level is not None and (self.window or "")[:4] == "ext:":
            _, side, when = (self.window or "").split(":", 2)
            if "first_ever" in self.qualifiers:  # "in early 2026, first past $5,000"
                return f"{a} first {'below' if self.op == 'low' else 'above'} {_num(self.level)}"
            return f"{a} {when.replace(':', ' ')} {side} about {_num(self.level)}"
        if self.kind == "record" and (self.window or "").startswith("past:within:"):
            _, _, n, unit = (self.window or "").split(":")  # "less than two weeks ago"
            return f"{a} at a record {self.op} within the {n} {unit}s before"
        if self.kind == "record" and self.window == "past:lately":  # "eased from records"
            return f"{a} at a record {self.op} in the week before"
        if self.kind == "record" and (self.window or "").startswith("past:"):
            return f"{a} at a record {self.op} the {(self.window or '')[5:]} before"
        if self.kind == "record" and self.window == "ever" and "near" in self.qualifiers:
            return f"{a} near a record {self.op}"
        if self.kind == "record" and self.window and self.window != "past":
            return f"{a} {self.op}est {self.window.replace(':', ' ')}"
        if self.kind == "record":
            return f"{a} at a record {self.op}"
        if self.kind in ("move", "percent"):
            unit = " bp" if "bp" in self.qualifiers else "%"
            bound = {"more": " more than", "less": " less than"}
            size = next((v for k, v in bound.items() if k in self.qualifiers), "")
            pct = f"{size} {self.pct:g}{unit}" if self.pct is not None else ""
            if "or_rel" in self.qualifiers and self.pct is not None:  # as told: "1.1%"
                pct = f"{size} {self.pct / 100:g}%"
            pct = "" if self.op == "flat" else pct
            if "usd" in self.qualifiers and self.pct is not None:
                pts = "points" in self.qualifiers
                pct = f"{size} {self.pct:,.2f} points" if pts else f"{size} ${self.pct:,.2f}"
            extreme = " at the session's extreme" if "extreme" in self.qualifiers else ""
            return f"{a} {self.op}{pct}{extreme}"
        if self.kind == "comparison" and (self.window or "").startswith("ref:"):
            size = "" if self.pct is None else "slightly " if self.pct < 0 else f"{self.pct:g}% "
            ref = (self.window or "")[4:]
            return f"{a} {size}{self.op} its " + (
                "record high" if ref == "peak" else f"{ref} level"
            )
        if self.kind == "comparison" and (self.op or "").startswith("ratio:"):
            op = (self.op or "")[6:].replace("at", "")
            return f"{a}/{self.other or '?'} ratio {op} {self.level or 0:g}".replace("  ", " ")
        if self.kind == "comparison":
            return f"{a} {self.op} {self.other or '?'}"
        if self.kind == "narrative":
            return "story: " + (", ".join(self.theses) or "no built-in thesis")
        return f"{self.kind}: {self.words}"


def _num(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:,.4g}"


_PERIOD_WORDS = {"D": "session", "W": "week", "M": "month", "Q": "quarter", "Y": "year"} | {
    "YTD": "year-to-date"
}


@dataclass(frozen=True, slots=True)
class Extraction:
    """The article's sentences, the claims found in them, and the periods it names.

    ``periods`` lists ``(sentence, when)`` for every month or "beginning of YEAR"
    the body names; they bound the article's date.
    """

    text: str
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...] = field(default=())
    periods: tuple[tuple[int, tuple[str, Any]], ...] = field(default=())


def stated_levels(claims: Iterable[Claim]) -> set[tuple[str | None, float | None]]:
    """The ``(asset, level)`` pairs that the level and record ``claims`` state: a reader of
    another way of printing a level skips a figure already read.

    >>> stated_levels([Claim(0, "level", "gold", "$3,000", "at", 3000.0)])
    {('gold', 3000.0)}
    """
    return {(c.asset, c.level) for c in claims if c.kind in ("level", "record")}


def last_before(
    mentions: Sequence[AssetMention], pos: int, *, groups: bool = True, carried: bool = True
) -> AssetMention | None:
    """The mention named last that ends at or before ``pos`` (the asset before a figure);
    ``groups=False`` passes over the groups ("metals"), ``carried=False`` the assets carried
    from an earlier sentence."""
    before = [
        m
        for m in mentions
        if m.end <= pos
        and (groups or m.asset not in GROUPS)
        and (carried or m.words != "(carried)")
    ]
    return before[-1] if before else None


def nearest_before(
    mentions: Sequence[AssetMention], pos: int, text: str | None = None
) -> str | None:
    """The asset (no group) of the mention named last that starts before ``pos``; given
    the sentence ``text``, passing over one named as the currency a move is measured
    against ("The euro has climbed 9% against the dollar since touching its 20-year
    low": the low is the euro's) or one inside a relative clause closed before ``pos``.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold rose 2% against the dollar to a record."
    >>> nearest_before(find_assets(s), s.index("record")), nearest_before(find_assets(s), 30, s)
    ('dxy', 'gold')
    """
    named = [m for m in mentions if m.start < pos and m.asset not in GROUPS]
    if text is not None:
        own = [m for m in named if not _COUNTER.search(text[max(0, m.start - 30) : m.start])]
        shut = closed_clauses(text[:pos])
        own = [m for m in own if not any(a <= m.start < b for a, b in shut)]
        named = own or named
    return named[-1].asset if named else None


_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;]*,")
_RELATIVE_OR_PARTICIPLE = re.compile(r",\s*(?:which|who|[a-z]+ing)\b[^,;]*,")


def closed_clauses(text: str, participles: bool = True) -> list[tuple[int, int]]:
    """Spans of the clauses of ``text`` set off by two commas: relative ones ("Gold, which
    rose after the Fed's cut, hit a record") and, with ``participles``, participle ones
    ("Gold, gaining on a weak dollar, hit a record"). What they name is named in passing.

    >>> s = "Gold, gaining on a weak dollar, hit a record."
    >>> [s[a:b] for a, b in closed_clauses(s)], closed_clauses(s, participles=False)
    ([', gaining on a weak dollar,'], [])
    """
    pattern = _RELATIVE_OR_PARTICIPLE if participles else _RELATIVE
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


#: A currency a move is measured against: "the yen surged 11% against the dollar".
_COUNTER = re.compile(
    r"\b(?:against|versus|vs\.?|relative to)\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?$", re.IGNORECASE
)
