"""The word classes the claim readers share, defined once, and the builders that turn a
word list into a pattern (pure).

Months, weekdays, years, spelled counts, ordinals and the hedges of a span ("more than",
"nearly") are spelled here; every reader composes its patterns from them, so that a month
name or a spelled count means the same thing in every module.

Examples
--------
>>> month_number("Sept."), count_value("twelve"), count_value("13"), count_value(None)
(9, 12, 13, 1)
>>> bool(ending("more than", "over").search("rose by more than "))
True
>>> bool(any_of("ETFs?", "funds?").search("gold funds took in"))
True
>>> re.fullmatch(count_re(12), "eleven") is not None, re.fullmatch(count_re(12), "thirteen")
(True, None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from leadwatch.claims.crossrates import CROSS_RATE_NAMES

__all__ = [
    "ABOUT_RE",
    "BAND_RE",
    "CLAUSE_ADVERBS",
    "CROSS_VERB_RE",
    "DOWN_NOUN_RE",
    "DOWN_VERB_RARE_RE",
    "DOWN_VERB_RE",
    "EXTREME_NOUN_RE",
    "IN_A_ROW_RE",
    "IN_SENTENCE_RE",
    "KEY_LEVEL_RE",
    "LEVEL_OF_RE",
    "MARGIN_HEDGE_RE",
    "MONTHS",
    "MONTH_ABBR_RE",
    "MONTH_NAME_RE",
    "MONTH_RE",
    "NON_PRICE_RE",
    "NO_DOLLAR",
    "NUMBER_WORDS",
    "ORDINALS",
    "PER_UNIT_RE",
    "PREVIOUS_DAY_RE",
    "PRICE_BARE_RE",
    "PRICE_NUM_RE",
    "PROFIT_RE",
    "RARE_EXTREME_RE",
    "RATE_NUM_RE",
    "ROUGHLY_RE",
    "SCHEDULED_RE",
    "SHARE_RE",
    "SPAN_DAYS",
    "STEP_RE",
    "TOWARD_RE",
    "UP_NOUN_RE",
    "UP_VERB_RARE_RE",
    "UP_VERB_RE",
    "WEEKDAYS",
    "YEAR_RE",
    "YIELDS",
    "any_of",
    "count_re",
    "count_value",
    "ending",
    "level_op",
    "month_number",
    "words_re",
]

#: Month names, lower case, January first.
MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
#: Weekday names, lower case, Monday first.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A month's full name, capitalised ("March").
MONTH_NAME_RE = "|".join(m.capitalize() for m in MONTHS)
#: A month's AP abbreviation ("Sept", "Oct"); May has none.
MONTH_ABBR_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
#: A month's name, or its abbreviation with a full stop after it ("Sept.", "Oct.": AP style)
#: or a day of the month ("Oct 9", "Jan 15th").
MONTH_RE = rf"{MONTH_NAME_RE}|{MONTH_ABBR_RE}(?=\.|\s[0-3]?\d(?:st|nd|rd|th)?\b(?![,.]?\d))"
#: A year of this century or the last ("1980", "2025").
YEAR_RE = r"(?:19|20)\d\d"
#: "three consecutive years", "a fourth straight session": a run told as unbroken.
IN_A_ROW_RE = r"(?:consecutive|straight|successive)"
#: "the previous session", "the prior trading day": the day before the one spoken of.
PREVIOUS_DAY_RE = r"the (?:previous|prior) (?:day|session|trading day)"
#: Calendar days in a record's span unit ("a 13-month high", "the first time in four days").
SPAN_DAYS = {"year": 365, "month": 30, "week": 7, "day": 1}
#: Numbers written as words, "zero" to "twenty" (the index is the value).
NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
#: Ordinals from "second" to "tenth" (a rank below the top; the index plus 2 is the rank).
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: Nouns of a move up ("gains", "a rally") and down ("losses", "a sell-off").
UP_NOUN_RE = (
    r"gains?|rises?|increases?|advances?|rall(?:y|ies)|surges?|jumps?|climbs?|rebounds?"
    r"|appreciation|upswing|upside|upticks?"
)
DOWN_NOUN_RE = (
    r"loss(?:es)?|declines?|drops?|falls?|decreases?|slides?|plunges?|slumps?|retreats?"
    r"|pullbacks?|corrections?|sell-?offs?|crash(?:es)?|depreciation|downswing|downside"
    r"|nose-?dives?|routs?|tumbles?|dips?|downticks?"
)
#: Less common verbs of a move up and down, in the past and -ing forms ("skyrocketed 8%",
#: "cratering"); the common ones stand in each reader's own list, with the forms it needs.
#: A small step ("ticked up", "inched lower", "drifted higher") takes the direction of its
#: adverb; "extended its gains" that of its noun; "pared 1.1%" or "trimmed 2%" is a fall, while
#: "pared losses" says no direction of the day and is left out.
_STEP = r"(?:tick|inch|nudg|drift|edg|mov|head|trend)(?:ed|ing)|crept|creeping"
_EXTEND = r"extend(?:ed|ing|s) (?:its |their |the |recent )?"
#: A result verb with a sized move noun and no figure: "registered small gains", "posted heavy
#: losses", "saw steep losses", "suffered a heavy loss" (a bare "recorded losses" often
#: repeats the lead sentence's move).
_POSTED = (
    r"(?:(?:post|register|notch|record|book|chalk|suffer|endur|sustain|rack)(?:ed|ing)"
    r"|logg(?:ed|ing)|incurr(?:ed|ing)|saw|seeing|took|taking)(?: up)? (?:an? )?"
    r"(?:(?:small|modest|slight|minor|marginal|steep|sharp|heavy|big|solid|strong|broad|fresh"
    r"|further|hefty|deep|large|significant|substantial|severe|outsized|sizable|sizeable) )"
)
#: A copula or a session verb with a comparative: "was firmer", "closed slightly lower".
_STOOD = (
    r"(?:is|are|was|were|traded|trading|ended|closed|finished|settled) (?:(?:slightly|a little"
    r"|a touch|modestly|marginally|sharply|much|\d+(?:\.\d+)?%) )?"
)
#: A small step or a session's close stated with no figure ("the dollar ticked higher",
#: "gold closed slightly lower"): a move of the session.
STEP_RE = (
    rf"\b(?:(?:{_STEP}) (?:up|down|higher|lower)|(?:ended|closed|finished|settled) "
    r"(?:(?:slightly|a little|a touch|modestly|marginally|sharply|much) )?"
    r"(?:higher|lower|firmer|softer|stronger|weaker))\b"
)
#: "increased", "decreased" with no object after them: "the dollar increased" moves it,
#: "the Fed increased its purchases" does not.
_NO_OBJECT = (
    r"(?!\s+(?:its|their|the|a|an|his|her|our|this|that|these|those|interest|rates?|holdings"
    r"|exposure|purchases|buying|stakes?|positions?|supply|output|production)\b)"
)
UP_VERB_RARE_RE = (
    rf"increased{_NO_OBJECT}|(?:sky)?rocket(?:ed|ing)|leap(?:ed|t|ing)|zoom(?:ed|ing)|vault(?:ed|ing)|bounc(?:ed|ing)"
    r"|popp(?:ed|ing)|shot up|appreciat(?:ed|ing)|tack(?:ed|ing) on|perk(?:ed|ing) up"
    r"|recoup(?:ed|ing)|regain(?:ed|ing)|claw(?:ed|ing) back|snapp(?:ed|ing) back"
    r"|balloon(?:ed|ing)|swell(?:ed|ing)|firmer|stronger|explod(?:ed|ing)|catapult(?:ed|ing)"
    r"|(?:ripp|rac|blast|power|charg)(?:ed|ing) (?:higher|ahead)"
    rf"|{_STOOD}(?:higher|firmer|stronger)(?! than)"
    rf"|(?:{_STEP}) (?:up|higher)|{_EXTEND}(?:{UP_NOUN_RE})"
    r"|" + _POSTED + r"gains?\b(?! of\b)"
)
DOWN_VERB_RARE_RE = (
    rf"decreased{_NO_OBJECT}|crater(?:ed|ing)|sagg(?:ed|ing)|skidd(?:ed|ing)|tank(?:ed|ing)"
    r"|gave up|gave back|giving back|pull(?:ed|ing) back|soften(?:ed|ing)|cool(?:ed|ing)"
    r"|compress(?:ed|ing)|correct(?:ed|ing) by"  # "ether corrected by 15% this week"
    r"|depreciat(?:ed|ing)|retrac(?:ed|ing)|swoon(?:ed|ing)|surrender(?:ed|ing)"
    r"|" + _POSTED + r"loss(?:es)?\b(?! of\b)"
    r"|relinquish(?:ed|ing)|sunk|shr[au]nk|shrinking|softer|dump(?:ed|ing)|bled|bleeding"
    rf"|{_STOOD}(?:lower|softer|weaker)(?! than)"
    r"|(?:par|trimm)(?:ed|ing)(?! (?:its |their |the |some |early |earlier |most )*(?:"
    + UP_NOUN_RE
    + "|"
    + DOWN_NOUN_RE
    + "))"
    rf"|(?:{_STEP}) (?:down|lower)|{_EXTEND}(?:{DOWN_NOUN_RE})"
)
#: A move verb up or down, common and rare ("rose", "was up", "higher", "skyrocketed").
UP_VERB_RE = (
    r"r[io]se|risen|rising|gain(?:ed|ing)?|climb(?:ed|ing)?|advanc(?:ed|ing)|rall(?:ied|ying)"
    r"|increas(?:ed|ing)|jump(?:ed|ing)|firm(?:ed|ing)|up|higher|" + UP_VERB_RARE_RE
)
DOWN_VERB_RE = (
    r"fell|fall(?:en|ing)|declin(?:ed|ing)|dropp(?:ed|ing)|lost|losing|slipp(?:ed|ing)|slid"
    r"|sliding|eas(?:ed|ing)|retreat(?:ed|ing)|weaken(?:ed|ing)|down|lower|" + DOWN_VERB_RARE_RE
)
#: Verbs of a price crossed ("cleared $4,100", "breached $70,000", "gold tops $3,000");
#: "through", "beyond" only before a price ("pushed through the $4,000 mark").
CROSS_VERB_RE = (
    r"clear(?:ed|ing|s)?|breach(?:ed|es|ing)?|pierc(?:ed|es|ing)|tops|cross(?:es|ing)"
    r"|shatter(?:ed|ing|s)?|obliterat(?:ed|es|ing)"  # "shattered the $5,100 barrier"
    # "broke the psychological barrier of $5,100", "smashed the $100,000 mark" (not "broke
    # a record", "broke down")
    r"|(?:broke|breaks|breaking|smash(?:ed|es|ing))(?= (?:the |a )?(?:[\w-]+ ){0,2}"
    r"(?:barrier|mark|level|threshold|ceiling|milestone|handle|line)\b"
    r"| (?:the |a )?(?:US|U\.S\.|USD ?)?\$| \d{1,2}(?:\.\d+)?%(?! (?:higher|lower|up|down)))"
    r"|(?:through|beyond|pass(?:ed|es|ing))(?= (?:the |a )?(?:US|U\.S\.|USD ?|~)?\$)"
    # "rose 3% to (briefly) top $34": the infinitive, before a price only
    r"|(?:(?<=\bto )|(?<=\bto briefly ))top(?= (?:the |a )?(?:US|U\.S\.|USD ?|~)?\$)"
)
#: What "gained" or "lost" may take that is no price: "gained traction", "has gained favour",
#: "lost momentum", "has lost its luster"; or a rise "in" it: "surged in popularity".
NON_PRICE_RE = (
    r"(?:in |(?:its|their|some|much|new|fresh|wide|wider|broad|broader|significant|considerable"
    r"|renewed|growing|increasing|greater|more|huge|massive|(?:a lot|lots|plenty) of) )?"
    r"(?:appeal|allure|traction|popularity|momentum|steam|attention|favou?r|interest|credibility"
    r"|acceptance|adoption|legitimacy|recognition|lust(?:er|re)|shine|sheen|relevance|confidence"
    r"|trust|market share|followers|users|fans|prominence|visibility|status|currency"
    r"|attraction|attractiveness|buzz|notoriety|fame|supporters|believers|mindshare|use|usage)"
)
#: The value of a quote or a record named by its noun ("high of", "close of", "Friday's
#: settlement of", "closing price of"; a settlement only a day's, not a lawsuit's), an
#: abbreviation of it in brackets allowed: "an all-time high (ATH) of $109,000".
#: The rarer nouns of a peak or a trough: "a two-year pinnacle", "its 2022 nadir".
RARE_EXTREME_RE = r"(?:pinnacle|summit|zenith|nadir)"
LEVEL_OF_RE = (
    r"(?:(?:closing|settlement|settle|opening) (?:price|level|value|terms|rate|quote|print) of"
    r"|(?:(?<='s )|(?<=\u2019s )|(?:daily|final|previous|prior|last) )settlement of"
    r"|(?:highs?|lows?|peak|record|level|price|value|close|settle|settled|trough|bottom"
    rf"|{RARE_EXTREME_RE})(?: \((?:ATH|ATL|[A-Z]{{2,4}})\))? of)"
)
#: A word marking a level as one to watch, right before its figure: "the key $4,000",
#: "the closely watched $75 an ounce line", "the long-awaited $100,000 mark".
KEY_LEVEL_RE = (
    r"(?:key|critical|crucial|important|pivotal|psychological|symbolic|coveted"
    r"|(?:closely|widely|keenly|much|long)[- ](?:watched|followed|awaited|anticipated))"
)
# How a level operator's first words read (first match wins: the longer keys come first).
_LEVEL_OPS = {
    **dict.fromkeys(("broke", "breaking", "breaks", "surpass", "topp", "crossed", "past"), "break"),
    **dict.fromkeys(
        ("clear", "breach", "pierc", "tops", "top", "through", "beyond", "cross", "pass"), "break"
    ),
    **dict.fromkeys(("shatter", "obliterat", "smash"), "break"),
    **dict.fromkeys(("approaching", "nearing", "near", "close to", "in the", "circa"), "near"),
    **dict.fromkeys(("around", "toward", "test", "retest", "flirt", "closer", "nearer"), "near"),
    **dict.fromkeys(("within reach", "within striking"), "near"),
    **dict.fromkeys(("exceed", "above", "over", "in excess", "north", "more than"), "above"),
    **dict.fromkeys(("upward", "greater", "reclaim", "retook", "retak"), "above"),
    **dict.fromkeys(("below", "under", "beneath", "shy", "short", "just shy"), "below"),
    **dict.fromkeys(("just short", "less than", "south", "lost", "los", "surrender"), "below"),
    **dict.fromkeys(("gave up", "giving up"), "below"),
}


def level_op(words: str) -> str:
    """How the words before a level read: ``break``, ``near``, ``above``, ``below`` or ``at``.

    >>> level_op("topped"), level_op("reclaimed"), level_op("flirted with"), level_op("hit")
    ('break', 'above', 'near', 'at')
    """
    w = words.lower()
    return next((v for k, v in _LEVEL_OPS.items() if w.startswith(k)), "at")


#: Adverbs that may open a clause or a field's text and name nothing ("Price: Currently
#: trading near $2,480", "Roughly 3% of supply"), lower case.
CLAUSE_ADVERBS = frozenset(
    {
        *("currently", "recently", "already", "roughly", "approximately", "about", "around"),
        *("nearly", "almost", "just", "again", "briefly", "once", "initially", "finally"),
    }
)
#: "toward $5,000" heads for a target, but "toward its all-time high of $4,870" names a past
#: top's value ("toward its" ending a text: the top's words follow).
TOWARD_RE = (
    r"towards?(?!\s+(?:its|their)\s+(?:[\w'\u2019-]+\s+){0,2}$"
    r"|\s+(?:its|their|the|a)\s+(?:[\w'\u2019-]+\s+){0,2}(?:highs?|peaks?|records?|tops?)\b)"
)
#: "profit" of a company ("Barrick's quarterly profit"), not a period's move of a price ("this
#: week's profit", "the session's profit", "its weekly profit").
PROFIT_RE = "".join(
    [f"(?<!{p}{a}s )" for p in ("day", "week", "month", "year", "session") for a in "'\u2019"]
    + [f"(?<!{p} )" for p in ("daily", "weekly", "monthly")]
    + [r"profits?"]
)
#: Series quoted without a dollar sign (points, rates) and series quoted in percent.
NO_DOLLAR = frozenset(
    {"dxy", "spx", "vix", "eurusd", "nasdaq", "dow", "nikkei", "usd_broad", "bbdxy", "wsj_dollar"}
    | set(CROSS_RATE_NAMES)
)
YIELDS = frozenset(
    (
        "yield_10y",
        *(f"yield_{n}y" for n in (1, 2, 3, 5, 7, 20, 30)),  # the maturities of claims.assets
        "real_yield_10y",
        "breakeven_10y",
        "fed_funds",
    )
)
#: A price's number: thousands grouped with commas ("96,200.5") or not ("2415", "4.33").
PRICE_NUM_RE = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|(?:st|nd|rd|th)\b)"  # no "5th"
#: A number that reads as a price with no currency sign before it: thousands grouped with
#: commas ("2,415.50"), or one or two decimals ("96.25"); never a plain count ("2025").
PRICE_BARE_RE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2}"
#: A rate's number in percent, below 100 with at most three decimals ("4.25", "5.375").
RATE_NUM_RE = r"\d{1,2}(?:\.\d{1,3})?"
#: The unit a price is quoted in, after it ("$2,400 an ounce", "$80 a barrel").
PER_UNIT_RE = r"(?:(?:an?|per) (?:ounce|oz|barrel|coin|token|troy ounce))"
#: Scheduled events a date may name ("the July 24 rate decision", "the June 18 meeting").
SCHEDULED_RE = (
    r"(?:decision|meeting|announcement|deadline|release|vote|hearing|auction|summit|testimony"
    r"|speech|report)"
)
#: The hedges of a size or a margin: "by nearly 10%", "some 2%", "more than 5 points".
MARGIN_HEDGE_RE = r"(?:nearly|almost|about|around|some|over|more than|roughly)"
#: The nouns of an extreme a price reached ("its record", "the 2021 peak", "a trough").
EXTREME_NOUN_RE = r"(?:high|low|peak|record|top|bottom|trough)"
#: One character of the same sentence: no full stop or semicolon, but a decimal point.
IN_SENTENCE_RE = r"(?:[^.;]|\.(?=\d))"
#: The hedge before a span's count: "in more than five years", "in nearly a decade".
ROUGHLY_RE = (
    r"(?:(?:just |well )?(?:more than|over|under|nearly|almost|about|around|roughly"
    r"|approximately|some|close to|upwards of) )?"
)
#: The hedge before a stated figure: "about $82,000", "roughly 98.5", "~4.2%".
ABOUT_RE = r"(?:about|around|roughly|approximately|approx\.|nearly|almost|some|circa|~)"
#: Words of a clause that looks forward: a day or date after them lies ahead of the text.
LOOKS_AHEAD_RE = (
    r"\b(?:will|'ll|is due|are due|due (?:on|out)|scheduled|slated|looks? ahead|upcoming"
    r"|later this week|await(?:s|ing)?|(?:plan|intend)(?:s|ing)? to|(?:is|are) set to)\b"
)


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation.

    >>> month_number("Sept."), month_number("march")
    (9, 3)
    """
    return [m[:3] for m in MONTHS].index(name.lower().rstrip(".")[:3]) + 1


def words_re(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` (each may be a pattern fragment).

    >>> words_re(["up", "down"])
    '(?:up|down)'
    """
    return "(?:" + "|".join(words) + ")"


def count_re(upto: int, low: int = 1) -> str:
    """A count written in digits or as a word from ``low`` to ``upto`` ("13", "seven").

    >>> count_re(3)
    '(?:\\\\d+|one|two|three)'
    """
    return words_re([r"\d+", *NUMBER_WORDS[low : upto + 1]])


def count_value(word: str | None, default: int = 1) -> int:
    """The value of a count read by :func:`count_re` ("seven" -> 7, "13" -> 13); nothing,
    or a word that is no count ("several"), is ``default``."""
    if not word:
        return default
    w = word.lower()
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.index(w) if w in NUMBER_WORDS else default


def ending(*phrases: str, gap: str = r"\s*") -> re.Pattern[str]:
    """A pattern that finds one of ``phrases`` (whole words) ending a text, with ``gap``
    between it and the end ("prices rose by more than " ends with "more than")."""
    return re.compile(rf"\b{words_re(phrases)}\b{gap}$", re.IGNORECASE)


def any_of(*phrases: str) -> re.Pattern[str]:
    """A pattern that finds one of ``phrases`` as whole words, in any case."""
    return re.compile(rf"\b{words_re(phrases)}\b", re.IGNORECASE)


#: A trading band told as a price pair before a range noun: "changing hands in the $1,840-$1,880
#: range", "stuck in a $3,300\u2013$3,350 band" (the bounds ``a`` and ``b``, ``d1`` the sign).
BAND_RE = re.compile(  # "has held in the range": a span of days before, not one day's band
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\blargely )(?<!\bmostly )"
    r"\b(?:trad\w+|hover\w*|stuck|held|holding|consolidat\w+|churn\w*|rang\w+|mov\w+)"
    r" (?:with)?in (?:the|a|an) (?:tight |narrow |wide )?(?P<d1>(?:US)?\$\s?)?"
    r"(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?[-\u2013]\s?(?P<d2>(?:US)?\$\s?)?"
    r"(?P<b>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?) (?:range|band|zone|area|corridor)\b",
    re.IGNORECASE,
)
#: The modal verbs of a move only supposed or still ahead: "a 10% rise would lift miners",
#: "could start 2026 higher".
MODAL_RE = r"(?:would|could|might|may|will|should|can)"
#: A month's name (capitalised) with no day or year after it: "starts March", not "March 4".
BARE_MONTH_RE = rf"(?-i:{MONTH_NAME_RE})\b(?!,? {YEAR_RE}|\.? [0-3]?\d\b)"
#: One word with its apostrophes and hyphens: "Fed's", "year-end", "investors'".
WORD_RE = r"[\w'\u2019-]+"
#: What a percentage right before it is a share, a chance or a levy of, not a move: "a 40%
#: stake", "70% odds", "a 25% tariff (threat)", "40% for a big rally or 60% for a slump" (a
#: scenario's odds; "5% for a third straight rally" is a move).
SHARE_RE = re.compile(
    r"^\s*(?:of(?! (?:its|their|the) (?:\w+ )?(?:value|worth))|chance|probability|odds|stakes?"
    r"|(?:import |export )?(?:tariffs?|levy|levies|dut(?:y|ies)|tax(?:es)?)(?!-)"
    r"|share|likelihood|interest rate|for an? (?!(?:\w+ly|first|second|third|\w+th|straight"
    r"|consecutive|record|fresh|new)\b)(?:[\w-]+ )?(?:rally|sell-?off|crash|rebound))\b",
    re.I,
)
