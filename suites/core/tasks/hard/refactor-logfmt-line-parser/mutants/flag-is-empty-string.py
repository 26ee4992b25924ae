# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

_BLANKS = " \t"
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_UNQUOTED = re.compile(r"[^ \t]*")


def _skip_blanks(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in _BLANKS:
        pos += 1
    return pos


def _read_key(line: str, pos: int) -> tuple[str, int]:
    start = pos
    while pos < len(line) and line[pos] != "=" and line[pos] not in _BLANKS:
        if line[pos] == '"':
            raise ValueError(f"quote in key at {pos}")
        pos += 1
    return line[start:pos], pos


def _read_quoted(line: str, pos: int, key: str) -> tuple[str, int]:
    """Read a quoted value; `pos` is just after the opening quote."""
    parts: list[str] = []
    while pos < len(line):
        char = line[pos]
        if char == '"':
            pos += 1
            if pos < len(line) and line[pos] not in _BLANKS:
                raise ValueError(f"garbage after quoted value for {key}")
            return "".join(parts), pos
        if char == "\\":
            if pos + 1 >= len(line):
                break
            escaped = line[pos + 1]
            # Unknown escapes are kept as written, backslash included.
            parts.append(_ESCAPES.get(escaped, "\\" + escaped))
            pos += 2
        else:
            parts.append(char)
            pos += 1
    raise ValueError(f"unterminated quoted value for {key}")


def parse_line(line: str) -> dict[str, str | bool]:
    r"""Parse a logfmt-style line such as `level=info msg="disk \"sda\" full" retry`.

    Fields are separated by spaces or tabs. `key=value` gives a string value (possibly
    empty); a value starting with `"` is quoted and understands the escapes \n \t \" and \\
    (any other backslash pair is kept as written). A bare word is a flag with the value True.
    When a key repeats, the first value wins. Raises ValueError for an empty key, a quote in
    a key, an unterminated quoted value, or text right after a closing quote.
    """
    fields: dict[str, str | bool] = {}
    pos = 0
    while (pos := _skip_blanks(line, pos)) < len(line):
        key, pos = _read_key(line, pos)
        value: str | bool
        if pos < len(line) and line[pos] == "=":
            if not key:
                raise ValueError(f"empty key at {pos}")
            pos += 1
            if pos < len(line) and line[pos] == '"':
                value, pos = _read_quoted(line, pos + 1, key)
            else:
                value = _UNQUOTED.match(line, pos).group()
                pos += len(value)
        else:
            value = ""
        fields.setdefault(key, value)
    return fields
