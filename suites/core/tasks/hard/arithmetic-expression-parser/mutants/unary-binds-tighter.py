# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

_TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|//|[-+*/%()]))")
_BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
}


def _tokenize(text: str) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    pos, end = 0, len(text.rstrip())
    while pos < end:
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ValueError(f"unexpected character at {pos}: {text[pos]!r}")
        number, name, op = match.groups()
        if number is not None:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif name is not None:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = match.end()
    tokens.append(("end", None))
    return tokens


def evaluate(expression: str, variables: dict[str, int | float] | None = None) -> int | float:
    """Evaluate an arithmetic formula with Python's operators and precedence."""
    variables = variables or {}
    tokens = _tokenize(expression)
    pos = 0

    def peek() -> tuple[str, object]:
        return tokens[pos]

    def take() -> tuple[str, object]:
        nonlocal pos
        token = tokens[pos]
        pos += 1
        return token

    def additive() -> int | float:
        value = multiplicative()
        while peek() in (("op", "+"), ("op", "-")):
            value = _BINARY[take()[1]](value, multiplicative())
        return value

    def multiplicative() -> int | float:
        value = unary()
        while peek()[0] == "op" and peek()[1] in ("*", "/", "//", "%"):
            value = _BINARY[take()[1]](value, unary())
        return value

    def unary() -> int | float:
        return power()

    def power() -> int | float:
        base = atom()
        if peek() == ("op", "**"):
            take()
            return base ** unary()
        return base

    def atom() -> int | float:
        if peek() == ("op", "-"):
            take()
            return -atom()
        if peek() == ("op", "+"):
            take()
            return +atom()
        kind, value = take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in variables:
                raise NameError(f"unknown variable {value!r}")
            return variables[value]
        if (kind, value) == ("op", "("):
            inner = additive()
            if take() != ("op", ")"):
                raise ValueError("expected ')'")
            return inner
        raise ValueError(f"unexpected token {value!r}")

    result = additive()
    if peek()[0] != "end":
        raise ValueError(f"unexpected token {peek()[1]!r}")
    return result
