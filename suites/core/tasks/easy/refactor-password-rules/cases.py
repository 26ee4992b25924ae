# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def strong_password(m):
    return m.check_password("Tr1cky-Horse-42", "alice")


@case()
def weak_passwords(m):
    return [m.check_password(pw, "bob") for pw in ["password", "PASSWORD123", "short1!A", "abcdefghij"]]


@case("edge")
def length_boundaries(m):
    base = "Aa1!"
    return [m.check_password(base + "x" * n, "u") for n in (5, 6, 60, 61)]


@case("edge")
def empty_password(m):
    return m.check_password("", "carol")


@case("edge")
def space_is_not_a_symbol(m):
    return [m.check_password("Correct Horse 9 Battery", "dave"), m.check_password("Correct Horse 9 Battery!", "dave")]


@case("edge")
def non_ascii_characters(m):
    return [m.check_password("ÉCOLE123456é", "x"), m.check_password("été2024ÉTÉ", "x"), m.check_password("Ünïcödé99x", "bob")]


@case("edge")
def username_case_insensitive(m):
    return [m.check_password("MyName-Is-ALICE-1", "Alice"), m.check_password("Al1ce-Wonderland", "alice")]


@case("edge")
def empty_username(m):
    return m.check_password("Tr1cky-Horse-42", "")


@case("edge")
def digits_and_symbols_only(m):
    return m.check_password("1234567890!@#", "zed")
