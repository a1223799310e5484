"""A disclaimer set at the top of a live page is no end of the article when market data
follow it; at the foot of a page it still ends the article. "$US4,122" is US$4,122 and
"(minus 6 percent)" is -6 percent."""

from __future__ import annotations

from leadwatch.claims import extract_claims

_LIVE = (
    "Markets live: shares fall as gold plunges\n\n"
    "Gold suffered its worst day in years. Silver slumped too.\n"
    "Disclaimer: nothing on this page is financial advice.\n"
    "Market snapshot\n"
    "- Spot gold: -5.4% to $US4,122/ounce\n"
    "- Silver: -7.4% to $US48.60/ounce\n"
    "- Bitcoin: -1.5% to $US109,201\n"
)


def test_a_live_pages_data_under_its_disclaimer_are_claims() -> None:
    said = {(c.asset, c.kind, c.level or c.pct) for c in extract_claims(_LIVE).claims}
    assert {("gold", "level", 4122.0), ("gold", "percent", 5.4)} <= said
    assert {("silver", "level", 48.6), ("btc", "level", 109_201.0)} <= said


def test_a_disclaimer_at_the_foot_still_ends_the_article() -> None:
    text = (
        "Gold rose 2% to $3,000 on Monday. Silver gained 1%.\n"
        "Disclaimer: prices such as $3,000 are indicative only.\n"
        "Gold could reach $5,000 by 2030, some say.\n"
    )
    assert {c.sentence for c in extract_claims(text).claims} == {0, 1}


def test_a_sign_word_in_brackets_is_the_sign() -> None:
    (move,) = extract_claims("Ethereum (minus 6 percent) led the declines.").claims
    assert (move.asset, move.op, move.pct) == ("eth", "down", 6.0)
