"""A figureless turn away from highs ("a reversal from fresh highs", "turned lower from
record peaks") is a distance from a record set before, as "retreated from a record" is, not
a record today; a record told outright, or with its figure, stays one."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cSilver\u2019s reversal from fresh highs reads as hedging,\u201d one trader said.",
        "Platinum bulls shrugged as gold turned lower from record peaks.",
        "A sharp reversal from new highs in bitcoin unsettled some funds.",
    ],
)
def test_turns_from_highs_are_no_records(text: str) -> None:
    assert [r for r in _records(text) if r[0] in ("gold", "silver", "btc")] == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Silver hit fresh highs on Thursday before a reversal set in.", "silver"),
        ("Gold\u2019s reversal from its record high of $3,900 drew buyers.", "gold"),
    ],
)
def test_records_told_stay(text: str, asset: str) -> None:
    assert (asset, "high") in _records(text)
