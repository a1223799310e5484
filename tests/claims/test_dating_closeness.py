"""Dating breaks near-ties by how closely the quoted figures fit, on hand-written articles
over small synthetic markets: a crash day's wide range no longer "holds" every price, a
futures settlement counts as a close, and a stated move's size picks between spells."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.closeness import level_closeness, move_error, quote_fit
from leadwatch.claims.dating import dating_claims, infer_date
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2026-01-05", periods=60)
_CRASH, _CALM = 20, 45


def _silver_market() -> Market:
    """A flat $90 market with a crash day (fix 103.2, futures range 76..118, settlement 78)
    and, later, a calm day (fix 99.0, range 97.7..102.9, settlement 100.9)."""
    fix = pd.Series(90.0, index=_DAYS)
    fut = pd.Series(90.0, index=_DAYS)
    low, high = pd.Series(89.0, index=_DAYS), pd.Series(91.0, index=_DAYS)
    fix.iloc[_CRASH], fut.iloc[_CRASH] = 103.2, 78.0
    low.iloc[_CRASH], high.iloc[_CRASH] = 76.0, 118.0
    fix.iloc[_CALM], fut.iloc[_CALM] = 99.0, 100.9
    low.iloc[_CALM], high.iloc[_CALM] = 97.7, 102.9
    ranges = {"silver": pd.DataFrame({"low": low, "high": high})}
    return Market({"silver": fix, "silver_fut": fut}, ranges)


def test_a_wide_range_counts_a_share_of_its_width_and_a_normal_one_fits() -> None:
    dev = level_closeness(_silver_market(), "silver", 101.33)
    assert dev.iloc[_CALM] == 0.0  # inside a usual range
    assert dev.iloc[_CRASH] == pytest.approx(103.2 / 101.33 - 1)  # the fix, not the range
    assert dev.iloc[0] == pytest.approx(1 - 90.0 / 101.33)


def test_a_futures_settlement_counts_as_a_close() -> None:
    m = _silver_market()
    bare = Market({"silver": m.closes["silver"]})
    assert level_closeness(m, "silver", 100.9).iloc[_CALM] == 0.0
    assert level_closeness(bare, "silver", 100.9).iloc[_CALM] == pytest.approx(1 - 99 / 100.9)


@pytest.mark.parametrize(
    "text",
    [
        "Silver traded at $101.33 an ounce.",
        "Silver prices were last at $101.33.",
        "Spot silver changed hands at $101.33 per ounce.",
        "Silver rose to $101.33.",
    ],
)
def test_a_crash_days_range_does_not_win_over_a_day_that_fits(text: str) -> None:
    dated = infer_date(extract_claims(text), _silver_market())
    assert dated.date in (_DAYS[_CALM], _DAYS[_CALM] + pd.Timedelta(days=1)), dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert f"{_DAYS[_CRASH].date()}..{(_DAYS[_CRASH] + pd.Timedelta(days=1)).date()}" in runner
    assert "prices 1.8% off" in runner  # the crash day is still shown, with its fit


def _gold_spx_market(first_move: float) -> Market:
    """Gold at $4,000 on two days (both exact); the S&P 500 falls ``first_move`` on the
    first and 1.68% on the second (and rises 3% on a day between: a 1.7% fall is then
    within its sessions' range)."""
    gold = pd.Series(3800.0, index=_DAYS)
    gold.iloc[[10, 40]] = 4000.0
    spx = pd.Series(6000.0, index=_DAYS)
    spx.iloc[10:] *= 1 + first_move
    spx.iloc[25:] *= 1.03
    spx.iloc[40:] *= 1 - 0.0168
    return Market({"gold": gold, "spx": spx})


@pytest.mark.parametrize(
    "text",
    [
        "Gold traded at $4,000. The S&P 500 fell 1.7%.",
        "Gold was at $4,000 an ounce, while the S&P 500 dropped 1.7%.",
        "The S&P 500 lost 1.7%. Gold changed hands at $4,000.",
    ],
)
def test_a_stated_moves_size_picks_between_spells_the_prices_fit_alike(text: str) -> None:
    m = _gold_spx_market(-0.013)  # within the move tolerance of 1.7%, but further off
    dated = infer_date(extract_claims(text), m)
    assert dated.date in (_DAYS[40], _DAYS[40] + pd.Timedelta(days=1)), dated.reasoning
    assert any(r.startswith("runner-up") and str(_DAYS[10].date()) in r for r in dated.reasoning)


def test_moves_of_equal_fit_leave_the_first_spell() -> None:
    m = _gold_spx_market(-0.0168)
    dated = infer_date(extract_claims("Gold traded at $4,000. The S&P 500 fell 1.7%."), m)
    assert dated.date in (_DAYS[10], _DAYS[10] + pd.Timedelta(days=1)), dated.reasoning


def test_move_error_is_in_price_units_and_quote_fit_averages_the_figures() -> None:
    m = _gold_spx_market(-0.013)
    err = move_error(m, "spx", -0.017, None)
    assert err.iloc[10] == pytest.approx(0.004 / 0.01 * 0.02)
    assert err.iloc[40] == pytest.approx(0.0002 / 0.01 * 0.02, abs=1e-6)
    claims = extract_claims("Gold traded at $4,000. The S&P 500 fell 1.7%.").claims
    cal = pd.DatetimeIndex(_DAYS[[10, 40]])
    fit = quote_fit(claims, m, cal)
    assert fit.tolist() == pytest.approx([0.008 / 2, 0.0004 / 2], abs=1e-5)
    assert quote_fit(claims, m, cal, ("level",)).tolist() == [0.0, 0.0]


def test_a_near_quote_fits_anywhere_in_its_band() -> None:
    """'approaching $40' says the price is a little under $40, not at it: a close 2.5%
    below fits as well as one at $40; outside the band the distance counts from its edge."""
    days = pd.bdate_range("2026-01-05", periods=4)
    m = Market({"silver": pd.Series([39.0, 40.0, 38.0, 41.2], index=days)})
    near = level_closeness(m, "silver", 40.0, (0.03, 0.02))
    assert near.tolist() == pytest.approx([0.0, 0.0, (38.8 - 38.0) / 40, (41.2 - 40.8) / 40])
    text = "Silver was approaching $40 an ounce."
    claims = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [c.op for c in claims] == ["near"]
    assert quote_fit(claims, m, pd.DatetimeIndex(days[:2])).tolist() == [0.0, 0.0]


def _spx_market() -> Market:
    """The S&P 500 at 5,996 twice: after a 3.5% rise (index 10) and after a 3.5% fall
    (index 40); 6,500 on other days."""
    spx = pd.Series(6500.0, index=_DAYS)
    spx.iloc[9], spx.iloc[10] = 5793.0, 5996.0
    spx.iloc[39], spx.iloc[40] = 6214.0, 5996.0
    return Market({"spx": spx})


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 fell 3.5% to 5,996.",
        "The S&P 500 closed at 5,996, down 3.5%.",
        "The S&P 500 slid 3.5% to end the day at 5,996.",
        "Stocks sank, with the S&P 500 losing 3.5% to 5,996.",
    ],
)
def test_a_move_beside_its_level_picks_the_day_though_the_score_counts_the_level(
    text: str,
) -> None:
    ex = extract_claims(text)
    assert [c.kind for c in dating_claims(ex)] == ["level"]  # the move is no extra score
    dated = infer_date(ex, _spx_market())
    assert dated.date == _DAYS[40], dated.reasoning


def test_a_spell_is_judged_by_its_best_day_and_dated_from_its_first() -> None:
    """Gold at $4,000 on two days in a row (a spell) and once earlier; the S&P 500's 1.2%
    fall shows in the close after the spell's first day (the article may be written
    before that close): the spell fits, and it is dated from its first day."""
    gold = pd.Series(3800.0, index=_DAYS)
    gold.iloc[[10, 40, 41]] = [4000.0, 4000.0, 4010.0]
    spx = pd.Series(6000.0, index=_DAYS)
    spx.iloc[25:] *= 1.03  # a big day: a 1.2% fall is one session's
    spx.iloc[40:] *= 1 - 0.008
    spx.iloc[41:] *= 1 - 0.012
    m = Market({"gold": gold, "spx": spx})
    dated = infer_date(extract_claims("Gold traded at $4,000. The S&P 500 fell 1.2%."), m)
    assert dated.date == _DAYS[40], dated.reasoning


@pytest.mark.parametrize(
    "text",
    [
        "Gold is up 72% year to date.",
        "Gold has risen 72% so far this year.",
        "Year to date, gold has gained 72%.",
        "Gold has climbed 72% this year, its best run in decades.",
    ],
)
def test_an_article_that_quotes_no_price_is_dated_where_its_moves_fit(text: str) -> None:
    """Gold rises steadily through 2025 (from $100 at the end of 2024 to $180): a 72% gain
    this year holds, within its tolerance, for months; the date is the day it is 72%, not
    the first day of that spell (a level is news when first reached, a running total is not)."""
    days = pd.bdate_range("2024-12-02", "2025-12-31")
    later = days > "2024-12-31"
    price = pd.Series(100.0, index=days)
    price[later] = np.linspace(100.5, 180.0, int(later.sum()))
    target = price[price >= 172.0].index[0]
    dated = infer_date(extract_claims(text), Market({"gold": price}))
    assert abs((dated.date - target).days) <= 1, dated.reasoning
    assert any("the day the moves fit best" in r for r in dated.reasoning)


def test_among_near_ties_a_day_the_text_names_comes_before_a_closer_price_fit() -> None:
    """Two spells within the near-tie margin: one fits the quoted price exactly and the
    stated move; the other is the day the text names ("May 8"), its price 1.5% off. The
    text's own words outrank the closeness of fit."""
    days = pd.date_range("2026-01-01", "2026-05-20")
    btc = pd.Series(80_000.0, index=days)
    btc["2026-04-16"], btc["2026-04-17"] = 93_458.0, 100_000.0  # +7% to the figure exactly
    btc["2026-05-07"], btc["2026-05-08"] = 98_500.0, 98_500.0  # the named day: 1.5% off, flat
    text = "Bitcoin jumped 7% on the day. It ended at $100,000. Fans cheer it every May 8."
    dated = infer_date(extract_claims(text), Market({"btc": btc}))
    assert dated.date == pd.Timestamp("2026-05-08")
    assert any("2026-04-17" in line for line in dated.reasoning)  # shown as the runner-up


def test_a_price_quoted_on_a_weekday_named_counts_in_the_fit() -> None:
    """'at $115,171 early Monday' is most often the article's own day: its distance counts
    where the article's figures are compared (the day before read too), as a plain quote's."""
    days = pd.bdate_range("2026-03-02", periods=10)  # Mondays: 2 and 9 March
    btc = pd.Series(120_000.0, index=days)
    btc.loc["2026-03-09"] = 115_000.0
    m = Market({"btc": btc})
    claims = extract_claims("Bitcoin traded at $115,171 early Monday.").claims
    assert [c.when for c in claims if c.kind == "level"] == [("weekday", 0)]
    fit = quote_fit(claims, m, pd.DatetimeIndex(days[[0, 5]]))
    assert fit.iloc[1] == pytest.approx(171 / 115_171, abs=1e-4)
    assert fit.iloc[0] > 10 * fit.iloc[1]
