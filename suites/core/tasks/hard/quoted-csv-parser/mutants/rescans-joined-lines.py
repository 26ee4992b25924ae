# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _parse_line(line, delimiter):
    """Parse one logical line; returns None if a quoted field is still open at the end."""
    fields, field, i, n = [], "", 0, len(line)
    quoted = in_quotes = False
    while i < n:
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and line[i + 1] == '"':
                    field += '"'
                    i += 1
                else:
                    in_quotes = False
                    if i + 1 < n and line[i + 1] != delimiter:
                        raise ValueError("text after closing quote")
            else:
                field += ch
        elif ch == delimiter:
            fields.append(field)
            field, quoted = "", False
        elif ch == '"':
            if field or quoted:
                raise ValueError("quote in unquoted field")
            in_quotes = quoted = True
        else:
            field += ch
        i += 1
    if in_quotes:
        return None
    fields.append(field)
    return fields


def parse_csv(text, delimiter=","):
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise ValueError("invalid delimiter")
    records = []
    pending = None
    for line in text.split("\n"):
        logical = line if pending is None else pending + "\n" + line
        # Re-parse the whole logical line until its quotes are balanced.
        fields = _parse_line(logical.removesuffix("\r"), delimiter)
        if fields is None:
            pending = logical
            continue
        pending = None
        if logical.removesuffix("\r"):
            records.append(fields)
    if pending is not None:
        raise ValueError("unterminated quoted field")
    return records
