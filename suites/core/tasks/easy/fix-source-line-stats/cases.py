# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def source(text):
    path = os.path.join(tempfile.mkdtemp(), "module.py")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


@case()
def reported_file(m):
    return m.line_stats(source("import os\n\n# read settings\ndef load():\n    # TODO: cache this\n    return os.environ\n"))


@case()
def no_final_newline(m):
    return m.line_stats(source("#!/usr/bin/env python3\nprint('hi')  # greet\n\n\tx = '#not a comment'"))


@case("edge")
def empty_file(m):
    return m.line_stats(source(""))


@case("edge")
def single_newline(m):
    return m.line_stats(source("\n"))


@case("edge")
def trailing_blank_lines(m):
    return m.line_stats(source("x = 1\n\n   \n\t\n"))


@case("edge")
def windows_line_endings(m):
    return m.line_stats(source("def f():\r\n    # doc\r\n    return 1\r\n\r\n"))


@case("edge")
def form_feed_and_unicode(m):
    return m.line_stats(source("a = 'ünïcödé'\n\x0c\n  # kommentar: größe\nb = 2\n"))


@case("edge")
def comments_only(m):
    return m.line_stats(source("# one\n   # two\n\t\t# three"))
