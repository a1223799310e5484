"""Figures in tables: rows with no verb under a column header ("Asset | Price | 1W | YTD").

:func:`table_claims` finds header rows among an article's sentences, maps each column to
what it holds, and turns every following row whose first cell names an asset into
claims: the current level (``Price``, ``Last``, ``Close``, ``As of 10/17``) and one
move per change column with its window (``1D``, ``Weekly Change``, ``1M``, ``YTD``,
``1Y``). Columns of the past (``2024 Close``, ``Prior Week``) and ranges (``High``,
``Low``, ``4.00%-4.25%``) are read but state no claim. Cells are split on pipes, tabs
or runs of spaces; a header written with single spaces is read phrase by phrase, and
its rows must then hold one figure per column.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Asset | Last | 1W | YTD\\nSilver | 31.20 | -1.5% | +8.0%\\n"
>>> found = table_claims(list(split_sentences(text)))
>>> [(c.kind, c.asset, c.op, c.level, c.pct, c.window) for c in found[1]]
[('level', 'silver', 'at', 31.2, None, None), ('percent', 'silver', 'down', None, 1.5, \
'week'), ('percent', 'silver', 'up', None, 8.0, 'ytd')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from leadwatch.claims.assets import find_assets
from leadwatch.claims.attributes import attribute
from leadwatch.claims.brokenrows import reflow_rows
from leadwatch.claims.closecolumns import CLOSE_COLUMNS, close_claim, dated_meaning
from leadwatch.claims.gluedtables import glued_cells, glued_header
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.tableshapes import label_to_front, span_middle, units_row
from leadwatch.claims.tablewindows import EXTREME_COLUMNS, extreme_claim, resolve_columns
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import YEAR_RE, YIELDS

__all__ = ["column_meanings", "label_meaning", "row_asset", "table_claims"]

# What a window's column may add: "Weekly Change", "YTD Return", "Monthly Gain", "7d %".
_CHG = r"(?: ?(?:change|chg\.?|%|returns?|gain|loss|move|performance))?"
# A calendar week's column is a change only with a change word: "Prior Week" is its close.
_WEEK_CHG = r" ?(?:%|change|chg\.?|returns?|gain|loss|move|performance)"
#: Column phrases, most specific first: (pattern, meaning). A meaning is ``label``,
#: ``level``, ``open`` (the level the window started from: no claim in a table), ``past``,
#: ``skip`` or ``move:WINDOW``.
_COLUMNS: tuple[tuple[str, str], ...] = (
    # Quote-board columns that state no claim: "Volume", "Mkt Cap", "Supply", "Bid".
    (
        r"(?:24[- ]?h(?:rs?)? )?vol(?:ume|\.)?(?: \(24h\))?"
        r"|(?:mkt\.?|market) ?cap(?:\.|italization)?"
        r"|(?:circulating |total |max )?supply|rank|#|bid|ask|spread|open interest|turnover"
        r"|dividend yield|p/e|units?|currency|trend|signal|bias|outlook|notes?|comments?",
        "skip",
    ),
    # "Last Week %", "Week Before %": the calendar weeks of a briefing's review table
    (rf"(?:last|prior|previous|prev\.?) week{_WEEK_CHG}", "move:calweek:last"),
    (
        rf"(?:the )?week before(?: last)?{_WEEK_CHG}|(?:2|two) weeks ago{_WEEK_CHG}",
        "move:calweek:prior",
    ),
    (r"volatility", "spread"),
    (
        r"(?:the )?(?:markets?|index|indices|assets?|instruments?|security|securities|names?"
        r"|tickers?|tokens?|icons?|logos?|commodity|commodities|symbols?|metals?|coins?|cryptos?|pairs?)"
        r"(?:/(?:index|asset|market))?",
        "label",
    ),
    *CLOSE_COLUMNS,  # "2024 Close", "Friday Close": the level at that close
    (
        rf"(?:{YEAR_RE}|year[- ]end|prior|previous|prev\.?|last) (?:close|week|month|year)"
        r"|prev(?:ious|\.)?(?: close| day)?|prior(?: close| day)?|yesterday",
        "past",
    ),
    *EXTREME_COLUMNS,
    (
        r"(?:52[- ]?w(?:ee)?k |day'?s |daily |intraday |weekly |monthly |24[- ]?h(?:rs?)? )?"
        r"(?:high|low)",
        "skip",
    ),
    (
        rf"(?:(?:1|one)[- ]?d(?:ay)?|24[- ]?h(?:rs?|ours?)?|daily|day|DoD|d/d){_CHG}",
        "move:day",
    ),
    (
        rf"(?:(?:1|one)[- ]?w(?:ee)?k?|7[- ]?d(?:ays?)?|weekly|week|WoW|w/w){_CHG}",
        "move:week",
    ),
    (
        rf"(?:(?:1|one)[- ]?m(?:o(?:nth)?)?|30[- ]?d(?:ays?)?|monthly|month|MoM|m/m){_CHG}",
        "move:month",
    ),
    (rf"(?:3|three)[- ]?m(?:o(?:nths?)?)?{_CHG}", "move:months"),
    (rf"(?:ytd|year[- ]to[- ]date){_CHG}", "move:ytd"),
    (rf"(?:(?:1|one)[- ]?y(?:ea)?r?|12[- ]?m(?:onths?)?|yearly|YoY|y/y){_CHG}", "move:year"),
    (r"%? ?(?:change|chg\.?)(?: %)?|%", "move:any"),
    (r"open(?:ing)?(?: price| level| index| value)?", "open"),
    (
        r"as of \S+|(?:current|latest|last|spot) price|price|last"
        r"|(?:(?:mon|tues|wednes|thurs|fri)day'?s? |today'?s? )?clos(?:e|ing)"
        r"(?: index| value)?|level|current|latest|value|spot|today",
        "level",
    ),
)
_COLUMN_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_COLUMNS)) + r")(?!\w)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<num>[-+\u2212\u25b2\u25bc]?\s?\$?\d[\d,]*(?:\.\d+)?)(?P<unit>%|\s?bps?\b)?"
    r"(?P<range>-\$?\d[\d,]*(?:\.\d+)?%?)?(?:\s?/\s?oz\b)?"  # "$3,350/oz", "\u25bc0.2%"
    r"(?P<mag>(?<=\d)[KMBT]\b|\s?(?:bn|mn|tn|billion|million|trillion)\b)?"  # "$1.2T": a cap
)
# A unit in a header cell: "Price (USD)", "Change (%)".
_HEADER_UNIT = re.compile(r"\s*\((?:USD|US\$|\$|%|pts|bps?)\)", re.IGNORECASE)
_RULE = re.compile(r"^[\s|:\-=+]*$")


def column_meanings(header: str) -> list[str] | None:
    """The meaning of each column of a header row, or ``None`` when it is not a header.

    >>> column_meanings("Asset | 2024 Close | Prior Week | As of 3/14 | Weekly Change | YTD Chg")
    ['label', 'close:Y:2024', 'past', 'level', 'move:week', 'move:ytd']
    >>> column_meanings("Gold rose 2% last week") is None
    True
    """
    cells = _SPLIT.split(_HEADER_UNIT.sub("", header).strip().strip("|"))
    if "|" in header and len(cells) > 2 and not cells[0].strip():
        cells[0] = "Asset"  # "| | Price | Change |": the label column left unnamed
    cells = [c for c in cells if c]
    if len(cells) < 3:
        cells = [header.strip()]
    meanings: list[str] = []
    for cell in cells:
        found = _cell_meanings(cell, split=len(cells) > 1)
        if found is None:
            return None  # words that name no column: prose
        meanings += found
    useful = sum(m == "level" or m.startswith(("move:", "close:")) for m in meanings)
    if "|" in header and meanings[0] == "text" and "text" not in meanings[1:]:
        meanings[0] = "label"  # "| General | Today | Previous |": the label column's title
    words = meanings.count("text")
    if words and (meanings[0] != "label" or words > useful):
        return None  # columns of words need a label column and as many of figures
    while meanings[1:2] == ["label"] and meanings[0] == "label":
        del meanings[1]  # "Token Icon Coin": one column named by several words
    return resolve_columns(meanings) if len(meanings) >= 3 and useful >= 1 else None


def label_meaning(label: str) -> str | None:
    """The one meaning a field's label names ("Weekly Loss", "Closing Price"), or ``None``.

    >>> label_meaning("Weekly Loss"), label_meaning("Current Price"), label_meaning("Sentiment")
    ('move:week', 'level', None)
    >>> label_meaning("Volume")  # a board's column that states no claim
    'skip'
    """
    found = _cell_meanings(label, split=False)
    if found is None or len(set(found)) != 1:
        return None
    meaning = resolve_columns(found[:1])[0]
    if meaning.startswith("close:"):  # a field's "Friday Close" is its level, "2024 Close" past
        return "past" if meaning.startswith("close:Y:") else "level"
    return "skip" if meaning.startswith(("high:", "low:")) else meaning


#: A column of words in a split header ("Source", "Notes", "Signal", "Key driver").
_WORDS_COLUMN = re.compile(r"[A-Za-z][A-Za-z&'-]*(?: [A-Za-z][A-Za-z&'-]*){0,2}")


def _cell_meanings(cell: str, *, split: bool) -> list[str] | None:
    """The meanings one header cell names; ``["text"]`` for a short cell of words that
    names none in a split header; ``None`` when it is prose."""
    pos, found = 0, list[str]()
    for m in _COLUMN_RE.finditer(cell):
        if cell[pos : m.start()].strip(" /:-\u00b7\u2022"):
            found = []
            break
        found.append(dated_meaning(_COLUMNS[int((m.lastgroup or "c0")[1:])][1], m.group(0)))
        pos = m.end()
    if found and not cell[pos:].strip(" /:-\u00b7\u2022"):
        return found[:1] if split and len(set(found)) == 1 else found  # "Last price": one
    return ["text"] if split and _WORDS_COLUMN.fullmatch(cell.strip()) else None


def table_claims(sentences: Sequence[Sentence]) -> dict[int, list[Claim]]:
    """Claims of every table row under a header, by sentence index (module doc)."""
    out: dict[int, list[Claim]] = {}
    columns: list[str] | None = None
    glued = last = False
    units: list[str] = []
    for sent, text in reflow_rows(_lines(sentences)):
        found = units_row(text) if columns is not None else None
        if found is not None and len(found) == len(columns or ()):
            units = found  # "| | USD | % | % |": read before it can pass for a header
            continue
        header = column_meanings(text)
        stuck = header is None and (header := glued_header(text, _COLUMNS)) is not None
        header = None if header is None else resolve_columns(header)
        if header is not None:
            last = header[-1] == "label" and header[0] != "label"  # "| Price | 1D | Asset |"
            columns = header[1:] if header[0] == "label" else header[:-1] if last else header
            glued, units = stuck, [""] * len(columns)
            continue
        if columns is None or _RULE.match(text):
            continue
        text = label_to_front(text) if last else text
        row = (
            _glued_row(text, sent.index, columns)
            if glued
            else _row(text, sent.index, columns, units)
        )
        if row is None:
            columns = None  # the table ended
            continue
        if row:
            out[sent.index] = row
    return out


def _lines(sentences: Sequence[Sentence]) -> list[tuple[Sentence, str]]:
    """Each sentence with its text, a line cut by the splitter joined back to its first
    piece: a piped row ("| Prev. | High |": the abbreviation's dot read as a full stop) or
    a glued one ("Index2024 ClosePrior Week": read as headings run in)."""
    out: list[tuple[Sentence, str]] = []
    joined, end = False, -1
    for sent in sentences:
        text = sent.text.strip()
        if out and (sent.start == end or (joined and sent.start - end <= 2)):
            first, before = out[-1]
            out[-1] = (first, before + text if sent.start == end else f"{before} {text}")
            end = sent.end
            joined = out[-1][1].startswith("|") and not text.endswith("|")
            continue
        out.append((sent, text))
        end = sent.end
        joined = text.startswith("|") and not text.endswith("|") and text.count("|") >= 2
    return out


#: Columns whose cells must hold a figure (others may hold "$1.2T", "n/a" or words).
_STATING = frozenset({"level", "move:day", "move:week", "move:month", "move:months"})
_STATING |= {"move:ytd", "move:year", "move:calweek:last", "move:calweek:prior"}

#: A cell that states no figure: "Unch", "--", "n/a".
_EMPTY = re.compile(r"(?:unch(?:anged)?\.?|-+|\u2014|n/?a|flat)", re.IGNORECASE)


def _piped(text: str, index: int, columns: list[str], units: list[str]) -> list[Claim] | None:
    """The claims of a row whose cells are split by pipes ("10-year yield | 4.12% | Unch |
    -- |": a cell may state nothing); ``None`` when it is not a row of this table."""
    sep = "|" if "|" in text else "\t"
    cells = [c.strip() for c in text.strip().strip("|").split(sep)]
    if len(cells) != len(columns) + 1 or not re.search(r"[A-Za-z]", cells[0]):
        return None
    figures = []
    for meaning, cell in zip(columns, cells[1:], strict=True):
        fig = _FIGURE.fullmatch(cell)
        if fig is None and meaning in _STATING and not _EMPTY.fullmatch(cell):
            return []  # "30 (Fear)": a row of the table that states nothing here
        figures.append(fig)
    asset = row_asset(cells[0])
    if asset is None:
        return []
    claims: list[Claim] = []
    for meaning, fig, unit in zip(columns, figures, units, strict=True):
        claims += [] if fig is None else _cell(fig, meaning, asset, index, unit)
    return claims


_FOOTNOTE = re.compile(
    r"(?<=[A-Za-z)])\s?(?:\d|[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070-\u2079]+)$"
)


def row_asset(label: str) -> str | None:
    """The asset a row's first cell names ("fed. funds": an abbreviation); ``None`` when it
    names none or a quantity of it ("Gold/Silver Ratio", "Bitcoin dominance")."""
    label = re.sub(r"\.\s*", " ", label.strip(" |"))
    named = [m for m in find_assets(label) if m.asset not in GROUPS]
    if not named:  # "VIX2", "Bitcoin\u00b9", "Gold*": a footnote mark on the name
        label = _FOOTNOTE.sub("", label)
        named = [m for m in find_assets(label) if m.asset not in GROUPS]
    if not named or attribute(label, named[0]):
        return None
    return named[0].asset


def _row(text: str, index: int, columns: list[str], units: list[str]) -> list[Claim] | None:
    """The claims of one row; ``None`` when it is not a row of this table."""
    if text.count("|") >= len(columns) or text.count("\t") == len(columns):
        return _piped(text, index, columns, units)
    tail = len(columns) - len(columns[: _last_figure_column(columns) + 1])
    columns = columns[: len(columns) - tail]  # "| Trend |" last: words after the figures
    units = units[: len(columns)]
    figures = list(_FIGURE.finditer(text))[-len(columns) :] if columns else []
    if len(figures) != len(columns) or not figures:
        return None
    first, rest = text[: figures[0].start()], text[figures[-1].end() :].strip(" |")
    if not re.search(r"[A-Za-z]", first) or (rest and (not tail or re.search(r"\d", rest))):
        return None
    for a, b in pairwise(figures):
        if text[a.end() : b.start()].strip(" |\t/\u00b7\u2022~\u2248"):  # "~": a hedge
            return None  # words between figures: prose ("$64,210 / +1.2%": a board's bars)
    asset = row_asset(first)
    if asset is None:
        return []
    claims: list[Claim] = []
    for meaning, fig, unit in zip(columns, figures, units, strict=True):
        claims += _cell(fig, meaning, asset, index, unit)
    return claims


def _last_figure_column(columns: list[str]) -> int:
    """The index of the last column that is no ``skip`` one (a "Trend" or "Notes" column)."""
    return max((i for i, m in enumerate(columns) if m != "skip"), default=-1)


def _glued_row(text: str, index: int, columns: list[str]) -> list[Claim] | None:
    """The claims of a row whose cells were glued (:mod:`leadwatch.claims.gluedtables`)."""
    found = glued_cells(text, columns)
    if found is None:
        return None
    figures = [_FIGURE.fullmatch(cell) for cell in found[1]]
    asset = row_asset(found[0])
    if asset is None:
        return []
    return [
        c for m, f in zip(columns, figures, strict=True) if f for c in _cell(f, m, asset, index)
    ]


def _value(raw: str) -> float:
    raw = raw.replace("\u2212", "-").replace("\u25bc", "-").replace("\u25b2", "")
    return float(re.sub(r"[$,%\s]", "", raw))


def _cell(
    fig: re.Match[str], meaning: str, asset: str, index: int, default: str = ""
) -> list[Claim]:
    """The claims of one cell; ``default`` is the unit of its column ("%": a units row)."""
    if meaning.startswith("signed:") and fig.group("num").lstrip()[:1] in "+-\u2212\u25b2\u25bc":
        meaning = f"move:{meaning[7:]}"  # a signed "Volatility": the change over the window
    if meaning.startswith(("high:", "low:")) and not fig.group("range") and not fig.group("mag"):
        value = _value(fig.group("num"))
        return [extreme_claim(meaning, asset, index, fig.group(0).strip(), value)] if value else []
    if meaning.startswith("close:") and not (fig.group("range") or fig.group("mag")):
        found = close_claim(meaning, asset, index, fig.group(0).strip(), _value(fig.group("num")))
        bp = (fig.group("unit") or default).strip().lower().startswith("bp")
        return [] if found is None or bp else [found]
    if meaning not in _STATING or fig.group("mag"):
        return []
    value = _value(fig.group("num"))
    unit = (fig.group("unit") or "").strip().lower() or default
    words = fig.group(0).strip()
    if meaning == "level" and fig.group("range"):  # a target range "4.00%-4.25%"
        top = _value(fig.group("range")[1:])
        if not 0 < value < top:
            return []
        return [
            Claim(index, "level", asset, words, "above", level=value),
            Claim(index, "level", asset, words, "below", level=top),
        ]
    if fig.group("range"):  # a change stated as a span, "~+18-20%": its middle
        middle = span_middle(fig.group("num"), fig.group("range"))
        if middle is None or not meaning.startswith("move:"):
            return []
        value, unit = middle, "%"
    if meaning == "level" and unit != "bp" and value > 0:
        return [Claim(index, "level", asset, words, "at", level=value)]
    if meaning.startswith("move:") and value != 0 and unit:
        quals: tuple[str, ...] = ("bp",) if unit.startswith("bp") else ()
        window = meaning[5:]
        if asset in YIELDS and unit == "%":  # a yield's "+0.09%": points, or a share of it
            if window != "day":
                return []  # a share of the rate over a span: no reading grades it
            value, quals = value * 100.0, ("bp", "or_rel")
        op = "down" if value < 0 else "up"
        return [
            Claim(
                index,
                "percent",
                asset,
                words,
                op,
                pct=abs(value),
                window=None if window == "day" else window,
                qualifiers=quals,
            )
        ]
    return []
