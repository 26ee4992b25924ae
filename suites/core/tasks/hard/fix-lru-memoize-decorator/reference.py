# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import functools
from collections import OrderedDict

_KWARGS_MARK = object()


def memoize(maxsize=128):
    """Cache a function's results, keeping at most `maxsize` entries.

    When the cache is full, the least recently used entry is dropped. The wrapped function gets
    `cache_info()` -> {"hits": ..., "misses": ..., "size": ...} and `cache_clear()`.
    """
    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = args
            if kwargs:
                # keyword arguments are part of the call; their order is not
                key = args + (_KWARGS_MARK,) + tuple(sorted(kwargs.items()))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
                cache.popitem(last=False)
            cache[key] = result
            return result

        def cache_info():
            return {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache)}

        def cache_clear():
            cache.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
