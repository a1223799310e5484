"""Thesis files: the schema, the loader's line-numbered errors (one bad input per test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadwatch.errors import ThesisError
from leadwatch.theses import (
    BUILTIN,
    TEMPLATE,
    Duration,
    builtin_theses,
    get_thesis,
    load_thesis,
    parse_thesis,
    resolve_thesis,
)
from leadwatch.theses.loader import locate

GOOD = """\
name = "demo"
claim = "Silver leads Bitcoin."

[source]
article = "notes"

[[hypotheses]]
id = "ccf"
kind = "lead_lag"
leader = "silver"
follower = "btc"
lags = ["1 week", "26 weeks"]

[[hypotheses]]
id = "events"
kind = "event"
leader = "silver"
follower = "btc"
rule = "breakout"
horizons = ["1 month", "3 months"]
"""


def _error(text: str) -> ThesisError:
    with pytest.raises(ThesisError) as info:
        parse_thesis(text, "bad.toml")
    return info.value


def test_good_file_parses_with_units_converted() -> None:
    thesis = parse_thesis(GOOD, "good.toml")
    lead, event = thesis.hypotheses
    assert [d.periods("weekly") for d in lead.lags] == [1, 26]
    assert [h.periods("weekly") for h in event.horizons] == [4, 13]
    assert thesis.series() == ["silver", "btc"]


def test_unknown_series_names_line_and_suggestion() -> None:
    err = _error(
        GOOD.replace(
            'leader = "silver"\nfollower = "btc"\nlags',
            'leader = "slver"\nfollower = "btc"\nlags',
            1,
        )
    )
    assert err.message.startswith("bad.toml line 10: hypotheses[1].leader: unknown series 'slver'")
    assert err.fix is not None and "did you mean 'silver'" in err.fix


def test_lag_with_an_unknown_unit() -> None:
    err = _error(GOOD.replace('"26 weeks"', '"26 fortnights"'))
    assert "line 12" in err.message and "hypotheses[1].lags[2]" in err.message
    assert "unknown unit" in err.message
    assert err.fix is not None and '"6 months"' in err.fix


def test_lag_without_a_unit() -> None:
    err = _error(GOOD.replace('"26 weeks"', '"26"'))
    assert "line 12" in err.message and "is not a duration" in err.message


def test_lag_given_as_a_bare_number() -> None:
    err = _error(GOOD.replace('["1 week", "26 weeks"]', "[1, 26]"))
    assert "line 12" in err.message and "has no unit" in err.message


def test_lag_shorter_than_the_grid() -> None:
    err = _error(GOOD.replace('"1 week"', '"2 days"'))
    assert "line 12: hypotheses[1].lags" in err.message
    assert "shorter than one period of the weekly grid" in err.message


def test_lags_in_the_wrong_order() -> None:
    err = _error(GOOD.replace('["1 week", "26 weeks"]', '["26 weeks", "1 week"]'))
    assert "end (1 week) before they start (26 weeks)" in err.message


def test_unknown_kind() -> None:
    err = _error(GOOD.replace('kind = "event"', 'kind = "granger"'))
    assert "line 16: hypotheses[2].kind: unknown kind 'granger'" in err.message
    assert err.fix is not None and "lead_lag, event, conditional, phase, correlation" in err.fix


def test_hypothesis_without_kind() -> None:
    err = _error(GOOD.replace('kind = "event"\n', ""))
    assert "line 14: hypotheses[2]: hypothesis has no kind" in err.message


def test_missing_field_points_at_its_table() -> None:
    err = _error(GOOD.replace('follower = "btc"\nlags', "lags"))
    assert err.message.startswith("bad.toml line 7: hypotheses[1].follower: required field")
    assert err.fix is not None and "add follower = ..." in err.fix


def test_missing_top_level_field() -> None:
    err = _error(GOOD.replace('claim = "Silver leads Bitcoin."\n', ""))
    assert err.message.startswith("bad.toml line 1: claim: required field is missing")


def test_missing_source_table() -> None:
    err = _error(GOOD.replace('[source]\narticle = "notes"\n', ""))
    assert "source: required field is missing" in err.message


def test_misspelt_field_is_rejected() -> None:
    err = _error(GOOD.replace('follower = "btc"\nrule', 'folower = "btc"\nrule'))
    assert "line 18: hypotheses[2].folower: unknown field" in err.message
    assert "line 14: hypotheses[2].follower: required field is missing" in err.message


def test_unknown_event_rule() -> None:
    err = _error(GOOD.replace('"breakout"', '"moonshot"'))
    assert "line 19: hypotheses[2].rule" in err.message
    assert err.fix is not None and "'ath'" in err.fix


def test_duplicate_hypothesis_ids() -> None:
    err = _error(GOOD.replace('id = "events"', 'id = "ccf"'))
    assert "repeated: ccf" in err.message


def test_not_toml_names_the_line() -> None:
    err = _error(GOOD.replace('article = "notes"', "article = notes"))
    assert err.message.startswith("bad.toml line 5: not valid TOML")


def test_dating_rule_needs_exactly_one_level() -> None:
    text = GOOD.replace(
        'article = "notes"\n',
        'article = "notes"\n[source.dated_by]\nseries = "silver"\n',
    )
    err = _error(text)
    assert "line 6" in err.message and "exactly one of first_close_above" in err.message


def test_several_problems_are_all_listed() -> None:
    err = _error(GOOD.replace('"silver"', '"slver"').replace('"26 weeks"', '"26"'))
    assert "and 2 more problems" in err.message
    assert "line 12" in err.message and "line 17" in err.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ThesisError, match="does not exist"):
        load_thesis(tmp_path / "none.toml")


def test_file_is_only_data_never_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"__import__('os').system('touch {marker}')"
    path = tmp_path / "code.toml"
    path.write_text(GOOD.replace("Silver leads Bitcoin.", payload), encoding="utf-8")
    thesis = load_thesis(path)
    assert thesis.claim == payload and not marker.exists()
    path.write_text(GOOD + '\n[__class__]\nx = "y"\n', encoding="utf-8")
    with pytest.raises(ThesisError, match="unknown field"):
        load_thesis(path)


def test_locate_finds_keys_tables_and_inline_arrays() -> None:
    text = GOOD + '\n[[hypotheses]]\nid = "c"\nwhen = [{ series = "dxy" }]\n'
    assert locate(text, ("hypotheses", 1, "event", "rule")) == 19
    assert locate(text, ("hypotheses", 2, "when", 0, "state")) == 24
    assert locate(text, ("hypotheses", 2, "target")) == 22
    assert locate(text, ("nothing",)) == 1


def test_durations() -> None:
    assert Duration.parse("6 months").periods("weekly") == 26
    assert Duration.parse("1 quarter").periods("daily") == 63
    assert str(Duration.parse("10 trading days")) == "10 trading days"
    with pytest.raises(ValueError, match="must be positive"):
        Duration.parse("0 weeks")


def test_builtin_theses_and_template() -> None:
    theses = builtin_theses()
    assert [t.name for t in theses] == list(BUILTIN) and len(theses) == 7
    kinds = {h.kind for t in theses for h in t.hypotheses}
    assert kinds == {"lead_lag", "event", "conditional", "correlation", "phase"}
    assert all(t.source.dated_by is not None and t.prediction is not None for t in theses)
    assert parse_thesis(TEMPLATE, "template.toml").hypotheses[0].kind == "lead_lag"
    assert resolve_thesis("gold-leads-bitcoin") is get_thesis("gold-leads-bitcoin")


def test_unknown_builtin_suggests_a_name() -> None:
    with pytest.raises(ThesisError) as info:
        get_thesis("silver-leads-bitcon")
    assert info.value.fix is not None and "did you mean 'silver-leads-bitcoin'" in info.value.fix
