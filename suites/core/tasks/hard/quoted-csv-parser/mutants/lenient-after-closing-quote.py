# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def parse_csv(text: str, delimiter: str = ",") -> list[list[str]]:
    """Parse CSV text strictly: quoted fields with "" escapes and embedded line breaks."""
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise ValueError(f"invalid delimiter {delimiter!r}")
    d = re.escape(delimiter)
    quoted = re.compile(r'"([^"]*(?:""[^"]*)*)"')
    unquoted = re.compile(rf'[^"\r\n{d}]*')
    records: list[list[str]] = []
    record: list[str] = []
    pos, size = 0, len(text)
    while pos < size:
        if not record and text.startswith(("\n", "\r\n"), pos):
            pos += 1 if text[pos] == "\n" else 2  # blank line
            continue
        if text[pos] == '"':
            match = quoted.match(text, pos)
            if match is None:
                raise ValueError(f"unterminated quoted field at offset {pos}")
            record.append(match.group(1).replace('""', '"'))
        else:
            match = unquoted.match(text, pos)
            record.append(match.group())
        pos = match.end()
        if pos == size:
            break
        if text[pos] == delimiter:
            pos += 1
            if pos == size:
                record.append("")
            continue
        if text.startswith("\n", pos) or text.startswith("\r\n", pos):
            pos += 1 if text[pos] == "\n" else 2
            records.append(record)
            record = []
            continue
        match = unquoted.match(text, pos)
        record[-1] += match.group()
        pos = match.end()
        if pos < size and text[pos] == delimiter:
            pos += 1
            if pos == size:
                record.append("")
        elif pos < size:
            pos += 1 if text[pos] == "\n" else 2
            records.append(record)
            record = []
    if record:
        records.append(record)
    return records
