# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def prompt_examples(m):
    return [m.typo_cost("AB-12", "AB-21"), m.typo_cost("ab", "AB"), m.typo_cost("abc", "abd"),
            m.typo_cost("abc", "ab")]


@case()
def realistic_codes(m):
    pairs = [("WX-4410-blk", "WX-4401-BLK"), ("shelf-A7", "Shelf-7A"), ("M8x40", "M8X04"),
             ("PN 100", "PN-1000"), ("KZ9", "ZK99")]
    return [m.typo_cost(a, b) for a, b in pairs]


@case("edge")
def empty_strings(m):
    return [m.typo_cost("", ""), m.typo_cost("", "abc"), m.typo_cost("abcd", ""), m.typo_cost("x", "x")]


@case("edge")
def swapped_pair_is_not_edited_again(m):
    return [m.typo_cost("ab", "BA"), m.typo_cost("abc", "ca"), m.typo_cost("ca", "abc"),
            m.typo_cost("aab", "aba"), m.typo_cost("abab", "baba")]


@case("edge")
def swap_versus_case(m):
    return [m.typo_cost("aA", "Aa"), m.typo_cost("xy", "yx"), m.typo_cost("xy", "YX"), m.typo_cost("Ab", "bA")]


@case("edge")
def unicode_letters(m):
    return [m.typo_cost("café", "CAFÉ"), m.typo_cost("straße", "strasse"), m.typo_cost("ñu", "uñ")]


@case("edge")
def symmetric_costs(m):
    pairs = [("kitchen-07", "Kichten-70"), ("", "zz"), ("Q", "q")]
    return [[m.typo_cost(a, b), m.typo_cost(b, a)] for a, b in pairs]


@case("error-handling")
def bytes_argument(m):
    return m.typo_cost(b"AB-12", "AB-12")


@case("error-handling")
def none_argument(m):
    return m.typo_cost("AB-12", None)


@case("perf")
def pasted_descriptions(m):
    rng = random.Random(7)
    alphabet = "abcdefghABCDEFGH0123- "
    base = "".join(rng.choice(alphabet) for _ in range(300))
    typed = list(base)
    for _ in range(60):
        k = rng.randrange(len(typed) - 1)
        op = rng.randrange(4)
        if op == 0:
            typed[k], typed[k + 1] = typed[k + 1], typed[k]
        elif op == 1:
            typed[k] = typed[k].swapcase()
        elif op == 2:
            del typed[k]
        else:
            typed.insert(k, rng.choice(alphabet))
    other = "".join(rng.choice(alphabet) for _ in range(280))
    return [m.typo_cost("".join(typed), base), m.typo_cost(base, other)]
