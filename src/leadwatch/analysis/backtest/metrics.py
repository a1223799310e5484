"""Performance metrics of a backtest, and the probabilistic and deflated Sharpe ratios.

Every metric is computed from *calendar-day* simple returns (365 periods a
year), so strategies trading 24/7 Bitcoin and weekday metals are compared on one
clock. The definitions follow quantstats/empyrical (risk-free rate 0):

* ``sharpe`` = mean / std (ddof 1) x sqrt(365);
* ``sortino`` = mean / sqrt(mean(min(r, 0)^2)) x sqrt(365);
* ``max_drawdown`` = min(equity / running peak) - 1, the starting capital included;
* ``cagr`` = (final equity)^(365 / days) - 1.

The probabilistic Sharpe ratio (Bailey & López de Prado 2012) is the probability
that the true per-period Sharpe ratio exceeds a benchmark ``sr_star`` given the
sample's length, skewness and kurtosis. The deflated Sharpe ratio (Bailey &
López de Prado 2014) is the PSR against the Sharpe ratio the best of ``n_trials``
worthless strategies would show by luck, from the variance of the trials'
Sharpe ratios.

Examples
--------
>>> import numpy as np
>>> r = np.array([0.01, -0.02, 0.015, 0.003, -0.004, 0.02, -0.01, 0.005])
>>> round(sharpe_ratio(r), 4), round(sortino_ratio(r), 4)
(3.4232, 5.6498)
>>> round(max_drawdown(r), 4)
-0.02
>>> round(expected_max_sharpe(0.01, 1), 4), round(expected_max_sharpe(0.01, 100), 4)
(0.0, 0.2531)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from leadwatch.analysis.validation import Floats
from leadwatch.results import Result, scalar_row

__all__ = [
    "PERIODS_PER_YEAR",
    "Metrics",
    "deflated_sharpe",
    "expected_max_sharpe",
    "max_drawdown",
    "metrics_from_returns",
    "probabilistic_sharpe",
    "sharpe_ratio",
    "sortino_ratio",
]

#: Calendar days per year: every metric uses calendar-day returns.
PERIODS_PER_YEAR = 365
_EULER_GAMMA = 0.5772156649015329


def _finite(returns: object) -> Floats:
    arr = np.asarray(returns, dtype=np.float64)
    return arr[np.isfinite(arr)]


def sharpe_ratio(returns: object, periods: int = PERIODS_PER_YEAR) -> float:
    """Annualised Sharpe ratio (risk-free 0); ``periods=1`` gives the per-period ratio."""
    r = _finite(returns)
    if len(r) < 2:
        return math.nan
    sd = float(np.std(r, ddof=1))
    return (
        math.nan
        if sd <= 1e-12 * max(1.0, abs(float(np.mean(r))))
        else float(np.mean(r)) / sd * math.sqrt(periods)
    )


def sortino_ratio(returns: object, periods: int = PERIODS_PER_YEAR) -> float:
    """Annualised Sortino ratio: downside deviation over all periods (quantstats' definition)."""
    r = _finite(returns)
    if len(r) < 2:
        return math.nan
    downside = math.sqrt(float(np.sum(np.minimum(r, 0.0) ** 2)) / len(r))
    return math.nan if downside == 0.0 else float(np.mean(r)) / downside * math.sqrt(periods)


def max_drawdown(returns: object) -> float:
    """Deepest fall of compounded equity from its running peak (starting capital included)."""
    r = _finite(returns)
    equity = np.concatenate([[1.0], np.cumprod(1.0 + r)])
    return float(np.min(equity / np.maximum.accumulate(equity)) - 1.0)


def probabilistic_sharpe(returns: object, sr_star: float = 0.0) -> float:
    """P(true per-period Sharpe > ``sr_star``), adjusting for skewness and kurtosis.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> round(probabilistic_sharpe(rng.normal(0.001, 0.01, 2000)), 3)
    0.999
    """
    r = _finite(returns)
    n = len(r)
    sd = float(np.std(r, ddof=1)) if n > 2 else 0.0
    if n < 3 or sd <= 1e-12 * max(1.0, abs(float(np.mean(r)))):
        return math.nan
    sr = float(np.mean(r)) / sd
    skew = float(stats.skew(r))
    kurt = float(stats.kurtosis(r, fisher=False))
    denom = 1.0 - skew * sr + (kurt - 1.0) / 4.0 * sr**2
    if denom <= 0.0:
        return math.nan
    return float(stats.norm.cdf((sr - sr_star) * math.sqrt(n - 1) / math.sqrt(denom)))


def expected_max_sharpe(sharpe_variance: float, n_trials: int) -> float:
    """Expected maximum per-period Sharpe ratio of ``n_trials`` skill-less strategies.

    ``sqrt(V) * ((1 - g) * Z(1 - 1/N) + g * Z(1 - 1/(N e)))`` with ``g`` the
    Euler-Mascheroni constant and ``Z`` the standard normal quantile; 0 for one trial.
    """
    if n_trials <= 1 or not math.isfinite(sharpe_variance) or sharpe_variance <= 0.0:
        return 0.0
    z1 = float(stats.norm.ppf(1.0 - 1.0 / n_trials))
    z2 = float(stats.norm.ppf(1.0 - 1.0 / (n_trials * math.e)))
    return math.sqrt(sharpe_variance) * ((1.0 - _EULER_GAMMA) * z1 + _EULER_GAMMA * z2)


def deflated_sharpe(returns: object, trial_sharpes: object) -> tuple[float, float]:
    """``(deflated Sharpe ratio, sr_star)`` given the per-period Sharpe ratios of all trials.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> r = rng.normal(0.001, 0.01, 2000)
    >>> dsr, star = deflated_sharpe(r, [0.1, 0.05, -0.02, 0.0, 0.08])
    >>> bool(dsr < probabilistic_sharpe(r)), round(star, 4)
    (True, 0.061)
    """
    trials = _finite(trial_sharpes)
    var = float(np.var(trials, ddof=1)) if len(trials) > 1 else 0.0
    star = expected_max_sharpe(var, max(len(trials), 1))
    return probabilistic_sharpe(returns, star), star


@dataclass(frozen=True, slots=True)
class Metrics(Result):
    """Performance of one equity curve (calendar-day returns, 365 a year).

    ``hit_rate`` is the share of trades with a positive net return; ``exposure``
    the share of days with a position; ``turnover`` the traded weight per year
    (1.0 = the whole portfolio bought or sold once a year); ``psr`` the
    probabilistic Sharpe ratio against 0.
    """

    start: pd.Timestamp
    end: pd.Timestamp
    days: int
    total_return: float
    cagr: float
    volatility: float
    sharpe: float
    sortino: float
    max_drawdown: float
    hit_rate: float
    exposure: float
    turnover: float
    n_trades: int
    psr: float

    def summary(self) -> str:
        return (
            f"{self.start:%Y-%m-%d}..{self.end:%Y-%m-%d}: CAGR {self.cagr:+.1%}, vol "
            f"{self.volatility:.1%}, Sharpe {self.sharpe:.2f}, Sortino {self.sortino:.2f}, "
            f"max DD {self.max_drawdown:.1%}, hit {self.hit_rate:.0%} of {self.n_trades} trades, "
            f"exposure {self.exposure:.0%}, turnover {self.turnover:.1f}/yr, PSR {self.psr:.2f}"
        )

    def to_frame(self) -> pd.DataFrame:
        """One row (one equity curve): every metric, typed."""
        return scalar_row(self)

    def heading(self) -> str:
        return "Backtest metrics"


def metrics_from_returns(
    daily: pd.Series,
    *,
    exposure: float,
    turnover: float,
    trade_returns: object = (),
) -> Metrics:
    """:class:`Metrics` from calendar-day returns indexed by date.

    Examples
    --------
    >>> days = pd.date_range("2024-01-01", periods=366)
    >>> m = metrics_from_returns(pd.Series(0.001, index=days), exposure=1.0, turnover=0.0)
    >>> round(m.cagr, 4), m.max_drawdown, m.days
    (0.4403, 0.0, 366)
    """
    r = daily.to_numpy(dtype=np.float64)
    trades = _finite(trade_returns)
    total = float(np.prod(1.0 + _finite(r))) - 1.0
    days = len(r)
    cagr = (1.0 + total) ** (PERIODS_PER_YEAR / days) - 1.0 if days and total > -1 else -1.0
    vol = float(np.std(_finite(r), ddof=1)) * math.sqrt(PERIODS_PER_YEAR) if days > 1 else math.nan
    return Metrics(
        start=pd.Timestamp(daily.index[0] if days else "1970-01-01"),
        end=pd.Timestamp(daily.index[-1] if days else "1970-01-01"),
        days=days,
        total_return=total,
        cagr=cagr,
        volatility=vol,
        sharpe=sharpe_ratio(r),
        sortino=sortino_ratio(r),
        max_drawdown=max_drawdown(r),
        hit_rate=float(np.mean(trades > 0)) if len(trades) else math.nan,
        exposure=exposure,
        turnover=turnover,
        n_trades=len(trades),
        psr=probabilistic_sharpe(r),
    )
