"""A summary line (bullet or opening sentence) restating a figure the body gives with its day
takes that day, the record told beside it too; a summary with a day of its own, or a figure
the body does not give, keeps what it has."""

from __future__ import annotations

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.model import Claim


def _of(text: str, sentence_start: str) -> list[Claim]:
    ex = extract_claims(text)
    index = next(
        s.index for s in ex.sentences if s.text.lstrip(" \u2022-").startswith(sentence_start)
    )
    return [c for c in ex.claims if c.sentence == index]


def test_bullet_borrows_the_body_day() -> None:
    text = (
        "Weekly Crypto Digest\n\n"
        "  \u2022 Ether slid to roughly $2,140, its weakest price since March.\n\n"
        "Review of the week\n\n"
        "Markets were rough. Ether dipped as low as $2,140 on Wednesday as sellers took over.\n"
    )
    claims = _of(text, "Ether slid")
    assert {c.kind for c in claims} >= {"level", "record"}
    assert all(c.when == ("weekday", 2) for c in claims), claims
    assert all("night" not in c.qualifiers for c in claims)


def test_bullet_continuation_and_night() -> None:
    text = (
        "Digest\n\n"
        "  \u2022 Selloff:\n"
        "    \u2022 Markets lost ground. Bitcoin sank to about $71,300 at the low.\n\n"
        "Overview\n\n"
        "Bitcoin hit about $71,300 in the night between Tuesday and Wednesday, traders said.\n"
    )
    (level,) = [
        c for c in _of(text, "Markets lost") + _of(text, "Bitcoin sank") if c.kind == "level"
    ]
    assert level.when == ("weekday", 1)
    assert "night" in level.qualifiers


def test_own_day_or_undated_body_keeps_its_time() -> None:
    own = (
        "Digest\n\n"
        "  \u2022 Gold rose to $3,210 on Monday.\n\n"
        "Notes\n\n"
        "Gold changed hands at $3,210 on Friday, dealers said.\n"
    )
    assert [c.when for c in _of(own, "Gold rose") if c.kind == "level"] == [("weekday", 0)]
    other = (
        "Digest\n\n"
        "  \u2022 Silver climbed to $38.40.\n\n"
        "Notes\n\n"
        "Silver was quoted at $37.10 on Tuesday, dealers said.\n"
    )
    assert [c.when for c in _of(other, "Silver climbed") if c.kind == "level"] == [None]
