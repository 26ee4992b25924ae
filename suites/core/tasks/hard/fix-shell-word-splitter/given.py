# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

_PART = re.compile(r"""'([^']*)'|"((?:[^"\\]|\\.)*)"|\\(.)|([^\s'"\\]+)|(\s+)""", re.S)


def split_command(line: str) -> list[str]:
    """Split a command line into arguments the way a POSIX shell does (without expansions).

    Whitespace separates arguments. Single quotes keep everything literally. Inside double
    quotes a backslash only escapes `"`, `\\`, `$` and ```; elsewhere it is kept. Outside quotes
    a backslash escapes any character. Quoted and unquoted parts next to each other form one
    argument. Unterminated quotes and a trailing backslash raise ValueError.
    """
    args: list[str] = []
    current = ""
    pos = 0
    while pos < len(line):
        match = _PART.match(line, pos)
        if match is None:
            raise ValueError(f"unterminated quote or escape at {pos}")
        single, double, escaped, plain, space = match.groups()
        if space is not None:
            if current:
                args.append(current)
                current = ""
        elif single is not None:
            current += single
        elif double is not None:
            current += re.sub(r"\\(.)", r"\1", double, flags=re.S)
        elif escaped is not None:
            current += escaped
        else:
            current += plain
        pos = match.end()
    if current:
        args.append(current)
    return args
