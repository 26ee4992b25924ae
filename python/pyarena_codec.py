"""Encode and decode Python builtin values as pyarena's tagged JSON (docs/task-format.md).

Only exact builtin types are encoded (`type(x) is int`, never a subclass), so an object whose
`__eq__` lies, or an `int` subclass, cannot pass for a plain value: it becomes `$opaque`.
"""
import binascii
import math

SAFE_INT = 2**53
HEX_BITS = 3000
MAX_DEPTH = 150


class EncodeError(Exception):
    pass


def _float(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def _opaque(x):
    t = type(x)
    module = getattr(t, "__module__", "?")
    name = type.__dict__["__qualname__"].__get__(t)
    return {"$opaque": f"{module if type(module) is str else '?'}.{name}"[:200]}


def encode(x, depth=0, active=None):
    t = type(x)
    if x is None or t is bool or t is str:
        return x
    if t is int:
        if -SAFE_INT < x < SAFE_INT:
            return x
        # Decimal conversion is quadratic in CPython; beyond ~900 digits hex is linear.
        return {"$int": int.__repr__(x) if int.bit_length(x) < HEX_BITS else hex(x)}
    if t is float:
        return {"$float": _float(x)}
    if depth > MAX_DEPTH:
        raise EncodeError("value nested too deeply")
    if t is complex:
        return {"$complex": [_float(x.real), _float(x.imag)]}
    if t is bytes:
        return {"$bytes": binascii.b2a_base64(x, newline=False).decode("ascii")}
    if active is None:
        active = set()
    if t is list and len(x) > 1 and _all_finite_floats(x):
        return {"$floats": list.copy(x)}
    if t in (list, tuple, set, frozenset, dict):
        key = id(x)
        if key in active:
            raise EncodeError("value contains itself")
        active.add(key)
        try:
            if t is dict:
                return {"$dict": [[encode(k, depth + 1, active), encode(v, depth + 1, active)]
                                  for k, v in dict.items(x)]}
            items = [_scalar(v) if type(v) in _SCALARS else encode(v, depth + 1, active)
                     for v in (list.__iter__(x) if t is list else iter(x))]
        finally:
            active.discard(key)
        if t is list:
            return items

        if t is tuple:
            return {"$tuple": items}
        items.sort(key=_sort_key)
        return {"$set" if t is set else "$frozenset": items}
    return _opaque(x)


def _all_finite_floats(x):
    """Exact floats only, none NaN or infinite (a NaN or inf anywhere makes the sum non-finite;
    an overflowing sum only costs the compact form)."""
    for v in x:
        if type(v) is not float:
            return False
    return math.isfinite(sum(x))


_SCALARS = frozenset((str, bool, int, float, type(None)))


def _scalar(v):
    """encode() for a scalar, inlined for the item loop (results can hold millions of items)."""
    t = type(v)
    if t is float:
        return {"$float": v} if -1.8e308 < v < 1.8e308 else {"$float": _float(v)}
    if t is int and not -SAFE_INT < v < SAFE_INT:
        return encode(v)
    return v


def _sort_key(v):
    return repr(v)


def decode(v):
    t = type(v)
    if v is None or t in (bool, int, str, float):
        return v
    if t is list:
        return [decode(i) for i in v]
    if t is not dict or len(v) != 1:
        raise ValueError(f"not a pyarena value: {v!r}")
    (tag, inner), = v.items()
    if tag == "$int":
        return int(inner, 16) if "x" in inner else int(inner)
    if tag == "$float":
        return float(inner)
    if tag == "$floats":
        return [float(f) for f in inner]
    if tag == "$complex":
        return complex(float(inner[0]), float(inner[1]))
    if tag == "$bytes":
        return binascii.a2b_base64(inner)
    if tag == "$tuple":
        return tuple(decode(i) for i in inner)
    if tag == "$set":
        return {decode(i) for i in inner}
    if tag == "$frozenset":
        return frozenset(decode(i) for i in inner)
    if tag == "$dict":
        return {decode(k): decode(val) for k, val in inner}
    raise ValueError(f"cannot rebuild {tag}")


def raised(exc):
    """The exception as data: qualified name and the builtin classes in its MRO."""
    t = type(exc)
    module = getattr(t, "__module__", "")
    name = type.__dict__["__qualname__"].__get__(t)
    qual = name if module == "builtins" or type(module) is not str else f"{module}.{name}"
    bases = [type.__dict__["__name__"].__get__(b) for b in type.__dict__["__mro__"].__get__(t)
             if getattr(b, "__module__", None) == "builtins" and b is not object]
    return {"t": qual[:200], "b": bases[:20]}
