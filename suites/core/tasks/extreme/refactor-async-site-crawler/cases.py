# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
import random

from pyarena_cases import case


class Site:
    def __init__(self, links, broken=(), delay=0.0):
        self.links = links
        self.broken = set(broken)
        self.delay = delay
        self.fetched = []
        self.active = 0
        self.peak = 0

    async def __call__(self, page):
        self.fetched.append(page)
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            await asyncio.sleep(self.delay)
            if page in self.broken:
                raise ConnectionError(page)
            return list(self.links.get(page, []))
        finally:
            self.active -= 1


def run(m, site, start, max_depth, workers):
    depths = asyncio.run(m.crawl(start, site, max_depth, workers))
    return sorted(depths.items()), sorted(site.fetched)


LINKS = {
    "/": ["/a", "/b", "/"],
    "/a": ["/a/1", "/b", "/c"],
    "/b": ["/c", "/b/1"],
    "/c": ["/deep"],
    "/a/1": ["/"],
    "/deep": ["/deeper"],
}


@case()
def small_site(m):
    return run(m, Site(LINKS), "/", 3, 2)


@case("edge")
def depth_zero_and_one(m):
    return run(m, Site(LINKS), "/", 0, 3), run(m, Site(LINKS), "/", 1, 3)


@case("edge")
def shortest_distance_wins(m):
    links = {"s": ["x", "y"], "x": ["x1"], "x1": ["z"], "y": ["z"], "z": ["end"]}
    return run(m, Site(links, delay=0.001), "s", 10, 4)


@case("error-handling")
def broken_pages_have_no_links(m):
    return run(m, Site(LINKS, broken={"/a"}), "/", 5, 2)


@case("error-handling")
def invalid_arguments(m):
    out = []
    for depth, workers in ((1, 0), (-1, 2)):
        try:
            asyncio.run(m.crawl("/", Site(LINKS), depth, workers))
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case()
def fetches_run_concurrently(m):
    site = Site({"/": [f"/p{i}" for i in range(12)]}, delay=0.005)
    result = run(m, site, "/", 2, 4)
    return result, site.peak <= 4, site.peak >= 2


@case()
def random_site(m):
    rng = random.Random(6)
    pages = [f"/doc/{i}" for i in range(120)]
    links = {p: rng.sample(pages, 3) for p in pages}
    return run(m, Site(links), pages[0], 6, 3)


@case("perf")
def large_site(m):
    rng = random.Random(7)
    pages = [f"/docs/page-{i}" for i in range(10_000)]
    links = {p: [pages[rng.randrange(len(pages))] for _ in range(20)] for p in pages}
    depths = asyncio.run(m.crawl(pages[0], Site(links), 12, 8))
    histogram = {}
    for d in depths.values():
        histogram[d] = histogram.get(d, 0) + 1
    return len(depths), sorted(histogram.items())
