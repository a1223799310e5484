"""The thesis schema: what a thesis file may say, validated by pydantic.

A thesis is data, never code: a name, the claim in words, its source (article
and how the article is dated), one or more testable hypotheses, and optionally
the prediction it makes from its source's date (checked in the report's "What
happened next" section). Each hypothesis has a ``kind`` the engine knows:

``lead_lag``
    ``leader``'s moves are followed by ``follower``'s within ``lags`` (the
    whole lead-lag battery of :mod:`leadwatch.analysis.leadlag.battery`).
``event``
    After the leader's ``rule`` events (all-time high, 52-week breakout, ...)
    the follower's forward returns over ``horizons`` beat matched placebo dates.
``conditional``
    While the conditions in ``when`` hold, ``target`` (minus ``versus``) earns
    more (or less) over the next ``horizon`` than at other times.
``correlation``
    Weekly returns of ``pair`` move together (``expected`` sign); with ``when``,
    more so inside that regime than outside it.
``phase``
    ``asset``'s forward return over ``horizon`` in ``phase`` of the default
    phase model (:mod:`leadwatch.analysis.phases.classify`) is the ``best``/``worst``
    of the phases, or ``positive``/``negative``; with ``versus``, it beats
    (or trails) ``versus`` in that phase
    (:mod:`leadwatch.theses.evaluate.phase`).

Durations are written with their unit (``"2 weeks"``, ``"6 months"``,
``"10 trading days"``) and converted to grid periods by
:meth:`Duration.periods`: a bare number is an error, because "lag 4" means
different things on different grids.

Examples
--------
>>> Duration.parse("6 months").periods("weekly"), Duration.parse("2 weeks").periods("daily")
(26, 10)
>>> Duration.parse("3 fortnights")
Traceback (most recent call last):
...
ValueError: '3 fortnights' has an unknown unit 'fortnights'...
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from leadwatch.catalog import get_series
from leadwatch.theses.fields import Duration, DurationField, Grid, SeriesId, Sign, _Model

__all__ = [
    "KINDS",
    "Condition",
    "ConditionalHypothesis",
    "CorrelationHypothesis",
    "DatingRule",
    "Duration",
    "EventHypothesis",
    "Hypothesis",
    "LeadLagHypothesis",
    "PhaseHypothesis",
    "Prediction",
    "Source",
    "StrategyRule",
    "Thesis",
]

KINDS: tuple[str, ...] = ("lead_lag", "event", "conditional", "phase", "correlation")


def _distinct(first: str, second: str | None, names: str) -> None:
    """Refuse a hypothesis that names the same series in two roles."""
    if first == second:
        raise ValueError(f"{names} are the same series")


def _at_least_one(horizon: Duration, grid: str, period: str) -> None:
    if horizon.periods(grid) < 1:
        raise ValueError(f"horizon is shorter than one {period}")


class DatingRule(_Model):
    """How to date an article that prints no date: the first close beyond a level."""

    series: SeriesId
    first_close_above: float | None = None
    first_close_below: float | None = None
    not_before: dt.date | None = None
    note: str = ""

    @model_validator(mode="after")
    def _one_level(self) -> DatingRule:
        if (self.first_close_above is None) == (self.first_close_below is None):
            raise ValueError("give exactly one of first_close_above or first_close_below")
        return self

    def describe(self) -> str:
        """The rule in words."""
        if self.first_close_above is not None:
            level = f"first close above {self.first_close_above:g}"
        else:
            level = f"first close below {self.first_close_below:g}"
        since = f" on or after {self.not_before}" if self.not_before else ""
        return f"{level} of {get_series(self.series).name} ({self.series}){since}"


class Source(_Model):
    """Where the thesis comes from."""

    article: str = Field(min_length=1)
    title: str = ""
    date: dt.date | None = None
    dated_by: DatingRule | None = None
    quote: str = ""

    @model_validator(mode="after")
    def _dated(self) -> Source:
        if self.date is not None and self.dated_by is not None:
            raise ValueError("give either date or dated_by, not both")
        return self


class Condition(_Model):
    """One condition on a series, evaluated on values known at each week."""

    series: SeriesId
    state: Literal["rising", "falling", "above_average", "below_average"]
    window: DurationField

    def describe(self) -> str:
        words = {
            "rising": f"rising over {self.window}",
            "falling": f"falling over {self.window}",
            "above_average": f"above its {self.window} average",
            "below_average": f"below its {self.window} average",
        }
        return f"{self.series} {words[self.state]}"


class _Hypothesis(_Model):
    id: str = Field(min_length=1, max_length=60, pattern=r"^[A-Za-z0-9_.-]+$")
    statement: str = ""


class LeadLagHypothesis(_Hypothesis):
    """``leader`` leads ``follower`` within the lag window ``lags`` (first, last)."""

    kind: Literal["lead_lag"]
    grid: Grid = "weekly"
    leader: SeriesId
    follower: SeriesId
    lags: tuple[DurationField, DurationField]
    expected: Sign = "positive"
    horizon: DurationField | None = None
    controls: tuple[SeriesId, ...] = ()

    @field_validator("lags")
    @classmethod
    def _lag_window(
        cls, lags: tuple[Duration, Duration], info: ValidationInfo
    ) -> tuple[Duration, Duration]:
        grid = info.data.get("grid", "weekly")
        first, last = (d.periods(grid) for d in lags)
        if first < 1:
            raise ValueError(f"lag {lags[0]} is shorter than one period of the {grid} grid")
        if last < first:
            raise ValueError(f"lags end ({lags[1]}) before they start ({lags[0]})")
        return lags

    @model_validator(mode="after")
    def _check(self) -> LeadLagHypothesis:
        _distinct(self.leader, self.follower, "leader and follower")
        return self


class EventHypothesis(_Hypothesis):
    """After the leader's ``rule`` events, the follower's forward returns are higher."""

    kind: Literal["event"]
    leader: SeriesId
    follower: SeriesId
    rule: Literal["ath", "breakout", "sigma", "momentum"]
    horizons: tuple[DurationField, ...] = Field(min_length=1, max_length=6)
    expected: Sign = "positive"
    min_gap: DurationField = Duration(4, "week")
    grid: Grid = "weekly"

    @model_validator(mode="after")
    def _check(self) -> EventHypothesis:
        _distinct(self.leader, self.follower, "leader and follower")
        if any(h.periods(self.grid) < 1 for h in self.horizons):
            raise ValueError(f"a horizon is shorter than one period of the {self.grid} grid")
        return self


class ConditionalHypothesis(_Hypothesis):
    """While ``when`` holds, ``target`` (minus ``versus``) does better over ``horizon``."""

    kind: Literal["conditional"]
    when: tuple[Condition, ...] = Field(min_length=1, max_length=4)
    combine: Literal["all", "any"] = "all"
    target: SeriesId
    versus: SeriesId | None = None
    horizon: DurationField
    expected: Sign = "positive"

    @model_validator(mode="after")
    def _check(self) -> ConditionalHypothesis:
        _distinct(self.target, self.versus, "target and versus")
        _at_least_one(self.horizon, "weekly", "week")
        return self


class CorrelationHypothesis(_Hypothesis):
    """Weekly returns of ``pair`` correlate with the ``expected`` sign (more so in ``when``)."""

    kind: Literal["correlation"]
    pair: tuple[SeriesId, SeriesId]
    expected: Sign = "positive"
    when: tuple[Condition, ...] = Field(default=(), max_length=4)
    combine: Literal["all", "any"] = "all"

    @model_validator(mode="after")
    def _check(self) -> CorrelationHypothesis:
        if self.pair[0] == self.pair[1]:
            raise ValueError("the pair names the same series twice")
        return self


class PhaseHypothesis(_Hypothesis):
    """``asset``'s next ``horizon`` in ``phase`` is as ``expected`` (optionally vs ``versus``)."""

    kind: Literal["phase"]
    phase: str = Field(min_length=1, max_length=60)
    asset: SeriesId
    expected: Literal["best", "worst", "positive", "negative"]
    versus: SeriesId | None = None
    horizon: DurationField = Duration(60, "trading day")

    @model_validator(mode="after")
    def _check(self) -> PhaseHypothesis:
        _distinct(self.asset, self.versus, "asset and versus")
        _at_least_one(self.horizon, "daily", "trading day")
        return self


Hypothesis = Annotated[
    LeadLagHypothesis
    | EventHypothesis
    | ConditionalHypothesis
    | CorrelationHypothesis
    | PhaseHypothesis,
    Field(discriminator="kind"),
]


class Prediction(_Model):
    """What the thesis predicts from its source's date (checked against what happened)."""

    series: SeriesId
    direction: Literal["up", "down", "together"]
    versus: SeriesId | None = None
    horizons: tuple[DurationField, ...] = Field(min_length=1, max_length=6)
    words: str = ""

    @model_validator(mode="after")
    def _check(self) -> Prediction:
        if self.direction == "together" and self.versus is None:
            raise ValueError("direction 'together' needs versus (the second series)")
        _distinct(self.series, self.versus, "series and versus")
        return self


class StrategyRule(_Model):
    """A declarative trading rule for ``leadwatch backtest --thesis`` (data, never code).

    Hold ``asset`` for ``hold`` after each ``rule`` event of ``leader``, or while
    the ``when`` conditions hold (for ``hold`` after they start, if given);
    ``delay`` waits after the signal is known. ``fraction`` of equity is invested.
    """

    asset: SeriesId
    leader: SeriesId | None = None
    rule: Literal["ath", "breakout", "sigma", "momentum"] | None = None
    when: tuple[Condition, ...] = Field(default=(), max_length=4)
    combine: Literal["all", "any"] = "all"
    delay: DurationField | None = None
    hold: DurationField | None = None
    fraction: float = Field(default=1.0, gt=0.0, le=1.0)

    @model_validator(mode="after")
    def _check(self) -> StrategyRule:
        if (self.rule is None) == (not self.when):
            raise ValueError("give exactly one entry: rule (with leader and hold) or when")
        if self.rule is not None and (self.leader is None or self.hold is None):
            raise ValueError("an event rule needs leader (the series) and hold (how long)")
        _distinct(self.asset, self.leader, "leader and asset")
        return self


class Thesis(_Model):
    """A thesis: a claim in words, its source, and the hypotheses that test it."""

    name: str = Field(min_length=1, max_length=120)
    title: str = ""
    claim: str = Field(min_length=1)
    source: Source
    hypotheses: tuple[Hypothesis, ...] = Field(min_length=1, max_length=12)
    prediction: Prediction | None = None
    strategy: StrategyRule | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> Thesis:
        ids = [h.id for h in self.hypotheses]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"hypothesis ids must be unique (repeated: {', '.join(dup)})")
        return self

    def series(self) -> list[str]:
        """Every series the thesis needs, in first-use order."""
        found: list[str] = []
        for h in self.hypotheses:
            found += _series_of(h)
        if self.prediction is not None:
            found += [self.prediction.series]
            found += [self.prediction.versus] if self.prediction.versus else []
        if self.source.dated_by is not None:
            found.append(self.source.dated_by.series)
        return list(dict.fromkeys(found))

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (durations as text)."""
        out: dict[str, Any] = self.model_dump(mode="json")
        return out


def _series_of(h: Any) -> list[str]:
    if isinstance(h, LeadLagHypothesis):
        return [h.leader, h.follower, *h.controls]
    if isinstance(h, EventHypothesis):
        return [h.leader, h.follower]
    if isinstance(h, ConditionalHypothesis):
        extra = [h.versus] if h.versus else []
        return [h.target, *extra, *(c.series for c in h.when)]
    if isinstance(h, CorrelationHypothesis):
        return [*h.pair, *(c.series for c in h.when)]
    if isinstance(h, PhaseHypothesis):  # and every input of the default phase model
        from leadwatch.analysis.phases.config import load_phase_config

        return [h.asset, *([h.versus] if h.versus else []), *load_phase_config().series()]
    return []
