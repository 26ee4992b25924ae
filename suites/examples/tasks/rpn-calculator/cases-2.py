from pyarena_cases import case


@case()
def still_valid(m):
    return m.evaluate_rpn("5 1 2 + 4 * + 3 -")


@case("error-handling")
def empty(m):
    return m.evaluate_rpn("   ")


@case("error-handling")
def unknown_token(m):
    return m.evaluate_rpn("1 x +")


@case("error-handling")
def missing_operand(m):
    return m.evaluate_rpn("1 +")


@case("error-handling")
def leftover(m):
    return m.evaluate_rpn("1 2")


@case("error-handling")
def divide_by_zero(m):
    return m.evaluate_rpn("1 0 /")
