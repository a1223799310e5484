"""A name the asset table does not know keeps the later figures of its sentence; an
asset's stand-in ("the digital currency") heads its own clause after a quantity of the
asset; a photo caption above a share bar is not the article's body."""

from __future__ import annotations

from leadwatch.claims import extract_claims
from leadwatch.claims.pagetail import tail_start


def _moves(text: str) -> set[tuple[str | None, str | None, float | None]]:
    return {(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}


def test_an_unknown_subjects_later_figures_stay_its() -> None:
    text = (
        "Gold gained 1.1% on the day.\n"
        "- Utilities fell 2% on the day, adding to a weekly loss of 0.7%"
    )
    moves = _moves(text)
    assert ("utilities", "down", 0.7) in moves
    assert not any(a == "gold" and p == 0.7 for a, _, p in moves)


def test_a_carried_asset_is_not_kept_as_an_unknown() -> None:
    text = (
        "Ether climbed 9.5% to $3,100. Most other large coins rose by less than 9%, "
        "except Cardano, which jumped 12.4%."
    )
    assert not any(a == "eth" and p == 12.4 for a, _, p in _moves(text))


def test_a_stand_in_after_a_quantity_heads_its_own_clause() -> None:
    text = (
        "Over $1.9 billion of Bitcoin positions were wiped out as the digital currency "
        "slid 5% on Sunday."
    )
    assert ("btc", "down", 5.0) in _moves(text)


def test_a_quantity_of_the_asset_is_still_no_price() -> None:
    moves = _moves("Bitcoin's implied volatility rose 4%, and it is now at 55%.")
    assert not any(a == "btc" for a, _, _ in moves)


def test_a_caption_before_a_share_bar_is_not_the_body() -> None:
    lines = [
        "Gold tops $2,400",
        "Central banks stay cautious, and bullion gains. Photo: Reuters",
        "Share",
        "Gold rose 1% to $2,400 on Tuesday. Silver was flat.",
    ]
    assert tail_start(lines, [1, 2, 1, 2]) is None
    body = [*lines[:1], "Gold rose 1% today. Silver was flat.", "Share", "Gold rose 1%."]
    assert tail_start(body, [1, 2, 1, 1]) == 2  # after the body: the page's furniture
