# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def plain_title(m):
    return m.slugify("Hello, World! 10 Tips & Tricks")


@case()
def accents_folded(m):
    return m.slugify("Crème Brûlée: A Très Simple Recipe")


@case()
def apostrophes_removed(m):
    return m.slugify("Don’t Panic — It's Only Python")


@case()
def truncated_at_word(m):
    return m.slugify("Hello, World! 10 Tips & Tricks", max_length=17)


@case("edge")
def word_ends_exactly_at_limit(m):
    return m.slugify("Hello, World! 10 Tips & Tricks", max_length=14)


@case("edge")
def default_limit_long_title(m):
    return m.slugify("An Extremely Long Title About Refactoring Legacy Python Code Without Breaking Anything")


@case("edge")
def first_word_too_long(m):
    return m.slugify("Supercalifragilisticexpialidocious Adventures", max_length=10)


@case("edge")
def separators_at_ends(m):
    return [m.slugify("  --Already-Slugged--  "), m.slugify("(v2.0) Release -- Notes!")]


@case("edge")
def nothing_left(m):
    return [m.slugify("!!! ??? ☕"), m.slugify("")]


@case("edge")
def non_ascii_as_separator(m):
    return m.slugify("Coffee☕Break ✓ Straße")


@case("error-handling")
def zero_max_length(m):
    return m.slugify("Hello", max_length=0)
