"""Numbers in a sentence: price and index levels, yields, and percentage moves (pure).

Levels are ``<op> $X`` (``US$4,000``, ``$90k``; ``$2.2 trillion`` is a size, not a price),
``<op> 103.84`` for unit-less series ("the key 98.00 level") and ``<op> 4.27%`` for yields. A
percentage is a move of the asset named nearest before it in its clause, in the direction of
the nearest move word, over the window stated next to it (:mod:`leadwatch.claims.windows`);
"gold and silver gained 72% and 209% respectively" gives each asset its own number in order.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold and silver are up 25% and 40% respectively this year."
>>> [(a, op, pct, w) for a, op, pct, w, *_ in percents(s, find_assets(s), None)]
[('gold', 'up', 25.0, 'ytd'), ('silver', 'up', 40.0, 'ytd')]
>>> s = "The dollar index slipped to 98.71 and the 10-year yield rose to 4.107%."
>>> [(a, op, x) for a, op, x, _, _ in levels(s, find_assets(s))]
[('dxy', 'at', 98.71), ('yield_10y', 'at', 4.107)]
"""

from __future__ import annotations

import re

from leadwatch.claims.asidefigures import aside_figure
from leadwatch.claims.assets import AssetMention
from leadwatch.claims.attributes import asked, attribute_figure, no_move
from leadwatch.claims.clauses import (
    clause_start,
    fronted_subject,
    hypothetical,
    named_after,
    not_now,
    qualifiers,
)
from leadwatch.claims.compared import only_compared, past_the_compared
from leadwatch.claims.copula import COPULA, copular_level, is_copula, signed_direction
from leadwatch.claims.crossings import neutral_crossing, no_level_at
from leadwatch.claims.distance import distance_direction
from leadwatch.claims.ellipsis import carried_direction, clause_end
from leadwatch.claims.frontedmoves import fronted_move
from leadwatch.claims.levelops import LOST_LEVEL_RE, RECLAIM_RE, RECORD_SET_RE, TESTED_RE
from leadwatch.claims.movenouns import noun_direction
from leadwatch.claims.numbers import DIGITS, SPELLED, spelled_number
from leadwatch.claims.pricebasis import price_basis
from leadwatch.claims.pushedprices import pushed_prices
from leadwatch.claims.respectively import bracketed, respectively
from leadwatch.claims.subjects import named_in_clause, not_its
from leadwatch.claims.text import aside_spans, paren_asides
from leadwatch.claims.unknownruns import unknown_or_kept
from leadwatch.claims.vocabulary import (
    ABOUT_RE,
    BAND_RE,
    CROSS_VERB_RE,
    DOWN_VERB_RARE_RE,
    KEY_LEVEL_RE,
    LEVEL_OF_RE,
    MONTH_NAME_RE,
    NO_DOLLAR,
    PRICE_NUM_RE,
    UP_VERB_RARE_RE,
    YEAR_RE,
    YIELDS,
    ending,
    level_op,
)
from leadwatch.claims.windows import find_windows, window_near
from leadwatch.claims.ytdmonths import year_to_month

__all__ = ["NO_DOLLAR", "YIELDS", "levels", "percents"]
_GROUPS = frozenset({"metals", "metal"})
_OP = (
    r"(?P<op>broke through|breaking through|breaks through|broke above|breaking above|"
    rf"surpass(?:ed|ing)?|topp(?:ed|ing)|crossed|{CROSS_VERB_RE}|exceed(?:ed|ing|s)?|approaching|nearing|near|"
    r"clos(?:e|er) to|around|above|over|below|under|beneath|(?:just )?(?:shy|short) of|"
    r"within (?:reach|striking distance) of|"
    r"in excess of|north of|south of|at|to (?:mark|register|print)|towards?|"
    r"(?<!equivalent )(?<!equal )to|"
    rf"hit|hitting|tapp(?:ed|ing)|tagg(?:ed|ing)|{RECLAIM_RE}|{TESTED_RE}|{LOST_LEVEL_RE}|{RECORD_SET_RE}|"
    r"%(?= (?:US)?\$[\d,.]+ (?:an?|per) (?:ounce|oz|barrel|coin)\b)|"  # "rose 0.9% $4,734 an ounce"
    rf"reach(?:ed|ing)?|touch(?:ed|ing|es)?|past|paying|yielding|{LEVEL_OF_RE}|"
    r"(?:(?<=trades )|(?<=trading )|(?<=hands )|(?<=sells )|(?<=selling )|(?<=going ))for|"
    r"(?:peak |high |low |top )?yield of|in the (?:region|vicinity|neighbou?rhood|area) of|circa|"
    r"(?:(?:more|greater|less) than|upwards? of|as (?:high|low) as)"
    rf"(?= (?:{ABOUT_RE} )?(?:U\.?S\.? ?|USD ?|~)?\$)|as (?:high|low) as(?= \d[\d.]*\s?%)|"
    rf"{COPULA})"
)
_QUAL = (
    r"(?: the| a| an| roughly| about| around| nearly| almost| just| some| approximately| approx\."
    r"| exactly| precisely"
    r"| close to| now| currently| worth| (?:an?|the) (?:[a-z]+ly |much-|all-)?[a-z]+(?:-[a-z]+)?"
    r"(?= US\$| \$)"  # next: "the VIX rests at a calm 14.2", an unsigned figure
    r"| (?:an?|the) (?!(?:rate|pace|time|total|level|price|year|month|week|day|session)\b)"
    r"(?:[a-z]+ly |much-|all-)?[a-z]+(?:-[a-z]+)?"
    r"(?= \d[\d,]*(?:\.\d+)?(?![\d,.]*\d)(?![-\w]| ?%| ?per))"
    r"| (?:fresh |new )?record(?:[- ]high|[- ]low)?(?: of)?"
    r"| (?:price |psychological |key )?(?:levels?|marks?|thresholds?|barriers?) of"
    rf"| {KEY_LEVEL_RE}(?= \d| (?:US)?\$))*"
)
_NUMBER = (
    rf"(?P<num>{PRICE_NUM_RE})"
    r"(?![\d,.]*-(?:week|month|year|day|hour))"  # "the 52-week high" is no level
)
_DOLLAR_RE = re.compile(
    rf"{_OP}{_QUAL} (?:(?:U\.?S\.? ?|USD ?|~)?\$\s?|USD\s?){_NUMBER}(?P<k>\s?(?:k|K|thousand)\b)?"
    r"(?=(?P<after>[^.;,]{0,20}))",  # a look: "from over $70,000 to barely above $61,000"
    re.IGNORECASE,
)
_ABOUT = rf"(?:{ABOUT_RE} ?)?"  # "between roughly $61,500 and $63,000"
_BOUND = r"(?P<d{i}>(?:US)?\$\s?)?(?P<{k}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_BETWEEN_RE = re.compile(
    r"\b(?:trad\w+|rang\w+|mov\w+|fluctuat\w+|swung|swing\w*|oscillat\w+|held)"
    rf"(?: (?:was|were|is|has been|had been|of))? between {_ABOUT}"
    + f" and {_ABOUT}".join(_BOUND.format(i=i, k=k) for i, k in ((1, "a"), (2, "b"))),
    re.IGNORECASE,
)
_IN_RANGE = re.compile(rf"\bbetween {_ABOUT}(?:US)?\$?\s?[\d,.]+ {_ABOUT}$|\bbetween $", re.I)
# A price quoted beside the name, in the wire style "Ether (ETH $2,953) fell": the current price.
_TICKER_RE = re.compile(rf"\((?P<op>[A-Z]{{2,6}}):?\s?(?:US)?\$\s?{_NUMBER}\)")
# The index is the subject of the figure's clause: named, then a move verb, then the figure.
_SUBJECT_OF = re.compile(
    r"\b(?:index|S&P 500|SPX|VIX|Nasdaq|Dow|DXY)\b(?:[^,;.$]|\.(?=\d)){0,60}(?:, )?$", re.I
)
_WORD_DOLLAR_RE = re.compile(
    rf"{_OP}{_QUAL} {_NUMBER} (?:(?:US |U\.S\. )?dollars|USD)\b", re.IGNORECASE
)
_PLAIN_RE = re.compile(
    rf"{_OP}{_QUAL} {_NUMBER}(?P<pct>\s?(?:%|per ?cent\b))?(?P<after>(?:(?! at)[^;,]){{,12}})", re.I
)
_DOLLAR_MOVE = ending(
    *("surg(?:ed|ing)", "rose", "rising", "jump(?:ed|ing)", "climb(?:ed|ing)", "gain(?:ed|ing)"),
    *("fell", "falling", "drop(?:ped|ping)", "slid", "sliding", "lost", "losing", "add(?:ed|ing)"),
    *("shed(?:ding)?", "up", "down", "by"),
)
_SCALE = re.compile(r"^\s*(?:trillion|billion|million|bn|tn|mn|m\b|b\b)", re.IGNORECASE)
_NOT_A_PRICE = re.compile(r"^\s*(?:call|put|strike|option|premium|discount)", re.IGNORECASE)
_PCT_RE = re.compile(
    rf"(?P<num>(?:(?<![A-Za-z])[+-])?{DIGITS}|{SPELLED})[\s-]?"  # "a 10-basis-point rise"
    r"(?:%|per ?cent\b|(?P<bp>bps?|basis[- ]points?|(?P<pp>percentage[- ]points?))\b)",
    re.IGNORECASE,
)
_UP = (
    r"surg\w*|rall\w*|r[io]se|rising|risen|climb\w*|gain\w*|jump\w*|soar\w*|advanc\w*|firm\w*|"
    r"strength\w*|up(?! to\b)|higher|add(?:ed|ing|s)?|rebound\w*|recover\w*|spik\w*|increas\w*|"
    r"(?:lift|boost|propel)\w* (?:its |their |the )?prices? (?:up )?by|" + UP_VERB_RARE_RE
)
_DOWN = (
    r"fell|fall\w*|drop\w*|declin\w*|slump\w*|weak\w*|slid(?:e|es|ing)?|slip\w*|lower|plung\w*|down|"
    r"off|draw-?downs?|tumbl\w*|lost|los(?:e|es|ing)|shed\w*|sank|sink\w*|retreat\w*|eas(?:ed|ing)|dip\w*|"
    r"plummet\w*|crash\w*|decreas\w*|pullback|correction|erase\w*|wip\w*|sell-?off|loss\w*|slump\w*|collaps\w*"
    r"|nose-?div\w*|rout|sink\w*|div(?:e|ed|es|ing)|dove|" + DOWN_VERB_RARE_RE
)  # below: not a word's tail ("a jaw-dropping 40%"), but a "mark-up" rises
_MOVE_RE = re.compile(rf"\b(?:(?<![a-z]-)|(?=up|down))(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.I)

Level = tuple[str, str, float, str, int]  # asset, op, level, words, position
# asset, op (None: a figure that is not a move), pct, window, words, qualifiers
Percent = tuple[str | None, str | None, float, str | None, str, tuple[str, ...]]


def _nearest(
    mentions: list[AssetMention],
    pos: int,
    ok: frozenset[str] | None = None,
    exclude: frozenset[str] = _GROUPS,
    sentence: str = "",
) -> str | None:
    found = [
        m
        for m in mentions
        if m.start < pos and m.asset not in exclude and (ok is None or m.asset in ok)
    ]
    if sentence:  # an asset inside an aside (", measuring S&P 500 volatility,") is no subject
        spans = aside_spans(sentence, relative=True) + paren_asides(sentence)
        asides = [(a, b) for a, b in spans if not a <= pos < b and a > 0]
        main = [m for m in found if not any(a <= m.start < b for a, b in asides)]
        found = main  # "PCE (a gauge for the FOMC) rose 3.3%": no Fed figure
    return found[-1].asset if found else None


# A range over a span ("ranged between $2,471 and $3,500 over the past 52 weeks"): not a day's.
_SPAN_RANGE = re.compile(r"\b\d+[- ](?:week|month|year)\b|\bover the (?:past|last)\b", re.I)


def levels(s: str, mentions: list[AssetMention], subject: str | None = None) -> list[Level]:
    """``(asset, op, level, words, position)`` for every level stated in ``s``; a trading
    range in a sentence that names no asset ("The session's range ran from 101.10 to 101.65")
    is ``subject``'s."""
    out: list[Level] = []
    dollar_excluded = _GROUPS | NO_DOLLAR | YIELDS
    for m in _DOLLAR_RE.finditer(s):
        index = _nearest(mentions, m.start(), exclude=_GROUPS | YIELDS, sentence=s)
        if _SCALE.match(m.group("after")) or _NOT_A_PRICE.match(m.group("after")):
            continue
        if _IN_RANGE.search(s[: m.start()]) or no_level_at(s, m.end("op")) or asked(s, m):
            continue  # a bound of a stated range, or "the 52-week high of": read elsewhere
        if not_now(s, m.start(), m.end()) or (
            m.group("op").lower() in ("over", "more than", "less than", "upwards of", "upward of")
            and _DOLLAR_MOVE.search(s[: m.start()])
        ):
            continue
        if re.search(r"\bby\s*$", s[: m.start()], re.IGNORECASE):
            continue  # "has risen by around $85 an ounce": the move's size, not a price
        if not _copula_ok(s, m, mentions) or not_its(s, m.start(), m.end("op"), mentions):
            continue  # "its target is $3,000": a copula whose subject is no asset
        asset = _nearest(mentions, m.start(), exclude=dollar_excluded, sentence=s)
        asset = asset or fronted_subject(s, m.start(), mentions)  # "At $31, silver ..."
        if index in NO_DOLLAR and _SUBJECT_OF.search(s[: m.start()]):
            asset = index  # "the dollar index jumped to $99.38": an index quoted with a $ sign
        if asset is None:
            continue
        value = float(m.group("num").replace(",", "")) * (1000.0 if m.group("k") else 1.0)
        out.append((asset, _crossing(s, m), value, m.group(0).strip(), m.start()))
    for m in [*_BETWEEN_RE.finditer(s), *BAND_RE.finditer(s)]:  # "traded between $1 and $2"
        before = re.split(r"[,;]", s[max(0, m.start() - 40) : m.start()])[-1]
        after = re.split(r"[,;]", s[m.end() : m.end() + 20])[0]
        if _SPAN_RANGE.search(before + " " + after) or hypothetical(s, m.start(), m.end()):
            continue  # "ranged between ... over the past 52 weeks", "expect it to trade in"
        asset = _nearest(mentions, m.start(), exclude=_GROUPS | YIELDS, sentence=s)
        asset = asset or (subject if not mentions and subject not in YIELDS else None)
        if asset is not None and (m.group("d1") is None) == (asset in NO_DOLLAR):
            for key in ("a", "b"):
                value = float(m.group(key).replace(",", ""))
                out.append((asset, "at", value, m.group(0).strip(), m.start()))
    for m in _TICKER_RE.finditer(s):
        asset = _nearest(mentions, m.start() + 1, exclude=dollar_excluded, sentence=s)
        if asset is not None:
            value = float(m.group("num").replace(",", ""))
            out.append((asset, "at", value, m.group(0).strip(), m.start()))
    for m in _WORD_DOLLAR_RE.finditer(s):
        asset = _nearest(mentions, m.start(), exclude=dollar_excluded, sentence=s)
        if (
            asset is not None
            and not hypothetical(s, m.start(), m.end())
            and _copula_ok(s, m, mentions)
        ):
            value = float(m.group("num").replace(",", ""))
            out.append((asset, level_op(m.group("op")), value, m.group(0).strip(), m.start()))
    for m in _PLAIN_RE.finditer(s):
        if _IN_RANGE.search(s[: m.start()]) or no_level_at(s, m.end("op")) or asked(s, m):
            continue
        asset = _nearest(mentions, m.start(), exclude=_GROUPS, sentence=s)
        if asset is None or _SCALE.match(m.group("after")) or hypothetical(s, m.start(), m.end()):
            continue
        if not _copula_ok(s, m, mentions) or not_its(s, m.start(), m.end("op"), mentions):
            continue  # "the Fed ..., with inflation at 3.1%": the indicator's
        is_pct = bool(m.group("pct"))
        if (asset in YIELDS) != is_pct or (asset not in YIELDS and asset not in NO_DOLLAR):
            continue
        if not is_pct and re.match(
            r"^\s*(?:points?|pts)?\s*(?:lower|high|down|up|ahead|behind)", m.group("after")
        ):
            continue  # "fell 300 points" is a move, not a level
        value = float(m.group("num").replace(",", ""))
        if value < 1 and asset not in YIELDS | {"eurusd"}:
            continue
        out.append((asset, level_op(m.group("op")), value, m.group(0).strip(), m.start()))
    return out


def _crossing(s: str, m: re.Match[str]) -> str:
    """The operator of a level; a crossing that names no side is a fall below it after a
    move down (:func:`leadwatch.claims.crossings.neutral_crossing`)."""
    op = level_op(m.group("op"))
    if op != "break" or not neutral_crossing(m.group("op")):
        return op
    lead = re.split(r"[;,]\s|\.\s", s[max(0, m.start() - 60) : m.start()])[-1]
    before = list(_MOVE_RE.finditer(lead))
    return "below" if before and before[-1].group("down") else op


def _copula_ok(s: str, m: re.Match[str], mentions: list[AssetMention]) -> bool:
    """A level stated by a copula or a colon needs a named asset as its subject."""
    op = m.group("op")
    return not is_copula(op) or copular_level(s, op, m.start("op"), m.end("num"), mentions)


_COMPARATIVE = re.compile(r"\s*(?:(?P<up>higher|stronger)|lower|weaker)\b", re.IGNORECASE)


def _direction(s: str, start: int, end: int, lo: int) -> str | None:
    """The move word nearest the number: a comparative right after it ("recovered from a
    decline and was 1.2% higher"), else one before it (back to ``lo``), else just after it."""
    comparative = _COMPARATIVE.match(s, end)
    if comparative is not None:
        return "up" if comparative.group("up") else "down"
    before = [m for m in _MOVE_RE.finditer(s, max(lo, start - 80), start)]
    if before:
        return "up" if before[-1].group("up") else "down"
    after = _MOVE_RE.search(s, end, clause_end(s, end, end + 30))  # not the next clause's
    return None if after is None else ("up" if after.group("up") else "down")


def percents(
    s: str, mentions: list[AssetMention], carried: str | None, subject: str | None = None
) -> list[Percent]:
    """``(asset, op, pct, window, words, qualifiers)`` for every percentage (or move in
    basis points) in ``s`` (``op`` ``None``: a figure with no asset or no move word, not a
    move; qualifiers: :func:`leadwatch.claims.clauses.qualifiers`).

    ``carried`` is the subject of the sentence when it opens with "it" or the like;
    ``subject`` the article's current subject, which a move stated as a noun ("weekly
    gains stand at 2.4%") in a sentence naming nothing takes.
    """
    found = find_windows(s)
    matches = [m for m in _PCT_RE.finditer(s) if not aside_figure(s, m.start(), m.end())]
    out: list[Percent] = []
    order = respectively(s, mentions, matches) | bracketed(s, mentions, matches)  # "(GLD)"
    last: tuple[str, int, str] | None = None  # the previous move: asset, end, direction
    for i, m in enumerate(matches):
        asset = order.get(i) or named_after(s, m.end(), mentions)
        fixed = asset is not None  # listed in order, or named right after the number
        asset = asset or _nearest(mentions, m.start(), sentence=s) or carried
        asset = asset if fixed else past_the_compared(s, mentions, m.start(), asset)
        asset = asset or fronted_move(s, m.start(), m.end(), mentions)  # "After a 4% drop, gold"
        heading = noun_direction(s, m.start()) or distance_direction(s, m.start())
        noun = heading or noun_direction(s, m.start(), m.end()) or pushed_prices(s, m.start())
        lo = clause_start(s, m.start())
        named_here = named_in_clause(lo, m.start(), mentions)
        if not fixed and not named_here:
            other = unknown_or_kept(s, mentions, last, m.start())  # "China's CSI300 fell 1.5%"
            if other is not None:
                asset = other
            elif heading is not None and (
                (asset is None and not mentions) or only_compared(s, mentions, m.start())
            ):  # "monthly gains stand at 2.4%" ("..., outpacing gold"): the article's subject
                asset = subject
        num = spelled_number(m.group("num"))
        quals = qualifiers(s, m.start(), m.end())
        if m.group("bp"):  # of a price ("silver gained 85 bp"): hundredths of 1%
            num *= 100.0 if m.group("pp") else 1.0
            if asset not in YIELDS and (m["pp"] or not price_basis(s, *m.span(), asset)):
                continue  # basis points of something the store holds no rate nor price for
            num, quals = (num, (*quals, "bp")) if asset in YIELDS else (num / 100.0, quals)
        elif asset in YIELDS:  # "the 10-year yield rose 1.1%": points, or a share of the rate
            num, quals = num * 100.0, (*quals, "bp", "or_rel")
        if asset in YIELDS and not m.group("bp") and _levels_here(s, m.start()):
            continue
        mention = next(
            (x for x in reversed(mentions) if x.asset == asset and x.start < m.start()), None
        )
        first = mention.end if mention is not None else 0
        op = None if asset is None else (noun or _direction(s, m.start(), m.end(), first))
        if op is None and (asset not in YIELDS or m["bp"]) and asset in {x.asset for x in mentions}:
            op = signed_direction(s, m.start(), m.group("num"))  # "Gold: $2,650 (+1.2%)", "+8 bp"
        push = None if mention is None else _PUSHED.search(s[: mention.start])
        gap = s[mention.end if mention is not None else 0 : m.start()]
        if push is not None and re.fullmatch(r"\s*(?:index|prices?|futures)?\s*(?:by\s*)?", gap):
            op = "down" if push.group("down") else "up"  # "lifted the dollar index 0.8%"
        if attribute_figure(s, mentions, mention, asset, (lo, m.start())):
            op = None  # "Bitcoin's implied volatility rose 3%": not the price
        elif op is None:  # "... and almost 2% last week", "gold rose 15%, platinum by 32%"
            op = carried_direction(s, last, m.start(), asset, mentions)
        if hypothetical(s, m.start(), m.end()) or no_move(s, m.start(), m.end(), mentions):
            op = None  # "gold will rise by more than 50%": a forecast, not a move
        if asset == "dxy" and _CROSS.match(s[m.end() :]):
            op = None  # "the dollar gained 0.5% against the yen": a currency pair, not the DXY
        if (asset is None or op is None or asset == "fed_funds") and m.group("bp"):
            continue  # "cut by 75 basis points", "a reduction of 0.25 points": a policy size
        if asset is None or op is None:
            out.append((asset, None, num, None, m.group(0), quals))  # a figure, not a move
            continue
        window = None if _IN_MONTH.match(s[m.end() :]) else window_near(s, m.start(), found)
        window = year_to_month(s, m.end(), window)  # "40% year-to-date by October"
        if num < 0:
            op, num = "down", -num
        last = (asset, m.end(), op)
        out.append((asset, op, num, window, m.group(0), quals))
    return out


# "6% in April": the month named right after the number is its window (read as its time).
_IN_MONTH = re.compile(
    rf"^(?: [\w-]+)? (?:in|during|over|for) (?:the month of )?(?:{MONTH_NAME_RE})\b"
    rf"(?!,? {YEAR_RE})"
)


# A verb that moves the asset named right after it: "lifted the dollar index 0.8%".
_PUSHED = re.compile(
    r"\b(?:(?P<up>lift\w*|boost\w*|push\w*|drove|driv\w*|propell\w*|sen[dt]\w*)"
    r"|(?P<down>knock\w*|dragg?\w*|cut|cutting|sank|sink\w*|pull\w*|weigh\w* on))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_CROSS = re.compile(
    r"\s*(?:against|versus|vs\.?) (?:the )?(?:Japanese |Swiss |Chinese |British )?(?:yen|euro"
    r"|pound|sterling|franc|yuan|renminbi|rupee|won|peso|loonie|Canadian dollar|Aussie|Australian"
    r" dollar|kiwi)\b",
    re.IGNORECASE,
)


def _levels_here(s: str, pos: int) -> bool:
    cell = r"\|\s*(?:about |around )?$"  # "| 10-Year Yield | about 4.48% — ...": the rate's cell
    cell = cell if s[pos : pos + 1].isdigit() else r"(?!)"  # "| +0.05% |": a signed change
    op = rf"(?:{_OP}|from|as (?:high|low) as)"  # (its lookahead: the figure, cut off here)
    return bool(re.search(rf"{op}{_QUAL} $|{cell}", s[max(0, pos - 30) : pos], re.I))
