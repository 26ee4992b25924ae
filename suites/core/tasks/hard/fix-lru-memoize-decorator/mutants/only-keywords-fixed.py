# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import functools


def memoize(maxsize=128):
    def decorator(func):
        cache = {}
        last_used = {}
        stats = {"hits": 0, "misses": 0}
        tick = [0]

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, frozenset(kwargs.items()))
            tick[0] += 1
            if key in cache:
                stats["hits"] += 1
                last_used[key] = tick[0]
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
                oldest = min(last_used, key=last_used.get)
                del cache[oldest]
                del last_used[oldest]
            cache[key] = result
            last_used[key] = tick[0]
            return result

        def cache_info():
            return {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache)}

        def cache_clear():
            cache.clear()
            last_used.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
