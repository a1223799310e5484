"""A sentence opened by "Simultaneously," keeps its claims; a "since" window followed by a
coordinated clause ("... and peaking at ...") is not read as "since the peak"."""

from __future__ import annotations

from tests.claims.extracted import records


def test_opening_simultaneously_is_a_connective() -> None:
    s = "Simultaneously, the 10-year yield slid to its lowest in over two weeks."
    assert records(s) == [("yield_10y", "low", "last:2:week")]
    s = "Simultaneously, silver dropped to its lowest level in more than a month."
    assert records(s) == [("silver", "low", "last:1:month")]


def test_simultaneously_inside_a_clause_stays_a_general_story() -> None:
    s = "Copper and silver are simultaneously pushing to their highest in over a year."
    assert records(s) == []


def test_since_window_then_a_coordinated_peak_clause() -> None:
    s = "Ether topped $4,000 for the first time since late March and peaking at $4,120 intraday."
    assert ("eth", "high", "since:late March") in records(s)
    s = "Silver cleared $30 for the first time since early May but topping out near $30.40."
    assert ("silver", "high", "since:early May") in records(s)


def test_since_the_peak_still_reads_the_peak() -> None:
    s = "Ether has fallen 18% since its late March peak."
    assert all(not (w or "").startswith("since:") for _, _, w in records(s))


def test_peak_nouns_joined_by_and_stay_a_peak_window() -> None:
    from leadwatch.claims.recordspans import find_windows

    assert find_windows("from its March and April peaks")[0][1].startswith("peak")
    assert find_windows("since early May and then briefly peaking at")[0][1] == "since:early May"
