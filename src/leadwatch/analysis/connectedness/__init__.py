"""Diebold-Yilmaz connectedness (spillover) tables of a VAR, static and rolling."""

from __future__ import annotations

from leadwatch.analysis.connectedness.rolling import (
    RollingConnectednessResult,
    rolling_connectedness,
)
from leadwatch.analysis.connectedness.static import (
    METHODS,
    ConnectednessResult,
    connectedness,
    connectedness_from_var,
)
from leadwatch.analysis.connectedness.var import fevd_shares, fit_var

__all__ = [
    "METHODS",
    "ConnectednessResult",
    "RollingConnectednessResult",
    "connectedness",
    "connectedness_from_var",
    "fevd_shares",
    "fit_var",
    "rolling_connectedness",
]
