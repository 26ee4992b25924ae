# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def plain_names(m):
    return [m.initials(n) for n in ["Ada Lovelace", "grace hopper", "Alan Mathison Turing", "Cher"]]


@case()
def trailing_space(m):
    return m.initials("Grace Hopper ")


@case("edge")
def leading_and_double_spaces(m):
    return [m.initials("  linus   torvalds"), m.initials(" Barbara  Liskov  ")]


@case("edge")
def tabs_and_newlines(m):
    return [m.initials("Ada\tLovelace"), m.initials("Margaret\nHamilton\n")]


@case("edge")
def empty_or_blank(m):
    return [m.initials(""), m.initials("   "), m.initials("\t\n")]


@case("edge")
def single_word_with_spaces(m):
    return m.initials("  prince  ")


@case("edge")
def unicode_names(m):
    return [m.initials("élodie durand"), m.initials("Øyvind  Åsen")]
