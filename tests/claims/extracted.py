"""Projections of ``extract_claims`` that several claims test modules compare against."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def levels(text: str) -> list[tuple[str | None, float | None]]:
    """(asset, level) of each level claim extracted from ``text``, in order."""
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


def moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    """(asset, op, size) of each move claim (with or without a percentage) from ``text``."""
    kinds = ("percent", "move")
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind in kinds]


def records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(asset, op, window) of each record claim extracted from ``text``, in order."""
    return [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]


def record_assets(text: str) -> list[str | None]:
    """The asset of each record claim extracted from ``text``, in order."""
    return [c.asset for c in extract_claims(text).claims if c.kind == "record"]
