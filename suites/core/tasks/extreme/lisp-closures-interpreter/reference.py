# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
from typing import Any

_TOKEN = re.compile(r";[^\n]*|([()'])|([^\s()';]+)")
_INT = re.compile(r"[+-]?\d+")


class Symbol(str):
    """A symbol in parsed code (distinct from data strings)."""


class Env:
    __slots__ = ("vars", "outer")

    def __init__(self, vars: dict, outer: "Env | None") -> None:
        self.vars = vars
        self.outer = outer

    def find(self, name: str) -> "Env":
        env: Env | None = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {name}")


class Procedure:
    __slots__ = ("params", "body", "env")

    def __init__(self, params: list, body: list, env: Env) -> None:
        self.params, self.body, self.env = params, body, env


def _parse(source: str) -> list:
    forms: list = []
    stack: list[list] = []
    quotes: list[int] = []  # stack depth at which a pending quote applies
    out = forms

    def emit(datum: Any) -> None:
        nonlocal out
        while quotes and quotes[-1] == len(stack):
            quotes.pop()
            datum = [Symbol("quote"), datum]
        out.append(datum)

    for match in _TOKEN.finditer(source):
        punct, atom = match.groups()
        if punct == "(":
            stack.append(out)
            out = []
        elif punct == ")":
            if not stack or (quotes and quotes[-1] == len(stack)):
                raise ValueError("unexpected ')'")
            done, out = out, stack.pop()
            emit(done)
        elif punct == "'":
            quotes.append(len(stack))
        elif atom is not None:
            if _INT.fullmatch(atom):
                emit(int(atom))
            elif atom in ("#t", "#f"):
                emit(atom == "#t")
            else:
                emit(Symbol(atom))
    if stack or quotes:
        raise ValueError("unbalanced parentheses")
    return forms


def _minus(*args: int) -> int:
    if len(args) == 1:
        return -args[0]
    result = args[0]
    for value in args[1:]:
        result -= value
    return result


def _cons(item: Any, lst: list) -> list:
    if not isinstance(lst, list):
        raise TypeError("cons needs a list")
    return [item, *lst]


def _globals() -> Env:
    def total(*args: int) -> int:
        return sum(args)

    def product(*args: int) -> int:
        result = 1
        for value in args:
            result *= value
        return result

    return Env({
        "+": total, "*": product, "-": _minus,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "list": lambda *items: list(items), "cons": _cons,
        "car": lambda lst: lst[0], "cdr": lambda lst: lst[1:],
        "null?": lambda lst: lst == [], "length": len,
    }, None)


def _evaluate(x: Any, env: Env) -> Any:
    while True:
        if isinstance(x, Symbol):
            return env.find(x).vars[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise ValueError("empty application ()")
        head = x[0]
        if head == "quote" and isinstance(head, Symbol):
            return x[1]
        if head == "if" and isinstance(head, Symbol):
            if _evaluate(x[1], env) is not False:
                x = x[2]
            elif len(x) > 3:
                x = x[3]
            else:
                return None
            continue
        if head == "define" and isinstance(head, Symbol):
            target = x[1]
            if isinstance(target, list):
                env.vars[target[0]] = Procedure(target[1:], x[2:], env)
            else:
                env.vars[target] = _evaluate(x[2], env)
            return None
        if head == "set!" and isinstance(head, Symbol):
            owner = env.find(x[1])
            owner.vars[x[1]] = _evaluate(x[2], env)
            return None
        if head == "lambda" and isinstance(head, Symbol):
            return Procedure(x[1], x[2:], env)
        if head == "let" and isinstance(head, Symbol):
            env = Env({name: _evaluate(expr, env) for name, expr in x[1]}, env)
            body = x[2:]
        elif head == "begin" and isinstance(head, Symbol):
            body = x[1:]
        else:
            proc = _evaluate(head, env)
            args = [_evaluate(arg, env) for arg in x[1:]]
            if isinstance(proc, Procedure):
                if len(args) != len(proc.params):
                    raise TypeError(f"expected {len(proc.params)} arguments, got {len(args)}")
                env = Env(dict(zip(proc.params, args)), proc.env)
                body = proc.body
            elif callable(proc):
                return proc(*args)
            else:
                raise TypeError(f"{proc!r} is not a procedure")
        if not body:
            return None
        for expr in body[:-1]:
            _evaluate(expr, env)
        x = body[-1]  # tail position: loop instead of recursing


def _export(value: Any) -> Any:
    if isinstance(value, list):
        return [_export(item) for item in value]
    if isinstance(value, Procedure) or callable(value):
        return "#<procedure>"
    if isinstance(value, Symbol):
        return str(value)
    return value


def run(source: str) -> object:
    """Evaluate every top-level form; return the last value as plain Python data."""
    env = _globals()
    result = None
    for form in _parse(source):
        result = _evaluate(form, env)
    return _export(result)
