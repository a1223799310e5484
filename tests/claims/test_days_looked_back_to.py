"""Days an article looks back to or ahead to are not its own day: a weekday of an earlier
event in the lead ("after hitting a record on Friday"), a day someone plans an act for
("plans to resign on Jan. 20"), a month a past figure is told of ("recorded outflows in
January"), a level reached "recently" or "earlier this month", and a wire's dateline
("Frankfurt (DPA) —"), which names a place, not a listed company."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.market import Market
from leadwatch.claims.monthextremes import month_back_votes
from leadwatch.claims.printed import printed_dates
from leadwatch.claims.sessionweekday import session_weekday


def test_the_weekday_of_an_earlier_record_is_not_the_leads_session() -> None:
    lead = "Spot gold rose 0.5% to $2,610 as of 0820 GMT, after touching $2,700 on Friday."
    assert session_weekday(lead) is None
    assert session_weekday("Spot gold rose 0.5% on Friday, trading at $2,610 as of 0820 GMT.") == 4


def test_a_dateline_stays_when_the_lead_names_an_earlier_records_weekday() -> None:
    days = pd.bdate_range("2026-02-02", "2026-02-20")
    prices = np.linspace(2400.0, 2560.0, len(days))
    gold = pd.Series(prices, index=days)
    gold.loc["2026-02-13"] = 2700.0  # Friday's peak
    gold.loc["2026-02-17"] = 2610.0  # Tuesday's quote
    text = (
        "Gold steadies after peak\nFEBRUARY 17, 2026\n\nSpot gold rose 0.5% to $2,610 per ounce "
        "as of 0820 GMT, after touching a peak of $2,700 on Friday.\n"
    )
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert dated.date == pd.Timestamp("2026-02-17")


def test_a_day_someone_plans_an_act_for_lies_ahead() -> None:
    said = "The chair said he plans to step down on March 3, 2027, when his term ends."
    assert [d.role for d in printed_dates(said)] == ["ahead"]
    done = "The chair stepped down on March 3, 2027, when his term ended."
    assert [d.role for d in printed_dates(done)] == ["past"]


def test_a_month_a_past_figure_is_told_of_is_recent() -> None:
    days = pd.to_datetime(["2025-12-20", "2026-02-10", "2026-06-05", "2026-12-20"])
    text = "The funds saw net redemptions of about $2.4 billion in January."
    votes, why = month_back_votes(text, pd.DatetimeIndex(days))
    assert votes.tolist() == [0.0, 0.5, 0.0, 0.0]
    assert why and "January" in why[0]
    ahead, _ = month_back_votes("A rate cut is expected in January.", pd.DatetimeIndex(days))
    assert not ahead.any()
    low = "Bitcoin slid under $88,000, after sinking as low as $52,100 in January."
    old, _ = month_back_votes(low, pd.DatetimeIndex(days))  # an extreme is cited for long
    assert not old.any()


def test_a_level_reached_recently_is_no_evidence_of_the_day() -> None:
    text = (
        "Silver fell 2% to $30 on Monday. Gold, which recently blew past $2,900 an ounce, "
        "slipped too. Copper topped $5 earlier this month and now trades near $4.60."
    )
    kept = {(c.asset, c.level) for c in dating_claims(extract_claims(text)) if c.kind == "level"}
    assert ("silver", 30.0) in kept
    assert ("gold", 2900.0) not in kept
    assert ("copper", 5.0) not in kept


def test_a_wire_dateline_names_no_asset() -> None:
    found = find_assets("Frankfurt (DPA) \u2014 Bitcoin is having a rough month.")
    assert [m.asset for m in found] == ["btc"]
    claims = extract_claims(
        "Frankfurt (DPA) \u2014 Bitcoin is having a rough month.\n"
        "The largest cryptocurrency has dropped 18% since the start of the month."
    ).claims
    assert [(c.asset, c.pct) for c in claims] == [("btc", 18.0)]
    listed = find_assets("Strategy (MSTR) fell 5% after the report.")
    assert [m.asset for m in listed] == ["strategy"]


def test_the_leads_weekday_is_the_sessions_day_when_the_day_after_scores_alike() -> None:
    days = pd.date_range("2025-01-01", "2026-02-15")
    btc = pd.Series(np.linspace(95000.0, 76000.0, len(days)), index=days)
    btc.loc["2025-12-31"] = 80000.0
    btc.loc["2026-02-05"] = 62000.0  # Thursday: the fall the lead tells of
    btc.loc["2026-02-06"] = 64000.0  # Friday: the year's loss then reads 20%
    btc.loc["2026-02-07":] = 66000.0
    text = "Bitcoin fell below $70,000 on Thursday. It is down 20% this year."
    dated = infer_date(extract_claims(text), Market({"btc": btc}))
    assert dated.date == pd.Timestamp("2026-02-05")
    assert any("the lead names Thursday" in line for line in dated.reasoning)
