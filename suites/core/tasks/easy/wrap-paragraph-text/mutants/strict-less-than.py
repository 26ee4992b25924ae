# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def wrap_text(text, width):
    if width < 1:
        raise ValueError("width must be at least 1")
    lines = []
    for paragraph in re.split(r"\n\s*\n", text):
        words = paragraph.split()
        if not words:
            continue
        if lines:
            lines.append("")
        current = words[0]
        for word in words[1:]:
            if len(current) + 1 + len(word) < width:
                current += " " + word
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines
