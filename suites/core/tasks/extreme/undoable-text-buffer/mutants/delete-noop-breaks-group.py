# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A chunked text buffer (Fenwick tree over chunk lengths) with grouped undo/redo."""
from __future__ import annotations

_CHUNK = 2048
_MAX_CHUNK = 16 * _CHUNK


class TextBuffer:
    """Text stored as a list of chunks; positions are located in O(log chunks)."""

    def __init__(self, text: str = "") -> None:
        self._build(text)
        self._undo: list[list] = []   # each step: ["ins" | "del", pos, text]
        self._redo: list[list] = []
        self._last_was_insert = False

    # ----- storage -------------------------------------------------------------------
    def _build(self, text: str) -> None:
        self._chunks = [text[i:i + _CHUNK] for i in range(0, len(text), _CHUNK)] or [""]
        self._length = len(text)
        n = len(self._chunks)
        self._tree = [0] * (n + 1)
        for i, chunk in enumerate(self._chunks, 1):
            self._tree[i] += len(chunk)
            parent = i + (i & -i)
            if parent <= n:
                self._tree[parent] += self._tree[i]

    def _add(self, index: int, delta: int) -> None:
        i = index + 1
        while i < len(self._tree):
            self._tree[i] += delta
            i += i & -i

    def _locate(self, pos: int) -> tuple[int, int]:
        """(chunk index, offset inside it) for pos; pos == length lands at the end of the last chunk."""
        n = len(self._chunks)
        index, remaining = 0, pos
        step = 1 << n.bit_length()
        while step:
            nxt = index + step
            if nxt <= n and self._tree[nxt] < remaining:
                index = nxt
                remaining -= self._tree[nxt]
            step >>= 1
        if index >= n:  # only when pos == 0 and every chunk is empty
            return n - 1, len(self._chunks[n - 1])
        return index, remaining

    def _raw_insert(self, pos: int, text: str) -> None:
        index, offset = self._locate(pos)
        chunk = self._chunks[index]
        self._chunks[index] = chunk[:offset] + text + chunk[offset:]
        self._add(index, len(text))
        self._length += len(text)
        if len(self._chunks[index]) > _MAX_CHUNK:
            self._build("".join(self._chunks))

    def _raw_delete(self, pos: int, length: int) -> str:
        removed = []
        while length:
            index, offset = self._locate(pos + 1)
            offset -= 1
            chunk = self._chunks[index]
            take = min(length, len(chunk) - offset)
            removed.append(chunk[offset:offset + take])
            self._chunks[index] = chunk[:offset] + chunk[offset + take:]
            self._add(index, -take)
            self._length -= take
            length -= take
        return "".join(removed)

    # ----- public API ---------------------------------------------------------------
    def __len__(self) -> int:
        return self._length

    def text(self) -> str:
        return "".join(self._chunks)

    def slice(self, start: int, end: int) -> str:
        if not 0 <= start <= end <= self._length:
            raise IndexError(f"bad slice {start}:{end}")
        parts = []
        pos = start
        while pos < end:
            index, offset = self._locate(pos + 1)
            offset -= 1
            chunk = self._chunks[index]
            part = chunk[offset:offset + end - pos]
            parts.append(part)
            pos += len(part)
        return "".join(parts)

    def insert(self, pos: int, text: str) -> None:
        if not 0 <= pos <= self._length:
            raise IndexError(f"insert position {pos} out of range")
        if not text:
            return
        self._raw_insert(pos, text)
        top = self._undo[-1] if self._undo else None
        if (
            self._last_was_insert
            and top is not None
            and top[1] + len(top[2]) == pos
            and "\n" not in top[2]
            and "\n" not in text
        ):
            top[2] += text
        else:
            self._undo.append(["ins", pos, text])
        self._redo.clear()
        self._last_was_insert = True

    def delete(self, pos: int, length: int) -> str:
        if length < 0:
            raise ValueError("length must not be negative")
        if pos < 0 or pos + length > self._length:
            raise IndexError(f"delete range {pos}+{length} out of range")
        self._last_was_insert = False
        if length == 0:
            return ""
        removed = self._raw_delete(pos, length)
        self._undo.append(["del", pos, removed])
        self._redo.clear()
        self._last_was_insert = False
        return removed

    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        kind, pos, text = step
        if kind == "ins":
            self._raw_delete(pos, len(text))
        else:
            self._raw_insert(pos, text)
        self._redo.append(step)
        self._last_was_insert = False
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        kind, pos, text = step
        if kind == "ins":
            self._raw_insert(pos, text)
        else:
            self._raw_delete(pos, len(text))
        self._undo.append(step)
        self._last_was_insert = False
        return True
