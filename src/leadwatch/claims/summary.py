"""Which sentence of an article states a claim: a glued heading states none, and a claim the
headline, a summary bullet or the opening sentence repeats is the body's (pure).

Examples
--------
>>> is_heading("Why Bitcoin Has Not Rallied Alongside Silver")
True
>>> is_heading("Bitcoin has not rallied alongside silver.")
False

A line in capitals with no figure ("METALS KEEP SETTING RECORDS. WHY NOW?") is a page's
heading too, whatever its punctuation: its claims, if any, are the body's.

>>> is_heading("METALS KEEP SETTING RECORDS. WHY NOW?")
True
>>> is_heading("GOLD TOPS $3,000.")
False
"""

from __future__ import annotations

import re

from leadwatch.claims.model import Claim
from leadwatch.claims.tables import table_claims
from leadwatch.claims.text import Sentence

__all__ = ["drop_headline_repeats", "is_heading", "is_quote_line", "summary_rank"]


_SMALL = ("and", "of", "the", "to", "in", "is")
# Small words of a title-cased heading ("Metals Shine as Crypto Stalls Into the Summer").
# A level, then its signed change: "$96,200 (-1.1%)", "5,880.10 +0.3%", "4.25% +3bp".
_QUOTE_ROW = re.compile(
    r"\d%?\s+\(?[+\-\u2212\u25b2\u25bc]\s?\d[\d.,]*\s?(?:%|bps?\b|pts?\b)?\)?"
    r"(?:\s*\(\s*[+\-\u2212]?\d[\d.,]*\s?%\s*\))?\s*$"  # "+12.30 (0.47%)"
)
_TITLE_SMALL = (*_SMALL, "a", "an", "as", "at", "for", "on", "with", "from", "by", "vs", "or")


# A quote line of items, a name and its figure each: "Bitcoin $104,000 | Ether $2,510",
# or a table row with its figure in a cell of its own ("Silver | 29.85 |").
_ITEM_ROW = re.compile(
    r"(?:^|[|;\u2022])\s*[A-Z][\w&/.-]*(?: [\w&/.-]+){0,3}\s+(?:\|\s*)?"
    r"(?:US)?\$?\d[\d,]*(?:\.\d+)?%?\s*(?:$|[|;\u2022(])"
)
# A record reached in a title-cased headline: "Notch New Highs", "Hits Record", "Falls to
# 3-Year Low" (not "Nears Record High", nor a section title "From Record Highs to ...").
_RECORD_TITLE = re.compile(
    r"\b(?:hits?|sets?|notch(?:es)?|reach(?:es)?|touch(?:es)?|posts?|logs?|achieves?|marks?|at"
    r"|(?:climbs?|rises?|jumps?|surges?|soars?|falls?|drops?|slides?|sinks?|tumbles?|plunges?) to)"
    r"\s+(?:(?:a|an|fresh|new|another|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|straight"
    r"|consecutive|successive)\s+)*"
    r"(?:record|all[- ]time(?= high| low)|(?:high|low|peak)s?\b|[\w-]+[- ](?:year|month|week)"
    r"\s+(?:high|low)s?)",
    re.IGNORECASE,
)


# A price or a percentage in a title-cased line: a headline that states something.
_PRICED = re.compile(r"(?:US|USD ?|[$\u20ac\u00a3])\s?\d|\d(?:[.,]\d+)*\s?%")


def is_heading(s: str) -> bool:
    """A heading glued into the text ("Why Bitcoin Has Not Rallied Alongside Silver"), or
    a title-cased heading with no figure ("Metals Shine as Crypto Stalls Into the Summer"), or the
    header row of a table ("| Metal | Price | Record High |": cells with no figure)."""
    words = s.split()
    if s.count("|") >= 2 and not re.search(r"\d", s):
        return True
    if len(words) >= 3 and s.upper() == s and s.lower() != s and not re.search(r"\d", s):
        return True  # "METALS KEEP SETTING RECORDS.": a heading in capitals
    if _LISTED_TITLE.match(s) and _title_cased(_LISTED_TITLE.sub("", s, count=1).split()):
        return True  # "May 3, 2025Gold Outlook: Metal Holds Near $3,000": a listed page's title
    if re.search(r"[.!?\u3002\uff01\uff1f:;\"\u201d]$", s) or len(words) > 10:
        return False
    if re.search(r"(?::|\s[\u2013\u2014-])\s*[(+\-\u2212]*(?:USD|US)?\$?\s?\d", s):
        return False  # a snapshot line "Gold: $2,650 (+0.4%)": a name and its figures
    if _QUOTE_ROW.search(s):
        return False  # a ticker line "BTC $96,200 (-1.1%)": a level and its signed change
    if _ITEM_ROW.search(s):
        return False  # "Bitcoin $104,000 | Ether $2,510", "VIX 16.9": names and their quotes
    if _RECORD_TITLE.search(s):
        return False  # "Platinum & Palladium Hit New Highs Before Fed Minutes": a record told
    if _PRICED.search(s) and ":" not in s:  # "Gold: Through $4,100" titles a section
        return False  # "Gold Smashes Record, Tops $3,000", "Ether Jumps 8%": a headline's claim
    small = _TITLE_SMALL if not re.search(r"\d", s) else _SMALL
    return _title_cased(words, small)


#: A date glued to the title that follows it, as a page lists other articles: "March 4,
#: 2025Silver Slips ...", "12 June 2024Bitcoin ..." (a body glued so is prose, not title-cased).
_LISTED_TITLE = re.compile(
    r"^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})(?=[A-Z])"
)


def _title_cased(words: list[str], small: tuple[str, ...] = _TITLE_SMALL) -> bool:
    """Whether every word is capitalised, a figure or one of the ``small`` words, and the
    words close with no full stop (a title, not a sentence)."""
    if not words or re.search(r"[.!?]$", words[-1]):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w in small for w in words)


def drop_headline_repeats(sentences: tuple[Sentence, ...], claims: list[Claim]) -> list[Claim]:
    """A headline's claim that the body states again (same asset and kind) is the body's:
    the headline is a summary, the body has the figures and the day; so is a highlight
    line's (:func:`_highlight`), and a section title's that other lines state with the same
    figure (:func:`_section_title`). Likewise a claim the opening sentence or a quote line
    (:func:`is_quote_line`) states again (same figure) is reported once, where the body
    proper states it; a summary bullet's is kept beside the body's ("Key Points" are read
    as claims of their own; dating counts the two once)."""
    heads = {s.index for s in sentences[1:] if not s.boilerplate and _highlight(s.text)}
    heads |= _title_lines(sentences)
    heads -= (tabled := set(table_claims(sentences)))  # a table's row is no title: its own figures
    body = {_told(c) for c in claims if c.sentence not in heads}
    moved = {_moved(c) for c in claims if c.sentence not in heads and c.kind in _MOVES}
    claims = [
        c
        for c in claims
        if c.sentence not in heads or not (_restates(c, body) or _bare_move(c) in moved)
    ]
    titles = {s.index for s in sentences[1:] if not s.boilerplate and _section_title(s.text)}
    titles -= tabled
    told = {_figure(c, dated=False) for c in claims if c.sentence not in titles | heads}
    claims = [c for c in claims if c.sentence not in titles or _figure(c, dated=False) not in told]
    rank = summary_rank(sentences)
    texts = {x.index: x.text for x in sentences}

    def same(c: Claim) -> tuple[object, ...]:  # a record told as a repeat is one of its own
        again = c.kind == "record" and bool(_AGAIN.search(texts.get(c.sentence, "")))
        return (*_same(c), again)

    iffy = {x.index for x in sentences if _CONDITIONAL.search(x.text)}

    def weight(c: Claim) -> float:  # a copy in a conditional ("could head to") is no restatement
        told = rank.get(c.sentence, 3)
        return 0.5 if c.sentence in iffy else 3 if told == 1 else told  # a bullet: its own

    best: dict[tuple[object, ...], float] = {}
    for c in claims:
        key = same(c)
        best[key] = max(best.get(key, 0), weight(c))
    claims = [c for c in claims if weight(c) >= best[same(c)]]
    claims = _restated_records(sentences, claims)
    # a quote line names no day of its own: a figure it shares with the prose is the prose's
    prose = {_figure(c) for c in claims if rank.get(c.sentence, 3) > 0}
    return [
        c
        for c in claims
        if rank.get(c.sentence, 3) > 0 or _figure(c) not in prose or c.when is not None
    ]


#: A record's figure right after its words: "a record high of $2,915", "a record at 2,480".
_RECORD_FIGURE = re.compile(r"\s*(?:of|at)\s+(?:about |around |nearly )?(?:US)?\$?\s?\d")


def _restated_records(sentences: tuple[Sentence, ...], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the bare all-time records ("gold surged to new record highs", "close
    to the record it set a day earlier") that a later sentence tells again with the
    record's figure ("it set a record high of $2,915"): that one is the claim to grade.
    A bare record of another named day than the later one's is a record of its own."""
    texts = {x.index: x.text for x in sentences}

    def figured(c: Claim) -> bool:
        s = texts.get(c.sentence, "")
        at = s.find(c.words)
        return at >= 0 and bool(_RECORD_FIGURE.match(s, at + len(c.words)))

    told = [c for c in claims if c.kind == "record" and c.window is None and figured(c)]

    def restated(c: Claim) -> bool:
        if c.kind != "record" or c.window is not None or c.level is not None or figured(c):
            return False  # a first crossing ("tops $100k for the first time") is its own
        if _first_crossing(c) or "first_ever" in c.qualifiers:
            return False
        return any(
            t.asset == c.asset
            and t.op == c.op
            and t.sentence > c.sentence
            and (c.when is None or c.when[0] == "yesterday" or c.when == t.when)
            and (c.when is not None or t.when is None or t.when[0] != "month")
            for t in told  # (a later record of a month named is a past one)
        )

    return [c for c in claims if not restated(c)]


def _figure(c: Claim, *, dated: bool = True) -> tuple[object, ...]:
    """A stated figure and what it is of (a day's move and a move with no window alike;
    with ``dated`` false, a level of a printed day and one of no day alike too: a section
    title's "Holds Above $X" sums up the prose's "on May 3 it held above $X"); claims with
    no figure (a record, a bare move) are never the same by this."""
    if c.level is None and c.pct is None:
        return (id(c),)
    window = None if c.window == "day" else c.window
    if not dated and c.kind == "level" and (window or "").startswith("on:"):
        window = None
    return (c.asset, c.kind, c.op, c.level, c.pct, window)


_FIRST = re.compile(r"(?:first time|never)\b", re.IGNORECASE)


def _first_crossing(c: Claim) -> bool:
    """Whether ``c`` is a record told as a first crossing ("for the first time", "never").

    Parameters
    ----------
    c
        A claim.

    Returns
    -------
    bool
        ``True`` for a record claim whose words open with "first time" or "never".
    """
    return c.kind == "record" and _FIRST.match(c.words) is not None


def _told(c: Claim) -> tuple[object, ...]:
    """What a headline claim must share with a body claim to be its summary: asset and kind,
    and for a record whether it is a first crossing ("crosses $100k for the first time" is
    not the body's "all-time high of $103,587"); a body's metal priced in a local currency
    (``gold_inr``: "up 47% on the MCX") tells the headline's "Gold up 47%" too."""
    asset = re.sub(r"^(gold|silver)_[a-z]{3}$", r"\1", c.asset or "")
    spans = ("last:", "since:")
    valued = c.kind == "record" and c.level is not None and (c.window or "").startswith(spans)
    span = c.window if valued else None  # "its 52-week high of 101.3": that record's value
    ranked = c.op if c.kind == "record" and ":" in (c.op or "") else None  # "worst:YTD"
    return (asset, c.kind, (_first_crossing(c), ranked), span)


_MOVES = ("move", "percent")


def _moved(c: Claim) -> tuple[object, ...]:
    """A move's asset, direction and day."""
    return (c.asset, c.op, c.when)


def _bare_move(head: Claim) -> tuple[object, ...] | None:
    """A headline's move with no figure ("the dollar rose on Thursday"): the body's move
    of that asset, way and day, with its figure ("closed up 0.25%"), tells it again."""
    bare = head.kind == "move" and head.pct is None and head.level is None
    return _moved(head) if bare else None


def _restates(head: Claim, body: set[tuple[object, ...]]) -> bool:
    """Whether ``body`` (:func:`_told` keys) tells headline claim ``head`` again: a claim
    like it, or a record's value of the same span ("Dollar Presses 13-Month High" is not
    told again by "the 52-week high of 101.34", but is by "a 13-month high of 101.3")."""
    told = _told(head)
    return any(key in body for key in (told, (*told[:3], None), (*told[:3], head.window)))


def _same(c: Claim) -> tuple[object, ...]:
    """What makes two claims one: asset, kind, direction, figure, window and day ("Silver's
    all-time high reflects ..." does not restate "a fresh all-time high today"); a price
    crossed for the first time is not the record close another sentence reports ("past $100
    for the first time" and "settled at a record high")."""
    return (c.asset, c.kind, c.op, c.level, c.pct, c.window, c.when, _first_crossing(c))


#: A sentence that tells a price as a possibility: "If the slide goes on, ether could revisit
#: its March low at $1,800", "Should support fail, gold may head toward the May low".
_CONDITIONAL = re.compile(
    r"^\W*(?:if|should|unless|once|in case)\b[^,;]{3,90},"
    r"|\b(?:could|might|may|would)\s+(?:then\s+|well\s+)?(?:move|head|fall|drop|slide|slip|sink"
    r"|rise|climb|test|retest|revisit|reach|extend|return|open the door)\b",
    re.IGNORECASE,
)
# A record told as one more of a run: "a further record high", "for a third time this month".
_AGAIN = re.compile(
    r"\b(?:another|again|once more|(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time)\b", re.I
)


def summary_rank(sentences: tuple[Sentence, ...]) -> dict[int, int]:
    """How much of a summary each sentence is: 0 a quote line (a table row "| Gold |
    2,650 |" or "Gold (XAU): $2,650 (+0.4%)", a figure with no sentence around it), 1 a
    bullet, 2 the opening sentence of the body, 3 (absent) the body proper. A claim the
    prose states and a quote line repeats is the prose's: the line is a recap of it. A row
    under a table's header ("Asset | Value | YTD") is no recap: the table is the page's
    own record of its figures, as the body is."""
    body = [s for s in sentences if not s.boilerplate and not is_heading(s.text)]
    start = (
        1 if sentences and body and body[0].index == 0 and _is_title(body[0].text, sentences) else 0
    )
    rank = {s.index: 1 for s in body if _BULLET.match(s.text)}
    tabled = table_claims(sentences)  # a row under a table's header states its own figures
    rank |= {
        s.index: 0
        for s in sentences
        if not s.boilerplate and is_quote_line(s.text) and s.index not in tabled
    }
    lede = next((s for s in body[start:] if s.index not in rank), None)
    if lede is not None:
        rank[lede.index] = 2
    return rank


_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf*]|-\s)")


def _highlight(s: str) -> bool:
    """A highlight line under a title, its bullet lost in the copy ("Gold, silver ease from
    record highs"): a few words with no figure and no closing punctuation; the body tells
    it in full."""
    if re.search(r"\d", s):
        return False  # a figure of its own ("ETH Down 14% in 24 Hours"): a claim to grade
    return len(s.split()) <= 12 and not re.search(r"[.!?:;,\"\u201d)\]]$", s.strip())


def _section_title(s: str) -> bool:
    """A section's title in the body, with a figure ("Gold Nears $3,700, Silver Breaks
    Higher"): a few title-cased words, no closing punctuation; the prose under it tells it."""
    words = s.split()
    if len(words) > 12 or re.search(r"[.!?:;\"\u201d)\]]$", s.strip()) or not re.search(r"\d", s):
        return False
    if _QUOTE_ROW.search(s) or _ITEM_ROW.search(s) or is_quote_line(s):
        return False  # a ticker line: its figures are quotes, not a title
    small = (*_TITLE_SMALL, "above", "below", "near", "past", "over", "under", "after")
    return all(w[:1].isupper() or not w[:1].isalpha() or w in small for w in words)


# "S&P 500 (^GSPC): 5,802.82 (-0.7%)", "- Gold: $2,650/oz": a name, a colon, its figures.
_QUOTE = re.compile(
    r"^\s*(?:[\u2022\u25aa\u25cf*]\s*|-\s)?[^:.!?]{1,60}:\s*[(+\-\u2212~]*(?:USD|US)?\$?\s?\d"
)


# A card's line of figures under its name: "4.57%", "7,446", "+10 bp WoW \u00b7 +39 bp YTD".
# A list's number ("2. Gold Holds Above $X", "3) Outlook") is no figure.
_FIGURES_ONLY = re.compile(
    r"^\s*(?!\d{1,2}[.)]\s+[A-Z])[(+\-\u2212~\u25b2\u25bc\u2191\u2193]*\s?(?:US)?\$?\s?\d"
)


def is_quote_line(s: str) -> bool:
    """A line of quotes, no sentence: a table row with figures ("| Gold | 2,650 | +1.2% |")
    or a name with its figures ("Gold (GC=F): $3,361.69/oz (+2.05%)"), a few words, no
    closing full stop.

    >>> is_quote_line("Gold (XAU): $2,650 (+0.4%)"), is_quote_line("| Silver | 31.2 | -1% |")
    (True, True)
    >>> is_quote_line("+0.2% daily \u00b7 WoW -0.7%"), is_quote_line("4.57%")
    (True, True)
    >>> is_quote_line("Gold rose 0.4% to $2,650: buyers returned.")
    False
    """
    if s.count("|") >= 2:
        return bool(re.search(r"\d", s))
    words = s.split()
    quote = _QUOTE.match(s) or _FIGURES_ONLY.match(s)  # or a card's line: "+0.2% daily \u00b7 WoW"
    return len(words) <= 12 and not s.rstrip().endswith(".") and bool(quote)


def _title_lines(sentences: tuple[Sentence, ...]) -> set[int]:
    """The title lines above the body: the first line when it is a title, and one after
    page furniture ("Back to briefings", a date, "4 min read") until the first sentence of
    prose (eight words or more, closing punctuation). A board of quote lines ("S&P: 5,210"
    over "VIX: 14.2", two or more in a row) above the prose is no title: its figures are
    the board's own; a lone quote line under the title may still sum the body up."""
    out = set()
    quotes = [is_quote_line(s.text) for s in sentences]
    board = {
        s.index
        for i, s in enumerate(sentences)
        if quotes[i] and ((i > 0 and quotes[i - 1]) or (i + 1 < len(quotes) and quotes[i + 1]))
    }
    for s in sentences:
        if s.index in board or _BULLET.match(s.text):
            continue  # a key point under the title is a summary line, no title (summary_rank)
        if not s.boilerplate and _is_title(s.text, sentences):
            out.add(s.index)
        elif len(s.text.split()) >= 8 and re.search(r"[.!?\u3002]\W?$", s.text.strip()):
            break
    return out


def _is_title(first: str, sentences: tuple[Sentence, ...]) -> bool:
    """The first line is a title: no closing punctuation (or a question after a colon or a
    dash: "Gold at $4,000, silver at $50: what next?"), a few words, more text after. The
    page's own first line may run longer: a headline and its deck pasted as one line."""
    line = first.strip()
    asks = bool(re.search(r"(?::|\s[-\u2013\u2014|]) [^:]+\?$", line))
    top = first == sentences[0].text and "|" not in line and "\n" not in line
    return (
        len(sentences) > 1
        and (asks or not re.search(r"[.!?\u3002]$", line))
        and len(first.split()) <= (_DECKED if top else _TITLE_WORDS)
    )


#: The words of a title line; of the page's first line, a headline with its deck.
_TITLE_WORDS, _DECKED = 25, 45
