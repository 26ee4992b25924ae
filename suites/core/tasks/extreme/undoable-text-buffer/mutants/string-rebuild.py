# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class TextBuffer:
    def __init__(self, text: str = "") -> None:
        self._text = text
        self._undo = []
        self._redo = []
        self._typing = False

    def __len__(self) -> int:
        return len(self._text)

    def text(self) -> str:
        return self._text

    def slice(self, start: int, end: int) -> str:
        if not 0 <= start <= end <= len(self._text):
            raise IndexError("slice out of range")
        return self._text[start:end]

    def _ins(self, pos, text):
        self._text = self._text[:pos] + text + self._text[pos:]

    def _del(self, pos, length):
        removed = self._text[pos:pos + length]
        self._text = self._text[:pos] + self._text[pos + length:]
        return removed

    def insert(self, pos: int, text: str) -> None:
        if not 0 <= pos <= len(self._text):
            raise IndexError("insert out of range")
        if not text:
            return
        self._ins(pos, text)
        if self._typing and self._undo:
            kind, start, typed = self._undo[-1]
            if start + len(typed) == pos and "\n" not in typed and "\n" not in text:
                self._undo[-1] = (kind, start, typed + text)
                self._redo.clear()
                return
        self._undo.append(("ins", pos, text))
        self._redo.clear()
        self._typing = True

    def delete(self, pos: int, length: int) -> str:
        if length < 0:
            raise ValueError("negative length")
        if pos < 0 or pos + length > len(self._text):
            raise IndexError("delete out of range")
        if length == 0:
            return ""
        removed = self._del(pos, length)
        self._undo.append(("del", pos, removed))
        self._redo.clear()
        self._typing = False
        return removed

    def undo(self) -> bool:
        if not self._undo:
            return False
        kind, pos, text = step = self._undo.pop()
        if kind == "ins":
            self._del(pos, len(text))
        else:
            self._ins(pos, text)
        self._redo.append(step)
        self._typing = False
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        kind, pos, text = step = self._redo.pop()
        if kind == "ins":
            self._ins(pos, text)
        else:
            self._del(pos, len(text))
        self._undo.append(step)
        self._typing = False
        return True
