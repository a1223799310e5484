"""Labelled fields under an asset heading, the way recap cards and data-feed pages print them.

A field is a line ``Label (date): value``: "Closing Price (May 16): $3,190/oz", "- 24h
Change: -1.2%", "Weekly Loss: -0.9 points", "YTD Return: +8.0%". Its label names what the
value is, with the column words of a table (:func:`leadwatch.claims.tables.label_meaning`):
a level (``Price``, ``Last``, ``Close``, a day's extreme: ``Daily high``, ``24h low``; an
``Opening Price`` only with its date; the value may be hedged: "Approximately $2,566"), or a
move over a window (``24h Change``, ``Weekly Gain``, ``Monthly Loss``, ``YTD Return``).
The asset is the one named by the heading of the fields' block ("Gold", "Bitcoin (BTC)",
"Silver price today": a short line naming one asset; a field whose label names one, "Gold
price: $3,350", read elsewhere, heads the fields after it); any other line ends the block.
A block under no heading takes the asset of the line after it when that line is a chart's
caption naming one asset ("Weekly price change chart for Gold") or prose opening with one
("Gold posted a strong week."), unless the line before the block also opens with an asset
(then the prose may be the next block's, or this one's, and the block stays unread).
A move in dollars or points is a ``move`` claim in the asset's unit (qualifier ``usd``), in
basis points a rate's move (``bp``); a loss written with no sign is a fall. Labels that
name no price ("Volume", "Open interest") state nothing.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Gold\\nClosing Price (May 16): $3,190/oz\\nWeekly Loss: -$20/oz\\n"
>>> found = field_claims(list(split_sentences(text)))
>>> [(c.kind, c.asset, c.op, c.level or c.pct, c.window, c.when) for v in found.values() for c in v]
[('level', 'gold', 'at', 3190.0, None, ('date', (5, 16))), ('move', 'gold', 'down', 20.0, \
'week', None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import find_assets
from leadwatch.claims.blocks import dated_extreme, within_block
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.tables import label_meaning
from leadwatch.claims.text import Sentence, find_when
from leadwatch.claims.vocabulary import ABOUT_RE, NO_DOLLAR, YIELDS

__all__ = ["field_claims", "heading", "level_claim"]

_FIELD = re.compile(
    r"^\s*(?:[-*\u2022\u00b7]\s*)?(?P<label>[A-Za-z0-9][\w &'/%.-]{0,40}?)"
    r"\s*(?:\((?P<at>[^()]{1,30})\))?\s*:\s*"
    rf"(?:{ABOUT_RE}\s*)?"  # "Daily high: Approximately $106,704"
    r"(?P<sign>[+\-\u2212])?\s?(?P<cur>(?:US)?\$)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"\s?(?P<unit>%|bps?\b|basis points?\b|points?\b|pts\b)?"
    r"(?:\s?(?:/\s?oz|/\s?ounce|per (?:troy )?(?:ounce|oz)|an ounce))?"
    r"\s*(?:\([^()]{0,80}\))?\s*\.?\s*$",
    re.IGNORECASE,
)
_FALL = re.compile(r"\b(?:loss|decline|drop|fall)\b", re.IGNORECASE)
# A field whose value is told in words ("Price: Currently trading near $2,480").
_PROSE_FIELD = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?P<label>[A-Z][\w &'/-]{0,24}):\s+\S")
# A day's extreme: a price the asset reached that day ("Daily high", "24h low"), no window's.
_DAY_EXTREME = re.compile(
    r"^(?:daily|day['\u2019]?s|today['\u2019]?s|24[- ]?h(?:our)?|intraday|session) (?:high|low)$",
    re.IGNORECASE,
)


def field_claims(sentences: Sequence[Sentence]) -> dict[int, list[Claim]]:
    """Claims of every labelled field, by sentence index (module doc)."""
    out: dict[int, list[Claim]] = {}
    asset: str | None = None
    unheaded: list[tuple[re.Match[str], int]] = []  # fields under no heading, and their lines
    opened = 0  # where the unheaded block starts
    for at, sent in enumerate(sentences):
        m = _FIELD.match(sent.text)
        prose = _PROSE_FIELD.match(sent.text) if m is None else None
        if prose is not None and not find_assets(prose.group("label")):
            continue  # "Price: Currently trading near $2,480 ...": a field in words, same block
        if m is None and asset is not None and within_block(sent.text, asset):
            continue  # "Snapshot", "- Key levels:", "2.1 Weekly view": same block
        if m is None or find_assets(m.group("label")):  # "Gold price: $3,350" heads too
            before = sentences[opened - 1] if opened else None  # the line over the block
            if unheaded and (before is None or _opening_asset(before) is None):  # none before
                _told_after(unheaded, sentences[at : at + 3], out)  # "... chart for Gold"
            asset, unheaded = heading(sent.text if m is None else m.group("label")), []
            continue
        claim = None if asset is None else _claim(m, asset, sent.index)
        opened = at if asset is None and not unheaded else opened
        unheaded += [(m, sent.index)] if asset is None else []
        if claim is not None:
            out[sent.index] = [claim]
    return out


#: A line right after an unheaded block that names its asset: a chart's caption ("Weekly
#: price change chart for Gold") or the prose about it, opening with the asset ("Gold
#: posted a strong week", "The US Dollar Index declined").
_CAPTION = re.compile(r"\b(?:chart|graph|table|figure)\b.{0,30}\b(?:for|of)\s+\S", re.I)


def _told_after(
    fields: list[tuple[re.Match[str], int]], after: Sequence[Sentence], out: dict[int, list[Claim]]
) -> None:
    """Give the unheaded ``fields`` the asset the first line of words after them names
    (module doc)."""
    for sent in after:
        if not re.search(r"[A-Za-z]{3}", sent.text):
            continue  # an image's markup ("![]() |"): the caption may follow
        named = {x.asset for x in find_assets(sent.text) if x.asset not in GROUPS}
        told = named.pop() if _CAPTION.search(sent.text) and len(named) == 1 else None
        told = told or _opening_asset(sent)
        if told is None:
            return  # the first line of words after the block decides
        for m, index in fields:
            claim = _claim(m, told, index)
            if claim is not None:
                out[claim.sentence] = [claim]
        return


def _opening_asset(sent: Sentence) -> str | None:
    """The asset a sentence of prose opens with ("Gold posted a strong week.", "The US
    Dollar Index declined ..."), else ``None``."""
    named = [x for x in find_assets(sent.text) if x.asset not in GROUPS]
    opens = named and re.fullmatch(r"\W*(?:The\s+)?", sent.text[: named[0].start])
    return named[0].asset if opens and sent.text.rstrip().endswith(".") else None


def heading(line: str) -> str | None:
    """The one asset a heading names ("Gold", "Bitcoin (BTC)", "Silver price today"); a
    sentence of prose heads no fields ("Gold posted a strong week." may describe the fields
    before it), nor a line naming several assets or quoting a figure."""
    named = {x.asset for x in find_assets(line) if x.asset not in GROUPS}
    short = len(line.split()) <= 8 and not re.search(r"[.!?]\s*$|[$%]", line)
    return named.pop() if short and len(named) == 1 else None


def _claim(m: re.Match[str], asset: str, index: int) -> Claim | None:
    """The claim of one field of ``asset``, or ``None`` when it states no price."""
    meaning = label_meaning(m.group("label").strip())
    unit = (m.group("unit") or "").lower()
    value = float(m.group("num").replace(",", ""))
    words = m.group(0).strip()
    when = find_when(m.group("at")) if m.group("at") else None
    day_extreme = _DAY_EXTREME.match(m.group("label").strip()) is not None
    dated = dated_extreme(m.group("label"))
    if dated is not None:  # "May 6 high: $82,792": that day's extreme
        when, day_extreme = when or dated, True
    if meaning == "level" or (meaning == "open" and when is not None) or day_extreme:
        return level_claim(m, asset, index, value, when)
    if meaning is None or not meaning.startswith("move:") or value == 0:
        return None
    window = None if meaning == "move:day" else meaning[5:]
    down = m.group("sign") in ("-", "\u2212") or (
        m.group("sign") is None and _FALL.search(m.group("label"))
    )
    op = "down" if down else "up"
    if unit == "%":
        return Claim(index, "percent", asset, words, op, pct=value, window=window, when=when)
    if unit.startswith("b") and asset in YIELDS:
        return Claim(index, "percent", asset, words, op, pct=value, window=window,
                     when=when, qualifiers=("bp",))  # fmt: skip
    if m.group("cur") or (unit.startswith(("point", "pt")) and asset in NO_DOLLAR):
        return Claim(index, "move", asset, words, op, pct=value, window=window or "day",
                     when=when, qualifiers=("usd",))  # fmt: skip
    return None


def level_claim(
    m: re.Match[str], asset: str, index: int, value: float, when: tuple[str, object] | None
) -> Claim | None:
    """A level field: a rate needs "%", a points index no "$", a dollar price a "$" or
    thousands written like a price (qualifier ``bare``)."""
    unit, cur = (m.group("unit") or "").lower(), m.group("cur")
    if m.group("sign") or unit not in ("", "%") or (unit == "%") != (asset in YIELDS):
        return None
    if cur is not None and asset in NO_DOLLAR | YIELDS:
        return None
    quals = ("bare",) if cur is None and asset not in NO_DOLLAR | YIELDS else ()
    words = m.group(0).strip()
    return Claim(index, "level", asset, words, "at", value, when=when, qualifiers=quals)
