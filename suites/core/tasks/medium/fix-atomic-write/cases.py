# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


class Cancelled(BaseException):
    pass


def folder():
    return tempfile.mkdtemp()


def state(d):
    out = {}
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), "rb") as f:
            out[name] = f.read()
    return out


def seeded(d):
    path = os.path.join(d, "settings.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"theme": "dark", "lang": "en"}')
    return path


@case()
def creates_new_file(m):
    d = folder()
    with m.atomic_write(os.path.join(d, "notes.txt")) as f:
        f.write("first line\n")
        f.write("zweite Zeile ü\n")
    return [f.closed, state(d)]


@case()
def replaces_existing(m):
    d = folder()
    path = seeded(d)
    with m.atomic_write(path) as f:
        f.write('{"theme": "light"}')
    return state(d)


@case("error-handling")
def failure_keeps_original(m):
    d = folder()
    path = seeded(d)
    try:
        with m.atomic_write(path) as f:
            f.write('{"theme": ')
            raise RuntimeError("serializer crashed")
    except RuntimeError as error:
        return [str(error), state(d)]
    return "exception swallowed"


@case("error-handling")
def failure_propagates(m):
    d = folder()
    with m.atomic_write(seeded(d)) as f:
        f.write("partial")
        raise KeyError("boom")


@case("error-handling")
def failure_on_new_file_leaves_nothing(m):
    d = folder()
    try:
        with m.atomic_write(os.path.join(d, "report.csv")) as f:
            f.write("a,b\n1,")
            raise ValueError("bad row")
    except ValueError:
        pass
    return state(d)


@case("error-handling")
def base_exception_also_cleans_up(m):
    d = folder()
    path = seeded(d)
    try:
        with m.atomic_write(path) as f:
            f.write("half")
            raise Cancelled()
    except Cancelled:
        return ["Cancelled", state(d)]
    return "swallowed"


@case()
def binary_mode(m):
    d = folder()
    with m.atomic_write(os.path.join(d, "logo.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
    return state(d)


@case("edge")
def text_encoding_is_used(m):
    d = folder()
    with m.atomic_write(os.path.join(d, "legacy.txt"), encoding="latin-1") as f:
        f.write("café crème")
    with m.atomic_write(os.path.join(d, "utf16.txt"), "w", "utf-16-le") as f:
        f.write("ok")
    return state(d)


@case("edge")
def empty_write(m):
    d = folder()
    path = seeded(d)
    with m.atomic_write(path):
        pass
    return state(d)
