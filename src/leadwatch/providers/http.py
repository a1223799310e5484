"""The one place where leadwatch talks HTTP: retries, timeouts, error mapping, secrets, cache.

Every provider fetches through :class:`HttpFetcher`, so every provider gets the
same behaviour when the internet misbehaves:

* timeouts and connection errors, HTTP 429 and 5xx are retried with exponential
  backoff and full jitter, honouring ``Retry-After`` (seconds or an HTTP date);
* the total time spent on one request, waits included, is bounded by
  :attr:`RetryPolicy.total_seconds`: a ``Retry-After`` longer than what is left
  gives up at once instead of sleeping;
* once a host refused a connection, later requests to it in the same run fail
  at once (the run is probably offline; no need to wait again per series);
* library errors become :class:`~leadwatch.errors.Unavailable`,
  :class:`~leadwatch.errors.RateLimited` or :class:`~leadwatch.errors.BadResponse`
  (:func:`map_exceptions`), with any ``api_key`` scrubbed from the text (:func:`scrub`).

The client, the sleep function, the clock and the random source are injectable,
so tests run the whole retry logic against ``httpx.MockTransport`` instantly.

Examples
--------
>>> scrub("GET https://api.stlouisfed.org/fred/series/observations?series_id=M2SL&api_key=abc123")
'GET https://api.stlouisfed.org/fred/series/observations?series_id=M2SL&api_key=***'
>>> parse_retry_after("7", now=0.0)
7.0
>>> parse_retry_after("soon", now=0.0) is None
True
"""

from __future__ import annotations

import contextlib
import email.utils
import random
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import httpx

from leadwatch._version import __version__
from leadwatch.errors import BadResponse, LeadwatchError, RateLimited, Unavailable
from leadwatch.redact import install_log_scrubber, scrub

__all__ = [
    "HttpFetcher",
    "Offline",
    "RetryPolicy",
    "cached_client",
    "default_cache_dir",
    "map_exceptions",
    "parse_retry_after",
    "retry_call",
    "scrub",
    "service_message",
]

T = TypeVar("T")

USER_AGENT = f"leadwatch/{__version__} (+https://github.com/leadwatch)"
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


install_log_scrubber()  # every record of every logger (httpx logs every URL, httpcore.http11 too)


class Offline(Unavailable):
    """The provider's host could not be reached at all (no network, DNS failure, refused)."""


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try one request.

    Parameters
    ----------
    attempts
        Tries in all (first one included).
    base_delay, max_delay
        Backoff: attempt ``n`` waits ``uniform(0, min(max_delay, base_delay * 2**n))``.
    total_seconds
        Upper bound on the time one request may take, waits included.
    timeout
        Per-try timeout in seconds (connect, read, write, pool).
    """

    attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 20.0
    total_seconds: float = 60.0
    timeout: float = 20.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter exponential backoff before try ``attempt + 1``."""
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * 2.0**attempt))


class _Retryable(Exception):
    """Internal: a try failed in a way worth retrying."""

    def __init__(self, error: LeadwatchError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def retry_call(
    call: Callable[[], T],
    *,
    policy: RetryPolicy,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
    rng: random.Random,
) -> T:
    """Run ``call`` until it succeeds, raises a non-retryable error, or the budget is spent.

    ``call`` signals a retryable failure by raising :class:`_Retryable` (built by
    :func:`retryable`); anything else propagates at once.
    """
    started = clock()
    last: _Retryable | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except _Retryable as exc:
            last = exc
        if attempt + 1 >= policy.attempts:
            break
        left = policy.total_seconds - (clock() - started)
        wait = last.retry_after if last.retry_after is not None else policy.backoff(attempt, rng)
        if wait > left:
            if last.retry_after is not None:
                raise type(last.error)(
                    f"{last.error.message}; asked to wait {last.retry_after:.0f} s, more than "
                    f"the {policy.total_seconds:.0f} s budget",
                    fix="try again later",
                ) from None
            break
        sleep(wait)
    assert last is not None
    tries = f"{attempt + 1} tr{'y' if attempt == 0 else 'ies'}"
    raise type(last.error)(f"{last.error.message} (gave up after {tries})", fix=last.error.fix)


def retryable(error: LeadwatchError, retry_after: float | None = None) -> _Retryable:
    """Wrap ``error`` so that :func:`retry_call` tries again."""
    return _Retryable(error, retry_after)


@contextlib.contextmanager
def map_exceptions(what: str, secrets: tuple[str, ...] = ()) -> Iterator[None]:
    """Turn httpx errors raised inside the block into leadwatch errors naming ``what``.

    Timeouts and transport errors become retryable :class:`Unavailable`
    (:class:`Offline` for connection failures); the text never carries a secret.
    """
    try:
        yield
    except httpx.TimeoutException as exc:
        raise retryable(
            Unavailable(f"{what}: timed out ({type(exc).__name__})", fix="try again later")
        ) from None
    except httpx.ConnectError as exc:
        raise retryable(
            Offline(
                f"{what}: cannot connect ({scrub(str(exc), secrets) or type(exc).__name__})",
                fix="check the internet connection; stored data is unchanged",
            )
        ) from None
    except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
        raise retryable(
            Unavailable(
                f"{what}: connection broke mid-answer, body truncated "
                f"({scrub(str(exc), secrets) or type(exc).__name__})",
                fix="try again later",
            )
        ) from None
    except httpx.HTTPError as exc:
        raise Unavailable(
            f"{what}: {type(exc).__name__}: {scrub(str(exc), secrets)}", fix="try again later"
        ) from None


def default_cache_dir() -> Path:
    """Folder of the HTTP cache (safe to delete at any time)."""
    from platformdirs import user_cache_path

    return user_cache_path("leadwatch", appauthor=False) / "http"


def cached_client(cache_dir: Path | None = None, ttl_seconds: float = 900.0) -> httpx.Client:
    """An ``httpx.Client`` that reuses answers for ``ttl_seconds`` (hishel, SQLite on disk).

    Only successful answers are cached; requests carrying a secret never go
    through it (see :class:`HttpFetcher`). Deleting ``cache_dir`` is always safe.
    """
    from hishel import SqliteStorage
    from hishel.httpx import CacheTransport

    folder = cache_dir or default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    storage = SqliteStorage(database_path=folder / "cache.sqlite", default_ttl=ttl_seconds)
    transport = CacheTransport(next_transport=httpx.HTTPTransport(), storage=storage)
    return httpx.Client(transport=transport, headers={"User-Agent": USER_AGENT})


@dataclass(slots=True)
class HttpFetcher:
    """GET with bounded retries; the only network call of the httpx-based providers.

    Parameters
    ----------
    client
        Used for requests without secrets (may be a caching client).
    secret_client
        Used for requests with secret params (never cached); default ``client``.
    policy, sleep, clock, rng
        Retry behaviour; tests inject a no-op sleep and a fake clock.
    """

    client: httpx.Client
    secret_client: httpx.Client | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    rng: random.Random = field(default_factory=random.Random)
    down: dict[str, LeadwatchError] = field(default_factory=dict)

    def get(
        self,
        url: str,
        params: Mapping[str, str],
        *,
        what: str,
        secret_params: tuple[str, ...] = (),
        drop_headers: tuple[str, ...] = (),
    ) -> httpx.Response:
        """GET ``url`` and return a 2xx response, or raise a :class:`ProviderError`.

        ``secret_params`` name params whose values must never be logged; such a
        request bypasses the cache and every error text is scrubbed of them.
        ``drop_headers`` names default headers (httpx sends ``Accept: */*``) that
        this request must not carry.
        """
        secrets = tuple(params[name] for name in secret_params if params.get(name))
        client = (self.secret_client or self.client) if secrets else self.client
        host = httpx.URL(url).host
        if host in self.down:
            known = self.down[host]
            raise type(known)(
                f"{what}: cannot connect to {host} (failed earlier in this run)", fix=known.fix
            )

        def once() -> httpx.Response:
            with map_exceptions(what, secrets):
                request = client.build_request(
                    "GET", url, params=params, timeout=self.policy.timeout
                )
                for name in drop_headers:
                    request.headers.pop(name, None)
                response = client.send(request)
            return self._check(response, what, secrets)

        try:
            return retry_call(
                once,
                policy=self.policy,
                sleep=self.sleep,
                clock=self.clock,
                rng=self.rng,
            )
        except Offline as exc:
            self.down[host] = exc
            raise

    def _check(
        self, response: httpx.Response, what: str, secrets: tuple[str, ...] = ()
    ) -> httpx.Response:
        status = response.status_code
        if 200 <= status < 300:
            return response
        wait = parse_retry_after(response.headers.get("Retry-After"), now=time.time())
        if status == 429:
            raise retryable(
                RateLimited(f"{what}: HTTP 429 Too Many Requests", fix="wait a while, then rerun"),
                wait,
            )
        if status in _RETRY_STATUS:
            raise retryable(
                Unavailable(
                    f"{what}: HTTP {status} {response.reason_phrase}".rstrip(),
                    fix="the provider is having trouble; try again later",
                ),
                wait,
            )
        said = service_message(response, secrets)
        head = f"{what}: HTTP {status} {response.reason_phrase}".rstrip()
        if said:
            raise BadResponse(
                f"{head}; the service says: {said}",
                fix="correct what the service names (the series' provider symbol: "
                "leadwatch series show ID)",
            )
        raise BadResponse(
            head,
            fix="check the series' provider symbol (leadwatch series show ID); "
            "the provider refused the request",
        )


_MESSAGE_KEYS = ("error_message", "message", "error_description", "description", "error")


def service_message(response: httpx.Response, secrets: tuple[str, ...] = ()) -> str | None:
    """The service's own error text from an error answer's JSON body, scrubbed, or None.

    FRED says ``{"error_code": 400, "error_message": "Bad Request.  ..."}``,
    Coinbase ``{"message": "NotFound"}``, Yahoo's chart API
    ``{"chart": {"error": {"code": ..., "description": ...}}}``.

    Examples
    --------
    >>> body = b'{"error_code": 400, "error_message": "Bad Request.  Invalid series_id."}'
    >>> service_message(httpx.Response(400, content=body))
    'Bad Request. Invalid series_id.'
    >>> service_message(httpx.Response(400, content=b"<html>oops</html>")) is None
    True
    """
    try:
        payload = response.json()
    except (ValueError, UnicodeDecodeError):
        return None
    return _find_message(payload, secrets)


def _find_message(payload: object, secrets: tuple[str, ...], depth: int = 0) -> str | None:
    if not isinstance(payload, dict) or depth > 3:
        return None
    for key in _MESSAGE_KEYS:
        value = payload.get(key)
        if isinstance(value, str) and value.strip():
            return scrub(" ".join(value.split()), secrets)[:300]
        if isinstance(value, dict):
            found = _find_message(value, secrets, depth + 1)
            if found:
                return found
    for value in payload.values():
        if isinstance(value, dict):
            found = _find_message(value, secrets, depth + 1)
            if found:
                return found
    return None
