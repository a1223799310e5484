"""Round 5e: other Treasury maturities, hedged ranges, stated target ranges, quote lines
that repeat the prose, and institutions named in passing; each rule tested on several
hand-written phrasings of its class."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("On Friday the 2-year U.S. Treasury yield closed near 3.85%.", "yield_2y"),
        ("The five-year US Treasury note yield rose to 4.01% by the close.", "yield_5y"),
        ("The 30-year U.S. bond yield slipped to 4.9% in late trade.", "yield_30y"),
        ("Two-year U.S. yields climbed to 3.75% after the jobs report.", "yield_2y"),
    ],
)
def test_a_yield_of_another_maturity_is_never_the_10_year(text: str, asset: str) -> None:
    assert [a for a, _, _ in _levels(text)] == [asset]


def test_the_10_year_with_us_before_treasury_stays_the_10_year() -> None:
    assert _levels("The 10-year U.S. Treasury yield was 4.38% on Friday.") == [
        ("yield_10y", "at", 4.38)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin swung between about $61,500 and $63,000 in Asian hours.",
            [("btc", "at", 61500.0), ("btc", "at", 63000.0)],
        ),
        (
            "The dollar index traded between roughly 98.5 and 99.1 in the session.",
            [("dxy", "at", 98.5), ("dxy", "at", 99.1)],
        ),
        (
            "Ether moved between around $2,300 and about $2,350 overnight.",
            [("eth", "at", 2300.0), ("eth", "at", 2350.0)],
        ),
        (
            "Gold fluctuated between approximately $3,320 and $3,345 on Tuesday.",
            [("gold", "at", 3320.0), ("gold", "at", 3345.0)],
        ),
    ],
)
def test_a_hedge_word_before_a_bound_keeps_the_range(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "recap",
    [
        "Gold (XAU): $2,412.50 (+1.1%)",
        "- Gold: $2,412.50 (+1.1%)",
        "| Gold | $2,412.50 | +1.1% |",
        "Spot gold: $2,412.50/oz (+1.1%)",
    ],
)
def test_a_claim_a_quote_line_repeats_is_the_prose_s(recap: str) -> None:
    text = (
        "Market wrap\nOn Tuesday, gold climbed 1.1% to $2,412.50 as the dollar eased, "
        "while stocks were flat.\nKey quotes\n" + recap + "\n"
    )
    ex = extract_claims(text)
    prose = next(s.index for s in ex.sentences if "climbed" in s.text)
    gold = [(c.kind, c.sentence) for c in ex.claims if c.asset == "gold"]
    assert gold == [("level", prose), ("percent", prose)]


def test_a_quote_line_that_repeats_nothing_keeps_its_claims() -> None:
    text = "Market wrap\nGold climbed 1.1% on Tuesday.\nKey quotes\nSilver (XAG): $31.20 (-0.4%)\n"
    ex = extract_claims(text)
    assert [(c.asset, c.kind) for c in ex.claims if c.asset == "silver"] == [
        ("silver", "level"),
        ("silver", "percent"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fed officials kept their policy rate within a 4.25 percent to 4.50 percent range.",
        "The Federal Reserve held rates at 4.25%-4.50% on Wednesday.",
        "The FOMC held its benchmark rate between 4.25% and 4.5% for a second meeting.",
        "The Fed lowered its target range from 4.50%-4.75% to 4.25%-4.50%.",
        "The Fed held rates at 4.25% - 4.50% on Wednesday.",  # moved from test_dashboard
        "Fed officials left the target range of 4.25-4.50% unchanged.",
    ],
)
def test_the_fed_s_target_range_is_checked_as_a_range(text: str) -> None:
    assert _levels(text) == [("fed_funds", "above", 4.25), ("fed_funds", "below", 4.5)]
    assert [c for c in extract_claims(text).claims if c.kind in ("percent", "move")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Fed cut rates from 4.50% to 4.25% in December.",  # a change, not a band
        "The ECB held its deposit rate at 2.00%-2.25%.",  # another central bank
        "Treasury yields rose from 4.25% to 4.50% as the Fed signalled patience.",
    ],
)
def test_a_change_or_another_bank_s_rate_is_no_fed_target_range(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.op in ("above", "below")]


@pytest.mark.parametrize(
    "text",
    [
        "Buyers ignored the hawkish tone of the Fed and pushed major indexes to new record highs.",
        "Despite the Fed's cautious tone, stocks climbed to record highs on Tuesday.",
        "Traders shrugged off the Federal Reserve minutes as the major averages closed at "
        "all-time highs.",
        "The FOMC decision came as equities hit a record high.",
    ],
)
def test_an_institution_named_in_passing_is_the_subject_of_no_figure(text: str) -> None:
    claims = extract_claims("Bitcoin rose 1% to $113,000 on Monday. " + text).claims
    # (the major indexes' records are the S&P 500's, which stands for them)
    assert [(c.asset, c.kind) for c in claims if c.sentence == 1 and c.asset != "spx"] == []


def test_the_fed_with_its_rate_stays_the_subject() -> None:
    claims = extract_claims("The Fed cut rates by 25 basis points to a record low.").claims
    assert [(c.asset, c.kind, c.op) for c in claims] == [
        ("fed_funds", "record", "low"),
        ("fed_funds", "move", "down"),  # the decision itself: a step of the rate
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Traders bet the Fed will cut rates to 4%-4.25% in March.",
        "Markets expect the FOMC to lower its target range to 3.75%-4.00% next month.",
    ],
)
def test_a_forecast_range_is_no_target_range_of_today(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.op in ("above", "below")]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        (
            "The dollar index fell 1% on Monday as bitcoin climbed to $88,000. "
            "The gauge later edged back to 98.3.",
            "dxy",
            98.3,
        ),
        (
            "Bitcoin climbed to $88,000 as the S&P 500 rose 0.5%. The index closed at 5,800.",
            "spx",
            5800.0,
        ),
        ("Gold rallied 2% and the VIX jumped 10%. The gauge later eased to 22.", "vix", 22.0),
        (
            "Bitcoin gained 2% and the 10-year yield fell to 4.3%. "
            "The benchmark later rebounded to 4.35%.",
            "yield_10y",
            4.35,
        ),
        (
            "The S&P 500 and the Nasdaq rose 1% and 2%. Bitcoin slipped 1%. "
            "The index ended the day at 5,800.",
            "spx",
            5800.0,
        ),
    ],
)
def test_an_index_noun_stands_for_the_index_named_before(
    text: str, asset: str, level: float
) -> None:
    last = len(extract_claims(text).sentences) - 1
    got = [(c.asset, c.level) for c in extract_claims(text).claims if c.sentence == last]
    assert got == [(asset, level)]


@pytest.mark.parametrize(
    ("text", "asset", "pct"),
    [
        ("Bitcoin now trades 5% away from hitting a fresh all-time high.", "btc", 5.0),
        ("Silver is about 10% away from hitting its record high.", "silver", 10.0),
        ("Ether is 2% away from setting a new record.", "eth", 2.0),
        ("Gold sits just 3% shy of a fresh record high.", "gold", 3.0),
    ],
)
def test_a_distance_to_a_record_is_a_comparison_with_the_peak_not_a_record(
    text: str, asset: str, pct: float
) -> None:
    got = [(c.kind, c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims]
    assert got == [("comparison", asset, "below", pct, "ref:peak")]
