# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, pattern, text):
    try:
        return m.full_match(pattern, text)
    except ValueError:
        return "ValueError"


def table(m, pattern, texts):
    return [attempt(m, pattern, t) for t in texts]


@case()
def literals_dot_and_quantifiers(m):
    return [table(m, "ab.d", ["abcd", "ab\nd", "abd", "abcde"]),
            table(m, "colou?r", ["color", "colour", "colouur"]),
            table(m, "ba+n*a", ["ba", "baa", "baaana", "bnna", "baannnnna"]),
            table(m, "x*", ["", "x", "xxxx", "xy"])]


@case()
def groups_and_alternation(m):
    return [table(m, "ab|cd", ["ab", "cd", "abd", "acd", "b"]),
            table(m, "a(b|c)d", ["abd", "acd", "ad", "abcd"]),
            table(m, "(ab)+|x?", ["", "x", "ab", "abab", "aba", "xab"]),
            table(m, "(a|)(|b)", ["", "a", "b", "ab", "ba"]),
            table(m, "()*z()", ["z", "", "zz"])]


@case()
def character_classes(m):
    return [table(m, "[a-c]+", ["abcabc", "abcd", "", "c"]),
            table(m, "[^0-9 ]*", ["abc", "ab1", "a b", ""]),
            table(m, "[-az]", ["-", "a", "z", "b"]),
            table(m, "[az-]x", ["-x", "zx", "bx"]),
            table(m, r"[\]\\]", ["]", "\\", "a"]),
            table(m, "[.*]", [".", "*", "a"]),
            table(m, "[0-9A-Fa-f]+", ["DEADbeef09", "xyz"])]


@case("edge")
def escapes_and_unicode(m):
    return [table(m, r"a\.b\*", ["a.b*", "axb*", "a.bb"]),
            table(m, r"\(\)\|\\", ["()|\\", "()"]),
            table(m, "é+[à-ä]", ["ééâ", "éa", "ä"]),
            table(m, "", ["", "a"]),
            table(m, ".*", ["", "anything\nat all"])]


@case("error-handling")
def malformed_patterns(m):
    return [attempt(m, p, "a") for p in ["(a", "a)", "*a", "a**", "a+?", "(|*)", "[abc", "[]", "[^]", "[z-a]",
                                        "abc\\", "(?)", "a|+b", "[a-\\]"]]


@case("perf")
def pathological_patterns(m):
    return [attempt(m, "(a|aa)*b", "a" * 40), attempt(m, "(a*)*b", "a" * 40),
            attempt(m, "(a?)" * 30 + "a" * 30, "a" * 30), attempt(m, "(x+x+)+y", "x" * 40),
            attempt(m, "(a|aa)*", "a" * 40)]


@case("perf")
def long_texts(m):
    run = "a" * 5_000
    return [attempt(m, "(a|aa)*b", run), attempt(m, "(a*)*b", run), attempt(m, "(a|aa)*", run),
            attempt(m, "(.*,)*x", "a," * 2_000), attempt(m, "([a-z]+)+[0-9]", "abc" * 1_500 + "7")]
