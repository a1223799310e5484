"""A move "from Thursday's <adjective> session" runs from that day's close."""

from __future__ import annotations

import pytest

from leadwatch.claims.windows import window_near


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("Ether jumped 6% from Thursday's panicky session to $3,900.", "since:Thursday's close"),
        ("Copper gained 1.4% from Tuesday's session.", "since:Tuesday's close"),
        ("Copper gained 1.4% from Tuesday's quiet close.", "since:Tuesday's close"),
        # an extreme of the day is not its close
        ("Copper gained 1.4% from Tuesday's lows.", "low"),
    ],
)
def test_from_a_days_session(sentence: str, window: str) -> None:
    assert window_near(sentence, sentence.index("1.4%" if "1.4%" in sentence else "6%")) == window
