"""Turn assert-based tests into data cases (run inside the sandbox by `suite import`).

Recognised statement forms, where F is the function under test:
    assert F(args) == value            (or value == F(args))
    assert abs(F(args) - value) < eps  (or <=)
    assert math.isclose(F(args), value, rel_tol=..., abs_tol=...)
`assert True` and statements that never mention F are executed as setup. Anything else makes
the whole test a legacy test, run as-is with its verdict decided inside the sandbox.
"""
import ast

import pyarena_codec as codec


class Unconvertible(Exception):
    pass


def _mentions(node, name):
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def _call_of(node, name):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
        if any(_mentions(a, name) for a in node.args) or any(_mentions(k.value, name) for k in node.keywords):
            raise Unconvertible("the function under test is passed to itself")
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            raise Unconvertible("starred arguments")
        return node
    return None


def _is_isclose(func):
    return (isinstance(func, ast.Attribute) and func.attr == "isclose") or (
        isinstance(func, ast.Name) and func.id == "isclose")


def _pattern(test, name):
    """(call, expected expression, atol expr, rtol expr) for a recognised assert."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
        left, right = test.left, test.comparators[0]
        call = _call_of(left, name)
        if call is not None and not _mentions(right, name):
            return call, right, None, None
        call = _call_of(right, name)
        if call is not None and not _mentions(left, name):
            return call, left, None, None
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Lt, ast.LtE))
            and isinstance(test.left, ast.Call) and isinstance(test.left.func, ast.Name)
            and test.left.func.id == "abs" and len(test.left.args) == 1
            and isinstance(test.left.args[0], ast.BinOp) and isinstance(test.left.args[0].op, ast.Sub)):
        diff = test.left.args[0]
        eps = test.comparators[0]
        for a, b in ((diff.left, diff.right), (diff.right, diff.left)):
            call = _call_of(a, name)
            if call is not None and not _mentions(b, name) and not _mentions(eps, name):
                return call, b, eps, None
    if isinstance(test, ast.Call) and _is_isclose(test.func) and len(test.args) == 2:
        kw = {k.arg: k.value for k in test.keywords}
        for a, b in ((test.args[0], test.args[1]), (test.args[1], test.args[0])):
            call = _call_of(a, name)
            if call is not None and not _mentions(b, name):
                rel = kw.get("rel_tol", ast.Constant(1e-9))
                return call, b, kw.get("abs_tol", ast.Constant(0.0)), rel
    return None


def _eval(node, scope):
    return eval(compile(ast.Expression(node), "<test>", "eval"), scope)


def _number(value, what):
    if type(value) not in (int, float) or value < 0:
        raise Unconvertible(f"{what} is not a non-negative number")
    return float(value)


def convert(job):
    """job: {setup: source executed first, body: source of the test statements, callee: name}."""
    name = job["callee"]
    scope = {"__name__": "pyarena_test"}
    try:
        exec(compile(job.get("setup", ""), "<setup>", "exec"), scope)
        body = ast.parse(job["body"]).body
        cases = []
        for stmt in body:
            if isinstance(stmt, ast.Assert):
                if isinstance(stmt.test, ast.Constant) and stmt.test.value is True:
                    continue
                found = _pattern(stmt.test, name)
                if found is None:
                    raise Unconvertible(f"line {stmt.lineno}: {ast.unparse(stmt.test)[:120]}")
                call, expected, atol, rtol = found
                case = {
                    "args": [codec.encode(_eval(a, scope)) for a in call.args],
                    "expected": codec.encode(_eval(expected, scope)),
                }
                if call.keywords:
                    case["kwargs"] = {k.arg: codec.encode(_eval(k.value, scope)) for k in call.keywords}
                if atol is not None:
                    case["atol"] = _number(_eval(atol, scope), "the tolerance")
                if rtol is not None:
                    case["rtol"] = _number(_eval(rtol, scope), "the relative tolerance")
                if "$opaque" in repr(case):
                    raise Unconvertible(f"line {stmt.lineno}: a value is not plain data")
                cases.append(case)
            elif _mentions(stmt, name):
                raise Unconvertible(f"line {stmt.lineno}: {type(stmt).__name__} uses {name}")
            else:
                exec(compile(ast.Module([stmt], []), "<test>", "exec"), scope)
        if not cases:
            raise Unconvertible("no assert on the function under test")
        return {"ok": True, "cases": cases}
    except Unconvertible as exc:
        return {"ok": False, "reason": str(exc)}
    except Exception as exc:  # noqa: BLE001 - a test we cannot evaluate stays legacy
        return {"ok": False, "reason": f"{type(exc).__name__}: {exc}"[:300]}
