# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

# key, "=", then either a quoted value with backslash escapes or a plain value
_FIELD = re.compile(r'([^ \t="]*)(=(?:"((?:\\.|[^"])*)"|([^ \t]*)))?', re.DOTALL)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unescape(text):
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)


def parse_line(line):
    """Parse key=value pairs (quoted values may contain escapes); bare words are flags."""
    fields = {}
    pos = 0
    while True:
        while pos < len(line) and line[pos] in " \t":
            pos += 1
        if pos >= len(line):
            return fields
        match = _FIELD.match(line, pos)
        key, has_value, quoted, plain = match.groups()
        end = match.end()
        if end < len(line) and line[end] == '"' and not has_value:
            raise ValueError(f"quote in key at {end}")
        if has_value is None:
            value = True
        elif not key:
            raise ValueError(f"empty key at {pos}")
        elif quoted is not None:
            if end < len(line) and line[end] not in " \t":
                raise ValueError(f"garbage after quoted value for {key}")
            value = _unescape(quoted)
        elif plain.startswith('"'):
            raise ValueError(f"unterminated quoted value for {key}")
        else:
            value = plain
        fields.setdefault(key, value)
        pos = end
