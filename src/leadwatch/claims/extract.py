"""Rule-based claim extraction: price levels, records, moves, comparisons, percentages, stories.

:func:`extract_claims` reads an article and returns an :class:`Extraction`: its sentences
and the market claims found in them. Each :class:`Claim` keeps the sentence it came from, the
words that matched and what would check it (transparent rules, one pattern per kind below).

Patterns
--------
``level``
    ``<asset> ... at | near | above | below $X`` (``$90k``, a coin's "75k"): the asset before it.
``record``
    ``all-time high``, ``record high``, ``new high`` (``all-time low``/``record low``).
``move``
    ``<asset> surged/fell``, ``pushed <asset> lower``, ``the advance gathered pace`` (carried).
``comparison``
    ``surpassed <asset>``, ``outperformed``, ``has not followed``, ``lagged``.
``percent``
    ``<asset> rose/fell N%``; a percentage of what the store does not hold is a ``figure``.
``narrative``
    Generalisations ("historically", "often", "tends to", "in previous cycles") and
    lead-lag language, mapped to built-in theses by :func:`map_theses`.
``expectation``
    What markets expect of the Fed: not in the store, so not checkable.

Examples
--------
>>> ex = extract_claims("Silver climbed to a new all-time high today at $101. "
...                     "Bitcoin has not followed.")
>>> [(c.kind, c.asset, c.op, c.level, c.when) for c in ex.claims]
[('level', 'silver', 'at', 101.0, ('today', 0)), ('record', 'silver', 'high', None, ('today', 0)), \
('comparison', 'btc', 'lags', None, None)]
>>> ex.claims[-1].other
'silver'
"""

from __future__ import annotations

import re
from typing import Any

from leadwatch.claims.anaphora import period_figures, since_then
from leadwatch.claims.asides import outside_asides
from leadwatch.claims.assets import CARRY, GENERIC, AssetMention, find_assets, referents
from leadwatch.claims.attributes import attribute
from leadwatch.claims.baremoves import figures_window, stated_apart
from leadwatch.claims.belowpeak import from_extreme_window
from leadwatch.claims.cards import row_claims
from leadwatch.claims.carrieddays import NOW as _NOW
from leadwatch.claims.carrieddays import on_day as _on_day
from leadwatch.claims.causes import CAUSE_RE, CAUSED_OBJECT, ITS_ROLE, PUSHED, PUSHED_DOWN_UP
from leadwatch.claims.chartrefs import chart_refs
from leadwatch.claims.clausemoves import clause_moves
from leadwatch.claims.clauses import hypothetical
from leadwatch.claims.closedlevels import closed_levels
from leadwatch.claims.coinnouns import COINS, fitting_subject
from leadwatch.claims.compared import NO_RIVAL, compared_figures, compared_list
from leadwatch.claims.comparedterms import LAG_RE, OUTPERFORM_RE, topic_metal, white_metals
from leadwatch.claims.coordinated import Copied, coordinated, drop_restated, headline_copies
from leadwatch.claims.dashboard import dashboard_claims, rate_spans
from leadwatch.claims.dayof import day_named, day_of, looks_ahead, looks_back, own_window, same_day
from leadwatch.claims.destination import with_destinations
from leadwatch.claims.dollarless import dollar_figures
from leadwatch.claims.extremes import move_records
from leadwatch.claims.figures import percents
from leadwatch.claims.forecastlevels import forecast_starts
from leadwatch.claims.foreignsubjects import foreign_subject, fronted_other, heading_first
from leadwatch.claims.fromto import from_to_moves
from leadwatch.claims.fundmoves import fund_moves
from leadwatch.claims.futures import settled_on_futures
from leadwatch.claims.generic import outside_sayings
from leadwatch.claims.grouplists import group_members
from leadwatch.claims.intraday import SESSION_TURN
from leadwatch.claims.lastweek import last_week_days
from leadwatch.claims.laterpasses import later_passes
from leadwatch.claims.laterrecords import records
from leadwatch.claims.ledby import led_moves
from leadwatch.claims.leveldistance import distance_claim
from leadwatch.claims.levelverbs import verb_levels
from leadwatch.claims.levelwords import level_claims
from leadwatch.claims.lists import item_claim, list_leads, other_row
from leadwatch.claims.milestones import milestone_records
from leadwatch.claims.model import GROUPS, Claim, Extraction, nearest_before
from leadwatch.claims.monthwhen import month_when
from leadwatch.claims.multiples import multiples
from leadwatch.claims.narrative import GENERAL_RE, map_theses
from leadwatch.claims.nearrecords import near_records
from leadwatch.claims.newhighs import spanned_new_records
from leadwatch.claims.nonpercentmoves import dollar_moves, flat_moves, point_moves
from leadwatch.claims.notclaims import compared_vague, unstated_moves, value_rank
from leadwatch.claims.nounmoves import moved_after
from leadwatch.claims.numbers import figure_at
from leadwatch.claims.parallelwindows import parallel_windows
from leadwatch.claims.parenprices import paren_levels
from leadwatch.claims.pastanchor import then_anchor
from leadwatch.claims.pastforecasts import past_prices
from leadwatch.claims.pastlevel import past_levels
from leadwatch.claims.peakvalues import stated_peaks
from leadwatch.claims.periodmoves import period_closes, period_moves
from leadwatch.claims.policyrecords import with_policy_records
from leadwatch.claims.possessive import possessive_levels
from leadwatch.claims.pronouns import group_referent
from leadwatch.claims.pronouns import indicator_referent as its_data
from leadwatch.claims.proxies import stated_only
from leadwatch.claims.pullbacks import drop_pullbacks
from leadwatch.claims.ratios import ratio_claims
from leadwatch.claims.recordcounts import without_counted
from leadwatch.claims.repeats import said_once
from leadwatch.claims.reviewmonths import review_months
from leadwatch.claims.saidperiods import said_periods
from leadwatch.claims.shared import shared_moves
from leadwatch.claims.spanstarts import span_dated_levels, span_start_levels
from leadwatch.claims.statedweeks import stated_weeks
from leadwatch.claims.storyrecords import story_records
from leadwatch.claims.streaks import with_streaks
from leadwatch.claims.subjects import colon_subject, passive_by
from leadwatch.claims.summary import is_heading
from leadwatch.claims.summarydays import summarized
from leadwatch.claims.text import Sentence, find_when, find_when_at, plain_figures, split_sentences
from leadwatch.claims.vocabulary import DOWN_VERB_RARE_RE, NON_PRICE_RE, STEP_RE, UP_VERB_RARE_RE
from leadwatch.claims.whosefigure import whose_figures
from leadwatch.claims.windows import find_windows, window_near
from leadwatch.claims.wrapped import page_prose
from leadwatch.claims.yearopenings import year_part_opening
from leadwatch.claims.yearparts import part_records

__all__ = ["Claim", "Extraction", "extract_claims", "map_theses"]

_VERB_UP = (
    r"surged|rallied|rose|climbed|gained|jumped|soared|advanced|strengthened|added|rebounded"
    rf"|recovered|spiked|firmed|edged (?:up|higher)|(?:is|are|was|were) up|{UP_VERB_RARE_RE}"
    r"|(?:is|are|was|were) (?:rising|surging|rallying|climbing|trading higher|soaring|jumping)"
)
_VERB_DOWN = (
    r"fell|dropped|declined|slumped|slid|plunged|weakened|tumbled|slipped|lost|sank|shed"
    rf"|retreated|eased|dipped|plummeted|crashed|edged (?:down|lower)|{DOWN_VERB_RARE_RE}"
    r"|(?:is|are|was|were) (?:down|off(?! to (?:a|an|the|its|their) (?:[\w-]+ ){0,2}start\b))"
    r"|(?:is|are|was|were) (?:falling|declining|weakening|dropping|sliding|trading lower"
    r"|plunging|tumbling|sinking|slumping|plummeting|crashing)"
)
_AFTER_ASSET = re.compile(
    rf"^(?:'s|\u2019s)?(?: prices?| futures| ind(?:ices|exes)| value)?(?: \([^()]{{0,40}}\))?"
    r"(?: (?:has|have|had))?"
    rf"(?: now| also| just| both| all)?(?: been)? (?:(?P<up>{_VERB_UP})|(?P<down>{_VERB_DOWN}))\b"
    r"(?! (?:another|a|an|more|fuel|weight|pressure|to (?:the|its) (?:pressure|case|worries)"
    rf"|{NON_PRICE_RE}|{CAUSED_OBJECT}|{SESSION_TURN})\b)",
    re.IGNORECASE,
)
_PUSH_RE = re.compile(  # "pushed real yields lower"; "drove down the dollar" (causes)
    rf"{PUSHED}(?: (?P<obj>[\w .]{{1,30}}?) (?P<dir>lower|higher)\b|{PUSHED_DOWN_UP})", re.I
)
_PERFECT = re.compile(r"\b(?:has|have|had)\b(?!\s+(?:a|an|the|no|its|their|to)\b)", re.I)
_IF = re.compile(r"\b(?:if|unless|whether|should)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)
_TREND_RE = re.compile(r"\b(?:the|this) (?:rally|upward trend|uptrend|rise|advance|trend)\b", re.I)
_EXPECT_RE = re.compile(
    r"\b(?:expected to|pricing in|betting that|expectations? (?:for|of)|will initiate)\b", re.I
)


def _sentence_claims(
    s: str, index: int, mentions: list[AssetMention], subject: str | None, previous: list[str]
) -> list[Claim]:
    if is_heading(s):
        return []
    when = find_when(s)
    assets = [m.asset for m in mentions]
    named = [a for a in assets if a not in GROUPS]
    if not assets and re.search(r"\b(?:both|these two|the two)\b", s, re.IGNORECASE):
        assets = previous
    claims: list[Claim] = []
    if GENERAL_RE.search(s) and (assets or re.search(r"\b(?:rally|rallies)\b", s)):
        names = map_theses(s, assets or ([subject] if subject else []))
        first = named[0] if named else subject
        claims.append(Claim(index, "narrative", first, s, theses=names))
        if not re.search(r"[$%]|\d{3}|\d[.,]\d", s):  # a story with no figure: its records only
            return claims + story_records(s, mentions, subject if not named else None, index)
    if _EXPECT_RE.search(s) and "fed_funds" in assets:
        claims.append(Claim(index, "expectation", "fed_funds", s))
    claims += stated_peaks(s, index, mentions, subject, level_claims(s, index, mentions, subject))
    claims += paren_levels(s, index, mentions, None if named else subject, claims)
    claims += possessive_levels(s, index, mentions, subject, claims)  # "gold's $4,300"
    claims += verb_levels(s, index, mentions, claims, None if named else subject)  # "neared $40"
    claims += dashboard_claims(s, index, mentions, claims)  # "the S&P 500 (5,880, +0.3%)"
    claims += forecast_starts(s, index, mentions, claims)  # "seen easing from 4.33% to 3.5%"
    held_records = records(s, mentions, None if named else subject, index)  # near: by, not at
    claims += with_policy_records(s, index, near_records(s, held_records))
    claims += (spans := from_to_moves(s, index, mentions))  # "slid from $2,450 to $2,380"
    claims = span_dated_levels(s, claims + span_start_levels(s, spans))  # "between May 2 and 6"
    held = {(c.asset, c.level) for c in claims if c.kind == "record" and c.window == "ever"}
    claims = [c for c in claims if c.kind != "level" or (c.asset, c.level) not in held]
    claims = without_counted(claims + move_records(s, mentions, None if named else subject, index))
    claims += part_records(s, mentions, subject if not named else None, index)  # "worst Q1"
    compared = []  # "3% above its January 1 level": a comparison, not a move
    for asset, side, pct, ref, level, words in past_levels(s, mentions, subject):
        claims.append(
            Claim(index, "comparison", asset, words, side, level, pct, window="ref:" + ref)
        )
        compared.append((s.find(words), s.find(words) + len(words)))
    inside = [c for c in claims if c.kind == "level" and _within(s, c.words, compared)]
    claims = [c for c in claims if c not in inside]  # "its January 1 level of $150": the past
    claims = past_prices(s, index, mentions, subject, claims)  # "as low as $31.20 in March"
    claims = chart_refs(s, index, mentions, subject, claims)  # "the March 12 low at $2,650"
    windows = find_windows(s)
    window = windows[0][1] if windows else None
    compare = None if value_rank(s) else LAG_RE.search(s) or OUTPERFORM_RE.search(s)
    if compare and not compared_vague(s, compare, window):  # not "will outperform"
        op = "lags" if LAG_RE.search(s) or passive_by(s, compare.end()) else "outperforms"
        # "It still trails the rally in silver": the subject carried from before lags
        carried_first = subject if subject is not None and subject not in named else None
        first = nearest_before(mentions, compare.start()) or carried_first
        first = first or (named[0] if named else subject)
        ranked = compare.group(0).lower().startswith(("best", "strongest"))  # among a group
        sides = [*named, *([] if ranked else [subject])]  # a named rival, else the subject
        other = next((a for a in sides if a not in (first, None, *NO_RIVAL)), None)
        first, other = colon_subject(s, compare.start(), compare.end(), mentions) or (first, other)
        for each in (compared_list(s, mentions, compare.end(), other) or [other]) if first else []:
            claims.append(  # "beating both A and B": one comparison each
                Claim(index, "comparison", first, compare.group(0), op, other=each, when=when,
                      window=window_near(s, compare.start(), windows) or window)
            )  # fmt: skip
    carried = subject if CARRY.match(s) or any(m.words == "(carried)" for m in mentions) else None
    for pct_asset, pct_op, pct, win, pct_words, quals in percents(s, mentions, carried, subject):
        if _within(s, pct_words, compared + rate_spans(s, mentions)):  # "4.2% (+0.05)"
            continue
        end = figure_at(s, pct_words) + len(pct_words)
        gap = from_extreme_window(s, end) if pct_asset else None
        pct_op, win = gap or (pct_op, win)  # "30% below its October peak": a move from it
        if pct_op is None:
            claims.append(distance_claim(index, s, pct_asset, pct_words, pct))  # "1% shy of"
            continue
        at, win = day_of(s, max(s.find(pct_words), 0), win)
        claims.append(Claim(index, "percent", pct_asset, pct_words, pct_op, pct=pct, when=at,
                            window=win, qualifiers=quals))  # fmt: skip
    named_subject = carried or (subject if not named else None)
    found = multiples(s, mentions, carried) + dollar_moves(s, mentions, named_subject)
    found += flat_moves(s, mentions, carried) + point_moves(s, mentions, named_subject)
    for asset, op, pct, win, words, quals in found:  # "doubling", "adding $0.85"
        at, win = day_of(s, max(s.find(words), 0), win)
        kind = "move" if "usd" in quals else "percent"
        claims.append(
            Claim(index, kind, asset, words, op, pct=pct, when=at, window=win, qualifiers=quals)
        )
    claims = clause_moves(s, index, mentions, claims + shared_moves(s, claims, mentions))
    claims = with_streaks(s, index, mentions, claims, when)  # "up three sessions in a row"
    claims += period_moves(s, index, mentions, claims)  # "It ended 2025 in the red"
    claims += led_moves(s, index, mentions, claims, when)  # "Crypto fell, led by declines in BTC"
    if compare:
        return compared_figures(s, claims)  # the comparison, with the moves it quotes
    accel = bool(re.search(r"\baccelerat\w*", s, re.IGNORECASE))
    for asset, op, words in _moves(s, mentions, subject, window):
        if stated_apart(s, asset, words, claims):
            continue  # "fell below $80k" states the move; "rose 1% as silver climbed" too
        session = re.search(STEP_RE, words, re.I) or not _PERFECT.search(s)  # "ticked up"
        own = own_window(s, (asset, s.find(words) + len(words)), windows, mentions)
        step = own or figures_window(claims) or ("day" if session else None)  # else a trend
        claims.append(
            Claim(index, "move", asset, words, op, when=when, window=step, accelerating=accel)
        )
    return compared_figures(s, claims)  # a no-op where no figure stands


#: A subordinate clause fronted before the subject "it" ("Before the Fed cut rates on
#: December 18, it had been near 4.4%"): the assets it names are not the subject.
_FRONTED_IT = re.compile(
    r"\W*(?:before|after|when|while|as|although|though|once|until|following)\b[^,;]{3,120},"
    r"\s*(?:it|they)$",
    re.IGNORECASE,
)


def _within(s: str, words: str, spans: list[tuple[int, int]]) -> bool:
    return any(a <= figure_at(s, words) < b for a, b in spans)


def _moves(
    s: str, mentions: list[AssetMention], subject: str | None, window: str | None
) -> list[tuple[str, str, str]]:
    """(asset, up/down, words) for each move stated with its asset (rules in the module doc)."""
    found: list[tuple[str, str, str]] = []
    # a subject carried by "prices"/"they" counts for figures, not for bare move verbs
    mentions = [m for m in mentions if m.words != "(carried)"]
    for m in mentions:
        after = _AFTER_ASSET.match(s[m.end :]) or moved_after(s, m.start, m.end)  # "saw a spike"
        if _IF.search(s, 0, m.start):
            continue  # "shorts face liquidation if the coin climbed back to $72,000"
        if after and m.asset not in GROUPS and not attribute(s, m):  # "demand for gold rose"
            found.append((m.asset, "up" if after.group("up") else "down", m.words + after.group(0)))
    for push in _PUSH_RE.finditer(s):
        if hypothetical(s, push.start(), push.end()):
            continue  # "could push gold even higher": a forecast
        k, d = ("pobj", push["part"]) if push["part"] else ("obj", push["dir"])
        for m in mentions:
            if push.start(k) <= m.start < push.end(k) and m.asset not in GROUPS:
                found.append((m.asset, "down" if d.lower() in ("down", "lower") else "up", push[0]))
    for cause in CAUSE_RE.finditer(s):
        for m in mentions:
            gap = s[cause.end() : m.start] if m.start >= cause.end() else "x"
            if gap in ("", "the ") and m.asset not in GROUPS and not ITS_ROLE.match(s, m.end):
                verb = cause.group("verb").lower()
                found.append((m.asset, "down" if verb[0] == "w" else "up", cause[0] + m.words))
    trend = _TREND_RE.search(s)
    if trend and window and not mentions and subject:
        found.append((subject, "up", trend.group(0)))
    return found


def extract_claims(text: str) -> Extraction:
    """Split ``text`` into sentences and extract the market claims of the article body.

    Boilerplate (comments, disclaimers, page furniture after the article) is kept
    as sentences but yields no claims. Any text is accepted: empty, mixed scripts,
    markup (it is only matched, never interpreted).
    """
    text = page_prose(text)  # link notes and a layout's line breaks: same offsets
    sentences = tuple(split_sentences(text))
    claims: list[Claim] = []
    periods: list[tuple[int, tuple[str, Any]]] = []
    subject: str | None = None
    metal, previous = "silver", ["silver"]
    index: str | None = None  # the last index named: what "the gauge" stands for
    coin: str | None = None  # the last coin named: what "the token" stands for
    last: Sentence | None = None
    day: tuple[str, Any] | None = None  # the day word of the previous sentence
    dated: tuple[str, Any] | None = None  # the day (or date) it names
    leads = list_leads(text, list(sentences))  # a list's lead lends its window and asset
    lent: dict[int, tuple[str | None, str | None]] = {}
    rows = row_claims(sentences)  # "Weekly Loss: -0.9 points", "Bitcoin\n$87,412\n-1.2% (24h)"
    copied: set[Copied] = set()
    for sent in sentences:
        if sent.boilerplate:
            continue
        s = dollar_figures(plain_figures(sent.text))  # "at around 75k": $75k
        mentions = outside_asides(s, find_assets(s, metal, index))  # "Gold, like silver, rose"
        mentions = white_metals(mentions, metal)  # "the white metal" after platinum: platinum's
        named = [m for m in mentions if m.asset not in GROUPS]
        window, lead_asset = lent.get(leads.get(sent.index, -1), (None, None))
        if lead_asset is not None and not named and not other_row(s):  # "One month ago: +23.9%"
            mentions = [AssetMention(lead_asset, 0, 0, "(carried)"), *mentions]
        mentions = group_members(s, mentions, previous)  # "the metals ..., respectively"
        generic = GENERIC.search(s)
        fronted = generic is not None and bool(_FRONTED_IT.match(s[: generic.end()]))
        if generic is not None and named and named[0].start < generic.start() + 30:
            generic = generic if fronted else None  # "gold ... its": the named asset leads
        if generic is not None and group_referent(s, generic.start(), mentions):
            generic = None  # "Precious metals lost 1% while their miners ...": the group's
        held = None if its_data(s, mentions, last) else fitting_subject(s, generic, subject, coin)
        foreign = foreign_subject(s, mentions) or fronted_other(s, mentions, text[: sent.start])
        held = None if foreign else held  # "Acme's stock fell 9%"
        if held is not None and (CARRY.match(s) or generic):
            at = 0 if generic is None else generic.start()
            mentions = sorted(
                [AssetMention(held, at, at, "(carried)"), *mentions], key=lambda m: m.start
            )
        if (found := rows.get(sent.index)) is None:  # a row line owns its figures, or none
            found = _sentence_claims(s, sent.index, mentions, held, previous)
        found = said_periods(s, found)  # "opened the week down 0.9%": Monday's move
        then = then_anchor(s, last.text if last is not None else "") or year_part_opening(s)
        found = (
            found if then is None else past_prices(s, sent.index, mentions, subject, found, then)
        )
        found, before = coordinated(s, mentions, found, last.text if last else ""), len(found)
        copied |= headline_copies(s, found[before:])  # a told sentence's copies stay
        found = period_closes(s, outside_sayings(s, drop_pullbacks(s, found)), mentions, sent.index)
        found = closed_levels(s, found)  # "it had closed above $62,000": the close's
        if sent.index in leads:
            found = [item_claim(c, s, window) for c in found]
        when = find_when(s)
        same_paragraph = last is not None and "\n" not in text[last.end : sent.start]
        carry = dated if same_day(s) else day if same_paragraph else None  # "on the day"
        if when is None and carry is not None and not _NOW.search(s):
            found = [_on_day(c, carry) for c in found]  # the day the sentence before names
        claims.extend(found)
        last = sent
        if when is not None or not same_paragraph or _NOW.search(s):  # a time of its own
            own = find_when_at(s, len(s))  # the day named last; "yesterday's high" qualifies a noun
            day = own if own is not None and own[0] in ("weekday", "yesterday") else None
            dated = day_named(s)  # any day named, dates too: what "on the day" refers to
            day = None if (day == ("yesterday", 1) and looks_back(s)) or looks_ahead(s) else day
        if when is not None and when[0] in ("month", "year_start"):
            periods.append((sent.index, when))
        metal, index = referents(mentions, metal, index)
        coin = next((m.asset for m in reversed(mentions) if m.asset in COINS), coin)
        metal = topic_metal(s, metal)  # "Silver did better than gold. The metal ...": silver
        if mentions:
            previous = list(dict.fromkeys(m.asset for m in mentions))
            here = [m.asset for m in mentions if m.asset not in GROUPS and m.words != "(carried)"]
            here = heading_first(s, here, mentions)  # "Pressured by the dollar, gold ...": gold
            # a named asset becomes the subject; a carried one stays, as after "After a cut, it"
            subject = held if (fronted or CARRY.match(s)) and held else next(iter(here), subject)
        spans = find_windows(s)
        lent[sent.index] = (spans[-1][1] if spans else None, named[0].asset if named else None)
    claims = said_once(text, sentences, claims)  # a line printed twice, a subheading: once
    claims = whose_figures(sentences, stated_only(drop_restated(claims, copied)))  # "in euros"
    claims = month_when(sentences, since_then(sentences, with_destinations(claims, sentences)))
    claims = review_months(text, sentences, claims)  # "March was ...; up 2% for the month"
    claims = last_week_days(text, sentences, later_passes(sentences, claims, text))  # "a -> b -> c"
    claims = parallel_windows(sentences, stated_weeks(sentences, claims))  # "also": its window
    claims = settled_on_futures(summarized(text, sentences, claims), sentences)
    claims = ratio_claims(sentences, spanned_new_records(claims))  # "gold/silver ratio at 80"
    claims = fund_moves(unstated_moves(sentences, milestone_records(claims, sentences)))  # "GLD"
    return Extraction(text, sentences, tuple(period_figures(sentences, claims)), tuple(periods))
