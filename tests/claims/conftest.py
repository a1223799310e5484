"""Fixtures shared by the claim checker's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadwatch.claims.market import Market


@pytest.fixture(scope="module")
def market(snapshot_store: Path) -> Market:
    """The checker's view of the real snapshot (closes, day ranges, opens), built per module."""
    from leadwatch.api.claims import market_from_store
    from leadwatch.store import Store

    with Store(snapshot_store, read_only=True) as store:
        return market_from_store(store)
