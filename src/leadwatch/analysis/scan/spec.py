"""What a universe scan tests: one frozen :class:`ScanSpec` shared by every runner.

The local runner (:func:`leadwatch.analysis.scan.universe.scan_returns`), the
Dask runner (:func:`leadwatch.distributed.dask_scan`), the API
(:func:`leadwatch.api.scan.scan`) and the CLI take the same spec, so a scan's
settings are named and defaulted in one place. Each also takes the fields as
keywords (:class:`ScanOptions`), which override the spec's.

Examples
--------
>>> spec = ScanSpec(follower="btc", lags=range(1, 31))
>>> spec.n_boot is None, spec.alpha
(True, 0.05)
>>> ScanSpec.of(spec, seed=7).seed, ScanSpec.of(None, follower="gold").follower
(7, 'gold')
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from leadwatch.errors import DataError

if TYPE_CHECKING:
    from typing import Unpack

__all__ = ["ScanOptions", "ScanSpec"]


class ScanOptions(TypedDict, total=False):
    """The fields of :class:`ScanSpec` as optional keywords."""

    follower: str | None
    lags: object
    n_boot: int | None
    alpha: float
    seed: int | None
    block_size: int


@dataclass(frozen=True, slots=True)
class ScanSpec:
    """Settings of one scan (validated when the scan is planned).

    Parameters
    ----------
    follower
        Column (or id) of the follower; ``None`` scans all ordered pairs (N x N).
    lags
        Lags in rows (k > 0: leader first), default 1..120.
    n_boot
        Circular-shift replicates per pair; ``None`` takes every admissible
        shift (``T - 3 max(lags) - 1``), pooled over all pairs.
    alpha
        False discovery rate of Benjamini-Hochberg across pair-lags.
    seed
        Seed of the shifts drawn when ``n_boot`` is an int.
    block_size
        Leaders per block (the memory bound; results do not depend on it).
    """

    follower: str | None = None
    lags: object = range(1, 121)
    n_boot: int | None = None
    alpha: float = 0.05
    seed: int | None = 0
    block_size: int = 64

    @classmethod
    def of(cls, spec: ScanSpec | None = None, **fields: Unpack[ScanOptions]) -> ScanSpec:
        """``spec`` (default: the defaults) with ``fields`` replaced."""
        if spec is None:
            return cls(**fields)
        if not isinstance(spec, ScanSpec):
            raise DataError(
                f"spec={spec!r} is not a ScanSpec",
                fix="pass ScanSpec(...) or keywords such as follower='btc'",
            )
        return dataclasses.replace(spec, **fields)
