"""Stress worlds for the verdict: real-world features with a known truth.

Nulls (no lead anywhere):

* :func:`broken_pair`: a volatility break or a drift break both series share;
* :func:`jumpy_t`: t(2.5) tails plus rare jumps;
* :func:`common_factor`: a strong same-day common factor, one clock;
* :func:`overlapping_sums`: overlapping multi-day returns (strong own autocorrelation);
* :func:`clocked_factor`: one factor seen at two clocks under a shared volatility.

Leads of awkward shapes:

* :func:`distributed_lead`: an effect spread evenly over a window of lags;
* :func:`regime_lead`: a lead switched on half-way;
* :func:`clocked_lead`: a lead on top of a clock difference.

Each takes ``rng`` (a Generator or an int seed) like :mod:`.simulate`; the
operating characteristics they feed are in :mod:`.leadlag.oc`.

Examples
--------
>>> x, y = common_factor(1000, 0.6, rng=0)
>>> x.shape == y.shape == (1000,)
True
"""

from __future__ import annotations

import numpy as np

from leadwatch.analysis.simulate import (
    Seed,
    garch_t,
    log_ar1_volatility,
    nonsynchronous,
    two_clocks,
)
from leadwatch.analysis.validation import Floats, check_int

__all__ = [
    "broken_pair",
    "clocked_factor",
    "clocked_lead",
    "common_factor",
    "distributed_lead",
    "jumpy_t",
    "overlapping_sums",
    "regime_lead",
]


def broken_pair(
    n: int, *, at: float = 0.5, var_factor: float = 1.0, drift: float = 0.0, rng: Seed
) -> tuple[Floats, Floats]:
    """``(x, y)``: independent GARCH-t returns that both break at the same date.

    From period ``round(at * n)`` on, both variances are multiplied by
    ``var_factor`` and both means move by ``drift`` (in units of the pre-break
    standard deviation): a regime change the two share, and no lead.

    Examples
    --------
    >>> x, y = broken_pair(20000, var_factor=4.0, rng=0)
    >>> ratio = float(np.median(np.abs(x[10000:])) / np.median(np.abs(x[:10000])))
    >>> bool(1.8 < ratio < 2.2), bool(abs(np.corrcoef(x, y)[0, 1]) < 0.05)
    (True, True)
    >>> x, y = broken_pair(4000, drift=0.2, rng=0)
    >>> round(float(x[2000:].mean() - x[:2000].mean()), 1), round(float(y[2000:].mean()), 1)
    (0.2, 0.2)
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 2)
    if not (0.0 < at < 1.0 and var_factor > 0):
        raise ValueError("need 0 < at < 1 and var_factor > 0")
    k = round(at * n)
    x, y = garch_t(n, 2, rng=rng)
    step = np.where(np.arange(n) >= k, 1.0, 0.0)
    scale = 1.0 + (np.sqrt(var_factor) - 1.0) * step
    return scale * x + drift * step, scale * y + drift * step


def jumpy_t(
    n: int, *, nu: float = 2.5, jump_prob: float = 0.01, jump_scale: float = 8.0, rng: Seed
) -> tuple[Floats, Floats]:
    """``(x, y)``: independent t(nu) returns with rare independent Gaussian jumps.

    Very heavy tails (``nu`` just above 2: finite variance, no fourth moment)
    plus a jump of standard deviation ``jump_scale`` in a share ``jump_prob``
    of periods; the two series are independent.

    Examples
    --------
    >>> x, y = jumpy_t(5000, rng=0)
    >>> kurt = float(((x - x.mean()) ** 4).mean() / x.var() ** 2)
    >>> bool(kurt > 20), bool(abs(np.corrcoef(x, y)[0, 1]) < 0.05)
    (True, True)
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    if not (nu > 2 and 0.0 <= jump_prob < 1.0):
        raise ValueError("need nu > 2 and 0 <= jump_prob < 1")
    z = rng.standard_t(nu, size=(2, n)) * np.sqrt((nu - 2.0) / nu)
    jumps = (rng.random((2, n)) < jump_prob) * rng.standard_normal((2, n)) * jump_scale
    out = z + jumps
    return out[0], out[1]


def common_factor(n: int, corr: float = 0.6, *, rng: Seed) -> tuple[Floats, Floats]:
    """``(x, y)``: GARCH-t returns with same-day correlation ``corr`` and no lead.

    Both load on one common GARCH-t factor observed at the same clock; at
    every non-zero lag the correlation is zero.

    Examples
    --------
    >>> x, y = common_factor(5000, 0.6, rng=0)
    >>> round(float(np.corrcoef(x, y)[0, 1]), 1), bool(abs(np.corrcoef(x[:-1], y[1:])[0, 1]) < 0.05)
    (0.6, True)
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    if not 0.0 <= corr < 1.0:
        raise ValueError("corr must be in [0, 1)")
    f, ex, ey = garch_t(n, 3, rng=rng)
    a, b = np.sqrt(corr), np.sqrt(1.0 - corr)
    return a * f + b * ex, a * f + b * ey


def overlapping_sums(n: int, window: int = 5, *, rng: Seed) -> tuple[Floats, Floats]:
    """``(x, y)``: independent series, each a rolling ``window``-period sum of GARCH-t shocks.

    Overlapping windows (a 5-day return sampled every day) give each series a
    strong own autocorrelation (``1 - k / window`` at lag ``k``) and no
    cross-dependence, so lagged cross-correlations are noisier than white-noise
    theory says.

    Examples
    --------
    >>> x, y = overlapping_sums(5000, 5, rng=0)
    >>> round(float(np.corrcoef(x[:-1], x[1:])[0, 1]), 1), bool(abs(np.corrcoef(x, y)[0, 1]) < 0.1)
    (0.8, True)
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    window = check_int(window, "window", 1)
    e = garch_t(n + window - 1, 2, rng=rng)
    c = np.cumsum(np.c_[np.zeros(2), e], axis=1)
    s = (c[:, window:] - c[:, :-window]) / np.sqrt(window)
    return s[0], s[1]


def clocked_factor(
    n: int,
    *,
    late: float = 0.5,
    noise: float = 1.0,
    persistence: float = 0.98,
    vol_of_vol: float = 0.2,
    nu: float = 4.0,
    rng: Seed,
) -> tuple[Floats, Floats]:
    """:func:`nonsynchronous` clocks with t(nu) shocks under one shared stochastic volatility.

    One latent return seen at two clocks (the follower records a share ``late``
    of it one period later) plus each series' own noise, everything scaled by
    one common log-AR(1) volatility: a clock "lead" at lag 1 and dependent
    squares at every lag, and no lead.

    Examples
    --------
    >>> x, y = clocked_factor(5000, rng=0)
    >>> bool(np.corrcoef(x[:-1], y[1:])[0, 1] > 0.15), bool(np.corrcoef(x**2, y**2)[0, 1] > 0.2)
    (True, True)
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    vol = log_ar1_volatility(n + 1, persistence=persistence, vol_of_vol=vol_of_vol, rng=rng)
    shocks = vol * rng.standard_t(nu, size=(3, n + 1)) * np.sqrt((nu - 2.0) / nu)
    return two_clocks(shocks, late=late, noise=noise)


def distributed_lead(
    n: int, lags: range = range(8, 17), corr: float = 0.36, *, rng: Seed
) -> tuple[Floats, Floats]:
    """``(leader, follower)``: the follower follows the leader's sum over ``lags``, evenly.

    ``follower_t = g * sum_{k in lags} leader_{t-k} / sqrt(m) + noise`` (GARCH-t,
    ``m = len(lags)``) with ``g`` set so that ``corr`` is the correlation with the
    whole window; each single lag carries ``corr / sqrt(m)``.

    Examples
    --------
    >>> x, y = distributed_lead(20000, range(8, 17), 0.36, rng=0)
    >>> r = [float(np.corrcoef(x[:-k], y[k:])[0, 1]) for k in (4, 8, 12, 16, 20)]
    >>> [round(abs(v), 1) for v in r]
    [0.0, 0.1, 0.1, 0.1, 0.0]
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    lo, hi, m = int(min(lags)), int(max(lags)), len(lags)
    if lo < 1 or not -1.0 < corr < 1.0:
        raise ValueError("need lags >= 1 and -1 < corr < 1")
    g = corr / np.sqrt(1.0 - corr**2)
    x, e = garch_t(n + hi, 2, rng=rng)
    window = sum(x[hi - k : hi - k + n] for k in lags) / np.sqrt(m)
    return x[hi:], g * window + e[:n]


def regime_lead(
    n: int, lag: int, corr: float = 0.17, *, at: float = 0.5, rng: Seed
) -> tuple[Floats, Floats]:
    """:func:`planted_lead` switched on at period ``round(at * n)``: a lead in one regime only.

    Before the switch the follower is pure noise; from it on
    ``follower_{t} = beta * leader_{t-lag} + noise`` with correlation ``corr``.

    Examples
    --------
    >>> x, y = regime_lead(8000, 3, 0.3, rng=0)
    >>> r = lambda a, b: round(abs(float(np.corrcoef(a[:-3], b[3:])[0, 1])), 1)
    >>> r(x[:4000], y[:4000]), r(x[4000:], y[4000:])
    (0.0, 0.3)
    """
    rng = np.random.default_rng(rng)
    lag = check_int(lag, "lag", 1, n - 1)
    if not 0.0 < at < 1.0:
        raise ValueError("at must be in (0, 1)")
    beta = corr / np.sqrt(1.0 - corr**2)
    x, e = garch_t(n + lag, 2, rng=rng)
    on = np.arange(n) >= round(at * n)
    return x[lag:], np.where(on, beta * x[:n], 0.0) + e[:n]


def clocked_lead(
    n: int, lag: int, corr: float = 0.12, *, late: float = 0.5, rng: Seed
) -> tuple[Floats, Floats]:
    """A true lead at ``lag`` on top of :func:`nonsynchronous` clocks (a clock lag of 1).

    ``follower_t += beta * leader_{t-lag}`` with ``beta`` giving correlation
    ``corr`` at ``lag`` (``lag >= 2``, beyond the clock lag).

    Examples
    --------
    >>> x, y = clocked_lead(20000, 5, 0.12, rng=0)
    >>> r = lambda k: round(float(np.corrcoef(x[:-k], y[k:])[0, 1]), 2)
    >>> bool(r(1) > 0.15), bool(0.1 < r(5) < 0.14), bool(abs(r(8)) < 0.03)
    (True, True, True)
    """
    rng = np.random.default_rng(rng)
    lag = check_int(lag, "lag", 2, n - 1)
    beta = corr / np.sqrt(1.0 - corr**2)
    x, y = nonsynchronous(n + lag, late=late, rng=rng)
    y = y.copy()
    y[lag:] += beta * x[:-lag]
    return x[lag:], y[lag:]
