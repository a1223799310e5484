"""Record words: "all-time high", "highest since 2012", "a 13-month high", "first time".

:func:`records` reads them as claims of kind ``record`` (a past record is kept only with its
month; a record over a stated span carries it as its window: ``since:2012``, ``last:13:month``).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold hit an all-time high; silver hit its highest level in 13 years."
>>> [(c.asset, c.op, c.window) for c in records(s, find_assets(s), None, 0)]
[('gold', 'high', None), ('silver', 'high', 'last:13:year')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.attributes import attribute, quantity_record
from leadwatch.claims.clauses import clause_start, hypothetical
from leadwatch.claims.extremes import ORDINAL
from leadwatch.claims.model import GROUPS, Claim, last_before, nearest_before
from leadwatch.claims.printed import date_said_of
from leadwatch.claims.pushedprices import pushed_topic
from leadwatch.claims.recordbreak import YTD_NOUN, broken_records, in_view, so_far_window
from leadwatch.claims.recordspans import (
    DECADE_RE,
    SPAN_RE,
    against_other,
    last_week,
    left_lately,
    move_side,
    new_span,
    past_period,
    period_records,
    record_span,
    seen_day,
    with_partners,
)
from leadwatch.claims.recordsubjects import (
    OTHER_SUBJECT,
    cause_told,
    first_of_people,
    not_the_subject,
)
from leadwatch.claims.text import dated_noun, find_when, find_when_at
from leadwatch.claims.vocabulary import (
    ABOUT_RE,
    DOWN_NOUN_RE,
    PREVIOUS_DAY_RE,
    RARE_EXTREME_RE,
    WEEKDAYS,
    any_of,
    ending,
)

__all__ = ["records"]

_MAYBE = ending(
    *("could", "(?-i:may)", "might", "would", "will", "potentially", "verge", "poised", "set to"),
    *("on track", "expected to", "ready to", "aims?", "targets?", "yet to"),
    r"(?:has|have|had|did|does|do)(?: not|n['\u2019]t)",  # "hasn\u2019t hit a record"
    *(r"fail\w*", r"miss(?:ed|es|ing)?", "to (?:test|challenge|retest|revisit)"),
    gap=r"[^,;.]*",
)

#: The noun after "highest": "its highest level", "the lowest close", "its highest mark".
_LEVEL_NOUN = r"(?:level|close|point|price|reading|mark|print|finish|settlement|settle|range)"
_RECORD_RE = re.compile(
    r"\b(?:(?P<then>then-)|(?:all[- ]time|record|new|fresh|unprecedented|lifetime|historic(?:al)?)"
    r"(?:(?: and)? (?:closing|intra[- ]?day)){0,2} )(?P<hl>high|low|peak|height"
    rf"|{RARE_EXTREME_RE})s?\b|\bATH\b"  # "a record weekly close": the price's
    r"|\brecord\b(?: weekly(?= (?:close|finish)\b))?(?P<noun> [a-z]+)?|\b(?:new|fresh|(?:hit"
    r"|set|notched|posted|touched|reached|printed|made|at)(?: new| fresh)?) records\b"
    rf"|\b(?P<ytd>{YTD_NOUN})[- ](?:high|low)s?\b|\b(?P<rel>(?:(?:highest|lowest|strongest"
    r"|weakest)(?: (?:(?:closing|intraday|daily|weekly|price) )?"
    rf"{_LEVEL_NOUN}s?(?: ever)?)?|(?:best|worst) (?:level|close|price)s?)"
    r"(?: (?:ever )?(?:seen|recorded|reached|hit|touched|traded)"
    r"| \w+(?:['\u2019]?s| ha[sd]| have|['\u2019]ve) (?:been|traded|closed|printed|hit|fallen)"
    r"| (?:we|you)(?:['\u2019]ve| have)? (?:seen|witnessed))?"  # "the lowest we have seen"
    r"|(?P<seen>(?:(?:not|never|\w*n['\u2019]t) (?:been )?|last )(?:seen|witnessed|recorded)|unseen"
    r"|(?:not|\w*n['\u2019]t|last) (?:been )?(?:touched|reached|visited|hit|traded at))"
    r"|(?P<first>first time(?: [\w'\u2019]+){0,4}? (?:this|that|so|as) high(?= since\b)"
    r"|first time|(?<=for the )first ever\b|first (?:move|close|settlement|push|break|rise|climb"
    r"|jump|foray|trip|drop|fall|dip|slide|plunge)(?: (?:up|down|higher|lower))?(?= (?:above|over"
    r"|past|beyond|below|under) (?:US)?\$?\d[\d,.]*[kK]? (?:in (?:its |the )?history|ever"
    r"|on record|since)\b)"
    r"|first[- ]ever(?= (?:(?:daily |weekly )?(?:close|settlement|finish) )?(?:above|over|past"
    r"|beyond|below|under)\b)"
    r"|never (?:before )?(?:ha[sd] |have )?(?:been |traded |closed |settled "
    r"|risen |gone |climbed |fallen |dropped |sunk )?(?=(?:above|over|past|beyond|below|under)\b))"
    r"|(?:(?:more|less)[- ]than[- ](?:an? )?|near[- ]|nearly[- ]|almost[- ])?"
    rf"(?:{SPAN_RE})[- ](?P<nhl>high|low|peak|trough|top|bottom|{RARE_EXTREME_RE})"
    rf"|(?P<decade>{DECADE_RE})[- ](?P<dhl>high|low))"
    r"(?: (?P<rest>(?:(?:so|thus) far |yet )?(?:since|in|for|above|below|this)"
    r"(?:[^,.;]|\.(?=\s?\d)|,(?=\s?(?:19|20)\d\d\b)){2,40}|of the year\b))?",  # "May 5, 2022"
    re.IGNORECASE,
)
_VALUE_ON = re.compile(r",?\s+(?:(?:set|reached|hit|touched) )?on\s+[A-Z][\w.]*(?: \d{1,2})?")
# "for the first time in history", "on record", "in its 50-year history": ever.
_EVER = re.compile(
    r"(?:in (?:its |the |[\w-]+['\u2019]s )?(?:[\w-]+ )?history|on record|ever)\b", re.IGNORECASE
)
# A record of the past ("the all-time high in October", "set in 2011"), not "earlier this week"
_PAST_RECORD = re.compile(
    r"^(?![^,.;]{0,30}?\b(?:earlier )?(?:this|in the) week\b)"
    r"(?:[^,.;]{0,25}\b(?:set|hit|reached|touched|in (?:early |mid-|late )?[A-Z][a-z]+|earlier|"
    r"last (?:month|year|week)|of \$?[\d,.]+ on|previous|prior)\b|[^,.;]{0,8}\bin \d{4})"
)
# A record placed on the session before the one the sentence speaks of.
_DAY_BEFORE = re.compile(
    rf"^[^,.;]{{0,20}}\b(?:in|during|on) {PREVIOUS_DAY_RE}\b"
    r"|^[^,.;]{0,20}\b(?:a|one) (?:day|session) (?:earlier|before)\b",
    re.IGNORECASE,
)
_RANKED_ON = ending(  # "its worst month on", "the steepest drop on" (not "highest") record
    r"\b(?:worst|best|(?!(?:high|low|lat|clos)est)[a-z]{3,}est)\b[^,.;]{0,30}\bon", gap=" "
)

# The side of a "first time" phrase: "fell below", "dipped under" (else above).
_DOWN_SIDE = (
    *("below", "under", "beneath", r"drop\w*", "fell", r"fall\w*", r"dip\w*", r"slip\w*"),
    *(r"s[aiu]nk\w*", r"slump\w*", r"tumbl\w*", r"plung\w*", r"los[ets]\w*"),
)
_LOWER = any_of(*_DOWN_SIDE)
#: The side, level and span of a "first time" told right after it: "below $100,000 since
#: June", "above $3,000 in its history".
_CROSSED = re.compile(
    r"\s+(?P<side>above|over|past|beyond|below|under)\s+(?:US)?\$?\d[\d,.]*[kK]?\s+"
    r"(?P<since>since\b[^,;.]*|in (?:its |the )?history|on record|ever)",
    re.IGNORECASE,
)
_SIDE = any_of(
    *_DOWN_SIDE, "above", "over", "past", "beyond", r"top\w*", r"ris\w*", "rose", r"climb\w*"
)


def _told_after(s: str, m: re.Match[str]) -> tuple[str, str | None]:
    """What "the first time" is said of when the clause after it tells it ("the first time
    ether has slipped below $3,000 since March"): the words up to "since", and the "since"
    phrase (``None`` when the clause has no side word or no "since")."""
    after = re.match(r"(?:[^,;.]|[,.](?=\d))*", s[m.end("first") :])
    clause = after.group(0) if after else ""
    since = re.search(r"\bsince\b", clause)
    if m.group("rest") or since is None or not _SIDE.search(clause[: since.start()]):
        return "", None
    return clause[: since.start()], clause[since.start() :].strip()


def _main_subject(s: str, m: re.Match[str], mentions: list[AssetMention]) -> str | None:
    """ "Despite record highs earlier in the month, BTC slipped": a record in an opening
    clause is the main clause's subject's (the first asset named after the comma)."""
    listed = _main_subjects(s, m, mentions)
    return listed[0] if listed else None


def _main_subjects(s: str, m: re.Match[str], mentions: list[AssetMention]) -> list[str]:
    """The assets listed as the main clause's subject ("Since reaching a record on
    February 19, the Dow, S&P 500 and Nasdaq have plunged": all three)."""
    if not re.match(r"\s*(?:despite|after|with|following|since|amid)\b", s[: m.start()], re.I):
        return []
    comma = s.find(",", m.end())
    after = [x for x in mentions if x.start > comma >= 0 and x.asset not in GROUPS]
    listed = after[:1]
    for x in after[1:]:
        if not re.fullmatch(r"[\s,]*(?:and\s*)?(?:the\s*)?", s[listed[-1].end : x.start]):
            break
        listed.append(x)
    return list(dict.fromkeys(x.asset for x in listed))


def _named_after(s: str, m: re.Match[str], mentions: list[AssetMention]) -> str | None:
    """ "the highest price for the metal since 2012": the asset named later in the clause."""
    end = re.search(r"[,;]", s[m.end() :])
    stop = m.end() + (end.start() if end else len(s))
    return next(
        (x.asset for x in mentions if m.start() < x.start < stop and x.asset not in GROUPS), None
    )


#: The calendar week or month before the article's, as a record's time: "last week's record".
_LAST_PERIOD = re.compile(
    r"\b(?:last|the previous|the prior) (?P<unit>week|month)['\u2019]s\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    out: list[Claim] = []
    # one record phrase per asset and side ("from a one-year high back to its lowest": both)
    done: set[tuple[str, str]] = set()
    for m in _RECORD_RE.finditer(s):
        if m.group("noun") and m.group("noun").strip().lower() not in _PRICE_NOUNS:
            continue  # "record years", "record demand": an adjective of another noun
        if cause_told(s, m.end(), m.group("noun")):
            continue  # "silver's record run is linked to solar demand": its causes told
        broken = _BREAKING.match(s, m.end())  # "a record-breaking year": the year's gains
        if broken and broken.group("noun") not in _PRICE_NOUNS:
            continue
        if ORDINAL.search(s[: m.start()]) or against_other(s[m.end() :]):
            continue  # "the second-highest close on record": a rank; "a high versus X": a ratio's
        if m.group(0).lower().startswith("record") and _RANKED_ON.search(s[: m.start()]):
            continue  # "its worst month on record": a move's rank (claims.extremes)
        named = pushed_topic(s, m.start(), mentions) or nearest_before(mentions, m.start(), s)
        group = last_before(mentions, m.start())
        if group is not None and group.asset in GROUPS:  # "Precious metals hit records" too
            continue  # "the dollar slipped, while precious metals hit records": the group's
        if any(x.asset == named and x.start < m.start() and attribute(s, x) for x in mentions):
            continue  # "gold demand rose to a new quarterly high": demand's record
        if named is None and not_the_subject(s, m.start(), mentions):
            continue  # "exports climbed to a record high": not the previous asset's
        if quantity_record(s, m.start()):
            continue  # "ETF holdings reached their highest since 2022": the holdings'
        asset = named or subject or _named_after(s, m, mentions) or _main_subject(s, m, mentions)
        asset = asset or next((x.asset for x in mentions if x.words == "(carried)"), None)
        maybe = _MAYBE.search(s[max(0, m.start() - 60) : m.start()])
        ahead = in_view(s, m.start()) or hypothetical(s, m.start(), m.end())  # "paving the way"
        if asset is None or maybe or ahead:
            continue  # "potentially reaching new all-time highs": not a record yet
        head = (
            m.group("rel") or m.group("nhl") or m.group("dhl") or m.group("hl") or m.group(0)
        ).lower()
        hl = "low" if re.search(r"low|weakest|worst|trough|bottom|nadir", head) else "high"
        if m.group("seen"):  # "climbed to levels not seen since May": the move's side
            hl = move_side(s[: m.start()]) or "high"
        if (asset, hl) in done:
            continue
        rest = m.group("rest")
        if m.group("first"):  # "below $3,000 for the first time since": a low
            lead = s[max(0, m.start() - 60) : m.start()]
            if re.search(r"\b(?:consecutive|straight|successive|in a row)\b", lead, re.I):
                continue  # "fell for a fourth day in a row for the first time": a streak's rank
            told, since = _told_after(s, m)
            crossed = _CROSSED.match(s, m.end("first"))  # "the first time below $100k since May"
            if crossed:
                lead, rest = crossed.group("side"), crossed.group("since")
            elif since is not None:  # "the first time BTC dipped below $100k since June"
                lead, rest = told, since
            if m.group("first").lower().startswith("never"):  # "had never been above $5,000"
                lead = s[m.end() : m.end() + 8]
                if re.match(r"(?:[^,;.]|[,.](?=\d)){0,40}\bsince\b", s[m.end() :]):
                    continue  # "never closed below $1,000 since 2021": not a record ever
            crossing = re.match(r"first (?!time|ever)", m.group("first"), re.I)
            if crossing:  # "a first climb over $X in history" ("since May"): the side after
                after = re.split(r";|[,.](?!\d)", s[m.end("first") :])[0]  # "... since May"
                lead, found = after[:12], re.search(r"\bsince\b.*", after)
                rest = found.group(0) if found else since
            hl = "low" if _LOWER.search(lead) else "high"
            if (asset, hl) in done:
                continue
            if (
                re.match(
                    r"\s*(?:since (?:its )?(?:launch|inception|creation|debut)|ever|on record"
                    r"|in (?:(?:its|their) )?(?:entire |whole )?(?:history|existence|life))\b|\s*$",
                    s[m.end("first") :],
                    re.IGNORECASE,
                )
                or not rest
                or _EVER.match(rest)
            ):
                if first_of_people(s, m.start(), m.end()):
                    continue  # "buying gold coins for the first time": people, no price
                out.append(
                    Claim(
                        i, "record", asset, m.group(0).strip(), hl, when=find_when_at(s, m.start())
                    )
                )
                done.add((asset, hl))
                continue
        when = dated_noun(s, m.start()) or find_when_at(s, m.start())
        when = None if seen_day(m, rest, when) else when  # "last seen in March": the span's
        if _DAY_BEFORE.match(s[m.end() :]):
            when = ("yesterday", 1)  # "the record it set in the prior session"
        past = bool(_LAST_PERIOD.search(s, 0, m.start())) or bool(_PAST_RECORD.match(s[m.end() :]))
        past = past or bool(
            re.search(
                r"\b(?:recent|earlier|previous|prior|former|last|after)\s+(?:\w+\s+)?$",
                s[max(0, m.start() - 30) : m.start()],
                re.IGNORECASE,
            )
        )
        past = past or bool(m.group("then"))  # "a then-high of $21": the record of that day
        head = m.group(0) if m.group("hl") else ""  # "so far in 2026", "a new low for the year"
        ytd = so_far_window(m.group("ytd") or m.group("rest") or "", head, s[m.end() :])
        lead = s[max(0, m.start() - 25) : m.start()]
        near = s[max(0, m.start() - 40) : m.start()]  # "away from hitting a fresh"
        value = re.match(r"\s*(?:of|at|was|is|:)?\s*(?:US)?\$?(\d[\d,]*(?:\.\d+)?)", s[m.end() :])
        if (m.group("nhl") or m.group("decade")) and value:  # "the 52-week low of 96.40"
            level = float(value.group(1).replace(",", ""))
            dated = _VALUE_ON.match(s, m.end() + value.end())  # "of 110 on January 15": its day
            day, span = (find_when(dated.group(0)) if dated else None), record_span(m)
            out.append(
                Claim(i, "record", asset, m.group(0).strip(), hl, level, when=day, window=span)
            )
            done.add((asset, hl))
            continue
        if m.group("nhl") and when is None and left_lately(s, m.start()):  # "eased from a
            out.append(Claim(i, "record", asset, m.group(0).strip(), hl, window=record_span(m),
                             qualifiers=("recent",)))  # fmt: skip
            done.add((asset, hl))
            continue
        if when != ("yesterday", 1) and (
            (m.group("nhl") and re.search(r"(?i)\b(?:below|under|from|off|than|of) \S* ?$", lead))
            or (  # "is within 1.8% of its all-time high" on a day named: still a distance
                (_AWAY.search(near) or _FROM.search(near))
                and (when is None or (_AWAY.search(near) and not _OWNER.search(near)))
                and not past
                and not m.group("first")
            )
        ):
            stated = _ABOUT_VALUE.match(s[m.end() :])
            if stated and m.group("hl"):  # "well below the all-time peak of $50": its value
                level = float(stated.group(1).replace(",", ""))
                out.append(Claim(i, "record", asset, m.group(0).strip(), hl, level, window="ever"))
            done.add((asset, hl))
            continue  # "3% below its all-time high": not a record today
        ytd = ytd or new_span(m, rest)  # "a fresh high in over five weeks": relative
        if m.group("rel") or m.group("nhl") or m.group("decade") or m.group("seen") or ytd:
            span = ytd or record_span(m, rest)
            if span is None:
                continue
            span = None if span == "ever" else span  # "the highest level ever recorded": all-time
            wk = last_week(s) if when is None and span is not None else ()
            words = m.group(0).strip()
            out.append(Claim(i, "record", asset, words, hl, when=when, window=span, qualifiers=wk))
        elif past:
            on = date_said_of(s, m.end()) if m.group("then") else None
            owned = _LAST_PERIOD.search(s[: m.start()])  # "last week's record": its own time
            period = None if (when and not owned) or on else past_period(s, m, _LAST_PERIOD)
            if period is not None:  # "below last week's record highs", "set earlier this month"
                out.append(Claim(i, "record", asset, m.group(0), hl, window=f"past:{period}"))
            elif on is not None:  # "May 3, 1985: silver jumped to a then-high": that day's
                out.append(Claim(i, "record", asset, m.group(0), hl, window=f"on:{on}"))
            elif when is not None and when[0] == "month":
                out.append(Claim(i, "record", asset, m.group(0), hl, when=when, window="past"))
            elif when is not None and when[0] in ("weekday", "yesterday", "date"):
                out.append(Claim(i, "record", asset, m.group(0), hl, when=when))  # that day's
        else:
            at = dated_noun(s, m.start(), months=True) or find_when_at(s, m.start())
            out.append(Claim(i, "record", asset, m.group(0), hl, when=at))
        done.add((asset, hl))
    for c in list(out):  # the rest of a listed main subject ("the Dow, S&P 500 and Nasdaq")
        found = _RECORD_RE.search(s, max(s.find(c.words), 0))
        others = _main_subjects(s, found, mentions) if found is not None else []
        if others and others[0] == c.asset:
            out += [replace(c, asset=a) for a in others[1:] if a not in {x.asset for x in out}]
    for c in broken_records(s, mentions, subject, i):  # "breaking previous records"
        pos = s.find(c.words)
        quantity = OTHER_SUBJECT.search(s[clause_start(s, pos) : pos])  # "output topped"
        said = {x.asset for x in out}  # "eclipsed its previous all-time high": not a past one
        if c.asset not in said and not quantity and not _MAYBE.search(s[max(0, pos - 60) : pos]):
            out.append(c)
    for c in period_records(s, lambda pos: nearest_before(mentions, pos), i):
        pos = s.find(c.words)  # "yields climbed, reaching late 2023 highs"
        if c.asset not in {x.asset for x in out} and not hypothetical(s, pos, pos + len(c.words)):
            out.append(c)
    return with_partners(out, s, mentions)


def _to_the_record(head: str, *others: str) -> re.Pattern[str]:
    """``head`` (words of a distance), then a determiner and at most one word, ending the
    text: what stands before a record word that a distance is measured from (or one of
    ``others``, whole patterns of their own)."""
    tail = r"\s+(?:its|the|their|a|an)?\s*(?:[\w'\u2019-]+\s+){0,2}$"  # "last summer's"
    return re.compile("|".join([head + tail, *others]), re.IGNORECASE)


# "down 25% from its all-time high", "retreated from a record", "a reversal from fresh highs"
_FROM = _to_the_record(
    r"(?:%|per ?cent|points?|\b(?:retreat\w*|pull\w* back|revers(?:al|als|ed|ing|es)|fell|dropped"
    r"|slipped|eased|slid|turn(?:ed|ing|s)? (?:lower|down)"
    rf"|down|lower|drawdowns?|{DOWN_NOUN_RE}))\s+(?:from|off)"
)
_ABOUT_VALUE = re.compile(
    r"\s*(?:of|at|above|over|near|around)\s*"
    rf"(?:{ABOUT_RE}\s*|just )?(?:US)?\$?"
    r"(\d[\d,]*(?:\.\d+)?)"
)
# "3% below its all-time high", "shy of the record": a distance from a record, not one.
_AWAY = _to_the_record(
    r"\b(?:closer to|close to|nearer to|below|under|beneath|shy of|behind"
    r"|short of|off|within (?:(?:US)?\$?[\d,.]+%?|a whisker|striking distance|touching distance"
    r"|reach) of)",
    # "8% away from printing a fresh record": a distance, the record not yet set
    r"\baway from\s+(?:(?:its|the|their|an?|new|fresh|reaching|hitting|setting|making"
    r"|printing)\s+)*(?:[\w'\u2019-]+\s+)?$",  # "... away from its March record high"
)
_OWNER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?$")  # "below March's record": its own time
#: "record-breaking year", "record-setting 2025": "record" made an adjective of a period.
_BREAKING = re.compile(r"-(?:breaking|setting) (?P<noun>[a-z]+|\d{4}\b)")
#: Words "record" may stand before and still speak of the price.
_PRICE_NOUNS = frozenset(
    (
        *("high", "highs", "low", "lows", "peak", "peaks", "level", "levels", "close"),
        *("closing", "price", "prices", "territory", "run", "rally", "of", "in", "on"),
        *("at", "for", "this", "last", "set", "earlier", "above", "below", "after"),
        *("and", "as", "with", "when", "while", "since", "today", "yesterday", *WEEKDAYS),
    )
)
