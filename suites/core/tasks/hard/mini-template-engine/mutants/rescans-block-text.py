# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import html
import re

TAG = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)
NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
FILTERS = {"upper": str.upper, "lower": str.lower, "strip": str.strip, "length": len, "escape": html.escape}
MISSING = object()


def check(template):
    """Validate the whole template once, so errors in skipped branches are reported too."""
    stack = []
    pos = 0
    for m in TAG.finditer(template):
        between = template[pos:m.start()]
        if "{{" in between or "{%" in between:
            raise ValueError("unterminated tag")
        pos = m.end()
        expr, stmt = m.groups()
        if expr is not None:
            name, *filters = [p.strip() for p in expr.split("|")]
            if not NAME.fullmatch(name) or any(f not in FILTERS for f in filters):
                raise ValueError("bad expression")
            continue
        w = stmt.split()
        if len(w) == 2 and w[0] == "if" and NAME.fullmatch(w[1]):
            stack.append(["if", False])
        elif w == ["else"] and stack and stack[-1] == ["if", False]:
            stack[-1][1] = True
        elif w == ["endif"] and stack and stack[-1][0] == "if":
            stack.pop()
        elif len(w) == 4 and w[0] == "for" and w[2] == "in" and w[1].isidentifier() and NAME.fullmatch(w[3]):
            stack.append(["for", False])
        elif w == ["endfor"] and stack and stack[-1][0] == "for":
            stack.pop()
        else:
            raise ValueError("bad tag")
    rest = template[pos:]
    if "{{" in rest or "{%" in rest or stack:
        raise ValueError("unterminated")


def lookup(ctx, dotted):
    parts = dotted.split(".")
    if parts[0] not in ctx:
        return MISSING
    value = ctx[parts[0]]
    for p in parts[1:]:
        if not isinstance(value, dict) or p not in value:
            return MISSING
        value = value[p]
    return value


def find_block_end(text, start, kind):
    """Return (else_start, else_end, end_start, end_end) of the block that begins at start."""
    depth = 0
    else_at = None
    for m in TAG.finditer(text, start):
        if m.group(2) is None:
            continue
        w = m.group(2).split()
        if w[0] in ("if", "for"):
            depth += 1
        elif w[0] in ("endif", "endfor"):
            if depth == 0:
                return else_at, m.start(), m.end()
            depth -= 1
        elif w[0] == "else" and depth == 0 and kind == "if":
            else_at = (m.start(), m.end())
    raise ValueError("unclosed")


def render_text(text, ctx):
    out = []
    pos = 0
    while True:
        m = TAG.search(text, pos)
        if m is None:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:m.start()])
        expr, stmt = m.groups()
        if expr is not None:
            name, *filters = [p.strip() for p in expr.split("|")]
            value = lookup(ctx, name)
            if value is MISSING:
                raise KeyError(name)
            for f in filters:
                value = FILTERS[f](value if f == "length" else str(value))
            out.append(str(value))
            pos = m.end()
            continue
        w = stmt.split()
        else_at, end_start, end_end = find_block_end(text, m.end(), w[0])
        if w[0] == "if":
            value = lookup(ctx, w[1])
            if else_at:
                yes, no = text[m.end():else_at[0]], text[else_at[1]:end_start]
            else:
                yes, no = text[m.end():end_start], ""
            out.append(render_text(yes if value is not MISSING and value else no, ctx))
        else:
            items = lookup(ctx, w[3])
            if items is MISSING:
                raise KeyError(w[3])
            body = text[m.end():end_start]
            for item in items:
                out.append(render_text(body, {**ctx, w[1]: item}))
        pos = end_end


def render(template, context):
    check(template)
    return render_text(template, context)
