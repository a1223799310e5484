"""Dating round 28: general evidence that told wrong dates apart.

- a sentence of the opening that starts on its full date ("On Mar. 3, 2026, silver set a
  record") reports that day, also when a record follows the date;
- a weekday of a week gone by ("last Thursday", "this past Wednesday", "last Thursday
  night and Friday") does not vote for the day of writing;
- a claim that holds on most days (a 1% move) does not count as an agreeing asset in a
  near-tie;
- a "since" record holds on a day whose intraday extreme, not only its close, reaches back
  to the period named ("a price not seen since mid-November").
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import agreeing_assets, named_weekdays
from leadwatch.claims.market import Market
from leadwatch.claims.monthends import month_end_votes
from leadwatch.claims.sincerecords import since_record_days
from leadwatch.claims.textdates import latest_printed

_TAIL = " Ether lost 1.8% to $2,120. The minister spoke on Friday about taxes."


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        ("On Mar. 3, 2026, silver set a new all-time high, at $99.40 at the time.", "2026-03-03"),
        (
            "Crypto wrap. On April 14, 2025, bitcoin reached a record of $86,200, up 3% in the past"
            " 24 hours.",
            "2025-04-14",
        ),
        ("On Monday, 9 March 2026, copper, currently near $6, hit its highest ever.", "2026-03-09"),
    ],
)
def test_a_lead_opening_on_its_date_reports_that_day(lead: str, iso: str) -> None:
    found = latest_printed(extract_claims(lead + _TAIL))
    assert found is not None and found.iso == iso


def test_a_date_opening_a_sentence_deep_in_the_text_stays_looked_back_to() -> None:
    text = (
        "Markets were calm. Traders waited for data. Rates held steady. Stocks rose. "
        "On Mar. 3, 2026, silver set a new all-time high of $99.40." + _TAIL
    )
    assert latest_printed(extract_claims(text)) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Silver touched $71 between last Thursday night and Friday morning.", ()),
        ("The central bank cut rates this past Wednesday, and gold rose.", ()),
        ("Gold slid last Tuesday, then rallied on Monday.", (0,)),
        ("Gold slid on Tuesday and rallied on Wednesday.", (1, 2)),  # not of a past week
    ],
)
def test_weekdays_of_a_past_week_do_not_name_the_day_of_writing(
    text: str, days: tuple[int, ...]
) -> None:
    assert named_weekdays(text) == days


def test_a_claim_holding_on_most_days_is_no_agreeing_asset() -> None:
    days = pd.date_range("2025-05-01", periods=9)
    claims = extract_claims("Bitcoin hit $104,000. The S&P 500 gained 0.8%.").claims
    btc = next(c for c in claims if c.asset == "btc")
    spx = next(c for c in claims if c.asset == "spx")
    narrow = pd.Series([False] * 7 + [True, True], index=days)
    broad = pd.Series([True] * 5 + [False, False, True, True], index=days)
    rare = pd.Series([False] * 8 + [True], index=days)
    assert agreeing_assets([(btc, narrow, 1.0), (spx, broad, 0.1)], days).tolist()[-2:] == [1, 1]
    assert agreeing_assets([(btc, narrow, 1.0), (spx, rare, 1.0)], days).tolist()[-2:] == [1, 2]


def test_a_since_record_counts_the_days_intraday_extreme() -> None:
    days = pd.bdate_range("2025-03-03", periods=8)
    close = pd.Series([50.0, 48, 52, 55, 56, 57, 58, 56], index=days)
    ranges = pd.DataFrame(
        {
            "low": [49.0, 47.5, 51, 54, 55, 56, 57, 48],  # the last day dips to $48
            "high": [51.0, 49, 53, 56, 57, 58, 59, 58.5],
        },
        index=days,
    )
    market = Market({"silver": close}, ranges={"silver": ranges})
    first, last = days[1], days[1]  # "the lowest since" the second day
    held = since_record_days(market, "silver", "low", first, last)
    assert bool(held.iloc[-1])  # its low, not its close, reaches back to that day
    closes_only = Market({"silver": close})
    assert not bool(since_record_days(closes_only, "silver", "low", first, last).iloc[-1])
    # a high close-only record keeps its reading
    assert since_record_days(market, "silver", "high", days[0], days[0]).tolist()[1]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Ether is heading for a sharp monthly decline in March, traders said.", 3),
        ("Silver was on track for its second monthly gain in October.", 10),
        ("Gold is set for a monthly loss as the dollar firms.", None),  # any month's end
    ],
)
def test_a_monthly_tally_on_its_way_dates_the_months_last_week(
    text: str, month: int | None
) -> None:
    days = pd.date_range("2025-02-01", "2025-12-31")
    votes, why = month_end_votes(text, days)
    voted = days[votes > 0]
    assert len(voted) > 0, why
    assert all(d.day >= 21 or d.day == 1 for d in voted)
    if month is not None:
        assert {(d - pd.Timedelta(days=1)).month for d in voted} == {month}


def test_a_monthly_tally_told_as_done_or_weekly_does_not_vote() -> None:
    days = pd.date_range("2025-02-01", "2025-12-31")
    for text in ("Gold posted a monthly gain in May.", "Silver is set for a weekly loss."):
        votes, _ = month_end_votes(text, days)
        assert not votes.any()


@pytest.mark.parametrize(
    "text",
    [
        "The price of April 2026 futures for gold on COMEX rose 1.4% to $5,020.",
        "The value of June silver contracts climbed 2% to $33.",
        "Buyers of the December 2025 gold contract pushed it up 0.8% to $4,210.",
    ],
)
def test_a_contract_month_is_not_the_claims_time(text: str) -> None:
    claims = extract_claims(text).claims
    assert claims and all(c.when is None for c in claims)


def test_a_month_with_its_year_still_dates_a_claim() -> None:
    claims = extract_claims("Silver rose 3% in March 2026 to $80.").claims
    assert claims and all(c.when == ("month", (2026, 3)) for c in claims)


def test_a_lead_opening_on_a_records_date_without_a_snapshot_is_looked_back_to() -> None:
    text = "On Mar. 3, 2026, silver set a new all-time high. It now trades at $91."
    assert latest_printed(extract_claims(text + _TAIL)) is None
