# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def attempt(m, expression, variables=None):
    try:
        value = m.evaluate(expression, variables)
        return type(value).__name__, round(value, 9) if isinstance(value, float) else value
    except (ValueError, NameError, ZeroDivisionError) as exc:
        return "raised", type(exc).__name__


@case()
def precedence_and_variables(m):
    return [attempt(m, e, {"price": 19.99, "qty": 3, "vat": 0.25, "discount": 5})
            for e in ["price * qty * (1 + vat) - discount", "1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "10 // 4",
                      "-7 % 3", "7 % -3", "2 * qty ** 2"]]


@case()
def associativity(m):
    return [attempt(m, e) for e in ["8 - 3 - 2", "100 / 10 / 5", "2 ** 3 ** 2", "64 // 4 // 2", "17 % 5 % 3"]]


@case()
def unary_operators(m):
    return [attempt(m, e) for e in ["-2 ** 2", "(-2) ** 2", "2 ** -1", "--3", "-+-4", "3 - -3", "-(2 + 3) * 2",
                                   "2 * -3", "+5"]]


@case()
def number_forms(m):
    return [attempt(m, e) for e in ["3.5 * 2", ".5 + 1", "2. * 3", "0", "1.0"]]


@case("edge")
def whitespace_everywhere(m):
    return [attempt(m, e, {"x_1": 4}) for e in ["  x_1*\t(x_1+1)\n", "\n-\n1", "((((x_1))))"]]


@case("error-handling")
def syntax_errors(m):
    return [attempt(m, e, {"x": 1, "y": 2}) for e in ["", "   ", "1 +", "(1 + 2", "1 + 2)", "1 2", "* 3", "2 $ 3", "()",
                                   "3 ** * 2", "1..2", "x y", "(+)"]]


@case("error-handling")
def unknown_names_and_zero(m):
    return [attempt(m, e, {"a": 1}) for e in ["a + b", "b", "1 / 0", "5 // (a - 1)", "a % 0"]]


@case("perf")
def generated_formula(m):
    rng = random.Random(7)
    names = {f"quarterly_adjustment_factor_{i:02d}_region_total": rng.randint(1, 9) for i in range(50)}
    parts = ["1"]
    for _ in range(30_000):
        op = rng.choice(["+", "-", "*", "+", "-"])
        term = rng.choice([str(rng.randint(0, 99)), rng.choice(list(names)), f"({rng.randint(1, 9)} - {rng.choice(list(names))})"])
        parts.append(f"{op} {term}")
    return attempt(m, " ".join(parts), names)


@case("perf")
def nesting_one_hundred_deep(m):
    out = [attempt(m, "(" * 100 + "1 + 2" + ")" * 100 + " * 3 - " + "-(" * 100 + "4" + ")" * 100)]
    out.append(attempt(m, "1 ** (" * 60 + "2" + ")" * 60 + " - 1"))
    out.append(attempt(m, "-(" * 80 + "x * (x + 1)" + ")" * 80, {"x": 3}))
    return out
