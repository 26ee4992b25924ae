# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return m.wrap_text("Fixed the login bug.\nAdded dark mode.\n\n\nThanks all!", 16)


@case()
def single_paragraph(m):
    text = "The quick brown fox jumps over the lazy dog and keeps on running into the night"
    return m.wrap_text(text, 20)


@case("edge")
def line_exactly_width(m):
    return m.wrap_text("aaaa bbbb cccc dddd", 9)


@case("edge")
def long_words_not_split(m):
    return m.wrap_text("see https://example.com/a/very/long/path and well-known-hyphenated-words", 12)


@case("edge")
def width_one(m):
    return m.wrap_text("a bc d", 1)


@case("edge")
def blank_lines_with_spaces(m):
    return m.wrap_text("  first   para  \n   \n\t\n second\tpara\n\nthird ", 30)


@case("edge")
def no_words(m):
    return [m.wrap_text("", 10), m.wrap_text(" \n\n \t ", 10)]


@case("edge")
def unicode_words(m):
    return m.wrap_text("café crème brûlée naïve façade", 11)


@case("error-handling")
def zero_width(m):
    return m.wrap_text("hello", 0)
