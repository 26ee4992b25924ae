# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A tiny spreadsheet engine: formulas, error values, cycle detection, incremental recalculation."""
from __future__ import annotations

import re

_NAME = re.compile(r"[A-Za-z]+[1-9][0-9]*\Z")
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z]+[0-9]+)|([-+*/()]))")

DIV0 = "#DIV/0!"
VALUE = "#VALUE!"


class CircularReferenceError(ValueError):
    """Raised when a formula would make a cell depend on itself."""

    def __init__(self, cycle: list[str]) -> None:
        super().__init__("circular reference: " + " -> ".join(cycle))
        self.cycle = cycle


class _Error:
    """An error value (distinct from text that merely looks like one)."""

    __slots__ = ("code",)

    def __init__(self, code: str) -> None:
        self.code = code


def _cell_name(name: object) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"invalid cell name: {name!r}")
    return name.upper()


def _tokenize(text: str) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise ValueError(f"unexpected character at {pos}: {text[pos:]!r}")
        number, ref, op = match.groups()
        if number is not None:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif ref is not None:
            tokens.append(("ref", _cell_name(ref)))
        else:
            tokens.append(("op", op))
        pos = match.end()
    return tokens


class _Parser:
    """Recursive descent over the token list, producing a small tuple AST."""

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> tuple[str, object] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, object]:
        token = self.peek()
        if token is None:
            raise ValueError("unexpected end of formula")
        self.pos += 1
        return token

    def parse(self) -> tuple:
        node = self.expr()
        if self.peek() is not None:
            raise ValueError(f"unexpected token {self.peek()[1]!r}")
        return node

    def expr(self) -> tuple:
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = ("bin", self.take()[1], node, self.term())
        return node

    def term(self) -> tuple:
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = ("bin", self.take()[1], node, self.unary())
        return node

    def unary(self) -> tuple:
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self) -> tuple:
        kind, value = self.take()
        if kind in ("num", "ref"):
            return (kind, value)
        if value == "(":
            node = self.expr()
            if self.take() != ("op", ")"):
                raise ValueError("expected ')'")
            return node
        raise ValueError(f"unexpected token {value!r}")


class Sheet:
    """Cells with formulas; values are kept up to date incrementally on every set()."""

    def __init__(self) -> None:
        self._content: dict[str, object] = {}
        self._ast: dict[str, tuple] = {}
        self._refs: dict[str, list[str]] = {}
        self._dependents: dict[str, set[str]] = {}
        self._value: dict[str, object] = {}

    def get(self, cell: str) -> int | float | str | None:
        value = self._value.get(_cell_name(cell))
        return value.code if isinstance(value, _Error) else value

    def set(self, cell: str, content: int | float | str | None) -> None:
        name = _cell_name(cell)
        ast = None
        refs: list[str] = []
        if isinstance(content, str) and content.startswith("="):
            ast = _Parser(_tokenize(content[1:])).parse()
            refs = list(dict.fromkeys(tok for kind, tok in _tokenize(content[1:]) if kind == "ref"))
            cycle = self._find_cycle(name, refs)
            if cycle:
                raise CircularReferenceError(cycle)
        elif content is not None and not isinstance(content, (int, float, str)):
            raise TypeError(f"unsupported content: {content!r}")

        for ref in self._refs.pop(name, []):
            self._dependents[ref].discard(name)
        self._ast.pop(name, None)
        self._content.pop(name, None)
        if content is not None:
            self._content[name] = content
        if ast is not None:
            self._ast[name] = ast
            self._refs[name] = refs
            for ref in refs:
                self._dependents.setdefault(ref, set()).add(name)
        self._recalculate(name)

    def _find_cycle(self, start: str, refs: list[str]) -> list[str] | None:
        """Depth-first search from `start` (with its new refs) for a path back to `start`."""
        done: set[str] = set()
        path = [start]
        stack = [iter(refs)]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                done.add(path.pop())
                continue
            if nxt == start:
                return path + [start]
            if nxt in done or nxt in path[1:]:
                continue
            path.append(nxt)
            stack.append(iter(self._refs.get(nxt, ())))
        return None

    def _recalculate(self, changed: str) -> None:
        # Post-order DFS over dependents, reversed, gives a topological order of affected cells.
        order: list[str] = []
        seen = {changed}
        stack = [(changed, iter(sorted(self._dependents.get(changed, ()))))]
        while stack:
            cell, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                order.append(cell)
            elif child not in seen:
                seen.add(child)
                stack.append((child, iter(sorted(self._dependents.get(child, ())))))
        for cell in reversed(order):
            self._evaluate(cell)

    def _evaluate(self, cell: str) -> None:
        if cell in self._ast:
            self._value[cell] = self._eval(self._ast[cell])
        elif cell in self._content:
            self._value[cell] = self._content[cell]
        else:
            self._value.pop(cell, None)

    def _eval(self, node: tuple) -> object:
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "ref":
            value = self._value.get(node[1], 0)
            if isinstance(value, str):
                return _Error(value) if value in (DIV0, VALUE) else VALUE_ERR
            return value
        if kind == "neg":
            value = self._eval(node[1])
            return value if isinstance(value, _Error) else -value
        left = self._eval(node[2])
        if isinstance(left, _Error):
            return left
        right = self._eval(node[3])
        if isinstance(right, _Error):
            return right
        op = node[1]
        if op == "+":
            return left + right
        if op == "-":
            return left - right
        if op == "*":
            return left * right
        return DIV0_ERR if right == 0 else left / right


DIV0_ERR = _Error(DIV0)
VALUE_ERR = _Error(VALUE)
