# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def format_table(rows, columns):
    if not columns:
        raise ValueError("no columns")
    widths = [max([len(c)] + [len(_cell(r.get(c))) for r in rows]) for c in columns]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        parts = []
        for c, w in zip(columns, widths):
            v = r.get(c)
            parts.append(_cell(v).rjust(w) if _num(v) else _cell(v).ljust(w))
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)
