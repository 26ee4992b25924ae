# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|//|[-+*/%()]))")


def tokenize(text):
    tokens = []
    pos, end = 0, len(text.rstrip())
    while pos < end:
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError("bad character")
        num, name, op = m.groups()
        if num is not None:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif name is not None:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


def evaluate(expression, variables=None):
    variables = variables or {}
    toks = tokenize(expression)

    # Each rule takes a position and returns (value, next_position).
    def additive(i):
        value, i = multiplicative(i)
        while toks[i] in (("op", "+"), ("op", "-")):
            op = toks[i][1]
            rhs, i = multiplicative(i + 1)
            value = value + rhs if op == "+" else value - rhs
        return value, i

    def multiplicative(i):
        value, i = unary(i)
        while toks[i][0] == "op" and toks[i][1] in ("*", "/", "//", "%"):
            op = toks[i][1]
            rhs, i = unary(i + 1)
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            elif op == "//":
                value = value // rhs
            else:
                value = value % rhs
        return value, i

    def unary(i):
        if toks[i] == ("op", "-"):
            value, j = unary(i + 1)
            return -value, j
        if toks[i] == ("op", "+"):
            return unary(i + 1)
        return power(i)

    def power(i):
        # First try "atom ** unary"; if there is no "**", fall back to a plain atom.
        base, j = atom(i)
        if toks[j] == ("op", "**"):
            exponent, k = unary(j + 1)
            return base ** exponent, k
        return atom(i)

    def atom(i):
        kind, value = toks[i]
        if kind == "num":
            return value, i + 1
        if kind == "name":
            if value not in variables:
                raise NameError(value)
            return variables[value], i + 1
        if (kind, value) == ("op", "("):
            inner, j = additive(i + 1)
            if toks[j] != ("op", ")"):
                raise ValueError("expected )")
            return inner, j + 1
        raise ValueError("unexpected token")

    result, i = additive(0)
    if toks[i][0] != "end":
        raise ValueError("trailing input")
    return result
