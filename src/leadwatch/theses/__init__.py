"""Theses as data: the schema, the loader, and the built-in theses of the three articles.

A thesis file is TOML validated by :class:`Thesis` (see
:mod:`leadwatch.theses.schema` for every field). The built-in theses were
written for leadwatch from the articles in ``shared/articles`` (which are not
part of the package). :data:`TEMPLATE` is the commented template that
``leadwatch thesis new`` writes.

Examples
--------
>>> from leadwatch.theses import builtin_names, get_thesis
>>> builtin_names()[:2]
['silver-leads-bitcoin', 'gold-leads-bitcoin']
>>> thesis = get_thesis("silver-leads-bitcoin")
>>> [h.kind for h in thesis.hypotheses], thesis.source.dated_by.first_close_above
(['lead_lag', 'event'], 101.0)
>>> parse_thesis(TEMPLATE, "template.toml").name
'my-thesis'
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from leadwatch.errors import ThesisError
from leadwatch.theses import schema
from leadwatch.theses.loader import load_thesis, parse_thesis
from leadwatch.theses.schema import *  # noqa: F403  (the whole schema: see __all__)
from leadwatch.theses.schema import Thesis

__all__ = [
    "BUILTIN",
    "TEMPLATE",
    "builtin_names",
    "builtin_theses",
    "get_thesis",
    "load_thesis",
    "parse_thesis",
    "resolve_thesis",
]
__all__ += schema.__all__  # the whole schema: every class a thesis file is validated by

#: Built-in thesis names in the order of the issue (files in ``theses/builtin/``).
BUILTIN: tuple[str, ...] = (
    "silver-leads-bitcoin",
    "gold-leads-bitcoin",
    "stress-metals-first",
    "real-yields-dollar-silver",
    "debasement-phase",
    "liquidity-comovement",
    "silver-ath-bitcoin",
)


def builtin_names() -> list[str]:
    """Names of the built-in theses, in order."""
    return list(BUILTIN)


@functools.cache
def _builtin(name: str) -> Thesis:
    text = (
        resources.files("leadwatch.theses").joinpath("builtin", f"{name}.toml").read_text("utf-8")
    )
    return parse_thesis(text, f"leadwatch/theses/builtin/{name}.toml")


def builtin_theses() -> tuple[Thesis, ...]:
    """Every built-in thesis, validated, in order."""
    return tuple(_builtin(name) for name in BUILTIN)


def get_thesis(name: str) -> Thesis:
    """A built-in thesis by name, with a suggestion when the name is unknown."""
    if name in BUILTIN:
        return _builtin(name)
    import difflib

    close = difflib.get_close_matches(name, BUILTIN, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise ThesisError(
        f"no built-in thesis named '{name}'",
        fix=f"{hint}built-in theses: {', '.join(BUILTIN)}; or pass the path of a .toml file",
    )


def resolve_thesis(name_or_path: str | Path) -> Thesis:
    """A built-in thesis by name, or a thesis file by path (anything ending in ``.toml``)."""
    text = str(name_or_path)
    if text.endswith(".toml") or Path(text).is_file():
        return load_thesis(text)
    return get_thesis(text)


TEMPLATE = '''\
# A leadwatch thesis. Validate and run it with:  leadwatch thesis run this-file.toml
# Everything here is data (TOML): nothing in this file is executed.
# Series are catalog ids (leadwatch data status lists them): btc, silver, gold, dxy,
# real_yield_10y, fed_funds, vix, gpr, spx, ...
# Durations always carry a unit: "1 week", "26 weeks", "3 months", "10 trading days".

name = "my-thesis"                      # short name, shown in reports
title = "Silver leads Bitcoin by weeks to months"
claim = """The claim in words, as the source states it."""

[source]
article = "where the claim comes from (article, post, note)"
title = ""
quote = ""
# date = 2026-01-26                     # the source's date, if it prints one; or date it by rule:
# [source.dated_by]
# series = "silver"
# first_close_above = 101               # the first close above this level (or first_close_below)
# note = "why this rule dates the source"

# One or more hypotheses; kind is one of lead_lag, event, conditional, correlation, phase.

[[hypotheses]]
id = "weekly-lead"                      # unique within the thesis: letters, digits, - _ .
kind = "lead_lag"                       # leader's moves followed by follower's within lags
statement = "Silver's weekly moves are followed by Bitcoin's 1 to 26 weeks later"
leader = "silver"
follower = "btc"
lags = ["1 week", "26 weeks"]           # first and last lag searched
expected = "positive"                   # positive or negative
# horizon = "13 weeks"                  # predictive-regression horizon
# controls = ["dxy", "real_yield_10y"]  # condition on these series
# grid = "weekly"                       # weekly (default) or daily

[[hypotheses]]
id = "after-breakouts"
kind = "event"                          # follower's forward returns after leader events
leader = "silver"
follower = "btc"
rule = "breakout"                       # ath, breakout (52-week high), sigma, momentum
horizons = ["1 month", "3 months", "6 months"]
expected = "positive"

# [[hypotheses]]
# id = "weak-dollar"
# kind = "conditional"                  # target (minus versus) does better while `when` holds
# when = [{ series = "dxy", state = "falling", window = "13 weeks" }]   # rising, falling,
# combine = "all"                       # above_average, below_average; all or any
# target = "silver"
# horizon = "13 weeks"
# expected = "positive"

# [[hypotheses]]
# id = "together"
# kind = "correlation"                  # weekly returns of the pair correlate (more so in `when`)
# pair = ["silver", "btc"]
# expected = "positive"

# [[hypotheses]]
# id = "debasement-best"
# kind = "phase"                        # asset's forward returns in a phase of the phase model
# phase = "debasement"                  # safe_haven, debasement, risk_on, risk_off, neutral
# asset = "btc"
# expected = "best"                     # best, worst (vs other phases), positive, negative
# horizon = "120 trading days"
# # versus = "gold"                     # compare with another asset's forward return instead

# [prediction]                          # what the thesis predicts from the source's date
# series = "btc"
# direction = "up"                      # up, down, or together (with versus)
# horizons = ["1 month", "3 months"]
'''
