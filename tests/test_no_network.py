"""The suite runs offline: a test that reaches for the internet fails at once (conftest)."""

from __future__ import annotations

import socket
import time

import httpx
import pytest


def test_a_remote_connection_is_refused_at_once() -> None:
    start = time.monotonic()
    with pytest.raises(OSError, match="tests use no network"):
        socket.create_connection(("example.com", 443), timeout=5)
    with pytest.raises(httpx.ConnectError, match="tests use no network"):
        httpx.get("https://api.stlouisfed.org/fred/series", timeout=5)
    assert time.monotonic() - start < 1.0


def test_loopback_is_allowed() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
