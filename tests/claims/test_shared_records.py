"""Records shared by a coordinated subject after "with" ("..., with the Nasdaq and the S&P
500 both ending at record highs"), and records in title-cased headlines that count a streak
("Gold Logs Third Straight Record Close") or use a record noun in capitals."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[int, str | None]]:
    return sorted((c.sentence, c.asset) for c in extract_claims(text).claims if c.kind == "record")


@pytest.mark.parametrize(
    ("text", "assets"),
    [
        (
            "Shares rallied on Thursday, with the Nasdaq and the S&P 500 both ending at "
            "all-time closing highs.",
            ["nasdaq", "spx"],
        ),
        (
            "Metals firmed, with silver and the gold price both touching record highs.",
            ["gold", "silver"],
        ),
        ("With bitcoin and ether both at record highs, crypto funds drew inflows.", ["btc", "eth"]),
    ],
)
def test_with_clause_shares_its_record(text: str, assets: list[str]) -> None:
    assert sorted(a or "" for _, a in _records(text)) == assets


def test_with_clause_of_other_names_gets_no_record() -> None:
    found = _records("Gold set a record high, with the dollar and Treasury yields sliding.")
    assert found == [(0, "gold")]


@pytest.mark.parametrize(
    ("title", "asset"),
    [
        ("S&P 500 Logs Third Straight Record Close", "spx"),
        ("Gold Posts 5th Consecutive Record High", "gold"),
        ("Bitcoin Achieves Another Record Close", "btc"),
    ],
)
def test_streak_of_records_in_a_title(title: str, asset: str) -> None:
    assert (0, asset) in _records(title + "\n\nTraders bought on Tuesday.")


def test_title_without_a_record_stays_a_heading() -> None:
    assert _records("Gold Marks Time As Traders Wait\n\nTraders bought on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ether has yet to break out to match the Nasdaq's record, dealers noted.",
        "Silver failed to rival gold's new record high on Wednesday.",
        "Small caps rose but did not manage to equal the Dow's own record close.",
    ],
)
def test_another_assets_record_as_a_target_is_no_claim(text: str) -> None:
    assert _records(text) == []


def test_matching_its_own_record_is_a_record() -> None:
    assert _records("Gold matched its record high on Wednesday.") == [(0, "gold")]
