# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(action):
    try:
        return action()
    except (TypeError, ValueError) as error:
        return [type(error).__name__, str(error)]


@case()
def tiers_and_bonuses(m):
    w = m.Wallet("ana")
    out = []
    for pts in [600, 399, 1, 3, 2999, 1, 7]:
        out.append([w.earn(pts, "order"), w.tier(), w.points, w.lifetime])
    return out


@case()
def spending_and_history(m):
    w = m.Wallet("ben")
    w.earn(500, "signup")
    w.spend(120, "coffee")
    w.earn(300, "order #7")
    w.spend(680, "gift card")
    return [w.points, w.lifetime, w.tier(), w.history(), w.history("spend"), w.history("earn"), w.history("other"),
            w.total("earn"), w.total("spend"), w.total("refund")]


@case("edge")
def spending_does_not_lower_tier(m):
    w = m.Wallet("cy")
    w.earn(1000, "big order")
    w.spend(1000, "flight")
    return [w.tier(), w.points, w.lifetime, w.earn(10, "order"), w.tier()]


@case("edge")
def exact_thresholds(m):
    w = m.Wallet("di")
    out = [w.tier()]
    w.earn(999, "a")
    out.append(w.tier())
    w.earn(1, "b")
    out.append(w.tier())
    w.earn(2666, "c")
    out += [w.lifetime, w.tier()]
    w.earn(1, "d")
    out += [w.lifetime, w.tier(), w.earn(1, "e")]
    return out


@case("error-handling")
def invalid_points(m):
    w = m.Wallet("ed")
    w.earn(50, "seed")
    steps = [attempt(lambda: w.earn(0, "x")), attempt(lambda: w.earn(-5, "x")), attempt(lambda: w.earn(True, "x")),
             attempt(lambda: w.earn(2.0, "x")), attempt(lambda: w.spend(51, "x")), attempt(lambda: w.spend(0, "x")),
             attempt(lambda: w.spend("5", "x")), attempt(lambda: w.spend(False, "x")), attempt(lambda: w.spend(50, "all"))]
    return [steps, w.points, w.history()]


@case("error-handling")
def overspend_propagates(m):
    return m.Wallet("fi").spend(1, "nothing there")


@case("edge")
def history_is_a_copy(m):
    w = m.Wallet("gu")
    w.earn(10, "a")
    w.history().clear()
    w.history("earn").append(("earn", 999, "fake", 999))
    return [w.history(), w.owner, w.points]
