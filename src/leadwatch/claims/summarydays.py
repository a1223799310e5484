"""The day a summary line borrows from the body that tells its figure with a day (pure).

A summary bullet (any sentence of its line) or the opening sentence often restates a
figure with no time of its own ("Bitcoin fell to about $61,300, its lowest since 2024")
that the body tells again with its day ("Bitcoin traded as low as $61,300 on Thursday
night"). The summary's claims are of that day: each claim of the summary's sentence for
that asset which names no day of its own takes the body's (the record told beside the
level too), and the body's night ("on Thursday night": graded on the next UTC day as well
for an asset trading around the clock). A summary line with a time of its own, or a
figure the body does not date, keeps what it has.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from leadwatch.claims.model import Claim
from leadwatch.claims.nights import night_of
from leadwatch.claims.periodrepeats import drop_period_repeats
from leadwatch.claims.priorlevelmoves import from_prior_levels
from leadwatch.claims.summary import drop_headline_repeats, summary_rank
from leadwatch.claims.text import Sentence

__all__ = ["summarized", "summary_days"]

#: The rank of the body proper in :func:`leadwatch.claims.summary.summary_rank`.
_BODY = 3


def summarized(text: str, sentences: tuple[Sentence, ...], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the repeats of a sentence pointing back at a span dropped
    (:func:`leadwatch.claims.periodrepeats.drop_period_repeats`), the headline's and the
    summary's repeats of the body (:func:`leadwatch.claims.summary.drop_headline_repeats`),
    then the summary's figures
    dated where the body dates them (:func:`summary_days`)."""
    claims = drop_period_repeats(sentences, claims)  # "Over the period, gold lost 2%"
    claims = from_prior_levels(claims)  # "above $124,000 ... a 10% drop to $112,000"
    return summary_days(text, sentences, drop_headline_repeats(sentences, claims))


def summary_days(text: str, sentences: tuple[Sentence, ...], claims: list[Claim]) -> list[Claim]:
    """``claims`` with those of a summary line (bullet or opening sentence) that name no
    day placed on the day the body gives the same figure (asset, kind and level or
    percentage) with. Only a single day found in the body lends it.

    Parameters
    ----------
    text
        The article's text.
    sentences
        The article's sentences.
    claims
        The article's claims.

    Returns
    -------
    list[Claim]
        The claims, those of a summary line dated where the body dates their figure.
    """
    rank = summary_rank(sentences)
    for before, after in pairwise(sentences):
        if rank.get(before.index) == 1 and "\n" not in text[before.end : after.start]:
            rank.setdefault(after.index, 1)  # the bullet's next sentence, on its line
    texts = {x.index: x.text for x in sentences}
    told: dict[tuple[object, ...], set[tuple[tuple[str, Any], bool]]] = {}
    for c in claims:
        if rank.get(c.sentence, _BODY) == _BODY and c.when is not None and _figure(c):
            night = night_of(texts.get(c.sentence, ""), c) is not None  # "Thursday night"
            told.setdefault(_figure(c), set()).add((c.when, night))
    lent: dict[tuple[int, str | None], tuple[tuple[str, Any], bool]] = {}
    for c in claims:
        if rank.get(c.sentence, _BODY) in (1, 2) and c.when is None and _figure(c):
            days = told.get(_figure(c), set())
            if len(days) == 1:
                lent.setdefault((c.sentence, c.asset), next(iter(days)))
    return [_placed(c, lent.get((c.sentence, c.asset))) for c in claims]


def _figure(c: Claim) -> tuple[object, ...]:
    """The figure a claim states (asset, kind, level, percentage); empty for none."""
    if (c.level is None and c.pct is None) or c.kind not in ("level", "move", "percent"):
        return ()
    return (c.asset, c.kind, c.level, c.pct)


def _placed(c: Claim, lent: tuple[tuple[str, Any], bool] | None) -> Claim:
    """``c`` on the day ``lent`` (a day, and whether the body said its night), when it names
    none and is a claim of a day. It is marked "summary": the body's claim, not this copy,
    is the evidence of the article's date; and "night" when the body said that night
    (:func:`leadwatch.claims.nights.night_of`)."""
    of_a_day = (
        c.kind in ("level", "move")
        or (c.kind in ("percent", "record") and c.window in (None, "day"))
        or (c.kind == "record" and (c.window or "").startswith("since:"))
    )
    if lent is None or c.when is not None or not of_a_day:
        return c
    day, night = lent
    marks = ("carried", "summary", *(("night",) if night else ()))
    return replace(c, when=day, qualifiers=(*c.qualifiers, *marks))
