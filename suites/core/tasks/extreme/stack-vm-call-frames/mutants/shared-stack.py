# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A small stack-based VM: an assembler plus an interpreter with call frames."""
from __future__ import annotations

import re

MAX_CALL_DEPTH = 10_000
_LABEL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INT = re.compile(r"-?[0-9]+")
_NO_ARGS = {"POP", "DUP", "SWAP", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "GT", "EQ", "NOT", "RET", "PRINT", "HALT"}
_JUMPS = {"JMP", "JZ", "JNZ"}
_BINARY = {
    "ADD": lambda a, b: a + b,
    "SUB": lambda a, b: a - b,
    "MUL": lambda a, b: a * b,
    "LT": lambda a, b: int(a < b),
    "GT": lambda a, b: int(a > b),
    "EQ": lambda a, b: int(a == b),
}


class VMError(Exception):
    """An assembly or runtime error; ``line`` is the 1-based source line."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


def _assemble(source: str) -> list[tuple[str, object, object, int]]:
    """Turn source text into ``(op, arg1, arg2, line)`` tuples with resolved jump targets."""
    program: list[list] = []
    labels: dict[str, int] = {}
    for number, raw in enumerate(source.splitlines(), start=1):
        text = raw.split(";", 1)[0].strip()
        if not text:
            continue
        if text.endswith(":") and _LABEL.fullmatch(text[:-1]):
            if text[:-1] in labels:
                raise VMError(f"label {text[:-1]!r} defined twice", number)
            labels[text[:-1]] = len(program)
            continue
        op, *args = text.split()
        op = op.upper()
        if op in _NO_ARGS:
            expected = 0
        elif op in _JUMPS or op in ("PUSH", "LOAD", "STORE"):
            expected = 1
        elif op == "CALL":
            expected = 2
        else:
            raise VMError(f"unknown opcode {op!r}", number)
        if len(args) != expected:
            raise VMError(f"{op} takes {expected} argument(s)", number)
        arg1: object = None
        arg2: object = None
        if op == "PUSH":
            if not _INT.fullmatch(args[0]):
                raise VMError(f"bad integer {args[0]!r}", number)
            arg1 = int(args[0])
        elif op in ("LOAD", "STORE"):
            if not args[0].isdigit() or not args[0].isascii():
                raise VMError(f"bad local index {args[0]!r}", number)
            arg1 = int(args[0])
        elif op in _JUMPS or op == "CALL":
            if not _LABEL.fullmatch(args[0]):
                raise VMError(f"bad label {args[0]!r}", number)
            arg1 = args[0]
            if op == "CALL":
                if not args[1].isdigit() or not args[1].isascii():
                    raise VMError(f"bad argument count {args[1]!r}", number)
                arg2 = int(args[1])
        program.append([op, arg1, arg2, number])
    for instruction in program:
        if instruction[0] in _JUMPS or instruction[0] == "CALL":
            if instruction[1] not in labels:
                raise VMError(f"undefined label {instruction[1]!r}", instruction[3])
            instruction[1] = labels[instruction[1]]
    return [tuple(instruction) for instruction in program]


def run(source: str, max_steps: int = 1_000_000) -> list[int]:
    """Assemble and execute ``source``; return the values printed by PRINT."""
    program = _assemble(source)
    output: list[int] = []
    stack: list[int] = []
    local: dict[int, int] = {}
    frames: list[tuple[int, list[int], dict[int, int]]] = []  # saved (return pc, stack, locals)
    pc = 0
    steps = 0
    end = len(program)
    while pc < end:
        op, arg1, arg2, line = program[pc]
        if steps >= max_steps:
            raise VMError("step limit exceeded", line)
        steps += 1
        pc += 1
        try:
            if op == "PUSH":
                stack.append(arg1)
            elif op == "LOAD":
                if arg1 not in local:
                    raise VMError(f"local {arg1} is unset", line)
                stack.append(local[arg1])
            elif op == "STORE":
                local[arg1] = stack.pop()
            elif op in _BINARY:
                b = stack.pop()
                a = stack.pop()
                stack.append(_BINARY[op](a, b))
            elif op == "JZ":
                if stack.pop() == 0:
                    pc = arg1
            elif op == "JNZ":
                if stack.pop() != 0:
                    pc = arg1
            elif op == "JMP":
                pc = arg1
            elif op == "CALL":
                if len(frames) >= MAX_CALL_DEPTH:
                    raise VMError("call depth exceeded", line)
                if len(stack) < arg2:
                    raise VMError("not enough arguments", line)
                args = stack[len(stack) - arg2:]
                del stack[len(stack) - arg2:]
                frames.append((pc, stack, local))
                local, pc = dict(enumerate(args)), arg1
            elif op == "RET":
                if not frames:
                    raise VMError("RET in the main frame", line)
                value = stack.pop()
                pc, stack, local = frames.pop()
                stack.append(value)
            elif op in ("DIV", "MOD"):
                b = stack.pop()
                a = stack.pop()
                if b == 0:
                    raise VMError("division by zero", line)
                stack.append(a // b if op == "DIV" else a % b)
            elif op == "DUP":
                stack.append(stack[-1])
            elif op == "POP":
                stack.pop()
            elif op == "SWAP":
                b = stack.pop()
                a = stack.pop()
                stack += (b, a)
            elif op == "NOT":
                stack.append(int(stack.pop() == 0))
            elif op == "PRINT":
                output.append(stack.pop())
            else:  # HALT
                break
        except IndexError:
            raise VMError("stack underflow", line) from None
    return output
