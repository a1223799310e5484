"""A first crossing "since" an event dated by its time ("for the first time since a selloff
in mid-October"): the span runs from that time, and the time is not the claim's own day
(hand-written phrasings, round 28)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None, object]]:
    return [(c.kind, c.asset, c.window, c.when) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        (
            "Hourly losses dragged bitcoin below $88,000 for the first time since a selloff in "
            "mid-October.",
            "btc",
            "since:mid-October",
        ),
        (
            "Ether dropped under $2,000 for the first time since the crash in early August.",
            "eth",
            "since:early August",
        ),
        (
            "Gold slid below $3,900 for the first time since its pullback in late 2024.",
            "gold",
            "since:late 2024",
        ),
    ],
)
def test_the_span_runs_from_the_events_time(text: str, asset: str, window: str) -> None:
    found = _claims(text)
    assert ("record", asset, window, None) in found
    assert all(when is None for _, _, _, when in found)  # the event's month is not "now"


def test_an_event_with_no_time_stays_as_written() -> None:
    found = _claims("Gold slid below $3,900 for the first time since the Fed meeting.")
    assert ("record", "gold", "since:the Fed meeting", None) in found


def test_a_time_after_an_event_clause_that_is_no_span_dates_the_claim() -> None:
    found = _claims("Gold rose after the Fed meeting in March.")
    assert ("move", "gold", "day", ("month", (0, 3))) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ether closed at its highest since its debut in 2015.",
        "Ether closed at its highest since its introduction in 2015.",
    ],
)
def test_an_assets_origin_is_no_event_time(text: str) -> None:
    assert not [w for k, _, w, _ in _claims(text) if k == "record" and w == "since:2015"]
