# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


class FakeCdn:
    """Answers each url from a script of outcomes (bytes, or an exception to raise)."""

    def __init__(self, scripts, default=b"ok"):
        self.scripts = {url: list(outcomes) for url, outcomes in scripts.items()}
        self.default = default
        self.calls = []
        self.sleeps = []

    async def fetch(self, url):
        self.calls.append(url)
        await asyncio.sleep(0)
        script = self.scripts.get(url)
        outcome = script.pop(0) if script else self.default
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    async def sleep(self, seconds):
        self.sleeps.append(seconds)
        await asyncio.sleep(0)


def run(m, urls, cdn, **options):
    reports = asyncio.run(m.download_all(urls, cdn.fetch, cdn.sleep, **options))
    return reports, cdn.calls, cdn.sleeps


@case()
def everything_succeeds(m):
    cdn = FakeCdn({"/a.png": [b"\x89PNG...."], "/b.css": [b"body{}"]})
    return run(m, ["/a.png", "/b.css", "/c.js"], cdn)


@case()
def transient_errors_are_retried_with_backoff(m):
    cdn = FakeCdn({"/a": [ConnectionResetError(), TimeoutError(), b"12345"], "/b": [TimeoutError(), b"x"]})
    return run(m, ["/a", "/b"], cdn)


@case()
def gives_up_after_max_attempts(m):
    cdn = FakeCdn({"/flaky": [ConnectionRefusedError()] * 10})
    return run(m, ["/flaky", "/fine"], cdn, max_attempts=4, base_delay=0.25)


@case()
def other_errors_fail_immediately(m):
    cdn = FakeCdn({"/private": [PermissionError("403")], "/bad": [ValueError("bad gzip")], "/x": [LookupError()]})
    return run(m, ["/private", "/bad", "/x", "/ok"], cdn)


@case()
def delays_are_capped(m):
    cdn = FakeCdn({"/slow": [TimeoutError()] * 8})
    return run(m, ["/slow"], cdn, max_attempts=7, base_delay=1.5, max_delay=5)


@case("edge")
def first_delay_is_base_delay_even_above_cap(m):
    cdn = FakeCdn({"/a": [TimeoutError()] * 3 + [b"late"]})
    return run(m, ["/a"], cdn, max_attempts=5, base_delay=20, max_delay=8)


@case("edge")
def repeated_urls_are_fetched_once(m):
    cdn = FakeCdn({"/logo": [b"abc"], "/gone": [ConnectionError()] * 3 + [b"back"], "/css": [b"1234"]})
    reports, calls, sleeps = run(m, ["/logo", "/gone", "/logo", "/css", "/gone", "/logo"], cdn)
    reports[0]["size"] = -1  # reports must be separate dicts
    return reports, calls, sleeps


@case("edge")
def single_attempt_and_zero_delay(m):
    one = FakeCdn({"/a": [TimeoutError(), b"x"]})
    zero = FakeCdn({"/a": [TimeoutError(), ConnectionError(), b"xyz"]})
    return run(m, ["/a"], one, max_attempts=1), run(m, ["/a"], zero, base_delay=0)


@case("edge")
def no_urls_and_unicode(m):
    cdn = FakeCdn({"/ß/ü.txt": ["grüße"]})
    return run(m, [], FakeCdn({})), run(m, ["/ß/ü.txt", ""], cdn)


@case("error-handling")
def zero_attempts_rejected(m):
    return run(m, ["/a"], FakeCdn({}), max_attempts=0)


@case("perf")
def large_asset_manifest(m):
    prefix = "https://cdn.example.net/storefront/releases/2024.11.3-build-7f3a9c21e0d4/static/assets/js/"
    urls = [f"{prefix}chunk-{i:06d}.js" for i in range(40_000)]
    urls += urls[::7]
    scripts = {url: [TimeoutError(), b"y" * (i % 50)] for i, url in enumerate(urls[:40_000:100])}
    cdn = FakeCdn(scripts)
    reports = asyncio.run(m.download_all(urls, cdn.fetch, cdn.sleep))
    return (
        len(reports),
        sum(r["size"] for r in reports),
        sum(r["attempts"] for r in reports),
        reports[-1],
        len(cdn.calls),
        sum(cdn.sleeps),
    )
