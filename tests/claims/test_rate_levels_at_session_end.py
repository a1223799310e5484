"""A yield's level after "to end at" / "ended the week at", and the "UST" name of a
Treasury maturity ("the 10-year UST yield")."""

from __future__ import annotations

from tests.claims.extracted import levels


def test_yield_level_after_to_end_at() -> None:
    s = "The 10-year yield rose 3 bps to end at 4.31."
    assert ("yield_10y", 4.31) in levels(s)
    s = "The 10-Year U.S. Treasury yield slipped 1% to finish at 4.12."
    assert ("yield_10y", 4.12) in levels(s)
    s = "The 10-year yield fell 4 basis points to close the week at 4.18."
    assert ("yield_10y", 4.18) in levels(s)


def test_clock_time_after_to_end_at_is_no_level() -> None:
    s = "The 10-year yield rose as the Fed meeting was set to end at 2.30."
    assert levels(s) == []


def test_ust_names_the_treasury_maturity() -> None:
    assert levels("Core bond yields firmed; the 10-year UST yield got to 4.23%.") == [
        ("yield_10y", 4.23)
    ]
    assert levels("Yields on the 10-year UST eased to 4.05%.") == [("yield_10y", 4.05)]
    assert levels("The 2-year UST yield rose to 3.9%.") == [("yield_2y", 3.9)]


def test_ust_token_is_no_treasury() -> None:
    assert levels("TerraUSD's UST token slid to $0.40.") == []
