"""Facts about a candidate's public API, read with `ast` only: the candidate is never executed.

Used by the harness's `structure` mode. For each public module-level function, public class and
method of a public class (names not starting with `_`, plus `__init__`), it reports the docstring,
the parameters and whether each is annotated, the return annotation, whether the body returns a
value and which exceptions it raises. Judging the docstring's shape is left to Node
(src/scoring/quality), so the rules live in one tested place.
"""
import ast

MAX_DEFINITIONS = 500
MAX_DOCSTRING = 4000
MAX_RAISES = 20
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _public(name):
    return not name.startswith("_") or name == "__init__"


def _is_static(node):
    for d in node.decorator_list:
        if isinstance(d, ast.Name) and d.id == "staticmethod":
            return True
        if isinstance(d, ast.Attribute) and d.attr == "staticmethod":
            return True
    return False


def _own_nodes(node):
    """The nodes of a function's body, not descending into nested functions, classes or lambdas."""
    stack = list(node.body)
    while stack:
        current = stack.pop()
        yield current
        for child in ast.iter_child_nodes(current):
            if not isinstance(child, SCOPES):
                stack.append(child)


def _raised_name(exc):
    target = exc.func if isinstance(exc, ast.Call) else exc
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    return None


def _body_facts(node):
    returns_value = False
    raises = []
    for child in _own_nodes(node):
        if isinstance(child, ast.Return) and child.value is not None:
            if not (isinstance(child.value, ast.Constant) and child.value.value is None):
                returns_value = True
        elif isinstance(child, (ast.Yield, ast.YieldFrom)):
            returns_value = True
        elif isinstance(child, ast.Raise) and child.exc is not None:
            name = _raised_name(child.exc)
            if name is not None and name not in raises and len(raises) < MAX_RAISES:
                raises.append(name)
    return returns_value, raises


def _params(node, method):
    a = node.args
    positional = a.posonlyargs + a.args
    if method and not _is_static(node) and positional:
        positional = positional[1:]  # self or cls
    params = positional + ([a.vararg] if a.vararg else []) + a.kwonlyargs + ([a.kwarg] if a.kwarg else [])
    return [{"name": p.arg, "annotated": p.annotation is not None} for p in params]


def _docstring(node):
    text = ast.get_docstring(node, clean=True)
    return None if text is None else text[:MAX_DOCSTRING]


def _function(node, qualname, kind):
    returns_value, raises = _body_facts(node)
    return {
        "kind": kind,
        "name": qualname,
        "line": node.lineno,
        "docstring": _docstring(node),
        "params": _params(node, kind == "method"),
        "returnAnnotated": node.returns is not None,
        "returnsValue": returns_value,
        "raises": raises,
    }


def _class(node, qualname):
    init = None
    for child in node.body:
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and child.name == "__init__":
            init = child
    returns_value, raises = _body_facts(init) if init is not None else (False, [])
    return {
        "kind": "class",
        "name": qualname,
        "line": node.lineno,
        "docstring": _docstring(node),
        "params": _params(init, True) if init is not None else [],
        "returnAnnotated": False,
        "returnsValue": False,
        "raises": raises,
    }


def describe(source):
    """The public definitions of `source`, in source order. SyntaxError propagates to the caller."""
    tree = ast.parse(source)
    found = []
    truncated = False
    pending = [(node, None) for node in tree.body]
    for node, owner in pending:
        if len(found) >= MAX_DEFINITIONS:
            truncated = True
            break
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _public(node.name):
            if owner is None and node.name != "__init__":
                found.append(_function(node, node.name, "function"))
            elif owner is not None:
                found.append(_function(node, f"{owner}.{node.name}", "method"))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            qualname = node.name if owner is None else f"{owner}.{node.name}"
            found.append(_class(node, qualname))
            pending.extend((child, qualname) for child in node.body)
    found.sort(key=lambda d: d["line"])
    lines = sum(1 for line in source.splitlines() if line.strip())
    return {"definitions": found, "truncated": truncated, "nonBlankLines": lines}


def describe_file(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return describe(f.read())
