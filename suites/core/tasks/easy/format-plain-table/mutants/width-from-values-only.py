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
    out = []
    widths = []
    numeric = []
    for c in columns:
        values = [r.get(c) for r in rows if r.get(c) is not None]
        widths.append(max([len(_cell(r.get(c))) for r in rows], default=len(c)))
        numeric.append(bool(values) and all(_num(v) for v in values))
    def fmt(texts):
        return "  ".join(t.rjust(w) if n else t.ljust(w) for t, w, n in zip(texts, widths, numeric)).rstrip()
    out.append(fmt(columns))
    out.append("  ".join("-" * w for w in widths))
    for r in rows:
        out.append(fmt([_cell(r.get(c)) for c in columns]))
    return "\n".join(out)
