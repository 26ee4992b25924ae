# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import hashlib
import random

from pyarena_cases import case


def _attempt(fn):
    try:
        return ("ok", fn())
    except (IndexError, ValueError) as exc:
        return type(exc).__name__


@case()
def basic_edits(m):
    b = m.TextBuffer("hello world")
    b.insert(5, ",")
    b.insert(len(b), "!")
    removed = b.delete(0, 1)
    b.insert(0, "J")
    return [b.text(), removed, len(b), b.slice(3, 8)]


@case()
def undo_redo_roundtrip(m):
    b = m.TextBuffer("abc")
    b.delete(1, 1)
    b.insert(0, "X")
    b.insert(3, "Y")
    states = [b.text()]
    while b.undo():
        states.append(b.text())
    states.append(b.undo())
    while b.redo():
        states.append(b.text())
    states.append(b.redo())
    return states


@case()
def typing_is_grouped(m):
    b = m.TextBuffer("x")
    for i, ch in enumerate("hello"):
        b.insert(1 + i, ch)
    b.insert(6, " wo")
    b.insert(9, "rld")
    out = [b.text()]
    b.undo()
    out.append(b.text())
    b.redo()
    b.insert(0, ">")
    b.insert(1, ">")
    out.append(b.text())
    b.undo()
    out.append(b.text())
    b.undo()
    out.append(b.text())
    return out


@case("edge")
def grouping_breaks(m):
    b = m.TextBuffer("")
    out = []
    b.insert(0, "ab")
    b.insert(2, "c\n")    # newline: new step
    b.insert(4, "d")      # previous step contains a newline: new step
    b.insert(5, "e")
    b.insert(2, "Z")      # not at the end of the step: new step
    out.append(b.text())
    for _ in range(3):
        b.undo()
        out.append(b.text())
    b.insert(2, "q")
    b.undo()
    b.redo()
    b.insert(3, "r")      # previous call was a redo: new step
    b.undo()
    out.append(b.text())
    b.insert(3, "s")
    b.delete(0, 1)
    b.insert(3, "t")      # previous call was a delete: new step
    b.undo()
    out.append(b.text())
    return out


@case("edge")
def noops_are_ignored(m):
    b = m.TextBuffer("ab")
    b.insert(2, "c")
    b.insert(1, "")
    out = [b.delete(0, 0)]
    b.insert(3, "d")      # still groups with "c": the no-ops do not count
    b.undo()
    out.append(b.text())
    out.append(b.undo())
    e = m.TextBuffer()
    out += [e.text(), len(e), e.slice(0, 0), e.undo(), e.redo(), e.delete(0, 0)]
    e.insert(0, "ünïcødé 🙂")
    out += [len(e), e.slice(7, 9), e.delete(8, 1), e.text()]
    return out


@case("edge")
def new_edit_clears_redo(m):
    b = m.TextBuffer("one two")
    b.delete(3, 4)
    b.insert(3, "!")
    b.undo()
    b.undo()
    b.insert(0, "-")
    return [b.text(), b.redo(), b.undo(), b.text(), b.undo(), b.text()]


@case("error-handling")
def out_of_range(m):
    b = m.TextBuffer("abc")
    b.insert(3, "d")
    out = [
        _attempt(lambda: b.insert(5, "x")),
        _attempt(lambda: b.insert(-1, "x")),
        _attempt(lambda: b.delete(2, 3)),
        _attempt(lambda: b.delete(-1, 1)),
        _attempt(lambda: b.delete(0, -1)),
        _attempt(lambda: b.slice(2, 1)),
        _attempt(lambda: b.slice(0, 5)),
        _attempt(lambda: b.slice(-2, 2)),
        _attempt(lambda: b.delete(4, 0)),
        _attempt(lambda: b.insert(4, "")),
    ]
    b.insert(5 - 1, "e")  # failed calls changed nothing, so this still groups with "d"
    b.undo()
    out.append(b.text())
    return out


@case("perf")
def long_editing_session(m):
    rng = random.Random(7)
    base = "".join(f"line {i:06d}: the quick brown fox jumps over the lazy dog\n" for i in range(80_000))
    b = m.TextBuffer(base)
    size = len(base)
    reads = []
    for step in range(12_000):
        r = rng.random()
        if r < 0.45:
            pos = rng.randrange(size + 1)
            word = rng.choice(["x", "foo", "é", "\n", "bar baz"])
            b.insert(pos, word)
            size += len(word)
        elif r < 0.8:
            pos = rng.randrange(size - 50)
            size -= len(b.delete(pos, rng.randrange(1, 40)))
        elif r < 0.93:
            b.undo()
            size = len(b)
        else:
            b.redo()
            size = len(b)
        if step % 500 == 0:
            start = rng.randrange(size - 30)
            reads.append(b.slice(start, start + 30))
    return len(b), reads, hashlib.sha256(b.text().encode()).hexdigest()
