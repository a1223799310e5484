"""Page widgets (share bars, comment links, "Read more" lines) never drop the article."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims

_HEADERS = [
    "Bitcoin Slides Below $90K\nBy Jane Roe\n3 min read\nShare\n",
    "Crypto notes\nSHARE\nCOMMENTS\n",
    "Weekly wrap\nRepost\nReward\n",
    "Bitcoin extended its slide as the dollar firmed\n\nShare\n\n",
    "Markets\nComment\n",
]
_BODY = "Bitcoin fell 4% to $88,500 on Tuesday. Silver climbed 2% to $31 the same day."


@pytest.mark.parametrize("header", _HEADERS)
def test_a_widget_in_the_header_strip_keeps_the_body(header: str) -> None:
    ex = extract_claims(header + _BODY)
    said = {c.describe() for c in ex.claims}
    assert {"btc down 4%", "btc at $88,500", "silver up 2%"} <= said
    assert not any(s.boilerplate for s in ex.sentences)


@pytest.mark.parametrize("widget", ["Share", "Comments", "Reply", "View original"])
def test_a_widget_after_the_body_still_ends_the_article(widget: str) -> None:
    ex = extract_claims(f"{_BODY}\n{widget}\nSilver to $500 next week, a reader says.")
    assert all(c.asset != "silver" or c.level != 500 for c in ex.claims)
    assert [s.boilerplate for s in ex.sentences][-2:] == [True, True]


@pytest.mark.parametrize(
    "line", ["Learn more about how ether rose 3% on Monday.", "Keep reading as ether rose 3%."]
)
def test_a_body_sentence_opening_like_a_link_stays(line: str) -> None:
    ex = extract_claims(f"{line}\n{_BODY}")
    assert any(c.asset == "eth" for c in ex.claims)
    assert not any(s.boilerplate for s in ex.sentences)


@pytest.mark.parametrize(
    "link",
    [
        "Read more: Ether tops $4,000 as ETF flows return",
        "ALSO READ | Ether tops $4,000 as ETF flows return",
        "Related: Ether Tops $4,000 As ETF Flows Return",
        "See also - Ether tops $4,000",
        "Don't miss: Ether tops $4,000",
        "Learn more: Ether tops $4,000 as ETF flows return",
        "Keep reading - Ether tops $4,000",
        "You may also like: Ether tops $4,000",
    ],
)
def test_a_link_line_in_the_body_is_dropped_alone(link: str) -> None:
    ex = extract_claims(f"Gold rose 1% on Monday. Silver fell.\n{link}\n{_BODY}")
    said = {c.describe() for c in ex.claims}
    assert not any(c.asset == "eth" for c in ex.claims)
    assert {"gold up 1%", "btc down 4%", "silver up 2%"} <= said
