"""Windows anchored on market events: elections, halvings, the spot ETFs, the Fed's steps."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.eventwindows import fed_decisions, named_since
from leadwatch.claims.windows import find_windows, resolve_span, resolve_window

_DAY = pd.Timestamp("2025-10-20")


def _rates() -> pd.Series:
    """A composed fed funds path: a hike in 2023, cuts in Sept/Nov 2024 and Sept 2025."""
    days = pd.date_range("2023-01-01", "2025-10-31")
    r = pd.Series(5.08, index=days)
    r[r.index >= "2023-07-27"] = 5.33
    r[r.index >= "2024-09-19"] = 4.83
    r[r.index >= "2024-11-08"] = 4.58
    r[r.index >= "2025-09-18"] = 4.33
    r[r.index == "2024-09-30"] += 0.05  # a quarter-end blip is no decision
    return r


def test_fed_decisions_are_read_from_the_rate() -> None:
    steps = fed_decisions(_rates())
    assert [d.date().isoformat() for d in steps.index] == [
        "2023-07-26",
        "2024-09-18",
        "2024-11-07",
        "2025-09-17",
    ]


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        ("Ether has added 31% since the US presidential election.", "2024-11-05"),
        ("Since Election Day the token is up 52 per cent.", "2024-11-05"),
        ("Shares rose 12% since Trump's win, the desk said.", "2024-11-05"),
        ("Bitcoin, 18% higher since the 2016 election, led.", "2016-11-08"),
        ("BTC has risen 27% since the halving.", "2024-04-19"),
        ("The coin is up 64 percent since April's halving", "2024-04-19"),
        ("Prices have slid 9% since bitcoin's 2020 halving.", "2020-05-10"),
        ("Bitcoin is 70% higher since the spot ETFs were approved.", "2024-01-10"),
        ("It gained 55% since the launch of US spot bitcoin ETFs.", "2024-01-10"),
        ("BTC: +45% since the ETFs debuted", "2024-01-10"),
        ("Gold has climbed 22% since the Fed's first rate cut.", "2024-09-17"),
        ("The dollar fell 3% since the Fed began cutting rates.", "2024-09-17"),
        ("Silver is up 8% since the September rate cut.", "2025-09-16"),
        ("Gold is up 26% since the Fed's 50-basis-point cut.", "2024-09-17"),
        ("Yields are 0.4 points lower since the Federal Reserve's last hike.", "2023-07-25"),
        ("Gold rallied 4% since the Fed's latest cut", "2025-09-16"),
    ],
)
def test_event_windows_are_read(sentence: str, base: str) -> None:
    (_, code), *_ = find_windows(sentence)
    found = resolve_window(code, _DAY, _rates())
    assert found is not None and found[0] == pd.Timestamp(base)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bitcoin hit its highest since the election on Tuesday.",  # a record's span
        "Gold is up 5% since the meeting began.",  # no event named
        "Ether is up 20% since the ether ETFs launched.",  # not the bitcoin funds
    ],
)
def test_other_phrases_are_no_event_windows(sentence: str) -> None:
    found = [c for _, c in find_windows(sentence)]
    assert all(named_since(c[6:], _DAY, _rates()) is None for c in found if c[:6] == "since:")


def test_a_rate_step_needs_the_rate_and_events_must_be_past() -> None:
    assert named_since("the Fed's first rate cut", _DAY) is None  # no fed funds given
    assert named_since("the election", pd.Timestamp("2024-11-04")) is not None  # 2020's
    assert named_since("the 2024 halving", pd.Timestamp("2024-03-01")) is None
    assert named_since("Thanksgiving", pd.Timestamp("2025-12-10")) is not None  # holidays too


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Bitcoin climbed 38% in the 90 days after the 2016 election.", [("2016-11-08", 90)]),
        ("Over the 60 days following the 2020 halving, BTC added 21%.", [("2020-05-10", 60)]),
        ("In the 90 days that followed Election Day 2020, it rose 120%.", [("2020-11-03", 90)]),
        ("It rallied 41 percent in the three months after the 2016 vote.", [("2016-11-08", 92)]),
        (
            "After the 2016 and 2020 races, the coin returned about 40% and 130%, respectively,"
            " in the 90 days after election day.",
            [("2016-11-08", 90), ("2020-11-03", 90)],
        ),
    ],
)
def test_spans_after_a_past_event_are_read(sentence: str, spans: list[tuple[str, int]]) -> None:
    found = [resolve_span(c, pd.Timestamp("2024-12-01")) for _, c in find_windows(sentence)]
    got = [(s.date().isoformat(), (e - s).days) for s, e, _ in (f for f in found if f)]
    assert got == spans


def test_an_after_span_not_over_by_the_article_date_is_an_earlier_event() -> None:
    found = resolve_span("after:90:day::the election", pd.Timestamp("2024-12-01"))
    assert found is not None and found[0] == pd.Timestamp("2020-11-03")
    found = find_windows("Gold rose 2% in the 30 days after the meeting.")
    assert not [c for _, c in found if c.startswith("after:")]  # no event named


@pytest.mark.parametrize(
    ("sentence", "base"),
    [  # the decision told as a verb phrase; its size and month pick the step
        (
            "Yields rose 0.7 points since the Fed lowered its key rate by 50 bps in September.",
            "2024-09-17",
        ),
        ("Gold added 9% since the Federal Reserve cut interest rates in November.", "2024-11-06"),
        ("The dollar slipped 2% since the Fed cut rates by a quarter point.", "2025-09-16"),
    ],
)
def test_a_rate_decision_told_as_a_verb_phrase_is_dated(sentence: str, base: str) -> None:
    (_, code), *_ = find_windows(sentence)
    found = resolve_window(code, _DAY, _rates())
    assert found is not None and found[0] == pd.Timestamp(base)


@pytest.mark.parametrize(
    ("sentence", "base"),
    [  # "post-election gains": a move since the event
        ("Its post-election rally of 35% stalled this week.", "2024-11-05"),
        ("Post-U.S. election gains now top 40 percent.", "2024-11-05"),
        ("The coin's post-halving advance reached 20%.", "2024-04-19"),
    ],
)
def test_post_event_gains_run_since_the_event(sentence: str, base: str) -> None:
    (_, code), *_ = find_windows(sentence)
    found = resolve_window(code, _DAY, _rates())
    assert found is not None and found[0] == pd.Timestamp(base)


def test_a_post_event_period_without_a_move_is_no_window() -> None:
    assert not any("election" in c for _, c in find_windows("The post-election period was calm."))


@pytest.mark.parametrize(
    ("sentence", "span"),
    [  # a span that ends at the event: from its length back to the event's base close
        (
            "In the two months leading up to Election Day, gold had gained 6%.",
            ("2024-09-05", "2024-11-05"),
        ),
        ("Bitcoin rose 30% in the 90 days before the halving.", ("2024-01-20", "2024-04-19")),
        (
            "Over the four weeks ahead of the 2020 election the index slid 3%.",
            ("2020-10-06", "2020-11-03"),
        ),
    ],
)
def test_spans_up_to_an_event_end_at_it(sentence: str, span: tuple[str, str]) -> None:
    (_, code), *_ = find_windows(sentence)
    found = resolve_span(code, _DAY)
    assert found is not None
    assert (found[0].date().isoformat(), found[1].date().isoformat()) == span


def test_a_time_before_an_event_with_no_span_is_no_window() -> None:
    found = [c for _, c in find_windows("Two days before the election, gold traded at $2,700.")]
    assert not any(c.startswith("upto:") for c in found)


@pytest.mark.parametrize(
    ("sentence", "day", "base"),
    [
        ("Gold is up 90% since Trump\u2019s inauguration.", "2026-01-26", "2025-01-19"),
        ("Bitcoin has lost 20% since Inauguration Day.", "2025-04-07", "2025-01-19"),
        ("The dollar index fell 9% since Trump took office.", "2025-07-01", "2025-01-19"),
        ("Stocks rose since the start of Trump's second term.", "2026-01-26", "2025-01-19"),
        ("Bitcoin is up 200% since Biden took office.", "2022-01-03", "2021-01-19"),
        ("Gold rose 20% since Trump's inauguration.", "2019-06-03", "2017-01-19"),  # first term
    ],
)
def test_an_inauguration_opens_a_window_at_the_close_before_it(
    sentence: str, day: str, base: str
) -> None:
    (words,) = [w.split(":", 1)[1] for _, w in find_windows(sentence) if w.startswith("since:")]
    found = named_since(words, pd.Timestamp(day))
    assert found is not None and found[0] == pd.Timestamp(base)


def test_a_victory_is_still_the_election() -> None:
    found = named_since("Trump\u2019s election win", pd.Timestamp("2026-01-26"))
    assert found is not None and found[0] == pd.Timestamp("2024-11-05")
