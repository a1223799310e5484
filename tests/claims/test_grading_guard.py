"""One claim whose grading fails unexpectedly is reported "not checkable" (with a warning
that tests turn into errors) while the article's other claims keep their grades; errors
leadwatch raises on purpose still stop the check."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from leadwatch.claims import check as check_module
from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import Extraction
from leadwatch.claims.guard import ClaimExtractionWarning, ClaimGradingWarning
from leadwatch.claims.market import Market
from leadwatch.errors import DataError

_DAYS = pd.bdate_range("2025-10-01", "2026-01-09")
_TEXT = "Silver hit a record high today. Gold rose 2% today."


def _market() -> Market:
    silver = pd.Series(range(50, 50 + len(_DAYS)), index=_DAYS, dtype=float)
    gold = pd.Series(4000.0, index=_DAYS)
    gold.iloc[-1] = 4080.0
    return Market({"silver": silver, "gold": gold})


def _broken_record(*_: object) -> tuple[str, str, dict[str, object]]:
    raise AssertionError("an unforeseen phrasing")


def test_a_failing_claim_is_reported_and_the_others_are_graded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(check_module, "_record", _broken_record)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        checked = check_claims(extract_claims(_TEXT), pd.Timestamp("2026-01-09"), _market())
    by_kind = {c.claim.kind: c for c in checked}
    assert by_kind["record"].status == "not checkable"
    assert "AssertionError" in by_kind["record"].evidence
    assert by_kind["percent"].status == "confirmed"
    assert [w.category for w in caught] == [ClaimGradingWarning]


def test_tests_still_fail_on_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_module, "_record", _broken_record)
    with pytest.raises(ClaimGradingWarning, match="could not be graded"):
        check_claims(extract_claims(_TEXT), pd.Timestamp("2026-01-09"), _market())


def test_errors_raised_on_purpose_are_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> tuple[str, str, dict[str, object]]:
        raise DataError("the store is empty", fix="import data")

    monkeypatch.setattr(check_module, "_record", refuse)
    with pytest.raises(DataError):
        check_claims(extract_claims(_TEXT), pd.Timestamp("2026-01-09"), _market())


def test_the_evaluation_counts_an_article_the_checker_fails_on_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leadwatch.claims import evaluate

    real = evaluate.extract_claims

    def fragile(text: str) -> Extraction:
        if "Copper" in text:
            raise IndexError("an unforeseen layout")
        return real(text)

    (tmp_path / "a.txt").write_text(_TEXT, encoding="utf-8")
    # two sentences fail: no one sentence is to blame, so the whole article is lost
    (tmp_path / "b.txt").write_text("Copper rose. Copper fell. " + _TEXT, encoding="utf-8")
    articles = [{"file": f, "published": "2026-01-09", "claims": []} for f in ("a.txt", "b.txt")]
    (tmp_path / "labels.json").write_text(json.dumps({"articles": articles}), encoding="utf-8")
    monkeypatch.setattr(evaluate, "extract_claims", fragile)
    with pytest.warns(ClaimGradingWarning, match=r"b\.txt: the checker failed \(IndexError"):
        scores = evaluate.evaluate_labels(tmp_path / "labels.json", _market())
    assert [s.dated is None for s in scores] == [False, True]
    # one failing sentence costs that sentence only, as in `leadwatch claims`
    (tmp_path / "b.txt").write_text("Copper rose. " + _TEXT, encoding="utf-8")
    with pytest.warns(ClaimExtractionWarning, match=r"sentence 1 \('Copper rose\.'\)"):
        scores = evaluate.evaluate_labels(tmp_path / "labels.json", _market())
    assert [s.dated is None for s in scores] == [False, False]
