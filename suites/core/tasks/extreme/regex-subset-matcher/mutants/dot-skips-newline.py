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
            return ("pred", lambda c: c != "\n")
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


def _compile(node):
    """Build the NFA: states[i] is ("pred", fn, next) | ("split", [targets]) | ("match",)."""
    states: list = [("match",)]

    def build(node, nxt: int) -> int:
        kind = node[0]
        if kind == "pred":
            states.append(("pred", node[1], nxt))
            return len(states) - 1
        if kind == "seq":
            for item in reversed(node[1]):
                nxt = build(item, nxt)
            return nxt
        if kind == "alt":
            states.append(("split", [build(b, nxt) for b in node[1]]))
            return len(states) - 1
        states.append(None)
        loop = len(states) - 1
        if kind == "?":
            states[loop] = ("split", [build(node[1], nxt), nxt])
            return loop
        body = build(node[1], loop)
        states[loop] = ("split", [body, nxt])
        return loop if kind == "*" else body

    return build(node, 0), states


def full_match(pattern: str, text: str) -> bool:
    """Whether all of `text` matches `pattern` (no backtracking: O(len(pattern) * len(text)))."""
    start, states = _compile(_Parser(pattern).parse())

    def closure(seeds) -> list[int]:
        seen: set[int] = set()
        result: list[int] = []
        stack = list(seeds)
        while stack:
            s = stack.pop()
            if s in seen:
                continue
            seen.add(s)
            state = states[s]
            if state[0] == "split":
                stack.extend(state[1])
            else:
                result.append(s)
        return result

    current = closure([start])
    for ch in text:
        if not current:
            return False
        current = closure([states[s][2] for s in current if states[s][0] == "pred" and states[s][1](ch)])
    return 0 in current
