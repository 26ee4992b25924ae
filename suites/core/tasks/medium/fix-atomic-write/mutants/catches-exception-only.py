# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
from contextlib import contextmanager


@contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    """Write to `path` atomically: readers see either the old file or the complete new one."""
    tmp = path + ".tmp"
    f = open(tmp, mode, encoding=None if "b" in mode else encoding)
    try:
        yield f
    except Exception:
        f.close()
        os.remove(tmp)
        raise
    finally:
        if not f.closed:
            f.close()
            os.replace(tmp, path)
