# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def write(lines):
    path = os.path.join(tempfile.mkdtemp(), "app.log")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return path


@case()
def mixed_levels(m):
    return m.count_levels(write([
        "2024-03-18 09:15:02 INFO worker started",
        "2024-03-18 09:15:03 DEBUG polling queue",
        "2024-03-18 09:15:07 ERROR payment failed",
        "2024-03-18 09:15:09 INFO retry scheduled",
        "2024-03-18 09:16:00 CRITICAL disk full",
    ]))


@case()
def level_words_inside_messages(m):
    return m.count_levels(write([
        "2024-03-18 10:00:00 INFO previous run ended with ERROR",
        "2024-03-18 10:00:01 DEBUG WARNING threshold set to 80%",
        "2024-03-18 10:00:02 WARNING CRITICAL path slow",
        "2024-03-18 10:00:03 ERROR could not parse DEBUG flag",
        "2024-03-18 10:00:04 CRITICAL INFO leak detected",
    ]))


@case("edge")
def traceback_and_blank_lines(m):
    return m.count_levels(write([
        "2024-03-18 11:00:00 ERROR unhandled exception",
        "Traceback (most recent call last):",
        '  File "app.py", line 3, in <module>',
        "ValueError: ERROR ERROR ERROR",
        "",
        "   ",
        "x y",
        "2024-03-18 11:00:05 INFO recovered",
    ]))


@case("edge")
def case_insensitive_and_alias(m):
    return m.count_levels(write([
        "2024-03-18 12:00:00 warn low memory",
        "2024-03-18 12:00:01 Warning low memory",
        "2024-03-18 12:00:02 WARN low memory",
        "2024-03-18 12:00:03 error boom",
        "2024-03-18 12:00:04 TRACE entering f()",
    ]))


@case("edge")
def tabs_and_unicode(m):
    return m.count_levels(write([
        "2024-03-18\t13:00:00\tINFO\tbenutzer angemeldet: Jürgen",
        "2024-03-18 13:00:01   ERROR   ошибка соединения",
    ]))


@case("edge")
def empty_file(m):
    return m.count_levels(write([]))


@case("edge")
def exactly_three_fields(m):
    return m.count_levels(write(["2024-03-18 13:00:00 INFO", "2024-03-18 INFO started"]))
