# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import html
import re

_TAG = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)
_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_FILTERS = {"upper": str.upper, "lower": str.lower, "strip": str.strip, "length": len, "escape": html.escape}
_MISSING = object()


def _parse(template: str) -> list:
    """Parse into a tree: ("text", s) | ("var", path, filters) | ("if", path, yes, no) | ("for", var, path, body)."""
    root: list = []
    stack: list[tuple[str, list, object]] = []  # (kind, node, info)
    out = root
    pos = 0
    for match in _TAG.finditer(template):
        text = template[pos:match.start()]
        if "{{" in text or "{%" in text:
            raise ValueError("unterminated tag")
        if text:
            out.append(("text", text))
        pos = match.end()
        expr, stmt = match.groups()
        if expr is not None:
            out.append(("var", expr))
            continue
        words = stmt.split()
        if len(words) == 2 and words[0] == "if" and _NAME.fullmatch(words[1]):
            node = ["if", words[1].split("."), [], None]
            out.append(node)
            stack.append(("if", node, out))
            out = node[2]
        elif words == ["else"] and stack and stack[-1][0] == "if" and stack[-1][1][3] is None:
            node = stack[-1][1]
            node[3] = []
            out = node[3]
        elif words == ["endif"] and stack and stack[-1][0] == "if":
            out = stack.pop()[2]
        elif (len(words) == 4 and words[0] == "for" and words[2] == "in" and words[1].isidentifier()
              and _NAME.fullmatch(words[3])):
            node = ["for", words[1], words[3].split("."), []]
            out.append(node)
            stack.append(("for", node, out))
            out = node[3]
        elif words == ["endfor"] and stack and stack[-1][0] == "for":
            out = stack.pop()[2]
        else:
            raise ValueError(f"unexpected tag {stmt.strip()!r}")
    rest = template[pos:]
    if "{{" in rest or "{%" in rest:
        raise ValueError("unterminated tag")
    if stack:
        raise ValueError(f"unclosed {stack[-1][0]} block")
    if rest:
        root.append(("text", rest))
    return root


def _lookup(scopes: list[dict], path: list[str]):
    for scope in reversed(scopes):
        if path[0] in scope:
            value = scope[path[0]]
            break
    else:
        return _MISSING
    for key in path[1:]:
        if not isinstance(value, dict) or key not in value:
            return _MISSING
        value = value[key]
    return value


def render(template: str, context: dict) -> str:
    """Render {{ name | filter }}, {% if %}/{% else %}/{% endif %} and {% for %}/{% endfor %}."""
    parts: list[str] = []
    scopes = [context]

    def run(nodes: list) -> None:
        for node in nodes:
            kind = node[0]
            if kind == "text":
                parts.append(node[1])
            elif kind == "var":
                name, *filters = [part.strip() for part in node[1].split("|")]
                if not _NAME.fullmatch(name) or any(f not in _FILTERS for f in filters):
                    raise ValueError("bad expression")
                node = ("var", name.split("."), [_FILTERS[f] for f in filters])
                value = _lookup(scopes, node[1])
                if value is _MISSING:
                    raise KeyError(".".join(node[1]))
                for apply in node[2]:
                    value = apply(value if apply is len else str(value))
                parts.append(str(value))
            elif kind == "if":
                value = _lookup(scopes, node[1])
                branch = node[2] if value is not _MISSING and value else node[3]
                if branch:
                    run(branch)
            else:
                items = _lookup(scopes, node[2])
                if items is _MISSING:
                    raise KeyError(".".join(node[2]))
                scope: dict = {}
                scopes.append(scope)
                for item in items:
                    scope[node[1]] = item
                    run(node[3])
                scopes.pop()

    run(_parse(template))
    return "".join(parts)
