"""``leadwatch backtest`` on the real snapshot, thesis [strategy] rules, and the report section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.errors import ThesisError
from leadwatch.theses import parse_thesis

runner = CliRunner()
FAST = ["--delays", "0,30", "--holds", "60", "--lookbacks", "252"]

THESIS = """
name = "my-rule"
claim = "Bitcoin follows silver's breakouts"
[source]
article = "01-silver-at-101-bitcoin-lags"
[[hypotheses]]
id = "h"
kind = "event"
leader = "silver"
follower = "btc"
rule = "breakout"
horizons = ["3 months"]
[strategy]
asset = "btc"
{strategy}
"""


def _thesis(tmp_path: Path, strategy: str) -> Path:
    path = tmp_path / "rule.toml"
    path.write_text(THESIS.format(strategy=strategy), encoding="utf-8")
    return path


def test_strategy_table_is_validated_with_clear_errors() -> None:
    ok = parse_thesis(
        THESIS.format(strategy='leader = "silver"\nrule = "breakout"\nhold = "2 months"')
    )
    assert ok.strategy is not None and str(ok.strategy.hold) == "2 months"
    when = parse_thesis(
        THESIS.format(
            strategy='when = [{series = "gold", state = "rising", window = "3 months"}]\n'
            'delay = "1 week"'
        )
    )
    assert when.strategy is not None and when.strategy.when[0].series == "gold"
    bad = {
        'leader = "silver"\nrule = "breakout"': "hold",
        'leader = "silver"\nrule = "breakout"\nhold = "2 months"\n'
        'when = [{series = "gold", state = "rising", window = "3 months"}]': "exactly one",
        'leader = "silver"\nrule = "breakout"\nhold = 60': "unit",
        'leader = "silver"\nrule = "breakout"\nhold = "2 months"\nexec = "rm -rf /"': "exec",
    }
    for body, words in bad.items():
        with pytest.raises(ThesisError, match=words):
            parse_thesis(THESIS.format(strategy=body))


def test_cli_backtest_json_headline_is_out_of_sample(snapshot_store: Path) -> None:
    res = runner.invoke(app, ["--store", str(snapshot_store), "backtest", *FAST, "--json"])
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    wf = payload["walk_forward"]
    assert wf["n_trials"] == 2
    assert 0.0 <= wf["deflated_sharpe"] <= wf["psr"] <= 1.0
    oos = wf["oos"]["metrics"]
    first_test = wf["folds"][0]["train_end"]
    assert oos["start"] >= first_test[:10]
    assert {"cagr", "sharpe", "sortino", "max_drawdown", "hit_rate", "turnover"} <= set(oos)
    names = [b["name"] for b in payload["benchmarks"]]
    assert names == ["buy-and-hold btc", "buy-and-hold silver", "mix 50% btc / 50% gold"]
    assert all(b["metrics"]["start"] == oos["start"] for b in payload["benchmarks"])
    assert payload["table"][0]["run"].endswith("(out of sample)")


def test_cli_backtest_thesis_rotation_and_errors(snapshot_store: Path, tmp_path: Path) -> None:
    path = _thesis(tmp_path, 'leader = "gold"\nrule = "breakout"\nhold = "3 months"')
    store = ["--store", str(snapshot_store), "backtest"]
    res = runner.invoke(app, [*store, "--strategy", "thesis", "--thesis", str(path), "--json"])
    assert res.exit_code == 0, res.output
    wf = json.loads(res.stdout)["walk_forward"]
    assert wf["n_trials"] == 1 and wf["strategy"] == "my-rule"
    table = runner.invoke(app, [*store, "--strategy", "rotation"])
    assert table.exit_code == 0, table.output
    assert "phase-rotation" in table.stdout and "Deflated Sharpe" in table.stdout
    bad = runner.invoke(app, [*store, "--strategy", "magic", "--json"])
    assert bad.exit_code == 2 and "strategy" in json.loads(bad.stdout)["message"]
    missing = runner.invoke(
        app, [*store, "--strategy", "thesis", "--thesis", "silver-leads-bitcoin"]
    )
    assert missing.exit_code == 2 and "no strategy table" in missing.stderr


def test_report_section_escapes_and_draws(snapshot_store: Path) -> None:
    from leadwatch.api.backtest import backtest
    from leadwatch.report.backtest import BacktestSection
    from leadwatch.report.sample import sample_report_data

    suite = backtest(snapshot_store, delays=(0,), holds=(60,), lookbacks=(252,))
    html = BacktestSection(suite).render(sample_report_data()).html
    for part in ("backtest-equity", "backtest-drawdown", "backtest-metrics", "backtest-trades"):
        assert f'id="{part}"' in html
    assert "out of sample" in html and "Deflated Sharpe" in html
