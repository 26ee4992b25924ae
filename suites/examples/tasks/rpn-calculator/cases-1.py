from pyarena_cases import case


@case()
def add_then_multiply(m):
    return m.evaluate_rpn("3 4 + 2 *")


@case()
def operand_order(m):
    return [m.evaluate_rpn("10 4 -"), m.evaluate_rpn("8 2 /")]


@case("edge")
def negative_and_decimal(m):
    return m.evaluate_rpn("-2 4.5 *")


@case()
def single_number(m):
    return m.evaluate_rpn("7")
