# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def typical_description(m):
    return m.clean_text("\n\nGreat product!   \nWorks well.\t\n\n\n\nWould buy again.  \n\n")


@case()
def windows_and_old_mac_endings(m):
    return m.clean_text("line one\r\nline two\r\rline three\rline four")


@case("edge")
def empty_and_blank(m):
    return [m.clean_text(""), m.clean_text("   \n\t\n \r\n"), m.clean_text("\n")]


@case("edge")
def indentation_kept(m):
    return m.clean_text("def f():\n    return 1    \n\n\n    # end\t")


@case("edge")
def other_whitespace_not_stripped(m):
    return m.clean_text("price:\xa010\xa0\nform\x0cfeed\x0c\nvertical\x0b\n\u2028sep")


@case("edge")
def single_line(m):
    return [m.clean_text("hello"), m.clean_text("  hello  ")]


@case("edge")
def whitespace_only_lines_are_blank(m):
    return m.clean_text("a\n \t \n\t\nb\n  \n")


@case("edge")
def cr_lf_mixtures(m):
    return m.clean_text("a\n\r\nb\r\n\r\n\r\nc\n\r")
