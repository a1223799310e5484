"""A pronoun standing for a company named before it keeps its figures from the carried asset;
a metal quoted on a weekday with no fix is graded on the fix before (not a closed market);
"the latter" keeps a claim to the last of two names;
a day of the month named by its ordinal alone dates the article.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market


def test_its_after_a_company_heading_the_sentence_before_is_the_companys() -> None:
    text = (
        "The S&P 500 rose 0.4% on Wednesday. Globexa swung through the session. "
        "Its weight gives it sway on benchmarks, and it went from a loss of 3% to a gain of 2.5%. "
        "It launched a new chip a day earlier."
    )
    found = [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert ("spx", 0.4) in found
    assert not [a for a, pct in found if a == "spx" and pct in (3.0, 2.5)]


def test_its_after_a_plural_or_an_asset_stays_the_carried_assets() -> None:
    plural = "The S&P 500 rose on Wednesday. Traders bought the dip. It gained 0.4%."
    assert [c.asset for c in extract_claims(plural).claims if c.kind == "percent"] == ["spx"]
    named = "Globexa swung. The S&P 500 rose on Wednesday. It gained 0.4%."
    assert [c.asset for c in extract_claims(named).claims if c.kind == "percent"] == ["spx"]


def test_a_day_of_the_month_named_by_its_ordinal_dates_the_article() -> None:
    days = pd.bdate_range("2025-06-02", "2026-03-31")
    close = pd.Series(np.linspace(5_000.0, 5_100.0, len(days)), index=days)  # ~flat: many fits
    market = Market({"spx": close})
    text = "On the 17th (local time), the S&P 500 closed at 5,080.00."
    day = infer_date(extract_claims(text), market).date
    assert day.day in (17, 18)
    plain = infer_date(extract_claims("The S&P 500 closed at 5,080.00."), market).date
    assert plain.day not in (17, 18) or plain != day  # the ordinal is what moved it


def test_a_metal_quoted_on_a_weekday_with_no_fix_is_graded_on_the_fix_before() -> None:
    days = pd.bdate_range("2026-03-23", "2026-04-17").drop(pd.to_datetime(["2026-04-06"]))
    close = pd.Series(4_600.0, index=days)  # no fix on Monday 6 April, spot still traded
    market = Market({"gold": close, "spx": close.rename("spx") + 1_400})
    metal = extract_claims("Spot gold traded at $4,640 per ounce on Monday.")
    (graded,) = check_claims(metal, pd.Timestamp("2026-04-06"), market)
    assert graded.status == "confirmed"
    stocks = extract_claims("The S&P 500 closed at 6,000 on Monday.")  # no session: no close
    (graded,) = check_claims(stocks, pd.Timestamp("2026-04-06"), market)
    assert graded.status != "confirmed"


def test_the_latter_and_the_former_keep_a_claim_to_one_of_two_names() -> None:
    latter = (
        "Buyers fled to havens such as the dollar and silver, the latter of which hit a record."
    )
    assert [(c.kind, c.asset) for c in extract_claims(latter).claims] == [("record", "silver")]
    former = (
        "Buyers fled to havens such as silver and the dollar, the former of which hit a record."
    )
    assert [(c.kind, c.asset) for c in extract_claims(former).claims] == [("record", "silver")]
