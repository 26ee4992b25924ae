# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, *args, **kwargs):
    try:
        return m.shipping_cost(*args, **kwargs)
    except ValueError as error:
        return ["ValueError", str(error)]


@case()
def zones_and_weights(m):
    return [[m.shipping_cost(w, z) for w in [0.2, 1, 1.0001, 2, 2.5, 7.99]] for z in ["domestic", "eu", "world"]]


@case()
def express_and_members(m):
    out = []
    for z in ["domestic", "eu", "world"]:
        for service in ["standard", "express"]:
            for member in [False, True]:
                out.append(m.shipping_cost(3.3, z, service, member))
    return out


@case("edge")
def odd_cents_rounding(m):
    return [m.shipping_cost(w, z, "express", True) for z in ["domestic", "eu", "world"] for w in [1, 2, 3, 4, 5, 6]]


@case("edge")
def spelling_is_forgiving(m):
    return [m.shipping_cost(2, " EU "), m.shipping_cost(2, "Domestic", "EXPRESS"), m.shipping_cost(1, "world", " Standard", True)]


@case("edge")
def weight_limits(m):
    return [attempt(m, 30, "world"), attempt(m, 30.01, "world"), attempt(m, 50, "eu"), attempt(m, 50.5, "domestic"),
            attempt(m, 49.2, "domestic")]


@case("error-handling")
def bad_inputs(m):
    return [attempt(m, 0, "eu"), attempt(m, -1, "mars"), attempt(m, 2, "Mars"), attempt(m, 2, "eu", "overnight"),
            attempt(m, 2, "mars", "overnight"), attempt(m, 100, "world", "overnight"), attempt(m, 2, "eu", "Same-Day")]


@case("error-handling")
def unknown_zone_propagates(m):
    return m.shipping_cost(1, "moon")
