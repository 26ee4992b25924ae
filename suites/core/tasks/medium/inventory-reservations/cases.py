# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(action):
    """Run one step of a scenario that goes on after an expected refusal."""
    try:
        action()
        return "ok"
    except Exception as error:
        return type(error).__name__


def stocked(m):
    inv = m.Inventory()
    inv.receive("mug", 10)
    inv.receive("tee", 4)
    inv.receive("cap", 1)
    return inv


@case()
def reserve_commit_release(m):
    inv = stocked(m)
    inv.reserve("o1", {"mug": 3, "tee": 4})
    after_reserve = [inv.snapshot(), inv.available("mug"), inv.available("tee")]
    inv.commit("o1")
    inv.reserve("o2", {"mug": 7})
    inv.release("o2")
    return [after_reserve, inv.snapshot(), inv.available("mug")]


@case("error-handling")
def out_of_stock_details_and_nothing_reserved(m):
    inv = stocked(m)
    inv.reserve("o1", {"tee": 3})
    try:
        inv.reserve("o2", {"mug": 2, "tee": 2, "cap": 5})
    except m.OutOfStock as error:
        return [error.sku, error.requested, error.available, isinstance(error, m.InventoryError), inv.snapshot()]
    return "no OutOfStock"


@case("error-handling")
def unknown_sku_is_key_error_and_atomic(m):
    inv = stocked(m)
    try:
        inv.reserve("o1", {"mug": 1, "hat": 1})
    except KeyError as error:
        return [type(error).__name__, error.sku, isinstance(error, m.InventoryError), inv.snapshot()]
    return "no KeyError"


@case("error-handling")
def order_ids_are_single_use(m):
    inv = stocked(m)
    inv.reserve("o1", {"mug": 1})
    steps = [attempt(lambda: inv.reserve("o1", {"mug": 1}))]
    inv.release("o1")
    steps.append(attempt(lambda: inv.reserve("o1", {"mug": 1})))
    inv.reserve("o2", {"cap": 1})
    inv.commit("o2")
    steps.append(attempt(lambda: inv.reserve("o2", {"mug": 1})))
    steps.append(attempt(lambda: inv.reserve("o3", {"cap": 1})))
    return [steps, inv.snapshot()]


@case("error-handling")
def failed_reservation_does_not_burn_the_id(m):
    inv = stocked(m)
    steps = [attempt(lambda: inv.reserve("o9", {"cap": 2})), attempt(lambda: inv.reserve("o9", {"cap": 1}))]
    return [steps, inv.snapshot()]


@case("error-handling")
def closing_orders(m):
    inv = stocked(m)
    inv.reserve("a", {"tee": 2})
    inv.commit("a")
    steps = [attempt(lambda: inv.commit("a")), attempt(lambda: inv.release("a")), attempt(lambda: inv.release("zzz"))]
    inv.reserve("b", {"tee": 1})
    inv.release("b")
    steps.append(attempt(lambda: inv.commit("b")))
    return [steps, inv.snapshot()]


@case("error-handling")
def unknown_order_carries_id(m):
    inv = stocked(m)
    try:
        inv.release("ghost")
    except m.UnknownOrder as error:
        return [error.order_id, isinstance(error, KeyError), isinstance(error, m.InventoryError)]
    return "no UnknownOrder"


@case("error-handling")
def invalid_quantities(m):
    inv = stocked(m)
    steps = [attempt(lambda: inv.receive("mug", 0)), attempt(lambda: inv.receive("mug", True)),
             attempt(lambda: inv.receive("mug", 1.0)), attempt(lambda: inv.reserve("x1", {})),
             attempt(lambda: inv.reserve("x2", {"mug": 0})), attempt(lambda: inv.reserve("x3", {"mug": -1}))]
    return [steps, inv.snapshot()]


@case("edge")
def exact_stock_and_restock(m):
    inv = stocked(m)
    inv.reserve("o1", {"cap": 1})
    steps = [inv.available("cap"), attempt(lambda: inv.reserve("o2", {"cap": 1}))]
    inv.receive("cap", 2)
    steps += [inv.available("cap"), attempt(lambda: inv.reserve("o3", {"cap": 2})), inv.available("cap")]
    return [steps, inv.snapshot()]


@case("error-handling")
def available_unknown(m):
    return stocked(m).available("nope")


@case("edge")
def empty_inventory(m):
    return m.Inventory().snapshot()
