"""The seams every command shares: registration with error handling, and the date span."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.cli._app import command
from leadwatch.cli._options import JsonOpt, parse_span
from leadwatch.errors import DataError


def _demo_app() -> typer.Typer:
    demo = typer.Typer()

    @command(demo, "fail")
    def fail(as_json: JsonOpt = False) -> None:
        raise DataError("the demo input is bad", fix="give a good one")

    @command(demo, "ok")
    def ok(as_json: JsonOpt = False) -> None:
        typer.echo("fine")

    return demo


def test_command_turns_a_leadwatch_error_into_exit_2_with_the_fix() -> None:
    runner = CliRunner()
    text = runner.invoke(_demo_app(), ["fail"])
    assert text.exit_code == 2
    assert "the demo input is bad" in text.output and "give a good one" in text.output
    assert "Traceback" not in text.output
    as_json = runner.invoke(_demo_app(), ["fail", "--json"])
    assert as_json.exit_code == 2
    payload = json.loads(as_json.stdout)
    assert payload["message"] == "the demo input is bad" and payload["fix"] == "give a good one"
    assert runner.invoke(_demo_app(), ["ok"]).output == "fine\n"


def _callbacks(group: typer.Typer) -> Iterator[tuple[str, Any]]:
    for info in group.registered_commands:
        yield str(info.name), info.callback
    for sub in group.registered_groups:
        assert sub.typer_instance is not None
        yield from _callbacks(sub.typer_instance)


def test_every_command_of_the_app_is_wrapped_in_handle_errors() -> None:
    found = list(_callbacks(app))
    assert {"test", "claims", "import", "show", "run", "history"} <= {name for name, _ in found}
    bare = [name for name, callback in found if not hasattr(callback, "__wrapped__")]
    assert bare == []


def test_parse_span_checks_both_ends_and_names_the_bad_one() -> None:
    assert parse_span(" 2024-01-02 ", "2024-03-04") == ("2024-01-02", "2024-03-04")
    assert parse_span(None, None) == (None, None)
    with pytest.raises(DataError, match="--start"):
        parse_span("2024-13-01", None)
    with pytest.raises(DataError, match="--end"):
        parse_span(None, "soon")
