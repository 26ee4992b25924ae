# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
import textwrap


def wrap_text(text, width):
    if width < 1:
        raise ValueError("width must be at least 1")
    lines = []
    for paragraph in re.split(r"\n\s*\n", text):
        wrapped = textwrap.wrap(paragraph, width)
        if not wrapped:
            continue
        if lines:
            lines.append("")
        lines.extend(wrapped)
    return lines
