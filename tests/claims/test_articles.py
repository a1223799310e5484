"""The three articles in ../shared/articles (read in place) checked on the real snapshot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from tests.paths import REPO

ARTICLES = REPO.parent / "shared" / "articles"
runner = CliRunner()

# (article, article date, [(sentence index, claim, status)]) for its price and record claims.
EXPECTED = {
    "01-silver-at-101-bitcoin-lags": (
        "2026-01-23",
        [
            (0, "silver at $101", "confirmed"),
            (0, "silver at a record high", "confirmed"),
            (1, "silver up", "confirmed"),
            (2, "silver outperforms gold", "confirmed"),
            (3, "btc lags silver", "confirmed"),
            (11, "silver at a record high", "confirmed"),
            (14, "real_yield_10y down", "contradicted"),  # pysbd keeps "2. Falling..." whole
            (14, "dxy down", "confirmed"),
            (28, "btc lags silver", "confirmed"),
        ],
    ),
    "02-silver-above-103-bitcoin-lags": (
        "2026-01-23",
        [
            (0, "silver break $103", "confirmed"),
            (0, "silver at a record high", "confirmed"),
            (1, "silver up", "confirmed"),
            (2, "silver outperforms gold", "confirmed"),
            (3, "btc lags silver", "confirmed"),
            (9, "real_yield_10y down", "contradicted"),
            (9, "dxy down", "confirmed"),
            (29, "silver at a record high", "confirmed"),
        ],
    ),
    "03-silver-83-bitcoin-near-90k": (
        "2026-01-12",
        [(1, "silver break $83", "confirmed"), (1, "btc near $90,000", "confirmed")],
    ),
}


def _article(name: str) -> Path:
    path = ARTICLES / f"{name}.txt"
    if not path.is_file():
        pytest.fail(f"article {path} is missing: the tests read ../shared/articles in place")
    return path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_claims_on_snapshot(name: str, snapshot_store: Path) -> None:
    from leadwatch.api.claims import check_article

    date, expected = EXPECTED[name]
    result = check_article(_article(name), store=snapshot_store, theses=False)
    assert result.dated.how == "inferred"
    assert str(result.dated.date.date()) == date
    found = [
        (c.claim.sentence, c.claim.describe(), c.status)
        for c in result.checked
        if c.claim.kind in ("level", "record", "move", "comparison")
    ]
    assert found == expected
    # boilerplate (comments, widgets) yields no claim
    boiler = {s.index for s in result.extraction.sentences if s.boilerplate}
    assert not boiler & {c.claim.sentence for c in result.checked}


def test_article_one_evidence_and_date_reasoning(snapshot_store: Path) -> None:
    from leadwatch.api.claims import check_article

    r = check_article(_article("01-silver-at-101-bitcoin-lags"), store=snapshot_store, theses=False)
    record = r.checked[1]
    assert record.data["prior_record"] == pytest.approx(95.7)
    assert record.data["prior_record_date"] == "2026-01-20"
    assert r.checked[0].data["first_close_above"] == "2026-01-26"  # the hindsight rule
    assert any("all hold together" in line for line in r.dated.reasoning)
    # with the date given, the level no longer holds a week later
    later = check_article(
        _article("01-silver-at-101-bitcoin-lags"),
        store=snapshot_store,
        date="2026-02-06",
        theses=False,
    )
    assert later.checked[0].status == "contradicted" and later.dated.how == "--date"


def test_cli_json_with_theses_and_html(snapshot_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    args = [
        "--store",
        str(snapshot_store),
        "claims",
        str(_article("03-silver-83-bitcoin-near-90k")),
        "--json",
        "--n-boot",
        "199",
        "--html",
        str(page),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["date"]["date"] == "2026-01-12" and data["date"]["reasoning"]
    first = data["claims"][0]
    assert {"sentence", "asset", "kind", "status", "evidence", "data"} <= set(first)
    assert first["status"] == "confirmed" and "Silver prices broke through" in first["sentence"]
    names = {t["name"] for t in data["theses"]}
    assert "liquidity-comovement" in names
    stories = [c for c in data["claims"] if c["kind"] == "narrative"]
    assert stories and all(c["status"] != "not checkable" for c in stories)
    assert page.is_file()


def test_cli_table_and_errors(snapshot_store: Path, tmp_path: Path) -> None:
    base = ["--store", str(snapshot_store), "claims"]
    ok = runner.invoke(
        app, [*base, str(_article("02-silver-above-103-bitcoin-lags")), "--no-theses"]
    )
    assert ok.exit_code == 0 and "confirmed" in ok.stdout and "2026-01-23" in ok.stdout
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    bad = runner.invoke(app, [*base, str(empty), "--json"])
    assert bad.exit_code == 2 and "--date" in json.loads(bad.stdout)["fix"]
    dated = runner.invoke(app, [*base, str(empty), "--date", "2026-01-05", "--json"])
    assert dated.exit_code == 0 and json.loads(dated.stdout)["claims"] == []
    missing = runner.invoke(app, [*base, str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2


@pytest.mark.browser
def test_html_page_escapes_article_text(snapshot_store: Path, tmp_path: Path) -> None:
    from leadwatch.api.claims import check_article
    from leadwatch.report.claims import write_claims_html
    from tests.browser import open_in_chromium

    text = (
        _article("01-silver-at-101-bitcoin-lags").read_text(encoding="utf-8")
        + "\n<script>alert('x')</script> Silver <img src=x onerror=alert(2)> 白银 hit $101 today."
    )
    result = check_article("evil.txt", store=snapshot_store, text=text, theses=False)
    page = write_claims_html(result, tmp_path / "evil.html")
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img" not in html
    assert "s-confirmed" in html and "s-contradicted" in html and "legend" in html
    report = open_in_chromium(page, tmp_path / "shot.png")
    assert report.problems == [] and report.dialogs == []
