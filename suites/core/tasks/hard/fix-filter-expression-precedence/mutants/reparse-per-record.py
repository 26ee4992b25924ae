# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

TOKEN_RE = re.compile(r'\s*(?:(-?\d+(?:\.\d+)?)|("[^"]*")|([A-Za-z_]\w*)|(==|!=|<=|>=|<|>|\(|\)))')
KEYWORDS = {"and", "or", "not", "true", "false"}


def _tokenize(text):
    tokens, pos, text = [], 0, text.rstrip()
    while pos < len(text):
        match = TOKEN_RE.match(text, pos)
        if not match:
            raise ValueError(f"unexpected character at {pos}")
        number, string, name, symbol = match.groups()
        if number is not None:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif string is not None:
            tokens.append(("str", string[1:-1]))
        elif name is not None:
            tokens.append(("kw" if name in KEYWORDS else "name", name))
        else:
            tokens.append(("op", symbol))
        pos = match.end()
    return tokens


def _ordered(op, a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if not ((isinstance(a, (int, float)) and isinstance(b, (int, float))) or (isinstance(a, str) and isinstance(b, str))):
        return False
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


class _Evaluator:
    """Recursive-descent evaluator: parses and evaluates in one pass."""

    def __init__(self, tokens, record):
        self.tokens, self.pos, self.record = tokens, 0, record

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        if self.pos >= len(self.tokens):
            raise ValueError("unexpected end of expression")
        self.pos += 1
        return self.tokens[self.pos - 1]

    def or_expr(self):
        value = self.and_expr()
        while self.peek() == ("kw", "or"):
            self.take()
            right = self.and_expr()
            value = bool(value) or bool(right)
        return value

    def and_expr(self):
        value = self.not_expr()
        while self.peek() == ("kw", "and"):
            self.take()
            right = self.not_expr()
            value = bool(value) and bool(right)
        return value

    def not_expr(self):
        if self.peek() == ("kw", "not"):
            self.take()
            return not self.not_expr()
        return self.comparison()

    def comparison(self):
        left = self.operand()
        kind, op = self.peek()
        if kind == "op" and op in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            right = self.operand()
            if op == "==":
                return left == right
            if op == "!=":
                return left != right
            return _ordered(op, left, right)
        return left

    def operand(self):
        kind, value = self.take()
        if kind == "op" and value == "(":
            inner = self.or_expr()
            if self.take() != ("op", ")"):
                raise ValueError("expected ')'")
            return inner
        if kind in ("num", "str"):
            return value
        if kind == "kw" and value in ("true", "false"):
            return value == "true"
        if kind == "name":
            return self.record.get(value)
        raise ValueError(f"unexpected token {value!r}")

    def run(self):
        result = self.or_expr()
        if self.pos != len(self.tokens):
            raise ValueError("unexpected trailing tokens")
        return bool(result)


def compile_filter(expression):
    """Validate the expression now; evaluate it against each record later."""
    _Evaluator(_tokenize(expression), {}).run()
    return lambda record: _Evaluator(_tokenize(expression), record).run()
