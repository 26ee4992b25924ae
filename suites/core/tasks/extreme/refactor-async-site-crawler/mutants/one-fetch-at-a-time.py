# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Breadth-first asyncio crawler: each page's depth is its shortest link distance from the start."""
from __future__ import annotations

import asyncio
from typing import Awaitable, Callable


async def crawl(
    start: str,
    fetch_links: Callable[[str], Awaitable[list[str]]],
    max_depth: int,
    workers: int,
) -> dict[str, int]:
    """Map every page within `max_depth` links of `start` to its depth.

    Pages are fetched level by level by `workers` concurrent tasks; pages at `max_depth` are recorded but
    not fetched. A page whose fetch fails is kept, but contributes no links.
    """
    if workers < 1:
        raise ValueError("workers")
    if max_depth < 0:
        raise ValueError("max_depth")
    depths = {start: 0}
    level = [start]
    for depth in range(1, max_depth + 1):
        if not level:
            break
        next_level = []
        for link in await _fetch_level(level, fetch_links, workers):
            if link not in depths:
                depths[link] = depth
                next_level.append(link)
        level = next_level
    return depths


async def _fetch_level(
    pages: list[str], fetch_links: Callable[[str], Awaitable[list[str]]], workers: int
) -> list[str]:
    """All links found on `pages`, fetched by at most `workers` tasks at a time."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for page in pages:
        queue.put_nowait(page)
    found: list[str] = []

    async def worker() -> None:
        while not queue.empty():
            page = queue.get_nowait()
            try:
                found.extend(await fetch_links(page))
            except Exception:
                pass  # an unreachable page simply has no links

    await worker()
    return found
