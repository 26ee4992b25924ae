# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A small stack-based VM whose CALL recurses into the interpreter."""
from __future__ import annotations

import re

MAX_CALL_DEPTH = 10_000
_LABEL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INT = re.compile(r"-?[0-9]+")
_ARITY = {"POP": 0, "DUP": 0, "SWAP": 0, "ADD": 0, "SUB": 0, "MUL": 0, "DIV": 0, "MOD": 0, "LT": 0, "GT": 0,
          "EQ": 0, "NOT": 0, "RET": 0, "PRINT": 0, "HALT": 0, "JMP": 1, "JZ": 1, "JNZ": 1, "PUSH": 1,
          "LOAD": 1, "STORE": 1, "CALL": 2}


class VMError(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class _Halt(Exception):
    pass


def _parse(source):
    program, labels = [], {}
    for number, raw in enumerate(source.splitlines(), start=1):
        text = raw.split(";", 1)[0].strip()
        if not text:
            continue
        if text.endswith(":") and _LABEL.fullmatch(text[:-1]):
            if text[:-1] in labels:
                raise VMError("duplicate label", number)
            labels[text[:-1]] = len(program)
            continue
        op, *args = text.split()
        op = op.upper()
        if op not in _ARITY:
            raise VMError("unknown opcode", number)
        if len(args) != _ARITY[op]:
            raise VMError("wrong argument count", number)
        if op == "PUSH":
            if not _INT.fullmatch(args[0]):
                raise VMError("bad integer", number)
            args = [int(args[0])]
        elif op in ("LOAD", "STORE"):
            if not (args[0].isascii() and args[0].isdigit()):
                raise VMError("bad local", number)
            args = [int(args[0])]
        elif op == "CALL":
            if not _LABEL.fullmatch(args[0]) or not (args[1].isascii() and args[1].isdigit()):
                raise VMError("bad call", number)
            args = [args[0], int(args[1])]
        elif op in ("JMP", "JZ", "JNZ") and not _LABEL.fullmatch(args[0]):
            raise VMError("bad label", number)
        program.append((op, args, number))
    for op, args, number in program:
        if op in ("JMP", "JZ", "JNZ", "CALL") and args[0] not in labels:
            raise VMError("undefined label", number)
    return program, labels


def run(source: str, max_steps: int = 1_000_000) -> list[int]:
    program, labels = _parse(source)
    output: list[int] = []
    steps = [0]

    def execute(pc, local, depth):
        stack = []
        while pc < len(program):
            op, args, line = program[pc]
            if steps[0] >= max_steps:
                raise VMError("step limit", line)
            steps[0] += 1
            pc += 1
            try:
                if op == "PUSH":
                    stack.append(args[0])
                elif op == "POP":
                    stack.pop()
                elif op == "DUP":
                    stack.append(stack[-1])
                elif op == "SWAP":
                    b, a = stack.pop(), stack.pop()
                    stack += [b, a]
                elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "GT", "EQ"):
                    b, a = stack.pop(), stack.pop()
                    if op in ("DIV", "MOD") and b == 0:
                        raise VMError("division by zero", line)
                    stack.append({"ADD": lambda: a + b, "SUB": lambda: a - b, "MUL": lambda: a * b,
                                  "DIV": lambda: a // b, "MOD": lambda: a % b, "LT": lambda: int(a < b),
                                  "GT": lambda: int(a > b), "EQ": lambda: int(a == b)}[op]())
                elif op == "NOT":
                    stack.append(int(stack.pop() == 0))
                elif op == "JMP":
                    pc = labels[args[0]]
                elif op == "JZ":
                    if stack.pop() == 0:
                        pc = labels[args[0]]
                elif op == "JNZ":
                    if stack.pop() != 0:
                        pc = labels[args[0]]
                elif op == "LOAD":
                    if args[0] not in local:
                        raise VMError("unset local", line)
                    stack.append(local[args[0]])
                elif op == "STORE":
                    local[args[0]] = stack.pop()
                elif op == "CALL":
                    if depth >= MAX_CALL_DEPTH:
                        raise VMError("too deep", line)
                    n = args[1]
                    if len(stack) < n:
                        raise VMError("not enough arguments", line)
                    call_args = stack[len(stack) - n:]
                    del stack[len(stack) - n:]
                    stack.append(execute(labels[args[0]], dict(enumerate(call_args)), depth + 1))
                elif op == "RET":
                    if depth == 0:
                        raise VMError("RET in main", line)
                    return stack.pop()
                elif op == "PRINT":
                    output.append(stack.pop())
                elif op == "HALT":
                    raise _Halt
            except IndexError:
                raise VMError("stack underflow", line) from None
        raise _Halt

    try:
        execute(0, {}, 0)
    except _Halt:
        pass
    return output
