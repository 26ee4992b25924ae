# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A LOGO-like turtle interpreter that returns the line segments it draws."""
from __future__ import annotations

import math

Segment = tuple[float, float, float, float]

_ONE_NUMBER = {
    "FD": "FORWARD", "FORWARD": "FORWARD", "BK": "BACK", "BACK": "BACK", "RT": "RIGHT", "RIGHT": "RIGHT",
    "LT": "LEFT", "LEFT": "LEFT", "SETH": "SETHEADING", "SETHEADING": "SETHEADING",
}
_NO_ARGUMENT = {"PU": "PENUP", "PENUP": "PENUP", "PD": "PENDOWN", "PENDOWN": "PENDOWN", "HOME": "HOME"}


def run_logo(program: str) -> list[Segment]:
    """Run ``program`` and return the segments drawn, as rounded ``(x1, y1, x2, y2)`` tuples.

    The whole program is checked before anything runs; errors raise ``ValueError``.
    """
    tokens = program.replace("[", " [ ").replace("]", " ] ").split()
    commands = _Parser(tokens).parse_program()
    turtle = _Turtle()
    turtle.run(commands)
    return turtle.segments


class _Parser:
    """Recursive-descent parser producing nested command lists."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0

    def parse_program(self) -> list:
        commands = self._parse_block(nested=False)
        return commands

    def _parse_block(self, nested: bool) -> list:
        commands: list = []
        while self.pos < len(self.tokens):
            token = self.tokens[self.pos]
            word = token.upper()
            if word == "]":
                if not nested:
                    raise ValueError("unexpected ]")
                self.pos += 1
                return commands
            if word == "[":
                raise ValueError("unexpected [")
            self.pos += 1
            if word in _ONE_NUMBER:
                commands.append((_ONE_NUMBER[word], self._number(token)))
            elif word == "SETXY":
                commands.append(("SETXY", self._number(token), self._number(token)))
            elif word in _NO_ARGUMENT:
                commands.append((_NO_ARGUMENT[word],))
            elif word == "REPEAT":
                count_token = self._peek()
                count = self._number(token, finite=False)
                if not math.isfinite(count) or count < 0 or count != int(count):
                    raise ValueError(f"REPEAT count must be a non-negative integer, got {count_token!r}")
                if self._peek() != "[":
                    raise ValueError(f"expected [ after REPEAT {count_token}")
                self.pos += 1
                commands.append(("REPEAT", int(count), self._parse_block(nested=True)))
            else:
                raise ValueError(f"unknown command {token!r}")
        if nested:
            raise ValueError("missing ]")
        return commands

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _number(self, command: str, finite: bool = True) -> float:
        token = self._peek()
        if token is None:
            raise ValueError(f"expected a number after {command}")
        try:
            value = float(token)
        except ValueError:
            raise ValueError(f"expected a number after {command}, got {token!r}") from None
        if finite and not math.isfinite(value):
            raise ValueError(f"expected a number after {command}, got {token!r}")
        self.pos += 1
        return value


def _point(value: float) -> float:
    return round(value, 4) + 0.0  # + 0.0 turns -0.0 into 0.0


class _Turtle:
    """Heading 0 points up (+y); RIGHT turns clockwise."""

    def __init__(self) -> None:
        self.x = 0.0
        self.y = 0.0
        self.heading = 0.0
        self.pen_down = True
        self.segments: list[Segment] = []

    def run(self, commands: list) -> None:
        for command in commands:
            name = command[0]
            if name == "FORWARD":
                self._move(command[1])
            elif name == "BACK":
                self._move(-command[1])
            elif name == "RIGHT":
                self.heading = (self.heading + command[1]) % 360
            elif name == "LEFT":
                self.heading = (self.heading - command[1]) % 360
            elif name == "SETHEADING":
                self.heading = command[1] % 360
            elif name == "SETXY":
                self._go_to(command[1], command[2])
            elif name == "HOME":
                self._go_to(0.0, 0.0)
            elif name == "PENUP":
                self.pen_down = False
            elif name == "PENDOWN":
                self.pen_down = True
            else:  # REPEAT
                for _ in range(command[1]):
                    self.run(command[2])

    def _move(self, distance: float) -> None:
        radians = math.radians(self.heading)
        new_x = self.x + distance * math.sin(radians)
        new_y = self.y + distance * math.cos(radians)
        if distance != 0:
            self._draw(new_x, new_y)
        self.x, self.y = new_x, new_y

    def _go_to(self, new_x: float, new_y: float) -> None:
        if new_x != self.x or new_y != self.y:
            self._draw(new_x, new_y)
        self.x, self.y = new_x, new_y

    def _draw(self, new_x: float, new_y: float) -> None:
        if self.pen_down:
            self.segments.append((_point(self.x), _point(self.y), _point(new_x), _point(new_y)))
