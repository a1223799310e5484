"""A sentence whose reading fails unexpectedly is skipped and named; the rest is checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import leadwatch.claims.extract as extract
from leadwatch.claims import extract_claims
from leadwatch.claims.guard import ClaimExtractionWarning, extracted_or_skipping
from leadwatch.cli import app

ARTICLE = (
    "Gold rose 1.2% to $2,650 an ounce on Tuesday. Ether fell 3% on the day.\n"
    "Bitcoin slipped 2% to $63,000 on Tuesday.\n"
)


def _breaks_on(monkeypatch: pytest.MonkeyPatch, word: str, *, after_gold: bool) -> None:
    """Make the asset finder fail on sentences naming ``word`` (only after a gold sentence,
    when ``after_gold``: a failure that needs its context, not the sentence alone)."""
    real = extract.find_assets

    def find(s: str, metal: Any = "silver", index: Any = None) -> Any:
        if word in s and (metal == "gold" or not after_gold):
            raise KeyError("a phrasing nobody tested")
        return real(s, metal, index)

    monkeypatch.setattr(extract, "find_assets", find)


def _assets(text: str) -> set[str | None]:
    return {c.asset for c in extract_claims(text).claims}


@pytest.mark.parametrize("after_gold", [False, True])
def test_the_breaking_sentence_is_skipped_and_the_others_kept(
    monkeypatch: pytest.MonkeyPatch, after_gold: bool
) -> None:
    assert {"gold", "eth", "btc"} <= _assets(ARTICLE)
    _breaks_on(monkeypatch, "Ether", after_gold=after_gold)
    with pytest.raises(KeyError):
        extract_claims(ARTICLE)
    with pytest.warns(ClaimExtractionWarning, match=r"sentence 2 \('Ether fell 3%.*KeyError"):
        ex = extracted_or_skipping(extract_claims, ARTICLE)
    assert {c.asset for c in ex.claims} == {"gold", "btc"}
    assert len(ex.text) == len(ARTICLE) and "Ether" not in ex.text


def test_a_failure_no_single_sentence_explains_is_raised_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _breaks_on(monkeypatch, "$", after_gold=False)  # two sentences fail: no one is to blame
    with pytest.raises(KeyError, match="a phrasing nobody tested"):
        extracted_or_skipping(extract_claims, ARTICLE)


def test_the_cli_checks_the_other_sentences(
    snapshot_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _breaks_on(monkeypatch, "Ether", after_gold=True)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    argv = ["--store", str(snapshot_store), "claims", str(article), "--date", "2024-10-23"]
    with pytest.warns(ClaimExtractionWarning, match="sentence 2"):
        result = CliRunner().invoke(app, [*argv, "--no-theses"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output  # 1: a claim is contradicted
    out = result.output.lower()
    assert "gold" in out and "bitcoin" in out and "internal error" not in out
