# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def valid_names(m):
    return [m.username_problems(n) for n in ["bob", "ada.lovelace", "x_1.y_2", "a" * 20, "z99"]]


@case()
def example(m):
    return m.username_problems("_Bob..")


@case("edge")
def length_boundaries(m):
    return [m.username_problems(n) for n in ["ab", "abc", "a" * 21, "ab" * 11]]


@case("edge")
def empty(m):
    return m.username_problems("")


@case("edge")
def single_bad_char(m):
    return [m.username_problems(n) for n in ["_", ".", "9"]]


@case("edge")
def many_bad_chars_reported_once(m):
    return m.username_problems("john doe!!")


@case("edge")
def unicode_letters(m):
    return [m.username_problems(n) for n in ["élodie", "jürgen", "ß_x"]]


@case("edge")
def separator_combinations(m):
    return [m.username_problems(n) for n in ["a__b", "a..b", "a._b", "a_.b", "a_b.c"]]


@case("edge")
def reserved_names(m):
    return [m.username_problems(n) for n in ["admin", "Root", "SYSTEM", "support1", "admin_"]]


@case("edge")
def digits_and_start(m):
    return [m.username_problems(n) for n in ["1password", "pass1word", "Password1"]]
