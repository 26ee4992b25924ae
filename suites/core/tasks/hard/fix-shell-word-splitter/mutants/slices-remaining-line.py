# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def split_command(line):
    args = []
    current = ""
    in_word = False
    rest = line
    while rest:
        ch = rest[0]
        if ch in " \t\n\r\f\v":
            if in_word:
                args.append(current)
                current, in_word = "", False
            rest = rest[1:]
        elif ch == "'":
            end = rest.find("'", 1)
            if end < 0:
                raise ValueError("unterminated single quote")
            current += rest[1:end]
            in_word = True
            rest = rest[end + 1:]
        elif ch == '"':
            rest = rest[1:]
            while True:
                if not rest:
                    raise ValueError("unterminated double quote")
                c = rest[0]
                if c == '"':
                    rest = rest[1:]
                    break
                if c == "\\" and len(rest) > 1 and rest[1] in '\\"$`':
                    current += rest[1]
                    rest = rest[2:]
                else:
                    current += c
                    rest = rest[1:]
            in_word = True
        elif ch == "\\":
            if len(rest) < 2:
                raise ValueError("trailing backslash")
            current += rest[1]
            in_word = True
            rest = rest[2:]
        else:
            current += ch
            in_word = True
            rest = rest[1:]
    if in_word:
        args.append(current)
    return args
