# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return m.truncate_preview("Meeting moved to\n  Thursday afternoon", 22)


@case()
def fits_unchanged(m):
    return [m.truncate_preview("Hi", 5), m.truncate_preview("  Lunch\tat noon?  ", 20)]


@case()
def custom_ellipsis(m):
    return m.truncate_preview("Your order has shipped and will arrive soon", 25, ellipsis="...")


@case("edge")
def exactly_limit(m):
    return m.truncate_preview("abcd efgh ijkl", 14)


@case("edge")
def word_ends_at_budget(m):
    return m.truncate_preview("abcd efgh ijkl", 10)


@case("edge")
def first_word_too_long(m):
    return [m.truncate_preview("Unbelievable news", 6), m.truncate_preview("Supercalifragilistic", 8, ellipsis="...")]


@case("edge")
def whitespace_counts_after_collapse(m):
    return m.truncate_preview("a    b    c    d", 7)


@case("edge")
def empty_text(m):
    return [m.truncate_preview("", 3), m.truncate_preview(" \n\t ", 3)]


@case("edge")
def unicode_text(m):
    return m.truncate_preview("Réunion à 14h — salle Mönchengladbach", 20)


@case("error-handling")
def limit_equals_ellipsis(m):
    return m.truncate_preview("anything", 3, ellipsis="...")


@case("error-handling")
def zero_limit_short_text(m):
    return m.truncate_preview("", 0)


@case("edge")
def word_fits_only_without_ellipsis(m):
    return [m.truncate_preview("abcd efgh ijkl mn", 15, ellipsis="..."), m.truncate_preview("one two three", 9)]
