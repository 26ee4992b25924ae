# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import operator
import re

TOKEN_RE = re.compile(r'\s*(?:(-?\d+(?:\.\d+)?)|("[^"]*")|([A-Za-z_][A-Za-z0-9_]*)|(==|!=|<=|>=|<|>|\(|\)))')
COMPARISONS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt,
               "<=": operator.le, ">": operator.gt, ">=": operator.ge}
KEYWORDS = {"and", "or", "not", "true", "false"}


def tokenize(text):
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = TOKEN_RE.match(text, pos)
        if not match:
            raise ValueError(f"unexpected character at {pos}: {text[pos:pos + 10]!r}")
        number, string, name, symbol = match.groups()
        if number is not None:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif string is not None:
            tokens.append(("str", string[1:-1]))
        elif name is not None:
            tokens.append(("kw", name) if name in KEYWORDS else ("name", name))
        else:
            tokens.append(("op", symbol))
        pos = match.end()
    return tokens


def _compare(op, left, right):
    def test(record):
        a, b = left(record), right(record)
        if op in ("==", "!="):
            return COMPARISONS[op](a, b)
        numbers = (int, float)
        if isinstance(a, bool) or isinstance(b, bool):
            return False
        if (isinstance(a, numbers) and isinstance(b, numbers)) or (isinstance(a, str) and isinstance(b, str)):
            return COMPARISONS[op](a, b)
        return False
    return test


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        if token[0] is None:
            raise ValueError("unexpected end of expression")
        self.pos += 1
        return token

    def parse(self):
        test = self.expression()
        if self.pos != len(self.tokens):
            raise ValueError(f"unexpected token {self.peek()[1]!r}")
        return test

    def expression(self):
        # a and b or c ... evaluated left to right
        test = self.negation()
        while self.peek() in (("kw", "and"), ("kw", "or")):
            _, word = self.take()
            left, right = test, self.negation()
            if word == "and":
                test = lambda r, left=left, right=right: bool(left(r)) and bool(right(r))
            else:
                test = lambda r, left=left, right=right: bool(left(r)) or bool(right(r))
        return test

    def negation(self):
        if self.peek() == ("kw", "not"):
            self.take()
            inner = self.negation()
            return lambda r: not inner(r)
        return self.comparison()

    def comparison(self):
        left = self.operand()
        kind, value = self.peek()
        if kind == "op" and value in COMPARISONS:
            self.take()
            return _compare(value, left, self.operand())
        return left

    def operand(self):
        kind, value = self.take()
        if kind == "op" and value == "(":
            inner = self.expression()
            if self.take() != ("op", ")"):
                raise ValueError("expected ')'")
            return inner
        if kind in ("num", "str"):
            return lambda r: value
        if kind == "kw" and value in ("true", "false"):
            return lambda r: value == "true"
        if kind == "name":
            return lambda r: r.get(value)
        raise ValueError(f"unexpected token {value!r}")


def compile_filter(expression):
    """Compile a filter expression into a predicate: record (dict) -> bool."""
    test = _Parser(tokenize(expression)).parse()
    return lambda record: bool(test(record))
