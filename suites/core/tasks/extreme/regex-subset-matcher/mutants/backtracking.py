# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Thompson-NFA matcher for a regex subset: literals, ., classes, * + ?, groups, |."""


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            raise ValueError(f"unbalanced ')' at {self.i}")
        return node

    def alternation(self):
        branches = [self.concat()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.concat())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def concat(self):
        items = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            atom = self.atom()
            if self.i < len(self.p) and self.p[self.i] in "*+?":
                atom = (self.p[self.i], atom)
                self.i += 1
                if self.i < len(self.p) and self.p[self.i] in "*+?":
                    raise ValueError("multiple repeat")
            items.append(atom)
        return ("seq", items)

    def atom(self):
        ch = self.p[self.i]
        self.i += 1
        if ch in "*+?":
            raise ValueError("nothing to repeat")
        if ch == "(":
            inner = self.alternation()
            if self.i >= len(self.p) or self.p[self.i] != ")":
                raise ValueError("missing ')'")
            self.i += 1
            return inner
        if ch == ".":
            return ("pred", lambda c: True)
        if ch == "\\":
            return ("pred", self.literal(self.escaped()))
        if ch == "[":
            return ("pred", self.char_class())
        return ("pred", self.literal(ch))

    @staticmethod
    def literal(ch: str):
        return lambda c: c == ch

    def escaped(self) -> str:
        if self.i >= len(self.p):
            raise ValueError("pattern ends with a lone backslash")
        ch = self.p[self.i]
        self.i += 1
        return ch

    def char_class(self):
        negate = self.i < len(self.p) and self.p[self.i] == "^"
        if negate:
            self.i += 1
        singles: set[str] = set()
        ranges: list[tuple[str, str]] = []
        first = True
        while True:
            if self.i >= len(self.p):
                raise ValueError("unterminated character class")
            ch = self.p[self.i]
            self.i += 1
            if ch == "]":
                break
            if ch == "\\":
                ch = self.escaped()
            if (self.i + 1 < len(self.p) and self.p[self.i] == "-" and self.p[self.i + 1] != "]"):
                self.i += 1
                end = self.p[self.i]
                self.i += 1
                if end == "\\":
                    end = self.escaped()
                if end < ch:
                    raise ValueError(f"bad range {ch}-{end}")
                ranges.append((ch, end))
            else:
                singles.add(ch)
            first = False
        if first:
            raise ValueError("empty character class")
        def match(c: str) -> bool:
            inside = c in singles or any(lo <= c <= hi for lo, hi in ranges)
            return inside != negate
        return match


def full_match(pattern: str, text: str) -> bool:
    """Backtracking matcher over the parsed pattern."""
    tree = _Parser(pattern).parse()
    n = len(text)

    def match(node, i, k):
        kind = node[0]
        if kind == "pred":
            return i < n and node[1](text[i]) and k(i + 1)
        if kind == "seq":
            def chain(idx, j):
                if idx == len(node[1]):
                    return k(j)
                return match(node[1][idx], j, lambda j2: chain(idx + 1, j2))
            return chain(0, i)
        if kind == "alt":
            return any(match(branch, i, k) for branch in node[1])
        if kind == "?":
            return match(node[1], i, k) or k(i)
        def loop(j):
            # Greedy: try one more iteration (that consumes something), else stop here.
            return match(node[1], j, lambda j2: j2 > j and loop(j2)) or k(j)
        if kind == "*":
            return loop(i)
        return match(node[1], i, loop)

    import sys
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20 * n + 1000))
    return match(tree, 0, lambda j: j == n)
