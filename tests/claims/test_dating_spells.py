"""Which day of the evidence to take, on hand-written articles over small synthetic
markets: the latest date a text prints is likely its day (not only a lower bound), and in
a spell the levels leave open, the day right after the weekdays the story names."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import claim_days, infer_date
from leadwatch.claims.datingwords import TIE
from leadwatch.claims.market import Market
from leadwatch.claims.textdates import latest_printed

_DAYS = pd.bdate_range("2025-03-03", "2025-05-30")
_PRINTED = pd.Timestamp("2025-04-04")  # a Friday


def _gold_near_then_exact() -> Market:
    """Gold at $1,985 on the printed day (0.75% off a $2,000 quote, within the level's
    tolerance) and at exactly $2,000 four sessions later; far below elsewhere."""
    gold = pd.Series(1700.0, index=_DAYS)
    gold.loc[_PRINTED] = 1985.0
    gold.loc[pd.Timestamp("2025-04-10")] = 2000.0
    return Market({"gold": gold})


@pytest.mark.parametrize(
    "text",
    [
        "As of April 4, 2025, gold traded at $2,000 an ounce after a volatile week.",
        "Gold stood at $2,000 an ounce at 1 p.m. on Friday, April 4, 2025, traders said.",
        "The major indexes on April 4, 2025, at noon. Gold was quoted at $2,000 an ounce.",
        "Gold was trading at $2,000 an ounce. Weekly Metals Review - April 4th, 2025.",
    ],
)
def test_the_latest_date_printed_is_likely_the_articles_day(text: str) -> None:
    padded = "Markets wrap. " + "Traders weighed the news. " * 16 + text  # no dateline
    extraction = extract_claims(padded)
    latest = latest_printed(extraction)
    assert latest is not None and latest.iso == "2025-04-04"
    dated = infer_date(extraction, _gold_near_then_exact())
    assert dated.date == _PRINTED, dated.reasoning
    assert any("latest date printed" in r for r in dated.reasoning)
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-04-10" in runner  # the closer fit is still shown


@pytest.mark.parametrize(
    "text",
    [
        "Gold traded at $2,000 an ounce, its best level since April 4, 2025.",
        "Gold traded at $2,000 an ounce, below the record high set on April 4, 2025.",
        "Gold traded at $2,000 an ounce, up from $1,700 after April 4, 2025.",
        "On April 4, 2025, gold set an all-time high. It traded at $2,000 an ounce.",
        "Gold traded at $2,000. On April 4, 2025, the metal touched its peak of $2,100.",
        "Gold traded at $2,000; the tariff pause will lapse on April 4, 2025.",
        "Gold traded at $2,000. A Treasury auction is scheduled for April 4, 2025.",
    ],
)
def test_a_date_looked_back_to_on_purpose_is_no_likely_day(text: str) -> None:
    assert latest_printed(extract_claims(text)) is None


def test_a_dateline_leaves_the_latest_printed_date_alone() -> None:
    text = "LONDON, 10th April, 2025 (Wire) -- Gold traded at $2,000. It fell on April 4, 2025."
    assert latest_printed(extract_claims(text)) is None


def _silver_flat_week() -> Market:
    """Silver at $60 from Monday 2026-01-12 to Wednesday 2026-01-14, at $50 elsewhere: a $60
    quote holds from Monday to Thursday (a claim of the day also holds the day after)."""
    days = pd.date_range("2025-12-01", "2026-02-27")
    silver = pd.Series(50.0, index=days)
    silver.loc["2026-01-12":"2026-01-14"] = 60.0
    return Market({"silver": silver})


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Silver traded at $60. It eased on Wednesday after gains on Monday and Friday.", 2),
        ("Silver was at $60. Thursday was quiet after the rallies of Tuesday and Friday.", 3),
        ("Silver was at $60. It rose on Tuesday and held its gains on Wednesday.", 2),
        ("Silver traded at $60. Monday's and Tuesday's gains held through Thursday.", 3),
    ],
)
def test_in_a_spell_the_day_right_after_the_weekdays_named_wins(text: str, weekday: int) -> None:
    dated = infer_date(extract_claims(text), _silver_flat_week())
    assert dated.date.weekday() == weekday, dated.reasoning
    assert pd.Timestamp("2026-01-12") <= dated.date <= pd.Timestamp("2026-01-15")


def test_with_no_weekday_named_a_spell_is_dated_on_its_first_day() -> None:
    dated = infer_date(extract_claims("Silver traded at $60."), _silver_flat_week())
    assert dated.date == pd.Timestamp("2026-01-12"), dated.reasoning


def _gold_spot_and_futures() -> Market:
    """On 2025-01-30 spot gold closes at $2,787 (2.03% below a $2,845 quote: outside the
    'at' tolerance) while the futures settle at $2,823 (0.8% off); on 2025-02-20 spot
    closes at $2,800 and the futures at $2,790 (1.6% off)."""
    days = pd.bdate_range("2025-01-02", "2025-03-31")
    spot, fut = pd.Series(2600.0, index=days), pd.Series(2610.0, index=days)
    spot.loc["2025-01-30"], fut.loc["2025-01-30"] = 2787.0, 2823.0
    spot.loc["2025-02-20"], fut.loc["2025-02-20"] = 2800.0, 2790.0
    return Market({"gold": spot, "gold_fut": fut})


@pytest.mark.parametrize(
    "text",
    [
        "U.S. gold futures settled at $2,845 an ounce.",
        "The April gold contract closed at $2,845.20 per troy ounce.",
        "Gold was quoted at $2,845 an ounce in New York.",
        "Gold changed hands at $2,845 on the Comex.",
    ],
)
def test_a_quoted_price_holds_on_the_futures_as_well_as_on_spot(text: str) -> None:
    dated = infer_date(extract_claims(text), _gold_spot_and_futures())
    assert dated.date == pd.Timestamp("2025-01-30"), dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-02-20" in runner


def _two_fridays(first_dxy_move: float) -> Market:
    """Gold at exactly $3,350 on two Fridays (2025-07-11 and 2025-07-18) and at $3,000
    elsewhere; after a choppy June, the dollar index moves ``first_dxy_move`` on the first
    Friday and -0.4% on the second (both within a 0.4% move's tolerance)."""
    days = pd.bdate_range("2025-06-02", "2025-08-29")
    gold = pd.Series(3000.0, index=days)
    gold.loc[["2025-07-11", "2025-07-18"]] = 3350.0
    dxy = pd.Series(100.0, index=days)
    dxy.iloc[1:20:2] = 100.6  # a choppy June: a 0.4% session is a plausible one
    dxy.loc["2025-07-11":] *= 1 + first_dxy_move
    dxy.loc["2025-07-14":] /= 1 + first_dxy_move
    dxy.loc["2025-07-18":] *= 1 - 0.004
    return Market({"gold": gold, "dxy": dxy})


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose to $3,350 an ounce. The dollar fell 0.4%.",
        "Spot gold traded at $3,350. The dollar index slipped 0.4% on the day.",
        "Gold held at $3,350 as the greenback lost 0.4%.",
    ],
)
def test_when_quoted_prices_fit_two_spells_alike_the_stated_moves_decide(text: str) -> None:
    dated = infer_date(extract_claims(text), _two_fridays(-0.002))
    assert dated.date == pd.Timestamp("2025-07-18"), dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-07-11" in runner


def test_when_prices_and_moves_fit_alike_the_earliest_spell_wins() -> None:
    """A level is news when first reached: of spells nothing in the text separates, the
    earliest (a most-recent tie-break was measured and lost article dates on the held
    sets). The date is said to be a tie, the later Friday named as the runner-up."""
    dated = infer_date(
        extract_claims("Gold rose to $3,350. The dollar fell 0.4%."), _two_fridays(-0.004)
    )
    assert dated.date == pd.Timestamp("2025-07-11"), dated.reasoning
    assert dated.how == "tied", dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-07-18" in runner and TIE in runner


def _coins() -> Market:
    """Bitcoin at $87,200 on 2025-04-07 and on 2025-04-21 ($80,000 elsewhere). Ether
    closes flat (-0.5%) on 2025-04-21 but trades 2.4% above the previous close during
    that day (its range 1,580..1,660); on 2025-04-07 it is flat with a narrow range. A
    choppy March makes a 2.4% session a plausible one."""
    days = pd.date_range("2025-03-01", "2025-05-31")
    btc = pd.Series(80000.0, index=days)
    btc.loc[["2025-04-07", "2025-04-21"]] = 87200.0
    eth = pd.Series(1600.0, index=days)
    eth.iloc[1:30:2] = 1650.0
    eth.loc["2025-04-21":] = 1592.0
    low, high = eth * 0.995, eth * 1.005
    low.loc["2025-04-21"], high.loc["2025-04-21"] = 1580.0, 1660.0
    ranges = {"eth": pd.DataFrame({"low": low, "high": high})}
    return Market({"btc": btc, "eth": eth}, ranges)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin traded at $87,200. Ether advanced 2.4%.",
        "Bitcoin was at $87,200, while ether gained 2.4%.",
        "Ether rose 2.4% in early trading. Bitcoin sat at $87,200.",
    ],
)
def test_a_session_move_held_inside_the_days_range_dates_like_a_close(text: str) -> None:
    dated = infer_date(extract_claims(text), _coins())
    assert dated.date == pd.Timestamp("2025-04-21"), dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-04-07" in runner


def test_a_metals_session_move_needs_its_close_not_its_futures_range() -> None:
    """Exchange hours and a fix: the range (the futures') is not the quoted session."""
    days = pd.bdate_range("2025-03-03", periods=40)
    gold = pd.Series(3000.0, index=days)
    gold.iloc[1:20:2] = 3090.0  # a choppy start: a 2.4% session is a plausible one
    ranges = {"gold": pd.DataFrame({"low": gold * 0.99, "high": gold * 1.03})}
    (move,) = extract_claims("Gold gained 2.4%.").claims
    held = claim_days(move, Market({"gold": gold}, ranges), pd.DatetimeIndex(days[25:30]))
    assert not held.any()


@pytest.mark.parametrize(
    "text",
    [
        "Silver traded at $60. Traders will watch the jobs report on Wednesday.",
        "Silver traded at $60. A Treasury auction is due on Thursday.",
        "Silver traded at $60. Payrolls are scheduled for release on Wednesday.",
        "Silver traded at $60. Markets look ahead to Thursday's inflation data.",
    ],
)
def test_a_weekday_in_a_clause_that_looks_forward_does_not_date(text: str) -> None:
    dated = infer_date(extract_claims(text), _silver_flat_week())
    assert dated.date == pd.Timestamp("2026-01-12"), dated.reasoning  # the spell's first day
    assert not any("written on such a day" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    "header",
    [
        "Markets this week: June 9-13, 2025",
        "Weekly Commodity Recap | June 9 - 13, 2025",
        "The week in review, June 9\u201313, 2025",
    ],
)
def test_a_recap_of_a_span_of_days_is_dated_on_its_last_weekday(header: str) -> None:
    days = pd.bdate_range("2025-05-01", "2025-07-31")
    m = Market({"gold": pd.Series(2000.0, index=days)})
    dated = infer_date(extract_claims(f"{header}\n\nGold traded at $2,000 an ounce."), m)
    assert dated.date == pd.Timestamp("2025-06-13"), dated.reasoning
    assert any("last weekday" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Silver traded at $60 to start the week.", ("2026-01-12",)),
        ("Silver was at $60 as traders kicked off the week.", ("2026-01-12",)),
        ("Silver traded at $60, little changed over the weekend.", ("2026-01-11", "2026-01-12")),
        ("Silver traded at $60 to end the week.", ("2026-01-09",)),
    ],
)
def test_a_part_of_the_week_named_counts_as_its_day(text: str, days: tuple[str, ...]) -> None:
    every = pd.date_range("2025-12-01", "2026-02-27")  # a coin's calendar: weekends too
    silver = pd.Series(50.0, index=every)
    silver.loc["2026-01-08":"2026-01-13"] = 60.0  # Thursday to Tuesday
    dated = infer_date(extract_claims(text), Market({"silver": silver}))
    assert dated.date in pd.DatetimeIndex(days), dated.reasoning


@pytest.mark.parametrize(
    "second",
    [
        "Bitcoin is down 10% since the start of 2025.",
        "Bitcoin has lost 10% since January 2025.",
        "Bitcoin has fallen 10% since the beginning of 2025.",
    ],
)
def test_a_move_since_a_dated_start_dates_the_article_where_its_size_holds(second: str) -> None:
    """Gold at $2,000 on 2025-06-02 and on 2026-03-02; bitcoin from $100,000 (2024) to
    $70,000 through 2025 (-30%), then $90,000 (-10% since 2025 began)."""
    days = pd.date_range("2024-06-01", "2026-06-30")
    gold = pd.Series(1800.0, index=days)
    gold.loc[["2025-06-02", "2026-03-02"]] = 2000.0
    btc = pd.Series(100000.0, index=days)
    btc.loc["2025-01-01":] = 70000.0
    btc.loc["2026-01-01":] = 90000.0
    dated = infer_date(
        extract_claims(f"Gold traded at $2,000. {second}"), Market({"gold": gold, "btc": btc})
    )
    assert dated.date == pd.Timestamp("2026-03-02"), dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-06-02" in runner


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Gold traded at $2,000 as traders awaited January payrolls.", 2),
        ("Gold traded at $2,000 after the December CPI report.", 1),
        ("Gold traded at $2,000. March retail sales beat forecasts.", 4),
    ],
)
def test_a_monthly_figure_named_by_its_month_dates_the_month_after(text: str, month: int) -> None:
    days = pd.bdate_range("2025-05-01", "2026-06-30")
    m = Market({"gold": pd.Series(2000.0, index=days)})
    dated = infer_date(extract_claims(text), m)
    assert dated.date.month == month, dated.reasoning
    assert any("comes out the month after" in r for r in dated.reasoning)
