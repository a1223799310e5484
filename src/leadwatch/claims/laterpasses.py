"""Readers that run over the whole article once its sentences' claims are read (pure):
runs of closes (:func:`leadwatch.claims.closelists.close_lists`) and moves named as nouns
whose asset is the verb's object (:func:`leadwatch.claims.objectmoves.object_moves`), a year's
extreme told of a past day (:func:`leadwatch.claims.datedextremes.dated_extremes`) and a
peak named by its day (:func:`~leadwatch.claims.datedextremes.dated_peaks`), earlier
prices quoted beside a level (:func:`leadwatch.claims.priorquotes.prior_quotes`), two
assets moving opposite ways (:func:`leadwatch.claims.contrasts.contrasted_moves`), a week's
move sized beside its noun (:func:`leadwatch.claims.periodsizes.period_sizes`), moves
and prices told of a printed past day (:func:`leadwatch.claims.pastdays.past_dated`), and
prices under a US evening time stamp (:func:`leadwatch.claims.eveningstamps.evening_quotes`),
prices reached "nearly" (:func:`leadwatch.claims.levelops.hedged_levels`), a record
named in a past price's words (:func:`leadwatch.claims.recordtimes.past_level_records`),
a move told beside its period's rank
(:func:`leadwatch.claims.periodmoves.ranked_period_moves`), and a price a fall went through
(:func:`leadwatch.claims.downcrossings.fell_through`), and bonds' moves told of their price
(:func:`leadwatch.claims.bondprices.bond_price_moves`), a window said after a list of
moves (:func:`leadwatch.claims.listwindows.listed_windows`), and a lead's bare move the next
sentences size (:func:`leadwatch.claims.leadrestated.lead_restated`)."""

from __future__ import annotations

from collections.abc import Sequence

from leadwatch.claims.bondprices import bond_price_moves
from leadwatch.claims.closelists import close_lists
from leadwatch.claims.contrasts import contrasted_moves
from leadwatch.claims.datedextremes import dated_extremes, dated_peaks
from leadwatch.claims.downcrossings import fell_through
from leadwatch.claims.eveningstamps import evening_quotes
from leadwatch.claims.leadrestated import lead_restated
from leadwatch.claims.levelops import hedged_levels
from leadwatch.claims.listwindows import listed_windows
from leadwatch.claims.model import Claim
from leadwatch.claims.objectmoves import object_moves
from leadwatch.claims.pastdays import past_dated
from leadwatch.claims.periodmoves import ranked_period_moves
from leadwatch.claims.periodsizes import period_sizes
from leadwatch.claims.priorquotes import prior_quotes
from leadwatch.claims.recordtimes import past_level_records
from leadwatch.claims.text import Sentence

__all__ = ["later_passes"]


def later_passes(
    sentences: Sequence[Sentence], claims: Sequence[Claim], text: str = ""
) -> list[Claim]:
    """``claims`` completed by the article-wide readers (``text``: the article the
    ``sentences`` were split from, for the printed past days)."""
    found = object_moves(sentences, close_lists(sentences, claims))
    found = prior_quotes(sentences, dated_peaks(sentences, dated_extremes(sentences, found)))
    found = period_sizes(sentences, contrasted_moves(sentences, found))  # "weekly gain (+4%)"
    found = evening_quotes(sentences, hedged_levels(found))  # "nearly $3,500"; "by 19:56 ET"
    texts = [s.text for s in sentences]
    found = past_level_records(texts, found)  # "a record $54 last week"
    found = ranked_period_moves(texts, found)  # "rose 5%, posting its best week since May"
    found = fell_through(texts, found)  # "slipped below $80,000": a crossing, for dating
    found = bond_price_moves(texts, found)  # "Treasuries rallied": yields fell
    found = listed_windows(texts, found)  # "up +2.2% and +20.5% over the week": both
    found = lead_restated(found)  # "Gold slipped on Friday. Spot gold was down 0.5%": once
    return past_dated(text, sentences, found) if text else found
