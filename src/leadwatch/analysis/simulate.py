"""Simulated return series with known truth, for calibration (size, power, confounding).

* :func:`garch_t`: GARCH(1,1) returns with standardised Student-t innovations
  (heavy tails, volatility clustering), many independent series at once.
* :func:`null_pair`: two *independent* GARCH-t price series on real calendars
  (a weekday series with holidays, like LBMA silver, and a 24/7 series, like
  Bitcoin), as pandas Series ready for :func:`leadwatch.align.align`.
* :func:`planted_lead`: returns where ``follower_{t+L} = beta * leader_t + noise``.
* :func:`gaussian_lead`: the same with Gaussian draws and a given ``beta`` (the
  small planted pair of the docstring examples).
* :func:`common_driver`: a driver ``z`` that moves the leader after ``a`` and the
  follower after ``b`` periods, and no direct link.
* :func:`shared_volatility`: independent t shocks scaled by one common
  stochastic volatility (crises hit both): no lead, dependent squares.
* :func:`nonsynchronous`: one latent return per period, part of which the
  follower (observed earlier in the day) only records the next period: a
  one-period "lead" that is a clock difference, not a lead.

Stress worlds (volatility and drift breaks, jumps, same-day factors,
overlapping windows; distributed, regime-bound and clock-masked leads) are in
:mod:`leadwatch.analysis.simulate_stress`.

Each takes ``rng``: a :class:`numpy.random.Generator`, or an int seed for a new one.

Examples
--------
>>> from leadwatch.analysis.simulate import garch_t
>>> r = garch_t(1000, 3, rng=0)
>>> r.shape, bool(abs(r.std() - 1.0) < 0.3)
((3, 1000), True)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.validation import Floats, check_int

#: ``rng`` of every generator here: a Generator, or an int seed for a new one (anything
#: :func:`numpy.random.default_rng` takes, as Scientific Python's SPEC 7 asks).
Seed = np.random.Generator | int

__all__ = [
    "Seed",
    "common_driver",
    "garch_t",
    "gaussian_lead",
    "log_ar1_volatility",
    "nonsynchronous",
    "null_pair",
    "planted_lead",
    "shared_volatility",
    "two_clocks",
]


def garch_t(
    n: int,
    n_series: int = 1,
    *,
    alpha: float = 0.08,
    beta: float = 0.90,
    nu: float = 4.0,
    rng: Seed,
    burn: int = 500,
) -> Floats:
    """``(n_series, n)`` GARCH(1,1) returns with unit unconditional variance and t(nu) shocks."""
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    n_series = check_int(n_series, "n_series", 1)
    if not (alpha >= 0 and beta >= 0 and alpha + beta < 1 and nu > 2):
        raise ValueError("need alpha, beta >= 0, alpha + beta < 1 and nu > 2")
    omega = 1.0 - alpha - beta
    z = rng.standard_t(nu, size=(n + burn, n_series)) * np.sqrt((nu - 2.0) / nu)
    # h[t+1] = omega + c[t] h[t] with c = alpha z^2 + beta and h[0] = 1, solved in closed
    # form (no Python loop): h[t] = P[t] (1 + omega sum_{k=1..t} 1/P[k]), P[t] = prod_{s<t} c[s],
    # the sum accumulated in logs so that no product under- or overflows
    log_c = np.log(alpha * z**2 + beta)
    log_p = np.vstack([np.zeros((1, n_series)), np.cumsum(log_c, axis=0)[:-1]])
    h = np.exp(log_p)
    if len(h) > 1:
        log_sum = np.logaddexp.accumulate(-log_p[1:], axis=0)
        h[1:] += omega * np.exp(log_p[1:] + log_sum)
    result: Floats = (np.sqrt(h) * z)[burn:].T.copy()
    return result


def null_pair(
    years: float = 12.0,
    *,
    rng: Seed,
    holiday_share: float = 0.03,
    start: str = "2012-01-02",
    vol: tuple[float, float] = (0.018, 0.04),
) -> tuple[pd.Series, pd.Series]:
    """Independent GARCH-t prices: a weekday series with holidays and a 24/7 series.

    Returns ``(leader, follower)`` price Series indexed by their own calendar
    dates (the leader skips weekends and ``holiday_share`` of weekdays).
    """
    rng = np.random.default_rng(rng)
    days = pd.date_range(start, periods=round(years * 365.25), freq="D")
    weekdays = days[days.day_of_week < 5]
    keep = rng.random(len(weekdays)) >= holiday_share
    lead_days = weekdays[keep]
    both = garch_t(len(days), 2, rng=rng)
    lead = np.exp(np.cumsum(vol[0] * both[0, : len(lead_days)]))
    follow = np.exp(np.cumsum(vol[1] * both[1]))
    return pd.Series(lead, index=lead_days, name="leader"), pd.Series(
        follow, index=days, name="follower"
    )


def planted_lead(n: int, lag: int, corr: float = 0.1, *, rng: Seed) -> tuple[Floats, Floats]:
    """``(leader, follower)`` returns with ``follower_{t+lag} = beta * leader_t + noise``.

    Both the leader and the noise are GARCH-t with unit variance; ``beta`` gives
    a correlation of ``corr`` at ``lag`` (and none elsewhere).
    """
    rng = np.random.default_rng(rng)
    lag = check_int(lag, "lag", 1, n - 1)
    beta = corr / np.sqrt(1.0 - corr**2)
    x, e = garch_t(n + lag, 2, rng=rng)
    return x[lag:], beta * x[:n] + e[:n]


def gaussian_lead(
    n: int, lag: int, beta: float, *, scale: float = 1.0, rng: Seed
) -> tuple[Floats, Floats]:
    """``(leader, follower)``: Gaussian returns with ``follower_{t+lag} = beta * leader_t + noise``.

    Both the leader and the noise are ``scale`` times standard normal draws (the
    leader drawn first); the follower's first ``lag`` values carry noise only.

    Examples
    --------
    >>> x, y = gaussian_lead(2000, 2, 1.0, rng=0)
    >>> round(float(np.corrcoef(x[:-2], y[2:])[0, 1]), 1)
    0.7
    """
    rng = np.random.default_rng(rng)
    lag = check_int(lag, "lag", 1, n - 1)
    x = rng.standard_normal(n) * scale
    y = beta * np.r_[np.zeros(lag), x[:-lag]] + rng.standard_normal(n) * scale
    return x, y


def common_driver(
    n: int, a: int, b: int, *, load: float = 0.5, rng: Seed
) -> tuple[Floats, Floats, Floats]:
    """``(leader, follower, z)``: ``z`` moves the leader after ``a``, the follower after ``b``."""
    rng = np.random.default_rng(rng)
    z, ex, ey = garch_t(n + max(a, b), 3, rng=rng)
    m = max(a, b)
    x = load * z[m - a : m - a + n] + ex[m : m + n]
    y = load * z[m - b : m - b + n] + ey[m : m + n]
    return x, y, z[m : m + n]


def shared_volatility(
    n: int,
    *,
    persistence: float = 0.98,
    vol_of_vol: float = 0.2,
    nu: float = 4.0,
    rng: Seed,
) -> tuple[Floats, Floats]:
    """``(x, y)``: independent t(nu) shocks times one common log-AR(1) volatility.

    Examples
    --------
    >>> x, y = shared_volatility(4000, rng=0)
    >>> bool(abs(np.corrcoef(x, y)[0, 1]) < 0.05), bool(np.corrcoef(x**2, y**2)[0, 1] > 0.1)
    (True, True)
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    scale = log_ar1_volatility(n, persistence=persistence, vol_of_vol=vol_of_vol, rng=rng)
    z = rng.standard_t(nu, size=(2, n)) * np.sqrt((nu - 2.0) / nu)
    return scale * z[0], scale * z[1]


def log_ar1_volatility(n: int, *, persistence: float, vol_of_vol: float, rng: Seed) -> Floats:
    """A stochastic volatility path: ``exp`` of a log-AR(1) of length ``n`` (500 burn-in draws).

    ``s_t = persistence * s_{t-1} + vol_of_vol * eta_t`` with standard normal ``eta``,
    started at 0; the scale shared by :func:`shared_volatility` and
    :func:`leadwatch.analysis.simulate_stress.clocked_factor`.

    Examples
    --------
    >>> v = log_ar1_volatility(1000, persistence=0.98, vol_of_vol=0.2, rng=0)
    >>> v.shape, bool((v > 0).all()), bool(v.max() / v.min() > 2)
    ((1000,), True, True)
    """
    rng = np.random.default_rng(rng)
    burn = 500
    eta = rng.standard_normal(n + burn) * vol_of_vol
    s = np.empty(n + burn)
    s[0] = 0.0
    for t in range(1, n + burn):
        s[t] = persistence * s[t - 1] + eta[t]
    out: Floats = np.exp(s[burn:])
    return out


def nonsynchronous(
    n: int, *, late: float = 0.5, noise: float = 1.0, rng: Seed
) -> tuple[Floats, Floats]:
    """``(leader, follower)`` observing one latent GARCH-t return at two clocks.

    The leader closes after the follower: a share ``late`` of each period's
    latent variance arrives between the two closes, so the follower records it
    one period later. Each also has its own noise (variance ``noise``).
    ``corr(leader_t, follower_{t+1}) > 0`` with no lead at all: the battery must
    be told ``clock_lags=1`` (as :func:`leadwatch.api.lead_lag` does from the
    catalog's observation times).

    Examples
    --------
    >>> x, y = nonsynchronous(5000, rng=0)
    >>> bool(np.corrcoef(x[:-1], y[1:])[0, 1] > 0.15)
    True
    """
    rng = np.random.default_rng(rng)
    n = check_int(n, "n", 1)
    return two_clocks(garch_t(n + 1, 3, rng=rng), late=late, noise=noise)


def two_clocks(shocks: Floats, *, late: float, noise: float) -> tuple[Floats, Floats]:
    """``(leader, follower)`` seeing latent returns ``shocks[0]`` at two clocks.

    ``shocks`` is ``(3, n + 1)``: the latent return and each series' own noise.
    The follower records the share ``late`` of each latent return one period
    later; both add their own noise of variance ``noise``.

    Examples
    --------
    >>> x, y = two_clocks(np.arange(12.0).reshape(3, 4), late=0.5, noise=0.0)
    >>> [round(v, 3) for v in (y - x).tolist()]
    [-0.707, -0.707, -0.707]
    """
    if not 0.0 < late < 1.0:
        raise ValueError("late must be in (0, 1)")
    u, ex, ey = shocks
    early, after = np.sqrt(1.0 - late) * u, np.sqrt(late) * u
    leader = early[1:] + after[1:] + np.sqrt(noise) * ex[1:]
    follower = early[1:] + after[:-1] + np.sqrt(noise) * ey[1:]
    return leader, follower
