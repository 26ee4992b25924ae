# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def counted(m, maxsize):
    calls = []

    @m.memoize(maxsize=maxsize)
    def power(base, exponent=2):
        calls.append((base, exponent))
        return base ** exponent

    return power, calls


@case()
def keyword_arguments_matter(m):
    power, calls = counted(m, 10)
    return [power(2), power(2, exponent=3), power(2, exponent=3), power(3, exponent=2), calls, power.cache_info()]


@case()
def keyword_order_does_not_matter(m):
    calls = []

    @m.memoize(maxsize=8)
    def price(item, *, qty, discount):
        calls.append(item)
        return round(qty * 9.99 * (1 - discount), 2)

    return [price("pen", qty=3, discount=0.1), price("pen", discount=0.1, qty=3), price("pen", qty=3, discount=0.2),
            calls, price.cache_info()]


@case()
def least_recently_used_is_dropped(m):
    power, calls = counted(m, 2)
    for base in (1, 2, 1, 3, 2, 1, 3):
        power(base)
    return [calls, power.cache_info()]


@case()
def clear_resets_everything(m):
    power, calls = counted(m, 4)
    power(5)
    power(5)
    power.cache_clear()
    after_clear = power.cache_info()
    power(5)
    return [after_clear, power.cache_info(), calls]


@case("edge")
def maxsize_one(m):
    power, calls = counted(m, 1)
    out = [power(4), power(4), power(4, exponent=1), power(4), power(4)]
    return [out, calls, power.cache_info()]


@case("edge")
def wraps_metadata(m):
    @m.memoize(maxsize=3)
    def slugify(text):
        """Turn a title into a URL slug."""
        return "-".join(text.lower().split())

    return [slugify.__name__, slugify.__doc__, slugify("Hello  Big World")]


@case("error-handling")
def exceptions_are_not_cached(m):
    attempts = []

    @m.memoize(maxsize=4)
    def flaky(x):
        attempts.append(x)
        if len(attempts) == 1:
            raise ConnectionError("first try fails")
        return x * 10

    try:
        flaky(7)
    except ConnectionError:
        pass
    return [flaky(7), flaky(7), attempts, flaky.cache_info()]


@case("perf")
def busy_service(m):
    @m.memoize(maxsize=20_000)
    def score(user_id, weight=1):
        return (user_id * 2654435761 + weight) % 1000

    total = 0
    for i in range(100_000):
        user = (i * 7919) % 45_000 if i % 3 else i % 5_000
        total += score(user) + score(user, weight=i % 2)
    return [total, score.cache_info()]
