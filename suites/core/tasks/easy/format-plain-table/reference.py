# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def format_table(rows: list[dict], columns: list[str]) -> str:
    """Render rows as a plain-text table with the given columns."""
    if not columns:
        raise ValueError("at least one column is required")
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    lines = [list(columns), ["-" * len(col) for col in columns], *cells]
    for i, col in enumerate(columns):
        values = [row.get(col) for row in rows if row.get(col) is not None]
        width = max(len(line[i]) for line in lines)
        numeric = bool(values) and all(_is_number(v) for v in values)
        for line in lines:
            line[i] = line[i].rjust(width) if numeric else line[i].ljust(width)
        lines[1][i] = "-" * width
    return "\n".join("  ".join(line).rstrip() for line in lines)
