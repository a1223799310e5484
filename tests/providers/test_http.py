"""The shared HTTP layer: retries, backoff with jitter, Retry-After, budget, secrets."""

from __future__ import annotations

import random

import httpx
import pytest

from leadwatch.errors import BadResponse, RateLimited, Unavailable
from leadwatch.providers.http import HttpFetcher, Offline, RetryPolicy, scrub

URL = "https://api.example.test/data"


def fetcher(handler, *, attempts=4, total=60.0):  # type: ignore[no-untyped-def]
    sleeps: list[float] = []
    clock = [0.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    client = httpx.Client(transport=httpx.MockTransport(handler))
    http = HttpFetcher(
        client,
        policy=RetryPolicy(attempts=attempts, base_delay=1.0, max_delay=8.0, total_seconds=total),
        sleep=sleep,
        clock=lambda: clock[0],
        rng=random.Random(0),
    )
    return http, sleeps


def sequence(*answers):  # type: ignore[no-untyped-def]
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        answer = answers[min(len(calls), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, calls


def test_5xx_then_success_retries_with_jittered_backoff() -> None:
    handler, calls = sequence(httpx.Response(503), httpx.Response(502), httpx.Response(200))
    http, sleeps = fetcher(handler)
    assert http.get(URL, {}, what="x").status_code == 200
    assert len(calls) == 3
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 1.0 and 0 <= sleeps[1] <= 2.0  # full jitter, doubling caps


def test_retry_after_seconds_is_honoured() -> None:
    handler, _calls = sequence(
        httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200)
    )
    http, sleeps = fetcher(handler)
    http.get(URL, {}, what="x")
    assert sleeps == [7.0]


def test_retry_after_beyond_budget_gives_up_at_once() -> None:
    handler, calls = sequence(httpx.Response(429, headers={"Retry-After": "3600"}))
    http, sleeps = fetcher(handler)
    with pytest.raises(RateLimited, match="asked to wait 3600 s"):
        http.get(URL, {}, what="fred m2 (M2SL)")
    assert sleeps == [] and len(calls) == 1


def test_persistent_429_is_rate_limited_after_bounded_tries() -> None:
    handler, calls = sequence(httpx.Response(429))
    http, sleeps = fetcher(handler)
    with pytest.raises(RateLimited, match=r"fred m2 \(M2SL\): HTTP 429.*gave up after 4 tries"):
        http.get(URL, {}, what="fred m2 (M2SL)")
    assert len(calls) == 4 and sum(sleeps) <= 60


def test_total_time_is_bounded() -> None:
    handler, _calls = sequence(httpx.Response(500))
    http, sleeps = fetcher(handler, attempts=100, total=10.0)
    with pytest.raises(Unavailable, match="HTTP 500"):
        http.get(URL, {}, what="x")
    assert sum(sleeps) <= 10.0


def test_timeout_is_retried_then_unavailable() -> None:
    handler, calls = sequence(httpx.ReadTimeout("slow"))
    http, _ = fetcher(handler)
    with pytest.raises(Unavailable, match="timed out"):
        http.get(URL, {}, what="x")
    assert len(calls) == 4


def test_connect_error_marks_host_down_for_the_run() -> None:
    handler, calls = sequence(httpx.ConnectError("Name or service not known"))
    http, _ = fetcher(handler)
    with pytest.raises(Offline, match="cannot connect"):
        http.get(URL, {}, what="a")
    with pytest.raises(Offline, match="failed earlier in this run"):
        http.get(URL, {}, what="b")
    assert len(calls) == 4  # the second series did not wait again


def test_404_is_bad_response_without_retry() -> None:
    handler, calls = sequence(httpx.Response(404))
    http, _ = fetcher(handler)
    with pytest.raises(BadResponse, match="HTTP 404"):
        http.get(URL, {}, what="x")
    assert len(calls) == 1


def test_secret_never_in_error_text() -> None:
    key = "SECRET-KEY-987"

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"failed for {request.url}")

    http, _ = fetcher(handler)
    with pytest.raises(Offline) as info:
        http.get(URL, {"api_key": key, "id": "X"}, what="x", secret_params=("api_key",))
    assert key not in str(info.value)
    assert "api_key=***" in str(info.value)


def test_scrub_removes_keys_and_values() -> None:
    assert scrub("u?api_key=abc&x=1") == "u?api_key=***&x=1"
    assert scrub("the key is abc", ("abc",)) == "the key is ***"


def test_http_cache_lives_in_its_own_folder_and_is_safe_to_delete(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from leadwatch.providers.http import cached_client

    folder = tmp_path / "http-cache"
    client = cached_client(folder, ttl_seconds=60)
    client.close()
    assert (folder / "cache.sqlite").exists() or folder.is_dir()
    shutil.rmtree(folder)
    cached_client(folder).close()  # recreated on the next run
