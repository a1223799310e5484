"""Markov-switching models: the data-driven alternative to the rule-based phases.

:func:`markov_switching` wraps statsmodels' ``MarkovRegression`` (``order=0``)
and ``MarkovAutoregression`` (``order >= 1``, Hamilton 1989) with the usual
convergence traps handled:

* **scaling**: the series is centred and divided by its standard deviation
  before fitting (the likelihood surface of raw percent or price units is badly
  conditioned); means, variances and the log-likelihood are mapped back to the
  original units, AR coefficients and transition probabilities are unchanged;
* **several starts**: statsmodels' own start values, a start with the regime
  means spread over the data's quantiles (the default gives every regime the
  same mean, a saddle the optimiser may never leave), and random perturbations
  of both (seeded), each refined by EM then BFGS; the converged fit with the
  highest likelihood wins;
* **a clear error** (:class:`~leadwatch.errors.InfeasibleTest`) when no start
  converges, instead of a silently wrong optimum; optimiser warnings are
  counted, not raised.

Regimes are relabelled by ascending mean (regime 0 = lowest mean), so results
do not depend on which start won. :func:`phase_regimes` fits a model to the
first principal component of the phase model's weekly features and compares
its regimes with the rule-based phases.

Examples
--------
>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> y = np.r_[rng.normal(-1, 0.5, 150), rng.normal(2, 0.5, 150), rng.normal(-1, 0.5, 150)]
>>> res = markov_switching(y, k_regimes=2, n_starts=3)
>>> np.round(res.means).tolist()
[-1.0, 2.0]
>>> bool(res.transition[0, 0] > 0.95)
True
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.validation import check_int, rng_from
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, frame_records, jsonable

__all__ = ["MarkovResult", "RegimeComparison", "markov_switching", "phase_regimes"]


@dataclass(frozen=True, slots=True, eq=False)
class MarkovResult(Result):
    """A fitted Markov-switching model, regimes ordered by ascending mean, original units.

    Attributes
    ----------
    params
        Parameters under statsmodels' names (``p[i->j]``, ``const[r]``,
        ``sigma2``, ``ar.L1``...), in original units and the relabelled order.
    means, sigma2, transition
        Regime means, variances (one per regime, equal if not switching) and
        ``transition[i, j] = P(S_t = j | S_{t-1} = i)``.
    filtered, smoothed
        Regime probabilities per observation (filtered: data up to t only).
    """

    params: pd.Series
    means: np.ndarray[Any, Any]
    sigma2: np.ndarray[Any, Any]
    transition: np.ndarray[Any, Any]
    llf: float
    aic: float
    bic: float
    nobs: int
    k_regimes: int
    order: int
    n_starts: int
    n_converged: int
    n_warnings: int
    filtered: pd.DataFrame
    smoothed: pd.DataFrame

    @property
    def expected_durations(self) -> np.ndarray[Any, Any]:
        """Expected length of a stay in each regime, ``1 / (1 - p_ii)`` observations."""
        stay = np.diag(self.transition)
        with np.errstate(divide="ignore"):
            return np.asarray(1.0 / (1.0 - stay))

    def summary(self) -> str:
        lines = [
            f"Markov-switching {'AR(' + str(self.order) + ')' if self.order else 'mean'} model, "
            f"{self.k_regimes} regimes, n = {self.nobs}: log-likelihood {self.llf:.4f}, "
            f"AIC {self.aic:.2f}, BIC {self.bic:.2f}",
            f"  {self.n_converged} of {self.n_starts} starts converged "
            f"({self.n_warnings} optimiser warnings)",
        ]
        dur = self.expected_durations
        for r in range(self.k_regimes):
            lines.append(
                f"  regime {r}: mean {self.means[r]:+.4f}, variance {self.sigma2[r]:.4f}, "
                f"stays with p = {self.transition[r, r]:.4f} (expected {dur[r]:.1f} periods)"
            )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per parameter (original units)."""
        return pd.DataFrame({"param": self.params.index, "value": self.params.to_numpy()})

    def to_dict(self) -> dict[str, Any]:
        keys = (
            "means",
            "sigma2",
            "transition",
            "llf",
            "aic",
            "bic",
            "nobs",
            "k_regimes",
            "order",
            "n_starts",
            "n_converged",
            "n_warnings",
        )
        out: dict[str, Any] = jsonable({k: getattr(self, k) for k in keys})
        out["params"] = jsonable(self.params.to_dict())
        return out


def _fit_one(model: Any, start: np.ndarray[Any, Any], maxiter: int) -> tuple[Any, int]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            res = model.fit(start_params=start, em_iter=5, maxiter=maxiter, disp=False)
        except (np.linalg.LinAlgError, ValueError, OverflowError):
            return None, len(caught) + 1
    return res, len(caught)


def _relabel(model: Any, res: Any, k: int, loc: float, scale: float) -> dict[str, Any]:
    names = list(model.param_names)
    p = np.asarray(res.params, dtype=np.float64)
    by = dict(zip(names, p, strict=True))
    means = np.array([by[f"const[{r}]"] for r in range(k)]) * scale + loc
    perm = np.argsort(means, kind="stable")
    inv = np.empty(k, dtype=int)
    inv[perm] = np.arange(k)
    rt = np.asarray(res.regime_transition)[:, :, 0]  # rt[i, j] = P(S_t = i | S_{t-1} = j)
    trans = rt.T[np.ix_(perm, perm)]
    sig = [by.get(f"sigma2[{r}]", by.get("sigma2", np.nan)) for r in range(k)]
    sigma2 = np.asarray(sig, dtype=np.float64)[perm] * scale**2
    out = {}
    for name in names:
        m = re.fullmatch(r"p\[(\d+)->(\d+)\]", name)
        r = re.fullmatch(r"(.+)\[(\d+)\]", name)
        if m:
            out[name] = trans[int(m.group(1)), int(m.group(2))]
        elif name.startswith("const["):
            out[name] = means[perm][int(name[6:-1])]
        elif name == "sigma2":
            out[name] = by[name] * scale**2
        elif r and r.group(1) == "sigma2":
            out[name] = sigma2[int(r.group(2))]
        elif r:  # switching AR coefficient ar.Lk[r]
            out[name] = by[f"{r.group(1)}[{perm[int(r.group(2))]}]"]
        else:
            out[name] = by[name]
    return {
        "params": pd.Series(out),
        "means": means[perm],
        "sigma2": sigma2,
        "transition": trans,
        "perm": perm,
    }


def _spread_start(model: Any, base: np.ndarray[Any, Any], z: np.ndarray[Any, Any], k: int) -> Any:
    """Start with regime means at spread quantiles of the data and a smaller variance.

    statsmodels' default start gives every regime the same mean, a saddle point
    from which the optimiser may never separate the regimes.
    """
    start = base.copy()
    qs = np.quantile(z, (np.arange(k) + 0.5) / k)
    for i, name in enumerate(model.param_names):
        if name.startswith("const["):
            start[i] = qs[int(name[6:-1])]
        elif name.startswith("sigma2"):
            start[i] = max(0.05, float(np.var(z)) / k)
    return start


def markov_switching(
    y: object,
    k_regimes: int = 2,
    *,
    order: int = 0,
    switching_variance: bool = False,
    switching_ar: bool = False,
    n_starts: int = 10,
    seed: int | None = 0,
    maxiter: int = 500,
    search_scale: float = 0.5,
) -> MarkovResult:
    """Fit a Markov-switching mean (``order=0``) or autoregression, robustly.

    Parameters
    ----------
    y
        1-d series (a pandas Series keeps its index in the probabilities).
    k_regimes
        Number of regimes (2..5).
    order
        AR order; 0 fits ``MarkovRegression`` with a switching constant.
    switching_variance, switching_ar
        Let the variance / AR coefficients differ by regime.
    n_starts, seed, maxiter, search_scale
        Starts (statsmodels' plus random perturbations of size ``search_scale``
        in the unconstrained parameter space), seed, BFGS iterations per start.

    Raises
    ------
    InfeasibleTest
        Too few observations, constant data, or no start converged.
    """
    from statsmodels.tsa.regime_switching.markov_autoregression import MarkovAutoregression
    from statsmodels.tsa.regime_switching.markov_regression import MarkovRegression

    index = y.index if isinstance(y, pd.Series) else None
    arr = np.asarray(y, dtype=np.float64)
    if arr.ndim != 1:
        raise DataError(f"y has {arr.ndim} dimensions", fix="pass a 1-d series")
    if not np.isfinite(arr).all():
        raise DataError("y has missing or infinite values", fix="drop them first (y.dropna())")
    k = check_int(k_regimes, "k_regimes", 2, 5)
    order = check_int(order, "order", 0, 12)
    n_starts = check_int(n_starts, "n_starts", 1)
    if len(arr) < 20 * k + order:
        raise InfeasibleTest(
            f"y has {len(arr)} observations; {20 * k + order} are needed for {k} regimes",
            fix="use a longer sample or fewer regimes",
        )
    scale = float(np.std(arr))
    if scale == 0.0:
        raise InfeasibleTest("y is constant", fix="check the input series")
    loc = float(np.mean(arr))
    z = (arr - loc) / scale
    if order == 0:
        model = MarkovRegression(z, k_regimes=k, trend="c", switching_variance=switching_variance)
    else:
        model = MarkovAutoregression(
            z,
            k_regimes=k,
            order=order,
            trend="c",
            switching_ar=switching_ar,
            switching_variance=switching_variance,
        )
    rng = rng_from(seed)
    base = np.asarray(model.start_params, dtype=np.float64)
    spread = _spread_start(model, base, z, k)
    starts = [base, spread][:n_starts]
    for i in range(n_starts - len(starts)):
        centre = spread if i % 2 == 0 else base
        raw = model.untransform_params(centre) + search_scale * rng.standard_normal(len(base))
        starts.append(np.asarray(model.transform_params(raw)))
    best, converged, n_warn = None, 0, 0
    for start in starts:
        res, caught = _fit_one(model, start, maxiter)
        n_warn += caught
        if res is None or not bool(res.mle_retvals.get("converged", False)):
            continue
        if not (np.isfinite(res.llf) and np.isfinite(res.params).all()):
            continue
        converged += 1
        if best is None or res.llf > best.llf:
            best = res
    if best is None:
        raise InfeasibleTest(
            f"the Markov-switching model did not converge from any of {n_starts} starts",
            fix="raise n_starts or maxiter, use fewer regimes, or a lower AR order",
        )
    parts = _relabel(model, best, k, loc, scale)
    llf = float(best.llf) - model.nobs * np.log(scale)
    n_params = len(base)
    at = index[order:] if index is not None else pd.RangeIndex(model.nobs)
    cols = [f"regime {r}" for r in range(k)]
    perm = parts["perm"]

    def probs(p: Any) -> pd.DataFrame:
        return pd.DataFrame(np.asarray(p)[:, perm], index=at, columns=cols)

    return MarkovResult(
        params=parts["params"],
        means=parts["means"],
        sigma2=parts["sigma2"],
        transition=parts["transition"],
        llf=llf,
        aic=float(2 * n_params - 2 * llf),
        bic=float(n_params * np.log(model.nobs) - 2 * llf),
        nobs=int(model.nobs),
        k_regimes=k,
        order=order,
        n_starts=n_starts,
        n_converged=converged,
        n_warnings=n_warn,
        filtered=probs(best.filtered_marginal_probabilities),
        smoothed=probs(best.smoothed_marginal_probabilities),
    )


@dataclass(frozen=True, slots=True, eq=False)
class RegimeComparison(Result):
    """Markov regimes of the phase features' first principal component vs the rule phases.

    Attributes
    ----------
    model
        The fitted :class:`MarkovResult` (on the weekly first principal component).
    loadings
        Weight of each standardised feature in the component.
    crosstab
        Rule phase x Markov regime: share of each phase's weeks in each regime
        (regime = highest *filtered* probability, i.e. using data up to that week
        for the state; the parameters are full-sample).
    agreement
        Cramér's V of the crosstab (0 = unrelated, 1 = one-to-one).
    """

    model: MarkovResult
    loadings: pd.Series
    crosstab: pd.DataFrame
    agreement: float

    def summary(self) -> str:
        top = self.loadings.abs().sort_values(ascending=False).index[:4]
        load = ", ".join(f"{n} {self.loadings[n]:+.2f}" for n in top)
        return "\n".join(
            [
                "Data-driven regimes (Markov switching on the first principal component of the "
                "weekly phase features)",
                f"  largest loadings: {load}",
                self.model.summary(),
                f"  agreement with the rule phases (Cramér's V): {self.agreement:.2f}",
                self.crosstab.round(2).to_string(),
            ]
        )

    def to_frame(self) -> pd.DataFrame:
        return self.crosstab.reset_index()

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model.to_dict(),
            "loadings": jsonable(self.loadings.to_dict()),
            "crosstab": frame_records(self.crosstab.reset_index()),
            "agreement": jsonable(self.agreement),
        }


def phase_regimes(
    features: pd.DataFrame,
    phases: pd.Series,
    k_regimes: int = 3,
    *,
    n_starts: int = 10,
    seed: int | None = 0,
) -> RegimeComparison:
    """Fit a switching-mean-and-variance model to the features' first PC; compare with phases.

    ``features`` (date x metric, e.g. weekly rows of ``history.triggers.metrics``)
    are standardised; the component's sign makes its largest loading positive.
    """
    frame = features.dropna(how="any")
    if len(frame) < 40 * k_regimes:
        raise InfeasibleTest(f"only {len(frame)} complete feature rows", fix="use more history")
    x = frame.to_numpy(dtype=np.float64)
    sd = x.std(axis=0)
    x = (x[:, sd > 0] - x[:, sd > 0].mean(axis=0)) / sd[sd > 0]
    cols = frame.columns[sd > 0]
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    w = vt[0] * np.sign(vt[0][np.argmax(np.abs(vt[0]))])
    pc = pd.Series(x @ w, index=frame.index)
    model = markov_switching(pc, k_regimes, switching_variance=True, n_starts=n_starts, seed=seed)
    regime = model.filtered.idxmax(axis=1)
    labels = phases.reindex(regime.index)
    table = pd.crosstab(labels.rename("phase"), regime.rename("regime"))
    share = table.div(table.sum(axis=1), axis=0)
    n = float(table.to_numpy().sum())
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / n
    chi = float(((table.to_numpy() - expected) ** 2 / expected).sum())
    v = float(np.sqrt(chi / (n * max(1, min(table.shape) - 1))))
    return RegimeComparison(model, pd.Series(w, index=cols), share, v)
