# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def snapshot(cart):
    return {"lines": cart.lines(), "subtotal": cart.subtotal(), "total": cart.total()}


@case()
def plain_cart(m):
    cart = m.Cart()
    cart.add("apple", 120, 3)
    cart.add("pear", 95)
    cart.add("apple", 120, 2)
    return snapshot(cart)


@case()
def all_discounts_in_order(m):
    cart = m.Cart()
    cart.add("tea", 450, 5)
    cart.add("mug", 999, 1)
    cart.apply_code("BOGO-tea")
    cart.apply_code("SAVE15")
    cart.apply_code("FLAT100")
    return snapshot(cart)


@case()
def percentage_rounds_down(m):
    cart = m.Cart()
    cart.add("pen", 1999, 1)
    cart.apply_code("SAVE15")
    return snapshot(cart)


@case()
def percentage_replaced_flats_stack(m):
    cart = m.Cart()
    cart.add("lamp", 4000)
    out = []
    for code in ["SAVE10", "SAVE25", "FLAT150", "FLAT50", "FLAT150"]:
        cart.apply_code(code)
        out.append(cart.total())
    return out


@case("edge")
def bogo_odd_quantity_and_later_add(m):
    cart = m.Cart()
    cart.apply_code("BOGO-sock")
    cart.add("sock", 300, 1)
    out = [cart.total()]
    cart.add("sock", 300, 4)
    out.append(cart.total())
    cart.apply_code("BOGO-sock")
    out.append(cart.total())
    return out


@case("edge")
def total_never_negative(m):
    cart = m.Cart()
    cart.add("gum", 80, 2)
    cart.apply_code("FLAT500")
    return snapshot(cart)


@case("edge")
def empty_cart(m):
    cart = m.Cart()
    cart.apply_code("SAVE20")
    return snapshot(cart)


@case("edge")
def remove_partial_whole_and_readd_order(m):
    cart = m.Cart()
    cart.add("a", 100, 3)
    cart.add("b", 200, 1)
    cart.add("c", 0, 2)
    cart.remove("a", 1)
    out = [cart.lines()]
    cart.remove("b", 1)
    cart.remove("c")
    cart.add("b", 200)
    out.append(cart.lines())
    cart.remove("a", 2)
    cart.add("a", 100)
    out.append(cart.lines())
    return out


@case("error-handling")
def price_conflict_leaves_cart_unchanged(m):
    cart = m.Cart()
    cart.add("x", 500, 2)
    try:
        cart.add("x", 450, 1)
        outcome = "added"
    except ValueError as error:
        outcome = type(error).__name__
    return [outcome, snapshot(cart)]


@case("error-handling")
def remove_too_many(m):
    cart = m.Cart()
    cart.add("x", 500, 2)
    cart.remove("x", 3)


@case("error-handling")
def remove_unknown(m):
    cart = m.Cart()
    cart.add("x", 500, 2)
    cart.remove("y")


@case("error-handling")
def bad_inputs(m):
    cart = m.Cart()
    results = []
    for action in [
        lambda: cart.add("x", 100, 0),
        lambda: cart.add("x", -1, 1),
        lambda: cart.add("x", 100, -2),
        lambda: cart.apply_code("SAVE95"),
        lambda: cart.apply_code("SAVE0"),
        lambda: cart.apply_code("save10"),
        lambda: cart.apply_code("FLAT0"),
        lambda: cart.apply_code("FLAT-5"),
        lambda: cart.apply_code("WELCOME"),
    ]:
        try:
            action()
            results.append("ok")
        except ValueError as error:
            results.append(type(error).__name__)
    results.append(snapshot(cart))
    return results
