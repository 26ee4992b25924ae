# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def wrap_text(text, width):
    if width < 1:
        raise ValueError("width must be at least 1")
    lines = []
    for i, paragraph in enumerate(text.split("\n\n")):
        words = paragraph.split()
        if i > 0:
            lines.append("")
        if not words:
            continue
        current = words[0]
        for word in words[1:]:
            if len(current) + 1 + len(word) <= width:
                current += " " + word
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines
