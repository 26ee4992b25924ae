# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def attempt(m, customers):
    try:
        return m.best_promo_value(customers)
    except ValueError:
        return "ValueError"


@case()
def reported_two_organic_customers(m):
    return m.best_promo_value({
        "ana": (None, 10), "ben": ("ana", 4), "cai": ("ana", 5),
        "dee": (None, 3), "eli": ("dee", 7),
    })


@case()
def grandchildren_are_allowed(m):
    return m.best_promo_value({
        "root": (None, 6), "a": ("root", 5), "b": ("root", 4),
        "a1": ("a", 3), "a2": ("a", 2), "b1": ("b", 9), "b11": ("b1", 1),
    })


@case("edge")
def negative_values(m):
    return [
        m.best_promo_value({"x": (None, -5), "y": ("x", -1)}),
        m.best_promo_value({"x": (None, -5), "y": ("x", 8), "z": ("y", -2), "w": ("z", 4)}),
        m.best_promo_value({"hub": (None, 10), "s1": ("hub", 4), "s2": ("hub", 4), "s3": ("hub", 4)}),
    ]


@case("edge")
def empty_and_single(m):
    return [m.best_promo_value({}), m.best_promo_value({"solo": (None, 7)}), m.best_promo_value({"solo": (None, 0)})]


@case("edge")
def many_organic_customers(m):
    customers = {f"c{i}": (None, i % 7 - 2) for i in range(30)}
    customers.update({f"r{i}": (f"c{i}", 3) for i in range(0, 30, 3)})
    return m.best_promo_value(customers)


@case("edge")
def long_referral_chain(m):
    customers = {"c0": (None, 5)}
    for i in range(1, 6000):
        customers[f"c{i}"] = (f"c{i - 1}", (i * 37) % 11 - 3)
    return m.best_promo_value(customers)


@case("error-handling")
def unknown_referrer(m):
    return m.best_promo_value({"a": (None, 1), "b": ("zed", 2)})


@case("error-handling")
def cycles(m):
    return [
        attempt(m, {"a": ("b", 1), "b": ("a", 1)}),
        attempt(m, {"root": (None, 1), "x": ("y", 2), "y": ("x", 3)}),
        attempt(m, {"root": (None, 1), "me": ("me", 5)}),
        attempt(m, {"root": (None, 1), "p": ("root", 1), "q": ("r", 1), "r": ("s", 1), "s": ("q", 1)}),
    ]


@case("perf")
def full_export(m):
    rng = random.Random(7)
    customers = {}
    names = []
    for i in range(25_000):
        name = f"cust{i:05d}"
        if i == 0 or i % 1000 == 999:
            referrer = None
        else:
            referrer = names[rng.randrange(max(0, i - 600), i)]
        customers[name] = (referrer, rng.randint(-20, 100))
        names.append(name)
    items = list(customers.items())
    rng.shuffle(items)
    items.sort(key=lambda item: item[0] == "cust00000")  # the first sign-up comes last
    return m.best_promo_value(dict(items))
