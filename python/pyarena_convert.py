"""Turn assert-based tests into data cases (run inside the sandbox by `suite import`).

Recognised statement forms, where F is the function under test:
    assert F(args) == value            (or value == F(args))
    assert abs(F(args) - value) < eps  (or <=)
    assert math.isclose(F(args), value, rel_tol=..., abs_tol=...)
`assert True` and statements that never mention F are executed as setup. Anything else makes
the whole test a legacy test, run as-is with its verdict decided inside the sandbox.

With `function` set (HumanEval's `check(candidate)`), `body` is a module that defines that
function: its statements are the test, F defaults to its first parameter, and the module's other
statements run first as setup, except a bare call of the function itself (`check(f)`).
`aliases` lists other names that denote F in the original program (HumanEval's tests run after
the candidate, so its entry point's own name is the candidate too).
"""
import ast

import pyarena_codec as codec


class Unconvertible(Exception):
    pass


def _mentions(node, names):
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _call_of(node, names):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
        if any(_mentions(a, names) for a in node.args) or any(_mentions(k.value, names) for k in node.keywords):
            raise Unconvertible("the function under test is passed to itself")
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            raise Unconvertible("starred arguments")
        return node
    return None


def _is_isclose(func):
    return (isinstance(func, ast.Attribute) and func.attr == "isclose") or (
        isinstance(func, ast.Name) and func.id == "isclose")


def _pattern(test, names):
    """(call, expected expression, atol expr, rtol expr) for a recognised assert."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
        left, right = test.left, test.comparators[0]
        call = _call_of(left, names)
        if call is not None and not _mentions(right, names):
            return call, right, None, None
        call = _call_of(right, names)
        if call is not None and not _mentions(left, names):
            return call, left, None, None
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Lt, ast.LtE))
            and isinstance(test.left, ast.Call) and isinstance(test.left.func, ast.Name)
            and test.left.func.id == "abs" and len(test.left.args) == 1
            and isinstance(test.left.args[0], ast.BinOp) and isinstance(test.left.args[0].op, ast.Sub)):
        diff = test.left.args[0]
        eps = test.comparators[0]
        for a, b in ((diff.left, diff.right), (diff.right, diff.left)):
            call = _call_of(a, names)
            if call is not None and not _mentions(b, names) and not _mentions(eps, names):
                return call, b, eps, None
    if isinstance(test, ast.Call) and _is_isclose(test.func) and len(test.args) == 2:
        kw = {k.arg: k.value for k in test.keywords}
        for a, b in ((test.args[0], test.args[1]), (test.args[1], test.args[0])):
            call = _call_of(a, names)
            if call is not None and not _mentions(b, names):
                # Defaults are built with a location: compile() rejects nodes without one.
                rel = kw.get("rel_tol", _constant(1e-9, test))
                return call, b, kw.get("abs_tol", _constant(0.0, test)), rel
    return None


def _constant(value, near):
    return ast.copy_location(ast.Constant(value), near)


def _test_statements(job):
    """(module statements to run first, the statements to convert, the function under test)."""
    module = ast.parse(job["body"])
    name = job.get("function")
    if not name:
        return [], module.body, job["callee"]
    found = [s for s in module.body if isinstance(s, ast.FunctionDef) and s.name == name]
    if len(found) != 1:
        raise Unconvertible(f"no single function {name}() in the test")
    fn = found[0]
    params = fn.args.posonlyargs + fn.args.args
    if fn.decorator_list or len(params) != 1 or fn.args.vararg or fn.args.kwonlyargs or fn.args.kwarg:
        raise Unconvertible(f"{name}() does not take exactly the function under test")
    setup = [s for s in module.body if s is not fn and not (
        isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)
        and isinstance(s.value.func, ast.Name) and s.value.func.id == name)]
    return setup, fn.body, job.get("callee") or params[0].arg


def _names(job, callee):
    """F's name and its aliases: a mention of any of them is a mention of the function under test."""
    aliases = job.get("aliases") or []
    if not all(type(a) is str for a in aliases):
        raise Unconvertible("aliases must be names")
    return frozenset([callee, *aliases])


def _eval(node, scope):
    return eval(compile(ast.Expression(node), "<test>", "eval"), scope)


def _number(value, what):
    if type(value) not in (int, float) or value < 0:
        raise Unconvertible(f"{what} is not a non-negative number")
    return float(value)


def convert(job):
    """job: {setup: source run first, body: test source, callee: name, function?: see above}."""
    scope = {"__name__": "pyarena_test"}
    try:
        exec(compile(job.get("setup", ""), "<setup>", "exec"), scope)
        setup, body, callee = _test_statements(job)
        names = _names(job, callee)
        for stmt in setup:
            if _mentions(stmt, names):
                raise Unconvertible(f"line {stmt.lineno}: {type(stmt).__name__} uses {callee}")
            exec(compile(ast.Module([stmt], []), "<test>", "exec"), scope)
        cases = []
        for stmt in body:
            if isinstance(stmt, ast.Assert):
                if isinstance(stmt.test, ast.Constant) and stmt.test.value is True:
                    continue
                found = _pattern(stmt.test, names)
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
            elif _mentions(stmt, names):
                raise Unconvertible(f"line {stmt.lineno}: {type(stmt).__name__} uses {callee}")
            else:
                exec(compile(ast.Module([stmt], []), "<test>", "exec"), scope)
        if not cases:
            raise Unconvertible("no assert on the function under test")
        return {"ok": True, "cases": cases}
    except Unconvertible as exc:
        return {"ok": False, "reason": str(exc)}
    except Exception as exc:  # noqa: BLE001 - a test we cannot evaluate stays legacy
        return {"ok": False, "reason": f"{type(exc).__name__}: {exc}"[:300]}
